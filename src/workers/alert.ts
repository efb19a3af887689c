// alert: build candidate alerts from an analysed article, cluster them into
// alerts (one per real-world event), and enqueue a delivery per matching
// subscription for every event. Re-running a job emits nothing new.
import type { PipelineContext, Role } from '../shared/pipeline.js';
import { startStageWorker } from '../shared/pipeline.js';
import { loadAnalysis, loadArticle } from '../shared/articles.js';
import { hashId } from '../shared/ids.js';
import { buildCandidates } from '../alerts/build.js';
import type { AlertEvent } from '../alerts/events.js';
import { matchingSubscriptions } from '../alerts/match.js';
import { alertDeliveriesEnqueuedTotal, alertEventsTotal, clusterOutcomesTotal } from '../alerts/metrics.js';
import { applyCandidate, eventOfSource, isDispatched, markDispatched, type StoreOptions } from '../alerts/store.js';
import { listSubscriptions } from '../subscriptions/store.js';

export async function startAlertRole(ctx: PipelineContext): Promise<Role> {
  const { alerts, retention } = ctx.config.app;
  const opts: StoreOptions = {
    windowH: alerts.cluster_window_h,
    tolerance: alerts.amount_tolerance,
    maxAlerts: retention.alerts_max,
    eventTtlS: alerts.event_ttl_s,
  };
  const log = ctx.logger.child({ stage: 'alert' });

  return startStageWorker(ctx, 'alert', async (job) => {
    const { articleId } = job.data;
    const [article, analysis] = await Promise.all([loadArticle(ctx.redis, ctx.prefix, articleId), loadAnalysis(ctx.redis, ctx.prefix, articleId)]);
    // Retrying cannot bring back an expired article: note it and move on.
    if (!article || !analysis) {
      log.warn({ articleId }, 'article or analysis missing; no alerts');
      return { skipped: true };
    }

    const emitted: AlertEvent[] = [];
    for (const candidate of buildCandidates(article, analysis)) {
      const outcome = await applyCandidate(ctx.redis, ctx.prefix, candidate, opts);
      if (outcome.action !== 'duplicate' && outcome.event) emitted.push(outcome.event);
      // A re-run after a crash between storing and enqueueing finishes the enqueueing.
      if (outcome.action === 'duplicate') {
        const event = await eventOfSource(ctx.redis, ctx.prefix, outcome.alert, articleId);
        if (event) emitted.push(event);
      }
      clusterOutcomesTotal.inc({ action: outcome.action, kind: candidate.kind });
      log.info({ articleId, alertId: outcome.alert.id, action: outcome.action }, 'alert clustered');
    }

    let deliveries = 0;
    const subscriptions = emitted.length ? await listSubscriptions(ctx.redis, ctx.prefix) : [];
    for (const event of emitted) {
      const { alert_id: alertId, audience } = event;
      if (!alertId || !audience || (await isDispatched(ctx.redis, ctx.prefix, event.id))) continue;
      const targets = matchingSubscriptions(audience, subscriptions);
      await ctx.queues.deliver.addBulk(
        targets.map((s) => ({
          name: 'deliver',
          data: { alertId, eventId: event.id, subscriptionId: s.id },
          // One job per event and subscription, however often this runs.
          opts: { jobId: hashId(event.id, s.id) },
        })),
      );
      await markDispatched(ctx.redis, ctx.prefix, event.id, opts.eventTtlS);
      alertEventsTotal.inc({ type: event.type });
      alertDeliveriesEnqueuedTotal.inc(targets.length);
      deliveries += targets.length;
    }
    return { events: emitted.length, deliveries };
  });
}
