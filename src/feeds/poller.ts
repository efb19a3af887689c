// One poll of one feed, start to finish: due check, lock, conditional fetch
// under the per-host cap, decode, parse, normalise, dedup against the
// fingerprint set, full text for teasers, store and enqueue, then the feed
// state and the next due time. Feed failures are recorded, never thrown: one
// broken feed costs its own poll and nothing else.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Dispatcher } from 'undici';
import type { AppConfig, FeedConfig } from '../shared/config/index.js';
import type { Logger } from '../shared/logger.js';
import { articleId } from '../shared/ids.js';
import { saveArticle, replaceArticle, articleKey, type Article } from '../shared/articles.js';
import { fetchWithLimits, type FetchResponse, type HttpLimits } from './http.js';
import { parseResponse } from './fetch-feed.js';
import { FeedError, type FeedErrorKind } from './errors.js';
import { HostLimiter, hostOf } from './limiter.js';
import type { ItemMemo } from './memo.js';
import { lookupSeen, markSeen } from './seen.js';
import { fetchFullText } from './fulltext.js';
import { adaptiveIntervalS, failureDelayS, healthyIntervalS, parseMaxAge, withJitter, type IntervalBounds } from './schedule.js';
import { loadFeedState, patchFeedState, tryLockFeed, unlockFeed, type FeedState, type StatePatch } from './state.js';
import { feedItems, feedPolls, fulltextFetches } from './metrics.js';
import type { FeedItem } from './types.js';

export interface PollerDeps {
  redis: Redis;
  prefix: string;
  poll: AppConfig['poll'];
  retention: AppConfig['retention'];
  agent: Dispatcher;
  limiter: HostLimiter;
  /** Items of each feed as of its last poll in this process. */
  memo: ItemMemo;
  logger: Logger;
  /** Puts articles on the classify queue under deterministic job ids (one batch per poll). */
  enqueue(jobs: ClassifyRequest[]): Promise<void>;
  /** Called once when this poll disabled the feed (the caller removes its scheduler). */
  onDisabled?(feed: string): Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface ClassifyRequest {
  articleId: string;
  jobId: string;
}

export type PollOutcome =
  | { outcome: 'skipped'; reason: string }
  /** 304, or a 200 whose body is byte for byte the last one parsed. */
  | { outcome: 'not_modified' | 'unchanged'; nextPollAt: string }
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
const bodyHash = (body: Buffer) => createHash('sha256').update(body).digest('base64url').slice(0, 22);

/** Why a feed is not due, or undefined when it is. A tick up to `toleranceMs` early still counts as due. */
export function notDueReason(state: FeedState, nowMs: number, toleranceMs: number): string | undefined {
  if (state.disabled) return `disabled: ${state.disabled_reason ?? 'no reason recorded'}`;
  if (state.paused_until && (state.paused_until === 'forever' || Date.parse(state.paused_until) > nowMs)) return `paused until ${state.paused_until}`;
  if (state.next_poll_at && Date.parse(state.next_poll_at) > nowMs + toleranceMs) return 'not due';
  return undefined;
}

export async function pollFeed(deps: PollerDeps, feed: FeedConfig, options: { force?: boolean; toleranceMs?: number } = {}): Promise<PollOutcome> {
  const now = deps.now ?? Date.now;
  const state = await loadFeedState(deps.redis, deps.prefix, feed.name);
  const reason = options.force && !state.disabled ? undefined : notDueReason(state, now(), options.toleranceMs ?? 0);
  if (reason) {
    feedPolls.inc({ outcome: 'skipped' });
    return { outcome: 'skipped', reason };
  }
  const token = await tryLockFeed(deps.redis, deps.prefix, feed.name, deps.poll.timeout_ms * 10);
  if (!token) {
    feedPolls.inc({ outcome: 'skipped' });
    return { outcome: 'skipped', reason: 'another poll of this feed is running' };
  }
  let released = false;
  try {
    const result = await pollLocked(deps, feed, state, token);
    released = true; // the final state write released the lock in its transaction
    return result;
  } finally {
    if (!released) await unlockFeed(deps.redis, deps.prefix, feed.name, token);
  }
}

async function pollLocked(deps: PollerDeps, feed: FeedConfig, state: FeedState, token: string): Promise<PollOutcome> {
  const now = deps.now ?? Date.now;
  const bounds = { minS: deps.poll.min_interval_s, maxS: deps.poll.max_interval_s };
  const startedAt = now();
  // Validators and the body hash belong to the URL they came from; and once in a
  // while (half the fingerprint TTL) every item is looked up again so the
  // fingerprints of items that never leave the feed are refreshed before they expire.
  const checkedAt = state.items_checked_at ? Date.parse(state.items_checked_at) : 0;
  const shortcuts = state.url === feed.url && startedAt - checkedAt < (deps.retention.fingerprint_ttl_s * 1000) / 2;
  let res: FetchResponse;
  try {
    res = await deps.limiter.run(hostOf(feed.url), () =>
      fetchWithLimits({ url: feed.url, etag: shortcuts ? state.etag : undefined, lastModified: shortcuts ? state.last_modified : undefined }, httpLimits(deps.poll), deps.agent),
    );
  } catch (err) {
    if (!(err instanceof FeedError)) throw err;
    return recordFailure(deps, feed, state, err, startedAt, bounds, token);
  }

  const maxAgeS = parseMaxAge(res.headers['cache-control']);
  const success: StatePatch = {
    url: feed.url, last_poll_at: iso(startedAt), last_success_at: iso(startedAt), last_status: res.status, consecutive_errors: 0, moved_to: res.movedTo ?? null,
  };
  const hash = res.notModified ? undefined : bodyHash(res.body);
  if (res.notModified || (shortcuts && hash === state.body_hash)) {
    const interval = healthyIntervalS({ configuredS: state.interval_s ?? feed.interval_s, maxAgeS }, bounds);
    const next = iso(now() + withJitter(interval, 0.1, deps.random) * 1000);
    const outcome = res.notModified ? 'not_modified' : 'unchanged';
    await patchFeedState(deps.redis, deps.prefix, feed.name, { ...success, next_poll_at: next, interval_s: interval }, { unlockToken: token });
    feedPolls.inc({ outcome });
    return { outcome, nextPollAt: next };
  }

  let parsed: Awaited<ReturnType<typeof parseResponse>>;
  try {
    parsed = await parseResponse(res, deps.poll.timeout_ms, shortcuts ? deps.memo.lookup(feed.name) : undefined);
  } catch (err) {
    if (!(err instanceof FeedError)) throw err;
    return recordFailure(deps, feed, state, err, startedAt, bounds, token);
  }
  const { feed: raw, items } = parsed;
  const { added, updated } = await takeItems(deps, feed, items, shortcuts, raw.language);
  const adaptive = adaptiveIntervalS(items.map((i) => i.published));
  const interval = healthyIntervalS({ configuredS: feed.interval_s, adaptiveS: adaptive, maxAgeS, ttlMin: raw.ttlMin }, bounds);
  const next = iso(now() + withJitter(interval, 0.1, deps.random) * 1000);
  await patchFeedState(
    deps.redis,
    deps.prefix,
    feed.name,
    {
      ...success, etag: res.headers.etag ?? null, last_modified: res.headers['last-modified'] ?? null, next_poll_at: next, interval_s: interval,
      items_in_feed: items.length, body_hash: hash, items_checked_at: iso(startedAt), suggestion: null,
    },
    { added, updated, unlockToken: token },
  );
  feedPolls.inc({ outcome: 'ok' });
  return { outcome: 'ok', items: items.length, added, updated, nextPollAt: next };
}

async function recordFailure(deps: PollerDeps, feed: FeedConfig, state: FeedState, err: FeedError, startedAt: number, bounds: IntervalBounds, token: string): Promise<PollOutcome> {
  const now = deps.now ?? Date.now;
  const errors = (await patchFeedState(
    deps.redis,
    deps.prefix,
    feed.name,
    {
      url: feed.url, last_poll_at: iso(startedAt), last_error: err.message, last_error_kind: err.kind, last_error_at: iso(startedAt),
      last_status: err.details.status ?? null, suggestion: err.details.suggestion ?? null, body_hash: null,
    },
    { incrementErrors: true },
  ))!;
  const delay = failureDelayS({ consecutiveErrors: errors, configuredS: state.interval_s ?? feed.interval_s, retryAfterS: err.details.retryAfterS }, bounds);
  const next = iso(now() + withJitter(delay, 0.1, deps.random) * 1000);
  const disable = errors >= deps.poll.disable_after_errors;
  await patchFeedState(
    deps.redis,
    deps.prefix,
    feed.name,
    { next_poll_at: next, ...(disable ? { disabled: true, disabled_reason: `${errors} consecutive errors, last ${err.kind}: ${err.message}`, disabled_at: iso(now()) } : {}) },
    { unlockToken: token },
  );
  feedPolls.inc({ outcome: err.kind });
  deps.logger.warn({ feed: feed.name, kind: err.kind, err: err.message, errors, next, disabled: disable }, 'feed poll failed');
  if (disable) await deps.onDisabled?.(feed.name);
  return { outcome: 'error', kind: err.kind, message: err.message, consecutiveErrors: errors, disabled: disable, nextPollAt: next };
}

/** Stores and enqueues new and changed items; returns how many of each. */
async function takeItems(deps: PollerDeps, feed: FeedConfig, items: FeedItem[], useMemo: boolean, feedLanguage?: string): Promise<{ added: number; updated: number }> {
  const ttl = deps.retention.fingerprint_ttl_s;
  // Items this process already took, unchanged, need no lookup (unless this is the periodic full check).
  const memo = useMemo ? deps.memo.lookup(feed.name) : undefined;
  const unknown = memo ? items.filter((i) => memo(i.rawKey) !== i) : items;
  const stored = await lookupSeen(deps.redis, deps.prefix, feed.name, unknown.map((i) => i.fingerprint), ttl);
  const fresh = unknown.filter((_, i) => stored[i] === null);
  const changed = unknown.filter((it, i) => stored[i] !== null && stored[i] !== it.contentHash);
  if (!fresh.length && !changed.length) {
    deps.memo.remember(feed.name, items);
    return { added: 0, updated: 0 };
  }

  // The configured language wins; else the feed's own <language> (en-us -> en), a hint for the analyser.
  const lang = feed.language ?? feedLanguage?.trim().toLowerCase().split(/[-_]/)[0] ?? undefined;
  // Feeds list newest first: the first items get their page fetched, up to the per-poll cap.
  let pagesLeft = deps.poll.fulltext_max_per_poll;
  const articles = await Promise.all([...fresh, ...changed].map((it) => toArticle(deps, feed, it, lang || undefined, () => pagesLeft-- > 0)));
  const ttlA = deps.retention.article_ttl_s;
  const jobs: ClassifyRequest[] = [];
  let added = 0;
  await Promise.all(
    articles.map(async (article, i) => {
      if (i < fresh.length) {
        const created = await saveArticle(deps.redis, deps.prefix, article, ttlA);
        // Stored by an earlier poll of this feed that died before enqueueing: enqueue again (the job id dedups).
        const ours = created || (await deps.redis.hget(articleKey(deps.prefix, article.id), 'source')) === feed.name;
        if (ours) jobs.push({ articleId: article.id, jobId: article.id });
        if (created) added++;
      } else {
        const item = changed[i - fresh.length]!;
        await replaceArticle(deps.redis, deps.prefix, article, ttlA);
        jobs.push({ articleId: article.id, jobId: `${article.id}-${item.contentHash.slice(0, 12)}` });
      }
    }),
  );
  const updated = changed.length;
  if (jobs.length) await deps.enqueue(jobs);
  // Only now, after every enqueue: a poll that dies half way takes the rest again next time.
  await markSeen(deps.redis, deps.prefix, feed.name, [...fresh, ...changed], ttl);
  deps.memo.remember(feed.name, items);
  feedItems.inc({ kind: 'new' }, added);
  feedItems.inc({ kind: 'updated' }, updated);
  return { added, updated };
}

async function toArticle(deps: PollerDeps, feed: FeedConfig, item: FeedItem, lang: string | undefined, takePage: () => boolean): Promise<Article> {
  const article: Article = {
    id: articleId(item.link ?? item.guid ?? item.fingerprint),
    url: item.link ?? '',
    title: item.title,
    text: item.text,
    published: item.published,
    lang,
    source: feed.name,
    received_at: new Date((deps.now ?? Date.now)()).toISOString(),
    text_origin: 'feed',
  };
  const threshold = deps.poll.fulltext_min_chars;
  if (threshold > 0 && item.text.length < threshold && item.link) {
    if (!takePage()) {
      article.fulltext_error = `not fetched: over fulltext_max_per_poll (${deps.poll.fulltext_max_per_poll}) this poll`;
      return article;
    }
    const link = item.link;
    const full = await deps.limiter.run(hostOf(link), () => fetchFullText(link, item.text, httpLimits(deps.poll), deps.agent));
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
