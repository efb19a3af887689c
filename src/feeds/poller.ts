// One poll of one feed, start to finish: due check, lock, conditional fetch
// under the per-host cap, decode, parse, normalise, dedup against the
// fingerprint set, full text for teasers, store and enqueue, then the feed
// state and the next due time. Feed failures are recorded, never thrown: one
// broken feed costs its own poll and nothing else.
import type { Redis } from 'ioredis';
import type { Dispatcher } from 'undici';
import type { AppConfig, FeedConfig } from '../shared/config/index.js';
import type { Logger } from '../shared/logger.js';
import { articleId } from '../shared/ids.js';
import { saveArticle, replaceArticle, articleKey, type Article } from '../shared/articles.js';
import type { HttpLimits } from './http.js';
import { fetchFeed } from './fetch-feed.js';
import { FeedError, type FeedErrorKind } from './errors.js';
import { HostLimiter, hostOf } from './limiter.js';
import { lookupSeen, markSeen } from './seen.js';
import { fetchFullText } from './fulltext.js';
import { adaptiveIntervalS, failureDelayS, healthyIntervalS, parseMaxAge, withJitter } from './schedule.js';
import { incrementCounters, loadFeedState, patchFeedState, tryLockFeed, unlockFeed, type FeedState } from './state.js';
import { feedItems, feedPolls, fulltextFetches } from './metrics.js';
import type { FeedItem } from './types.js';

export interface PollerDeps {
  redis: Redis;
  prefix: string;
  poll: AppConfig['poll'];
  retention: AppConfig['retention'];
  agent: Dispatcher;
  limiter: HostLimiter;
  logger: Logger;
  /** Puts an article on the classify queue under a deterministic job id. */
  enqueue(articleId: string, jobId: string): Promise<void>;
  /** Called once when this poll disabled the feed (the caller removes its scheduler). */
  onDisabled?(feed: string): Promise<void>;
  now?: () => number;
  random?: () => number;
}

export type PollOutcome =
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'not_modified'; nextPollAt: string }
  | { outcome: 'ok'; items: number; added: number; updated: number; nextPollAt: string }
  | { outcome: 'error'; kind: FeedErrorKind; message: string; consecutiveErrors: number; disabled: boolean; nextPollAt: string };

export const httpLimits = (poll: AppConfig['poll']): HttpLimits => ({
  userAgent: poll.user_agent,
  timeoutMs: poll.timeout_ms,
  connectTimeoutMs: poll.connect_timeout_ms,
  maxBytes: poll.max_bytes,
  maxRedirects: poll.max_redirects,
});

const iso = (ms: number) => new Date(ms).toISOString();

/** Why a feed is not due, or undefined when it is. A tick up to half the tick early still counts as due. */
export function notDueReason(state: FeedState, nowMs: number, toleranceMs: number): string | undefined {
  if (state.disabled) return `disabled: ${state.disabled_reason ?? 'no reason recorded'}`;
  if (state.paused_until && (state.paused_until === 'forever' || Date.parse(state.paused_until) > nowMs)) return `paused until ${state.paused_until}`;
  if (state.next_poll_at && Date.parse(state.next_poll_at) > nowMs + toleranceMs) return 'not due';
  return undefined;
}

export async function pollFeed(deps: PollerDeps, feed: FeedConfig, options: { force?: boolean; toleranceMs?: number } = {}): Promise<PollOutcome> {
  const now = deps.now ?? Date.now;
  const { redis, prefix } = deps;
  const state = await loadFeedState(redis, prefix, feed.name);
  const reason = options.force && !state.disabled ? undefined : notDueReason(state, now(), options.toleranceMs ?? 0);
  if (reason) {
    feedPolls.inc({ outcome: 'skipped' });
    return { outcome: 'skipped', reason };
  }
  const token = await tryLockFeed(redis, prefix, feed.name, deps.poll.timeout_ms * 10);
  if (!token) {
    feedPolls.inc({ outcome: 'skipped' });
    return { outcome: 'skipped', reason: 'another poll of this feed is running' };
  }
  try {
    return await pollLocked(deps, feed, state);
  } finally {
    await unlockFeed(redis, prefix, feed.name, token);
  }
}

async function pollLocked(deps: PollerDeps, feed: FeedConfig, state: FeedState): Promise<PollOutcome> {
  const now = deps.now ?? Date.now;
  const bounds = { minS: deps.poll.min_interval_s, maxS: deps.poll.max_interval_s };
  const startedAt = now();
  // Validators belong to the URL they were issued for; a changed URL starts afresh.
  const sameUrl = state.url === feed.url;
  try {
    const fetched = await deps.limiter.run(hostOf(feed.url), () =>
      fetchFeed({ url: feed.url, etag: sameUrl ? state.etag : undefined, lastModified: sameUrl ? state.last_modified : undefined }, httpLimits(deps.poll), deps.agent),
    );
    const res = fetched.response;
    const maxAgeS = parseMaxAge(res.headers['cache-control']);
    if (fetched.notModified) {
      const interval = healthyIntervalS({ configuredS: state.interval_s ?? feed.interval_s, maxAgeS }, bounds);
      const next = iso(now() + withJitter(interval, 0.1, deps.random) * 1000);
      await patchFeedState(deps.redis, deps.prefix, feed.name, {
        url: feed.url, last_poll_at: iso(startedAt), last_success_at: iso(startedAt), last_status: 304, consecutive_errors: 0,
        next_poll_at: next, interval_s: interval, moved_to: res.movedTo ?? null,
      });
      feedPolls.inc({ outcome: 'not_modified' });
      return { outcome: 'not_modified', nextPollAt: next };
    }

    const { feed: parsed, items } = fetched;
    const { added, updated } = await takeItems(deps, feed, items);

    const adaptive = adaptiveIntervalS(items.map((i) => i.published));
    const interval = healthyIntervalS({ configuredS: feed.interval_s, adaptiveS: adaptive, maxAgeS, ttlMin: parsed.ttlMin }, bounds);
    const next = iso(now() + withJitter(interval, 0.1, deps.random) * 1000);
    await patchFeedState(deps.redis, deps.prefix, feed.name, {
      url: feed.url, etag: res.headers.etag ?? null, last_modified: res.headers['last-modified'] ?? null,
      last_poll_at: iso(startedAt), last_success_at: iso(startedAt), last_status: res.status, consecutive_errors: 0,
      next_poll_at: next, interval_s: interval, items_in_feed: items.length, moved_to: res.movedTo ?? null, suggestion: null,
    });
    await incrementCounters(deps.redis, deps.prefix, feed.name, added, updated);
    feedPolls.inc({ outcome: 'ok' });
    return { outcome: 'ok', items: items.length, added, updated, nextPollAt: next };
  } catch (err) {
    if (!(err instanceof FeedError)) throw err; // Redis or a bug: let BullMQ record the failed job
    return recordFailure(deps, feed, state, err, startedAt);
  }
}

async function recordFailure(deps: PollerDeps, feed: FeedConfig, state: FeedState, err: FeedError, startedAt: number): Promise<PollOutcome> {
  const now = deps.now ?? Date.now;
  const bounds = { minS: deps.poll.min_interval_s, maxS: deps.poll.max_interval_s };
  const errors = (await patchFeedState(deps.redis, deps.prefix, feed.name, {
    url: feed.url, last_poll_at: iso(startedAt), last_error: err.message, last_error_kind: err.kind, last_error_at: iso(startedAt),
    last_status: err.details.status ?? null, suggestion: err.details.suggestion ?? null,
  }, true))!;
  const delay = failureDelayS({ consecutiveErrors: errors, configuredS: state.interval_s ?? feed.interval_s, retryAfterS: err.details.retryAfterS }, bounds);
  const next = iso(now() + withJitter(delay, 0.1, deps.random) * 1000);
  const disable = errors >= deps.poll.disable_after_errors;
  await patchFeedState(deps.redis, deps.prefix, feed.name, {
    next_poll_at: next,
    ...(disable ? { disabled: true, disabled_reason: `${errors} consecutive errors, last ${err.kind}: ${err.message}`, disabled_at: iso(now()) } : {}),
  });
  feedPolls.inc({ outcome: err.kind });
  deps.logger.warn({ feed: feed.name, kind: err.kind, err: err.message, errors, next, disabled: disable }, 'feed poll failed');
  if (disable) await deps.onDisabled?.(feed.name);
  return { outcome: 'error', kind: err.kind, message: err.message, consecutiveErrors: errors, disabled: disable, nextPollAt: next };
}

/** Stores and enqueues new and changed items; returns how many of each. */
async function takeItems(deps: PollerDeps, feed: FeedConfig, items: FeedItem[]): Promise<{ added: number; updated: number }> {
  const ttl = deps.retention.fingerprint_ttl_s;
  const known = await lookupSeen(deps.redis, deps.prefix, feed.name, items.map((i) => i.fingerprint), ttl);
  const fresh = items.filter((_, i) => known[i] === null);
  const changed = items.filter((it, i) => known[i] !== null && known[i] !== it.contentHash);
  if (!fresh.length && !changed.length) return { added: 0, updated: 0 };

  const articles = await Promise.all([...fresh, ...changed].map((it) => toArticle(deps, feed, it)));
  let added = 0;
  let updated = 0;
  for (const [i, article] of articles.entries()) {
    const item = i < fresh.length ? fresh[i]! : changed[i - fresh.length]!;
    if (i < fresh.length) {
      const created = await saveArticle(deps.redis, deps.prefix, article, deps.retention.article_ttl_s);
      // Stored by an earlier poll of this feed that died before enqueueing: enqueue again (the job id dedups).
      const ours = created || (await deps.redis.hget(articleKey(deps.prefix, article.id), 'source')) === feed.name;
      if (ours) {
        await deps.enqueue(article.id, article.id);
        if (created) added++;
      }
    } else {
      await replaceArticle(deps.redis, deps.prefix, article, deps.retention.article_ttl_s);
      await deps.enqueue(article.id, `${article.id}-${item.contentHash.slice(0, 12)}`);
      updated++;
    }
  }
  await markSeen(deps.redis, deps.prefix, feed.name, [...fresh, ...changed], ttl);
  feedItems.inc({ kind: 'new' }, added);
  feedItems.inc({ kind: 'updated' }, updated);
  return { added, updated };
}

async function toArticle(deps: PollerDeps, feed: FeedConfig, item: FeedItem): Promise<Article> {
  const article: Article = {
    id: articleId(item.link ?? item.guid ?? item.fingerprint),
    url: item.link ?? '',
    title: item.title,
    text: item.text,
    published: item.published,
    lang: feed.language,
    source: feed.name,
    received_at: new Date((deps.now ?? Date.now)()).toISOString(),
    text_origin: 'feed',
  };
  const threshold = deps.poll.fulltext_min_chars;
  if (threshold > 0 && item.text.length < threshold && item.link) {
    const full = await deps.limiter.run(hostOf(item.link), () => fetchFullText(item.link!, item.text, httpLimits(deps.poll), deps.agent));
    fulltextFetches.inc({ outcome: full.ok ? 'ok' : 'fallback' });
    if (full.ok) {
      article.text = full.text;
      article.text_origin = 'fulltext';
    } else {
      article.fulltext_error = full.reason;
    }
  }
  return article;
}
