// The event store delivery reads from: an event is what one webhook carries,
// `{type, timestamp, data}` (contract.md §2). Alert events and ping events alike.
import type { Redis } from 'ioredis';
import { key } from '../shared/redis.js';
import type { Audience } from './types.js';

export interface AlertEvent {
  /** Deterministic: the same event always has the same id (webhook-id is derived from it). */
  id: string;
  type: string;
  /** ISO 8601, when the event was emitted. */
  timestamp: string;
  alert_id?: string;
  data: Record<string, unknown>;
  /** Alert events: which subscriptions and stream filters it goes to (not part of the webhook body). */
  audience?: Audience;
}

/** Events outlive retries and dead-letter replays; 30 days unless told otherwise. */
export const DEFAULT_EVENT_TTL_S = 30 * 86400;

export const eventKey = (prefix: string, id: string) => key(prefix, 'event', id);

/** The webhook body of an event. */
export const webhookBody = (e: AlertEvent) => ({ type: e.type, timestamp: e.timestamp, data: e.data });

/** Stores the event unless one with its id exists (first write wins); returns whether it was new. */
export async function saveEvent(redis: Redis, prefix: string, event: AlertEvent, ttlS = DEFAULT_EVENT_TTL_S): Promise<boolean> {
  const res = await redis.set(eventKey(prefix, event.id), JSON.stringify(event), 'EX', ttlS, 'NX');
  return res === 'OK';
}

export async function loadEvent(redis: Redis, prefix: string, eventId: string): Promise<AlertEvent | null> {
  const raw = await redis.get(eventKey(prefix, eventId));
  return raw ? (JSON.parse(raw) as AlertEvent) : null;
}
