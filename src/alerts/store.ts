// Alerts in Redis: one JSON value per alert, a sorted set of recent alerts
// (score = creation sequence, for stable cursor paging) bounded by
// retention.alerts_max, a cluster index per key, and a Redis stream of events
// for the live SSE feed (its entry ids are the SSE event ids, so Last-Event-ID
// replays exactly what a client missed).
import type { Redis } from 'ioredis';
import { hashId } from '../shared/ids.js';
import { key } from '../shared/redis.js';
import { cluster, clusterKey, type Outcome } from './cluster.js';
import { loadEvent, saveEvent, type AlertEvent } from './events.js';
import { withLock } from './lock.js';
import type { Alert, AlertType, Candidate, ClusterOptions } from './types.js';

const alertKey = (prefix: string, id: string) => key(prefix, 'alert', id);
const recentKey = (prefix: string) => key(prefix, 'alerts', 'recent');
const seqKey = (prefix: string) => key(prefix, 'alerts', 'seq');
// Cluster keys hold names in any script; hashing keeps Redis keys short and plain.
const indexKey = (prefix: string, ck: string) => key(prefix, 'alerts', 'cluster', hashId(ck));
const lockKey = (prefix: string, ck: string) => key(prefix, 'alerts', 'lock', hashId(ck));
const dispatchedKey = (prefix: string, eventId: string) => key(prefix, 'event', eventId, 'dispatched');
export const streamKey = (prefix: string) => key(prefix, 'alerts', 'stream');

export interface StoreOptions extends ClusterOptions {
  maxAlerts: number;
  eventTtlS: number;
}

export async function loadAlert(redis: Redis, prefix: string, id: string): Promise<Alert | null> {
  const raw = await redis.get(alertKey(prefix, id));
  return raw ? (JSON.parse(raw) as Alert) : null;
}

async function loadAlerts(redis: Redis, prefix: string, ids: string[]): Promise<Alert[]> {
  if (!ids.length) return [];
  const raws = await redis.mget(ids.map((id) => alertKey(prefix, id)));
  return raws.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as Alert);
}

/**
 * Clusters the candidate against the alerts already stored under its key and
 * persists the outcome, under a lock per cluster key: two workers on two
 * sources of one deal are serialised, so only the first creates it.
 */
export async function applyCandidate(redis: Redis, prefix: string, c: Candidate, opts: StoreOptions, now = new Date().toISOString()): Promise<Outcome> {
  const ck = clusterKey(c);
  return withLock(redis, lockKey(prefix, ck), async () => {
    const at = Date.parse(c.at);
    const windowMs = opts.windowH * 3_600_000;
    // A passing mention may recall any earlier alert (see inWindow).
    const from = c.kind === 'deal' && !c.lead ? '-inf' : at - windowMs;
    const ids = await redis.zrangebyscore(indexKey(prefix, ck), from, at + windowMs);
    const outcome = cluster(c, await loadAlerts(redis, prefix, ids), opts, now);
    if (outcome.action !== 'duplicate') await persist(redis, prefix, outcome, opts);
    return outcome;
  });
}

async function persist(redis: Redis, prefix: string, outcome: Exclude<Outcome, { action: 'duplicate' }>, opts: StoreOptions): Promise<void> {
  const { alert, event } = outcome;
  // The event is written first (first write wins): a crash before the rest leaves
  // the source unrecorded, so the retried job re-creates the same event id.
  if (event) await saveEvent(redis, prefix, event, opts.eventTtlS);
  const seq = outcome.action === 'create' ? await redis.incr(seqKey(prefix)) : null;
  const tx = redis.multi().set(alertKey(prefix, alert.id), JSON.stringify(alert));
  tx.zadd(indexKey(prefix, alert.cluster_key), Date.parse(alert.first_seen), alert.id);
  if (seq !== null) tx.zadd(recentKey(prefix), 'NX', seq, alert.id);
  if (event) tx.xadd(streamKey(prefix), 'MAXLEN', '~', opts.maxAlerts, '*', 'event', JSON.stringify(event));
  await tx.exec();
  if (outcome.action === 'create') await trim(redis, prefix, opts.maxAlerts);
}

/** Drops the oldest alerts beyond the retention bound, with their index entries. */
async function trim(redis: Redis, prefix: string, max: number): Promise<void> {
  const excess = (await redis.zcard(recentKey(prefix))) - max;
  if (excess <= 0) return;
  const popped = await redis.zpopmin(recentKey(prefix), excess);
  const ids = popped.filter((_, i) => i % 2 === 0);
  const alerts = await loadAlerts(redis, prefix, ids);
  const tx = redis.multi().del(...ids.map((id) => alertKey(prefix, id)));
  for (const a of alerts) tx.zrem(indexKey(prefix, a.cluster_key), a.id);
  await tx.exec();
}

/** Events of an alert whose deliveries were enqueued: a re-run of the job skips them. */
export async function isDispatched(redis: Redis, prefix: string, eventId: string): Promise<boolean> {
  return (await redis.exists(dispatchedKey(prefix, eventId))) === 1;
}

export async function markDispatched(redis: Redis, prefix: string, eventId: string, ttlS: number): Promise<void> {
  await redis.set(dispatchedKey(prefix, eventId), '1', 'EX', ttlS);
}

/** The event a source produced, when a re-run finds its article already clustered. */
export async function eventOfSource(redis: Redis, prefix: string, alert: Alert, articleId: string): Promise<AlertEvent | null> {
  for (const id of alert.event_ids) {
    const e = await loadEvent(redis, prefix, id);
    if (e && (e.data.sources as { article_id: string }[] | undefined)?.at(-1)?.article_id === articleId) return e;
  }
  return null;
}

export interface ListQuery {
  type?: AlertType;
  company?: string;
  ticker?: string;
  /** ISO 8601: alerts created or updated at or after it. */
  since?: string;
  /** Opaque: next_cursor of the previous page. */
  cursor?: string;
  limit: number;
}

export interface ListPage {
  alerts: Alert[];
  next_cursor: string | null;
}

function hasType(a: Alert, type: AlertType): boolean {
  // Every deal alert was detected; only some were updated since.
  if (type === 'deal.detected') return a.kind === 'deal';
  if (type === 'deal.updated') return a.type === 'deal.updated';
  return a.kind === 'stock';
}

function listed(a: Alert, q: ListQuery): boolean {
  const has = (xs: string[], x: string) => xs.some((y) => y.toLowerCase() === x.toLowerCase());
  if (q.type && !hasType(a, q.type)) return false;
  if (q.company && !has(a.companies, q.company)) return false;
  if (q.ticker && !has(a.tickers, q.ticker)) return false;
  if (q.since && a.updated_at < new Date(q.since).toISOString()) return false;
  return true;
}

/** Newest first. Filters are applied while walking the (bounded) recent set. */
export async function listAlerts(redis: Redis, prefix: string, q: ListQuery): Promise<ListPage> {
  const out: Alert[] = [];
  let max = q.cursor ? `(${q.cursor}` : '+inf';
  const batch = Math.max(q.limit * 2, 100);
  for (;;) {
    const page = await redis.zrevrangebyscore(recentKey(prefix), max, '-inf', 'WITHSCORES', 'LIMIT', 0, batch);
    if (!page.length) return { alerts: out, next_cursor: null };
    const ids = page.filter((_, i) => i % 2 === 0);
    const byId = new Map((await loadAlerts(redis, prefix, ids)).map((a) => [a.id, a]));
    for (let i = 0; i < ids.length; i++) {
      const a = byId.get(ids[i]!);
      if (a && listed(a, q)) out.push(a);
      if (out.length === q.limit) return { alerts: out, next_cursor: page[2 * i + 1]! };
    }
    if (page.length < 2 * batch) return { alerts: out, next_cursor: null };
    max = `(${page[page.length - 1]}`;
  }
}

export interface StreamEntry {
  /** The stream entry id: the SSE event id. */
  id: string;
  event: AlertEvent;
}

function parseEntries(entries: [string, string[]][]): StreamEntry[] {
  return entries.map(([id, fields]) => {
    const f: Record<string, string> = {};
    for (let i = 0; i + 1 < fields.length; i += 2) f[fields[i]!] = fields[i + 1]!;
    return { id, event: JSON.parse(f.event ?? '{}') as AlertEvent };
  });
}

/** The newest entry id, or '0-0' for an empty stream: where a new live reader starts. */
export async function lastStreamId(redis: Redis, prefix: string): Promise<string> {
  const last = (await redis.xrevrange(streamKey(prefix), '+', '-', 'COUNT', 1)) as [string, string[]][];
  return last[0]?.[0] ?? '0-0';
}

/** Retained events after an id (exclusive), oldest first. */
export async function eventsAfter(redis: Redis, prefix: string, afterId: string, count = 500): Promise<StreamEntry[]> {
  return parseEntries((await redis.xrange(streamKey(prefix), `(${afterId}`, '+', 'COUNT', count)) as [string, string[]][]);
}

/** Waits up to blockMs for events after an id; [] on timeout. Use a connection of its own: it blocks. */
export async function waitForEvents(blocking: Redis, prefix: string, afterId: string, blockMs: number): Promise<StreamEntry[]> {
  const res = (await blocking.xread('COUNT', 100, 'BLOCK', blockMs, 'STREAMS', streamKey(prefix), afterId)) as [string, [string, string[]][]][] | null;
  return res ? parseEntries(res[0]![1]) : [];
}
