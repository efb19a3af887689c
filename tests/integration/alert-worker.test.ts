// The alert worker on real Redis and BullMQ: articles and analyses stored the
// way extract stores them, AlertJobs in, alerts and deliver jobs out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Queue } from 'bullmq';
import { saveAnalysis, saveArticle } from '../../src/shared/articles.js';
import type { Role } from '../../src/shared/pipeline.js';
import { startAlertRole } from '../../src/workers/alert.js';
import { applyCandidate, listAlerts, eventsAfter, loadAlert } from '../../src/alerts/store.js';
import { buildCandidates } from '../../src/alerts/build.js';
import { alertIdFor } from '../../src/alerts/cluster.js';
import { loadEvent } from '../../src/alerts/events.js';
import { createSubscription, updateSubscription } from '../../src/subscriptions/store.js';
import type { DeliverJob } from '../../src/shared/queues.js';
import { registry } from '../../src/shared/metrics.js';
import { testConfig, testContext, type TestContext } from '../helpers/context.js';
import { openaiAws, story } from '../unit/alerts/fixtures.js';

type Story = ReturnType<typeof story>;

let ctx: TestContext;
let roles: Role[];

beforeEach(() => {
  ctx = testContext();
  roles = [];
});
afterEach(async () => {
  await Promise.all(roles.map((r) => r.close()));
  await ctx.dispose();
});

async function store(...stories: Story[]): Promise<void> {
  for (const { article, analysis } of stories) {
    await saveArticle(ctx.redis, ctx.prefix, article, 3600);
    await saveAnalysis(ctx.redis, ctx.prefix, article.id, analysis);
  }
}

async function settle(queue: Queue, total: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const c = await queue.getJobCounts('completed', 'failed');
    if ((c.completed ?? 0) + (c.failed ?? 0) >= total) {
      expect(c.failed).toBe(0);
      return;
    }
    if (Date.now() > deadline) throw new Error(`alert jobs did not settle: ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function deliveries(): Promise<DeliverJob[]> {
  const jobs = await ctx.queues.deliver.getJobs(['waiting', 'delayed', 'prioritized']);
  return jobs.map((j) => j.data);
}

const subscribe = (extra: Parameters<typeof createSubscription>[2] extends infer I ? Partial<I> : never, id: string) =>
  createSubscription(ctx.redis, ctx.prefix, { url: `https://hooks.example/${id}`, ...extra }, { id });

describe('alert worker', () => {
  it('makes one alert of three sources in two languages and enqueues deliveries for matching subscriptions only', async () => {
    await subscribe({}, 'everything');
    await subscribe({ companies: ['Oracle'] }, 'oracle-only');
    await subscribe({ languages: ['fr'] }, 'french-only');
    await subscribe({ types: ['stock.moved'], tickers: ['AMZN'] }, 'amzn-moves');
    await subscribe({ min_amount_usd: 50e9 }, 'over-50bn');
    await subscribe({ languages: ['es'] }, 'spanish-only');
    await subscribe({}, 'disabled');
    await updateSubscription(ctx.redis, ctx.prefix, 'disabled', { enabled: false });

    const en = openaiAws.en();
    const es = openaiAws.es();
    const wire = openaiAws.wire();
    await store(en, es, wire);
    roles.push(await startAlertRole(ctx));
    for (const s of [en, es, wire]) await ctx.queues.alert.add('alert', { articleId: s.article.id }, { jobId: s.article.id });
    await settle(ctx.queues.alert, 3);

    const deals = await listAlerts(ctx.redis, ctx.prefix, { type: 'deal.detected', limit: 10 });
    expect(deals.alerts).toHaveLength(1);
    const deal = deals.alerts[0]!;
    expect(deal.sources.map((s) => s.url).sort()).toEqual([en, es, wire].map((s) => s.article.url).sort());
    expect(deal.languages.sort()).toEqual(['en', 'es']);
    const moves = await listAlerts(ctx.redis, ctx.prefix, { type: 'stock.moved', limit: 10 });
    expect(moves.alerts).toHaveLength(1);
    expect(moves.alerts[0]!.sources).toHaveLength(2);

    const jobs = await deliveries();
    const byAlert = (id: string) => jobs.filter((j) => j.alertId === id).map((j) => j.subscriptionId).sort();
    // Each subscription gets each alert once, whichever language came first.
    expect(byAlert(deal.id)).toEqual(['everything', 'spanish-only']);
    // A minimum amount filters deals; a stock move is no deal and passes it.
    expect(byAlert(moves.alerts[0]!.id)).toEqual(['amzn-moves', 'everything', 'over-50bn', 'spanish-only']);
    expect(jobs).toHaveLength(6);

    // The event delivery will send: the webhook body of contract.md §2.
    const event = await loadEvent(ctx.redis, ctx.prefix, jobs.find((j) => j.alertId === deal.id && j.subscriptionId === 'everything')!.eventId);
    expect(event).toMatchObject({ type: 'deal.detected', alert_id: deal.id, data: { alert_id: deal.id, deal: { amount_usd: 38e9 } } });
    expect((event!.data.sources as { url: string; title: string; language: string; published: string }[])[0]).toMatchObject({
      url: expect.any(String),
      title: expect.any(String),
      language: expect.any(String),
      published: expect.any(String),
    });

    // Operators see it in /metrics.
    const metrics = await registry.getSingleMetricAsString('dealwire_alert_cluster_outcomes_total');
    expect(metrics).toContain('action="create",kind="deal"');
    expect(metrics).toContain('action="add_source",kind="deal"');

    // Running the same articles again (new job ids) emits nothing new.
    for (const s of [en, es, wire]) await ctx.queues.alert.add('alert', { articleId: s.article.id }, { jobId: `again-${s.article.id}` });
    await settle(ctx.queues.alert, 6);
    expect(await deliveries()).toHaveLength(6);
    expect(await eventsAfter(ctx.redis, ctx.prefix, '0-0')).toHaveLength(4);

    // A follow-up adding power updates the alert and is delivered as deal.updated.
    const follow = openaiAws.followUp();
    await store(follow);
    await ctx.queues.alert.add('alert', { articleId: follow.article.id }, { jobId: follow.article.id });
    await settle(ctx.queues.alert, 7);
    const after = await deliveries();
    const updates = after.filter((j) => !jobs.some((k) => k.eventId === j.eventId));
    expect(updates.map((j) => j.subscriptionId).sort()).toEqual(['everything', 'spanish-only']);
    const update = updates[0]!;
    expect(update.alertId).toBe(deal.id);
    expect((await loadEvent(ctx.redis, ctx.prefix, update.eventId))).toMatchObject({ type: 'deal.updated', data: { changes: [{ field: 'power_mw' }, { field: 'hardware' }] } });
  });

  it('two workers in parallel on many sources of the same deals emit each deal.detected once', async () => {
    await subscribe({ types: ['deal.detected'] }, 'deals');
    const DEALS = 6;
    const SOURCES = 5;
    const stories: Story[] = [];
    for (let d = 0; d < DEALS; d++) {
      const amount = (d + 1) * 10e9;
      for (let s = 0; s < SOURCES; s++) {
        const quote = `${(d + 1) * 10} billion dollars`;
        stories.push(
          story({
            url: `https://outlet${s}.example/deal-${d}`,
            title: `OpenAI and Amazon deal ${d}`,
            text: `OpenAI and Amazon agreed a ${quote} deal.`,
            language: s % 2 ? 'es' : 'en',
            deals: [{ parties: s % 2 ? ['Amazon', 'OpenAI'] : ['OpenAI', 'Amazon'], amount, quote }],
          }),
        );
      }
    }
    await store(...stories);
    roles.push(await startAlertRole(ctx), await startAlertRole(ctx));
    await ctx.queues.alert.addBulk(stories.map((s) => ({ name: 'alert', data: { articleId: s.article.id }, opts: { jobId: s.article.id } })));
    await settle(ctx.queues.alert, stories.length);

    const { alerts } = await listAlerts(ctx.redis, ctx.prefix, { limit: 100 });
    expect(alerts).toHaveLength(DEALS);
    for (const a of alerts) expect(a.sources).toHaveLength(SOURCES);
    const events = (await eventsAfter(ctx.redis, ctx.prefix, '0-0')).map((e) => e.event);
    expect(events.every((e) => e.type === 'deal.detected')).toBe(true);
    // One first detection per deal; the others are late ones, for the second language only.
    expect(events.filter((e) => !e.audience?.previous)).toHaveLength(DEALS);
    expect(events.filter((e) => e.audience?.previous)).toHaveLength(DEALS);
    expect((await deliveries()).map((j) => j.subscriptionId)).toEqual(Array(DEALS).fill('deals'));
  });

  it('finishes the enqueueing a crashed run left undone, and recalls old deals from passing mentions', async () => {
    await subscribe({}, 'everything');
    const en = openaiAws.en();
    await store(en);
    // A run that stored the alert and died before enqueueing anything.
    const opts = { windowH: 72, tolerance: 0.05, maxAlerts: 100, eventTtlS: 3600 };
    for (const c of buildCandidates(en.article, en.analysis)) await applyCandidate(ctx.redis, ctx.prefix, c, opts);
    expect(await deliveries()).toHaveLength(0);

    roles.push(await startAlertRole(ctx));
    await ctx.queues.alert.add('alert', { articleId: en.article.id }, { jobId: 'retry' });
    await settle(ctx.queues.alert, 1);
    expect((await deliveries()).map((j) => j.subscriptionId)).toEqual(['everything', 'everything']);

    // Three weeks later a story about something else recalls the deal in passing.
    const recall = story({
      url: 'https://later.example/recap',
      title: 'Amazon opens a new region',
      text: 'Amazon opened a new cloud region in Spain.\nThe company signed a $38 billion deal with OpenAI last month.',
      language: 'en',
      published: '2025-11-24T10:00:00Z',
      deals: [{ parties: ['Amazon', 'OpenAI'], amount: 38e9, quote: '$38 billion' }],
    });
    await store(recall);
    await ctx.queues.alert.add('alert', { articleId: recall.article.id }, { jobId: recall.article.id });
    await settle(ctx.queues.alert, 2);
    const { alerts } = await listAlerts(ctx.redis, ctx.prefix, { type: 'deal.detected', limit: 10 });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.sources.map((s) => s.url)).toEqual([en.article.url, recall.article.url]);
    expect(await deliveries()).toHaveLength(2);
  });

  it('keeps at most retention.alerts_max alerts', async () => {
    await ctx.dispose();
    ctx = testContext(
      testConfig((c) => {
        c.app.retention.alerts_max = 3;
      }),
    );
    const stories = [1, 2, 3, 4, 5].map((n) =>
      story({
        url: `https://x.example/${n}`,
        title: `Deal ${n}`,
        text: `Oracle and OpenAI agreed ${n}00 billion dollars.`,
        language: 'en',
        published: `2025-11-0${n}T10:00:00Z`,
        deals: [{ parties: ['Oracle', 'OpenAI'], amount: n * 100e9, quote: `${n}00 billion dollars` }],
      }),
    );
    await store(...stories);
    roles.push(await startAlertRole(ctx));
    for (const s of stories) {
      await ctx.queues.alert.add('alert', { articleId: s.article.id }, { jobId: s.article.id });
      await settle(ctx.queues.alert, stories.indexOf(s) + 1);
    }
    const { alerts } = await listAlerts(ctx.redis, ctx.prefix, { limit: 10 });
    expect(alerts.map((a) => a.deal!.amount_usd)).toEqual([500e9, 400e9, 300e9]);
    // The dropped alerts are gone, not just unlisted.
    const dropped = stories.slice(0, 2).map((s) => alertIdFor(buildCandidates(s.article, s.analysis)[0]!));
    expect(await Promise.all(dropped.map((id) => loadAlert(ctx.redis, ctx.prefix, id)))).toEqual([null, null]);
  });
});
