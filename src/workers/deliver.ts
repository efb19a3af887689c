// deliver: one signed POST per job. The job carries ids; the subscription and
// the event are read from Redis, so a rotated secret or a disabled subscription
// takes effect on the next attempt. Retries follow the configured schedule
// (custom 'schedule' backoff below), stretched by Retry-After.
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { PipelineContext, Role } from '../shared/pipeline.js';
import { startStageWorker } from '../shared/pipeline.js';
import type { DeliverJob } from '../shared/queues.js';
import { loadEvent, webhookBody } from '../alerts/events.js';
import { getSubscription, signingSecrets, disableSubscription, recordFailure, recordSuccess } from '../subscriptions/store.js';
import { signedHeaders, webhookId } from '../delivery/sign.js';
import { createDeliveryAgent, postWebhook, type PostResult } from '../delivery/post.js';
import { retryDelayMs } from '../delivery/schedule.js';
import { acquireSlot, pacingDelayMs, releaseSlot } from '../delivery/pacing.js';
import type { AttemptRecord } from '../delivery/dead-letters.js';
import { deliveriesTotal } from '../delivery/metrics.js';

/** A failed attempt worth retrying; carries the receiver's Retry-After to the backoff strategy. */
class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export async function startDeliverRole(ctx: PipelineContext): Promise<Role> {
  const { delivery } = ctx.config.app;
  const policy = { requireHttps: delivery.require_https, allowPrivateTargets: delivery.allow_private_targets };
  const agent = createDeliveryAgent(policy, delivery.timeout_ms);
  const log = ctx.logger.child({ stage: 'deliver' });
  // A slot outlives the request timeout a little, so it is never freed while the POST may still run.
  const leaseMs = delivery.timeout_ms + 5000;

  async function attempt(job: Job<DeliverJob>) {
    const { eventId, subscriptionId } = job.data;
    const sub = await getSubscription(ctx.redis, ctx.prefix, subscriptionId);
    if (!sub) {
      deliveriesTotal.inc({ outcome: 'skipped' });
      return { skipped: 'subscription deleted' };
    }
    // Kept as a dead letter, so it can be replayed once the subscription is re-enabled.
    if (!sub.enabled) throw new UnrecoverableError(`subscription disabled: ${sub.disabled_reason ?? 'no reason given'}`);
    const event = await loadEvent(ctx.redis, ctx.prefix, eventId);
    if (!event) throw new UnrecoverableError(`event ${eventId} not found (expired?)`);

    const holder = job.id!;
    if (!(await acquireSlot(ctx.redis, ctx.prefix, subscriptionId, holder, delivery.per_subscription_concurrency, leaseMs))) {
      // This subscriber has all its slots busy: wait without spending an attempt, and free this worker slot for others.
      deliveriesTotal.inc({ outcome: 'paced' });
      // Starts that did not become attempts (this one included) count how often it was paced already.
      const timesPaced = job.attemptsStarted - job.attemptsMade - 1;
      await job.moveToDelayed(Date.now() + pacingDelayMs(timesPaced, delivery.timeout_ms), job.token);
      throw new DelayedError();
    }

    let result: PostResult;
    const now = new Date();
    try {
      const body = JSON.stringify(webhookBody(event));
      const headers = signedHeaders(signingSecrets(sub, now), webhookId(eventId, subscriptionId), now, body);
      result = await postWebhook(agent, policy, sub.url, { ...headers }, body, delivery.timeout_ms);
    } finally {
      await releaseSlot(ctx.redis, ctx.prefix, subscriptionId, holder);
    }

    const record: AttemptRecord = {
      attempt: job.attemptsMade + 1,
      at: now.toISOString(),
      ...(result.status !== undefined ? { status: result.status } : {}),
      duration_ms: result.durationMs,
      ...(result.error ? { error: result.error } : {}),
      body: result.body,
    };
    await job.log(JSON.stringify(record));
    await job.updateProgress({ last: record });
    const logFields = { jobId: job.id, subscriptionId, eventId, attempt: record.attempt, status: result.status, ms: result.durationMs };

    if (result.ok) {
      deliveriesTotal.inc({ outcome: 'success' });
      await recordSuccess(ctx.redis, ctx.prefix, subscriptionId);
      log.info(logFields, 'webhook delivered');
      return { status: result.status, duration_ms: result.durationMs };
    }
    const error = result.error ?? 'failed';
    log.warn({ ...logFields, err: error }, 'webhook attempt failed');
    if (result.refused) {
      deliveriesTotal.inc({ outcome: 'refused' });
      throw new UnrecoverableError(error);
    }
    if (result.status === 410) {
      deliveriesTotal.inc({ outcome: 'gone' });
      await disableSubscription(ctx.redis, ctx.prefix, subscriptionId, 'gone', 'endpoint answered 410 Gone', log);
      throw new UnrecoverableError('HTTP 410: subscription disabled');
    }
    deliveriesTotal.inc({ outcome: 'failed' });
    const since = await recordFailure(ctx.redis, ctx.prefix, subscriptionId, error, now);
    if (since && now.getTime() - since.getTime() >= delivery.disable_after_s * 1000) {
      const reason = `deliveries failing since ${since.toISOString()} (last error: ${error})`;
      await disableSubscription(ctx.redis, ctx.prefix, subscriptionId, 'failing', reason, log);
      throw new UnrecoverableError(`subscription disabled: ${reason}`);
    }
    throw new DeliveryError(error, result.retryAfterMs);
  }

  const role = startStageWorker(ctx, 'deliver', attempt, {
    settings: {
      backoffStrategy: (attemptsMade, _type, err) =>
        retryDelayMs(attemptsMade, delivery.retry_schedule_s, err instanceof DeliveryError ? err.retryAfterMs : undefined),
    },
  });
  return {
    name: 'deliver',
    async close() {
      await role.close();
      await agent.close();
    },
  };
}
