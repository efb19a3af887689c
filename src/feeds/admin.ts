// What operators do to feeds, shared by the CLI and the API: read every feed's
// state, enable, disable, pause, reload from config. Each change updates the
// feed state and the job schedulers together.
import type { PipelineContext } from '../shared/pipeline.js';
import { loadConfig, type FeedConfig } from '../shared/config/index.js';
import { loadFeedStates, patchFeedState, type FeedState } from './state.js';
import { findFeed, loadFeedRegistry, reconcileFeeds, removeFeedScheduler, upsertFeedScheduler, type ReconcileReport } from './reconcile.js';

export type FeedStatusLabel = 'active' | 'failing' | 'paused' | 'disabled' | 'off_in_config';

export interface FeedStatus extends FeedState {
  url: string;
  status: FeedStatusLabel;
  configured_interval_s: number;
}

function label(feed: FeedConfig, s: FeedState, nowMs: number): FeedStatusLabel {
  if (!feed.enabled) return 'off_in_config';
  if (s.disabled) return 'disabled';
  if (s.paused_until && (s.paused_until === 'forever' || Date.parse(s.paused_until) > nowMs)) return 'paused';
  return s.consecutive_errors > 0 ? 'failing' : 'active';
}

/** The feeds in force: the registry the last reconcile wrote, else this process's config. */
export async function currentFeeds(ctx: PipelineContext): Promise<FeedConfig[]> {
  return (await loadFeedRegistry(ctx)) ?? ctx.config.feeds;
}

export async function feedStatuses(ctx: PipelineContext): Promise<FeedStatus[]> {
  const feeds = await currentFeeds(ctx);
  const states = await loadFeedStates(ctx.redis, ctx.prefix, feeds.map((f) => f.name));
  const now = Date.now();
  return feeds.map((f, i) => {
    const s = states[i]!;
    return { ...s, url: f.url, status: label(f, s, now), configured_interval_s: f.interval_s };
  });
}

export async function feedStatus(ctx: PipelineContext, name: string): Promise<FeedStatus | undefined> {
  return (await feedStatuses(ctx)).find((f) => f.name === name);
}

/** Clears disable, pause and the error count; polls at the next tick. Undefined for an unknown feed. */
export async function enableFeed(ctx: PipelineContext, name: string): Promise<FeedStatus | undefined> {
  const feed = await findFeed(ctx, name);
  if (!feed) return undefined;
  await patchFeedState(ctx.redis, ctx.prefix, name, {
    disabled: null, disabled_reason: null, disabled_at: null, paused_until: null, consecutive_errors: 0, next_poll_at: null,
  });
  if (feed.enabled) await upsertFeedScheduler(ctx, name);
  return feedStatus(ctx, name);
}

export async function disableFeed(ctx: PipelineContext, name: string, reason = 'disabled by an operator'): Promise<FeedStatus | undefined> {
  if (!(await findFeed(ctx, name))) return undefined;
  await patchFeedState(ctx.redis, ctx.prefix, name, { disabled: true, disabled_reason: reason, disabled_at: new Date().toISOString() });
  await removeFeedScheduler(ctx, name);
  return feedStatus(ctx, name);
}

/** Stops polling until `untilMs` (or until enabled again); the scheduler stays, so a timed pause ends by itself. */
export async function pauseFeed(ctx: PipelineContext, name: string, untilMs?: number): Promise<FeedStatus | undefined> {
  if (!(await findFeed(ctx, name))) return undefined;
  await patchFeedState(ctx.redis, ctx.prefix, name, { paused_until: untilMs ? new Date(untilMs).toISOString() : 'forever' });
  return feedStatus(ctx, name);
}

/** Re-reads feeds.yaml from the config folder and reconciles the schedulers with it. */
export async function reloadFeeds(ctx: PipelineContext): Promise<ReconcileReport> {
  const fresh = loadConfig(ctx.config.dir).feeds;
  ctx.config.feeds = fresh;
  return reconcileFeeds(ctx, fresh);
}

/** Counts disabled configured feeds, for the dealwire_feeds_disabled gauge. */
export async function countDisabledFeeds(ctx: PipelineContext): Promise<number> {
  return (await feedStatuses(ctx)).filter((f) => f.status === 'disabled').length;
}
