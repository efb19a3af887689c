// Per-feed state in Redis, one hash per feed under the context prefix:
// validators for conditional GET, outcome of the last poll, the error counter
// that drives back-off and auto-disable, the next due time, and operator flags.
import type { Redis } from 'ioredis';
import { key } from '../shared/redis.js';
import type { FeedErrorKind } from './errors.js';

export interface FeedState {
  name: string;
  /** URL the validators belong to; a new URL in config starts unconditional. */
  url?: string;
  etag?: string;
  last_modified?: string;
  last_poll_at?: string;
  last_success_at?: string;
  last_status?: number;
  last_error?: string;
  last_error_kind?: FeedErrorKind;
  last_error_at?: string;
  /** A feed URL an HTML page pointed to, when one was served instead of the feed. */
  suggestion?: string;
  consecutive_errors: number;
  /** Healthy polling interval in effect (adaptive, clamped). */
  interval_s?: number;
  next_poll_at?: string;
  /** Where the feed said it moved to (301/308 on every hop). */
  moved_to?: string;
  disabled: boolean;
  disabled_reason?: string;
  disabled_at?: string;
  paused_until?: string;
  items_in_feed?: number;
  /** Hash of the last body parsed: an identical body from a server without validators skips the parse. */
  body_hash?: string;
  /** Last time every item's fingerprint was looked up (and its TTL refreshed). */
  items_checked_at?: string;
  new_items_total: number;
  updated_items_total: number;
}

export const feedStateKey = (prefix: string, name: string) => key(prefix, 'feed', name);
export const feedLockKey = (prefix: string, name: string) => key(prefix, 'feed', name, 'lock');

const NUMERIC = new Set(['last_status', 'consecutive_errors', 'interval_s', 'items_in_feed', 'new_items_total', 'updated_items_total']);

function fromHash(name: string, h: Record<string, string>): FeedState {
  const s: Record<string, unknown> = { name, consecutive_errors: 0, new_items_total: 0, updated_items_total: 0 };
  for (const [k, v] of Object.entries(h)) s[k] = NUMERIC.has(k) ? Number(v) : v;
  s.disabled = h.disabled === '1';
  return s as unknown as FeedState;
}

export type StatePatch = { [K in keyof FeedState]?: FeedState[K] | null };

function toFlat(patch: StatePatch): { set: string[]; del: string[] } {
  const set: string[] = [];
  const del: string[] = [];
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'name') continue;
    if (v === null || v === undefined) del.push(k);
    else set.push(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return { set, del };
}

export async function loadFeedState(redis: Redis, prefix: string, name: string): Promise<FeedState> {
  return fromHash(name, await redis.hgetall(feedStateKey(prefix, name)));
}

export async function loadFeedStates(redis: Redis, prefix: string, names: string[]): Promise<FeedState[]> {
  if (!names.length) return [];
  const pipe = redis.pipeline();
  for (const n of names) pipe.hgetall(feedStateKey(prefix, n));
  const results = (await pipe.exec()) ?? [];
  return names.map((n, i) => fromHash(n, (results[i]?.[1] as Record<string, string>) ?? {}));
}

export interface PatchOptions {
  /** Bump consecutive_errors atomically; the new count is returned. */
  incrementErrors?: boolean;
  added?: number;
  updated?: number;
  /** Release the poll lock in the same transaction (one round trip at the end of a poll). */
  unlockToken?: string;
}

const UNLOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** Sets the given fields (null deletes one) in one transaction. */
export async function patchFeedState(redis: Redis, prefix: string, name: string, patch: StatePatch, opts: PatchOptions = {}): Promise<number | undefined> {
  const k = feedStateKey(prefix, name);
  const { set, del } = toFlat(patch);
  const tx = redis.multi();
  if (opts.incrementErrors) tx.hincrby(k, 'consecutive_errors', 1); // first, so its reply is res[0]
  if (del.length) tx.hdel(k, ...del);
  if (set.length) tx.hset(k, ...set);
  if (opts.added) tx.hincrby(k, 'new_items_total', opts.added);
  if (opts.updated) tx.hincrby(k, 'updated_items_total', opts.updated);
  if (opts.unlockToken) tx.eval(UNLOCK, 1, feedLockKey(prefix, name), opts.unlockToken);
  const res = (await tx.exec()) ?? [];
  return opts.incrementErrors ? Number(res[0]?.[1]) : undefined;
}

/** One poll of a feed at a time, across every process: a lock that expires on its own if its holder dies. */
export async function tryLockFeed(redis: Redis, prefix: string, name: string, ttlMs: number): Promise<string | undefined> {
  const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
  const ok = await redis.set(feedLockKey(prefix, name), token, 'PX', ttlMs, 'NX');
  return ok ? token : undefined;
}

export async function unlockFeed(redis: Redis, prefix: string, name: string, token: string): Promise<void> {
  await redis.eval(UNLOCK, 1, feedLockKey(prefix, name), token);
}
