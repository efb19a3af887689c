// The poll stage on real Redis and real BullMQ, against a local feed server:
// new items go to classify once, repeats and 304s enqueue nothing, edits are
// updates, a broken feed is reported, backs off and is disabled after N errors
// while the good feed keeps being polled, and schedulers follow the config.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QueueEvents } from 'bullmq';
import { registry } from '../../src/shared/metrics.js';
import { articleId } from '../../src/shared/ids.js';
import { loadArticle } from '../../src/shared/articles.js';
import type { FeedConfig } from '../../src/shared/config/index.js';
import type { Role } from '../../src/shared/pipeline.js';
import { startPollRole, pollNow, enableFeed, feedStatuses, reconcileFeeds, pauseFeed } from '../../src/workers/poll.js';
import { loadFeedState } from '../../src/feeds/state.js';
import type { PollOutcome } from '../../src/feeds/poller.js';
import { startMisbehavingServer, closedPort, conditional, rssFeed, type MisbehavingServer } from '../helpers/misbehaving-server.js';
import { testConfig, testContext, REDIS_URL, type TestContext } from '../helpers/context.js';

let server: MisbehavingServer;
const open: { ctx: TestContext; role?: Role; events?: QueueEvents }[] = [];

beforeAll(async () => {
  server = await startMisbehavingServer();
});
afterAll(async () => server.close());
afterEach(async () => {
  for (const { ctx, role, events } of open.splice(0)) {
    await role?.close();
    await events?.close();
    await ctx.queues.poll.obliterate({ force: true }).catch(() => {});
    await ctx.dispose();
  }
});

const feed = (name: string, path: string, extra: Partial<FeedConfig> = {}): FeedConfig => ({ name, url: server.url(path), interval_s: 300, enabled: true, ...extra });

async function start(feeds: FeedConfig[], tweak: (p: TestContext['config']['app']['poll']) => void = () => {}) {
  const ctx = testContext(
    testConfig((c) => {
      c.feeds = feeds;
      c.app.poll.fulltext_min_chars = 0;
      c.app.poll.timeout_ms = 3000;
      c.app.poll.disable_after_errors = 3;
      tweak(c.app.poll);
    }),
  );
  const events = new QueueEvents('poll', { connection: { url: REDIS_URL }, prefix: ctx.prefix });
  await events.waitUntilReady();
  const entry: (typeof open)[number] = { ctx, events };
  open.push(entry);
  entry.role = await startPollRole(ctx);
  const poll = async (name: string, jobName = 'poll-now'): Promise<PollOutcome> => {
    const job = jobName === 'poll-now' ? await pollNow(ctx, name) : await ctx.queues.poll.add(jobName, { feed: name });
    return (await job.waitUntilFinished(events, 10_000)) as PollOutcome;
  };
  // The schedulers' first ticks land somewhere in the first minute (each feed has its offset); poll now instead of waiting.
  await Promise.all(feeds.map((f) => poll(f.name)));
  return { ctx, poll };
}

const classifyIds = async (ctx: TestContext) => (await ctx.queues.classify.getJobs(['waiting', 'delayed', 'active', 'completed'])).map((j) => j.id).sort();
const schedulerIds = async (ctx: TestContext) => (await ctx.queues.poll.getJobSchedulers(0, -1)).map((s) => s.key).sort();

describe('poll worker', () => {
  it('enqueues new items once, nothing on a repeat or a 304, and an edited item as an update', async () => {
    let items = [
      { title: 'OpenAI signs $38 billion AWS deal', link: 'http://news.example.com/openai-aws?utm_source=rss', guid: 'n-1', pubDate: 'Mon, 03 Nov 2025 14:05:00 GMT' },
      { title: 'Oracle and Meta near $20 billion cloud deal', link: 'http://news.example.com/oracle-meta', guid: 'n-2', pubDate: 'Mon, 03 Nov 2025 12:05:00 GMT' },
      { title: 'Nvidia beats estimates', link: 'http://news.example.com/nvda', guid: 'n-3', pubDate: 'Mon, 03 Nov 2025 10:05:00 GMT' },
    ];
    server.route('/int/etag.xml', conditional(() => rssFeed(items)));
    server.route('/int/plain.xml', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(items)));
    const { ctx, poll } = await start([feed('etag', '/int/etag.xml'), feed('plain', '/int/plain.xml')]);

    // First poll: three new articles from each feed, but the same
    // canonical links, so three articles and three classify jobs in all, with deterministic ids.
    const ids = items.map((i) => articleId(new URL(i.link).origin + new URL(i.link).pathname)).sort();
    expect(await classifyIds(ctx)).toEqual(ids);
    const stored = await loadArticle(ctx.redis, ctx.prefix, articleId('http://news.example.com/openai-aws'));
    expect(stored).toMatchObject({ url: 'http://news.example.com/openai-aws', title: 'OpenAI signs $38 billion AWS deal', published: '2025-11-03T14:05:00.000Z', text_origin: 'feed' });

    // Fingerprints are kept with the configured TTL, so Redis memory stays bounded.
    const [, seenKeys] = await ctx.redis.scan('0', 'MATCH', `${ctx.prefix}:seen:*`, 'COUNT', 1000);
    expect(seenKeys.length).toBe(6); // three items in each of the two feeds
    for (const k of seenKeys) {
      const ttl = await ctx.redis.ttl(k);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(ctx.config.app.retention.fingerprint_ttl_s);
    }

    // Unchanged feed: a 304 for the one with validators, a parse that finds nothing new for the other.
    expect(await poll('etag')).toMatchObject({ outcome: 'not_modified' });
    expect(server.lastHeaders.get('/int/etag.xml')!['if-none-match']).toBeTruthy();
    expect(await poll('plain')).toMatchObject({ outcome: 'unchanged' }); // same bytes: not even parsed
    expect(await classifyIds(ctx)).toEqual(ids);
    expect((await loadFeedState(ctx.redis, ctx.prefix, 'etag')).last_status).toBe(304);

    // An edited item is an update: replaced article, one more classify job under a versioned id.
    items = items.map((i) => (i.guid === 'n-2' ? { ...i, description: 'Oracle and Meta sign a $20 billion, multi-year cloud computing deal.' } : i));
    expect(await poll('etag')).toMatchObject({ outcome: 'ok', added: 0, updated: 1 });
    const after = await classifyIds(ctx);
    expect(after).toHaveLength(4);
    const oracleId = articleId('http://news.example.com/oracle-meta');
    expect(after.find((id) => id!.startsWith(`${oracleId}-`))).toBeTruthy();
    expect((await loadArticle(ctx.redis, ctx.prefix, oracleId))!.text).toContain('multi-year');
    expect(await poll('etag')).toMatchObject({ outcome: 'not_modified' });
    expect(await classifyIds(ctx)).toHaveLength(4);
  });

  it('reports a broken feed, keeps polling the good one, disables after N errors and re-enables', async () => {
    server.route('/int/good.xml', conditional(() => rssFeed([{ title: 'A deal', link: 'http://news.example.com/deal', guid: 'd-1' }])));
    const bad = feed('bad', `/unused`, { url: `http://127.0.0.1:${await closedPort()}/feed.xml` });
    const { ctx, poll } = await start([feed('good', '/int/good.xml'), bad]);

    const first = await loadFeedState(ctx.redis, ctx.prefix, 'bad');
    expect(first).toMatchObject({ last_error_kind: 'refused', consecutive_errors: 1, disabled: false });
    expect(Date.parse(first.next_poll_at!) - Date.now()).toBeGreaterThan(250_000); // backed off
    expect((await loadFeedState(ctx.redis, ctx.prefix, 'good')).last_success_at).toBeTruthy();
    expect(await classifyIds(ctx)).toEqual([articleId('http://news.example.com/deal')]);

    // A scheduler tick that is not due does nothing; explicit polls keep failing.
    expect(await poll('bad', 'poll')).toMatchObject({ outcome: 'skipped', reason: 'not due' });
    expect(await poll('bad')).toMatchObject({ outcome: 'error', kind: 'refused', consecutiveErrors: 2, disabled: false });
    expect(await poll('good')).toMatchObject({ outcome: 'not_modified' });
    expect(await poll('bad')).toMatchObject({ outcome: 'error', consecutiveErrors: 3, disabled: true });

    const statuses = Object.fromEntries((await feedStatuses(ctx)).map((s) => [s.name, s]));
    expect(statuses.bad).toMatchObject({ status: 'disabled', disabled: true });
    expect(statuses.bad!.disabled_reason).toMatch(/3 consecutive errors, last refused/);
    expect(statuses.good).toMatchObject({ status: 'active', consecutive_errors: 0 });
    expect(await schedulerIds(ctx)).toEqual(['feed-good']);
    expect(await registry.getSingleMetricAsString('dealwire_feeds_disabled')).toMatch(/dealwire_feeds_disabled 1/);
    expect(await poll('bad')).toMatchObject({ outcome: 'skipped' });

    const enabled = await enableFeed(ctx, 'bad');
    expect(enabled).toMatchObject({ disabled: false, consecutive_errors: 0 });
    expect(await schedulerIds(ctx)).toEqual(['feed-bad', 'feed-good']);
    expect(await enableFeed(ctx, 'nope')).toBeUndefined();
  });

  it('respects 429 Retry-After and records classified errors for HTML served instead of a feed', async () => {
    const { ctx, poll } = await start([feed('limited', '/429'), feed('html', '/html')]);
    const limited = await loadFeedState(ctx.redis, ctx.prefix, 'limited');
    expect(limited).toMatchObject({ last_error_kind: 'http_status', last_status: 429 });
    expect(Date.parse(limited.next_poll_at!) - Date.parse(limited.last_poll_at!)).toBeGreaterThanOrEqual(299_000); // max(backoff 300 s, Retry-After 120 s)
    const html = await loadFeedState(ctx.redis, ctx.prefix, 'html');
    expect(html).toMatchObject({ last_error_kind: 'not_a_feed', suggestion: server.url('/feed.xml') });
    expect(await poll('limited', 'poll')).toMatchObject({ outcome: 'skipped', reason: 'not due' });
  });

  it('fetches the full text of teaser items and falls back to the summary behind a paywall', async () => {
    const body = 'Amazon Web Services and OpenAI signed a multi-year agreement worth 38 billion dollars. '.repeat(12);
    server.route('/int/article', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><head><title>Deal</title></head><body><nav>Home | Markets</nav><article><h1>Deal</h1><p>${body}</p><p>The deal covers hundreds of thousands of Nvidia GB200 and GB300 chips.</p></article><footer>(c)</footer></body></html>`),
    );
    server.route('/int/paywalled', (_req, res) =>
      void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><script type="application/ld+json">{"isAccessibleForFree": false}</script></head><body><div class="paywall">Subscribe to read</div></body></html>'),
    );
    server.route('/int/teasers.xml', conditional(() =>
      rssFeed([
        { title: 'Open deal', link: server.url('/int/article'), description: 'OpenAI and AWS sign a deal.' },
        { title: 'Closed deal', link: server.url('/int/paywalled'), description: 'A teaser behind a paywall.' },
        { title: 'One too many', link: server.url('/int/article?page=3'), description: 'Over the per-poll cap.' },
      ]),
    ));
    const { ctx } = await start([feed('teasers', '/int/teasers.xml')], (p) => {
      p.fulltext_min_chars = 600;
      p.fulltext_max_per_poll = 2;
    });
    const full = await loadArticle(ctx.redis, ctx.prefix, articleId(server.url('/int/article')));
    expect(full).toMatchObject({ text_origin: 'fulltext' });
    expect(full!.text).toContain('Nvidia GB200');
    expect(full!.text).not.toContain('Home | Markets');
    const closed = await loadArticle(ctx.redis, ctx.prefix, articleId(server.url('/int/paywalled')));
    expect(closed).toMatchObject({ text_origin: 'feed', text: 'A teaser behind a paywall.', fulltext_error: 'paywall' });
    const capped = await loadArticle(ctx.redis, ctx.prefix, articleId(server.url('/int/article?page=3')));
    expect(capped).toMatchObject({ text_origin: 'feed', text: 'Over the per-poll cap.' });
    expect(capped!.fulltext_error).toMatch(/over fulltext_max_per_poll \(2\)/);
  });
});

describe('feed schedulers follow the config', () => {
  it('adds, keeps, removes and pauses without polling anything twice', async () => {
    const ctx = testContext(testConfig((c) => (c.feeds = [])));
    open.push({ ctx });
    const a = feed('a', '/feed.xml');
    const b = feed('b', '/feed.xml');
    expect(await reconcileFeeds(ctx, [a, b])).toMatchObject({ added: ['a', 'b'], removed: [] });
    const delayedBefore = await ctx.queues.poll.getJobCountByTypes('delayed', 'waiting');
    expect(await reconcileFeeds(ctx, [a, b])).toMatchObject({ added: [], updated: [], unchanged: ['a', 'b'] });
    expect(await ctx.queues.poll.getJobCountByTypes('delayed', 'waiting')).toBe(delayedBefore); // no second job per feed
    expect(await reconcileFeeds(ctx, [a])).toMatchObject({ removed: ['b'], unchanged: ['a'] });
    expect(await reconcileFeeds(ctx, [{ ...a, enabled: false }])).toMatchObject({ removed: ['a'] });
    expect(await schedulerIds(ctx)).toEqual([]);
    await reconcileFeeds(ctx, [a]);
    const paused = await pauseFeed(ctx, 'a', Date.now() + 3600_000);
    expect(paused).toMatchObject({ status: 'paused' });
    expect(await schedulerIds(ctx)).toEqual(['feed-a']); // a timed pause keeps the scheduler, so it resumes alone
  });
});
