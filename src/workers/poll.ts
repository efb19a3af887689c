// poll: one job per scheduler tick per feed. The worker only resolves the
// feed's current definition and calls pollFeed (src/feeds/poller.ts); new and
// updated items go to classify under deterministic job ids.
import type { Job } from 'bullmq';
import type { PipelineContext, Role } from '../shared/pipeline.js';
import type { PollJob } from '../shared/queues.js';
import { startStageWorker } from '../shared/pipeline.js';
import { createRedis } from '../shared/redis.js';
import { createHttpAgent } from '../feeds/http.js';
import { HostLimiter } from '../feeds/limiter.js';
import { ItemMemo } from '../feeds/memo.js';
import { pollFeed, type PollerDeps } from '../feeds/poller.js';
import { findFeed, reconcileFeeds, removeFeedScheduler, tickMs } from '../feeds/reconcile.js';
import { countDisabledFeeds, reloadFeeds } from '../feeds/admin.js';
import { setDisabledCounter } from '../feeds/metrics.js';

export { feedStatuses, feedStatus, enableFeed, disableFeed, pauseFeed, reloadFeeds, type FeedStatus } from '../feeds/admin.js';
export { reconcileFeeds } from '../feeds/reconcile.js';

/** Job name for an immediate poll that ignores the due time (CLI, tests). */
export const POLL_NOW = 'poll-now';

/** Asks for a poll of one feed now, whatever its next due time (disabled and paused feeds still skip). */
export async function pollNow(ctx: PipelineContext, feed: string): Promise<Job<PollJob>> {
  return ctx.queues.poll.add(POLL_NOW, { feed });
}

export async function startPollRole(ctx: PipelineContext): Promise<Role> {
  const log = ctx.logger.child({ stage: 'poll' });
  const report = await reconcileFeeds(ctx, ctx.config.feeds);
  log.info(report, 'feed schedulers reconciled');

  const agent = createHttpAgent(ctx.config.app.poll.connect_timeout_ms);
  // Feed state, fingerprints and articles get a connection of their own: BullMQ
  // defines dozens of Lua commands on the shared one, and ioredis copies them
  // into every pipeline and transaction created on it, which cost more CPU than
  // the commands of a poll themselves.
  const redis = createRedis(ctx.config.app.redis.url, 'worker', log);
  const deps: PollerDeps = {
    redis,
    prefix: ctx.prefix,
    poll: ctx.config.app.poll,
    retention: ctx.config.app.retention,
    agent,
    limiter: new HostLimiter(ctx.config.app.poll.per_host_concurrency),
    memo: new ItemMemo(),
    logger: log,
    enqueue: async (jobs) => {
      await ctx.queues.classify.addBulk(jobs.map(({ articleId, jobId }) => ({ name: 'classify', data: { articleId }, opts: { jobId } })));
    },
    onDisabled: (feed) => removeFeedScheduler(ctx, feed),
  };
  const toleranceMs = tickMs(ctx.config.app.poll) / 2;

  const worker = startStageWorker(ctx, 'poll', async (job) => {
    const feed = await findFeed(ctx, job.data.feed);
    if (!feed) {
      // A scheduler left over from a feed that is no longer configured.
      await removeFeedScheduler(ctx, job.data.feed);
      return { outcome: 'skipped', reason: 'feed not configured' };
    }
    return pollFeed(deps, feed, { force: job.name === POLL_NOW, toleranceMs });
  });

  setDisabledCounter(() => countDisabledFeeds(ctx));
  // SIGHUP re-reads feeds.yaml, the Unix way to reload a daemon's config.
  const onHup = () => {
    reloadFeeds(ctx).then(
      (r) => log.info(r, 'feeds reloaded'),
      (err: Error) => log.error({ err: err.message }, 'feed reload failed; keeping the current feeds'),
    );
  };
  process.on('SIGHUP', onHup);

  return {
    name: 'poll',
    async close() {
      process.off('SIGHUP', onHup);
      setDisabledCounter(undefined);
      await worker.close();
      await agent.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
