// Makes the poll queue's job schedulers match the configured feeds: one
// scheduler per enabled, not-disabled feed, none for anything else, so nothing
// is polled twice and nothing orphaned keeps firing. The feed definitions are
// also written to Redis, so a worker in any process polls the current URL.
import { createHash } from 'node:crypto';
import type { PipelineContext } from '../shared/pipeline.js';
import type { FeedConfig } from '../shared/config/index.js';
import { key } from '../shared/redis.js';
import { loadFeedStates } from './state.js';

const SCHEDULER_PREFIX = 'feed-';
export const schedulerId = (feed: string) => `${SCHEDULER_PREFIX}${feed}`;
export const feedRegistryKey = (prefix: string) => key(prefix, 'feeds', 'config');

/**
 * The scheduler only ticks; whether a tick polls is decided from the feed state
 * (next due time, back-off, Retry-After, pause). Ticking at the shortest allowed
 * interval lets adaptive intervals go down to it; a skipped tick costs one job.
 */
export const tickMs = (poll: { min_interval_s: number }) => poll.min_interval_s * 1000;

/** A stable offset per feed inside the tick, so thousands of feeds do not fire on the same second. */
export function tickOffsetMs(feed: string, every: number): number {
  return createHash('sha256').update(feed).digest().readUInt32BE(0) % every;
}

export interface ReconcileReport {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
}

export async function loadFeedRegistry(ctx: PipelineContext): Promise<FeedConfig[] | undefined> {
  const all = await ctx.redis.hgetall(feedRegistryKey(ctx.prefix));
  const values = Object.values(all);
  // A hash has no order; by name is stable for people and tests alike.
  return values.length ? values.map((v) => JSON.parse(v) as FeedConfig).sort((a, b) => (a.name < b.name ? -1 : 1)) : undefined;
}

/** The current definition of one feed: the registry written by the last reconcile, else this process's config. */
export async function findFeed(ctx: PipelineContext, name: string): Promise<FeedConfig | undefined> {
  const raw = await ctx.redis.hget(feedRegistryKey(ctx.prefix), name);
  if (raw) return JSON.parse(raw) as FeedConfig;
  const registered = await ctx.redis.exists(feedRegistryKey(ctx.prefix));
  return registered ? undefined : ctx.config.feeds.find((f) => f.name === name);
}

export async function upsertFeedScheduler(ctx: PipelineContext, feed: string): Promise<void> {
  const every = tickMs(ctx.config.app.poll);
  await ctx.queues.poll.upsertJobScheduler(schedulerId(feed), { every, offset: tickOffsetMs(feed, every) }, { name: 'poll', data: { feed } });
}

export async function removeFeedScheduler(ctx: PipelineContext, feed: string): Promise<void> {
  await ctx.queues.poll.removeJobScheduler(schedulerId(feed));
}

export async function reconcileFeeds(ctx: PipelineContext, feeds: FeedConfig[]): Promise<ReconcileReport> {
  const registry = feedRegistryKey(ctx.prefix);
  const tx = ctx.redis.multi().del(registry);
  if (feeds.length) tx.hset(registry, ...feeds.flatMap((f) => [f.name, JSON.stringify(f)]));
  await tx.exec();

  const states = await loadFeedStates(ctx.redis, ctx.prefix, feeds.map((f) => f.name));
  const wanted = new Set(feeds.filter((f, i) => f.enabled && !states[i]!.disabled).map((f) => f.name));
  const every = tickMs(ctx.config.app.poll);
  const report: ReconcileReport = { added: [], updated: [], removed: [], unchanged: [] };

  const existing = new Map<string, { every?: number; offset?: number }>();
  for (const s of await ctx.queues.poll.getJobSchedulers(0, -1)) {
    const id = s.key;
    if (!id.startsWith(SCHEDULER_PREFIX)) continue; // not ours: leave it alone
    const feed = id.slice(SCHEDULER_PREFIX.length);
    if (wanted.has(feed)) existing.set(feed, { every: s.every, offset: s.offset });
    else {
      await ctx.queues.poll.removeJobScheduler(id);
      report.removed.push(feed);
    }
  }
  for (const feed of wanted) {
    const current = existing.get(feed);
    // Re-upserting an unchanged scheduler would fire it again at once; only touch what differs.
    if (current && current.every === every && (current.offset ?? 0) === (tickOffsetMs(feed, every) || 0)) {
      report.unchanged.push(feed);
      continue;
    }
    await upsertFeedScheduler(ctx, feed);
    (current ? report.updated : report.added).push(feed);
  }
  return report;
}
