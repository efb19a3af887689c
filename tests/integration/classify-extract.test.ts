// classify and extract workers on real Redis and BullMQ: a deal story goes on to
// alert with its analysis stored; a non-deal stops at classify; a missing
// article fails once, without retries, and the rest carries on.
import { describe, it, expect, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { testContext, type TestContext } from '../helpers/context.js';
import { waitFor } from '../helpers/wait.js';
import { saveArticle, loadAnalysis, type Article } from '../../src/shared/articles.js';
import { startClassifyRole } from '../../src/workers/classify.js';
import { startExtractRole } from '../../src/workers/extract.js';
import type { Role } from '../../src/shared/pipeline.js';

const seed = JSON.parse(readFileSync('demo/stories/01-seed-openai-aws-es.json', 'utf8'));
const football = JSON.parse(readFileSync('demo/stories/04-football-not-a-deal-en.json', 'utf8'));

const article = (id: string, s: { title: string; text: string }): Article => ({
  id,
  url: `https://news.example/${id}`,
  title: s.title,
  text: s.text,
  source: 'test',
  received_at: new Date().toISOString(),
});

describe('classify and extract workers', () => {
  let ctx: TestContext;
  let roles: Role[] = [];
  afterEach(async () => {
    await Promise.all(roles.map((r) => r.close()));
    roles = [];
    await ctx.dispose();
  });

  it('passes the deal on with its analysis and stops the rest at classify', async () => {
    ctx = testContext();
    roles = [await startClassifyRole(ctx), await startExtractRole(ctx)];
    for (const [id, s] of [['seed', seed], ['football', football]] as const) {
      await saveArticle(ctx.redis, ctx.prefix, article(id, s), 600);
      await ctx.queues.classify.add('classify', { articleId: id }, { jobId: id });
    }
    // A job for an article that does not exist: fails, is not retried, blocks nothing.
    await ctx.queues.classify.add('classify', { articleId: 'gone' }, { jobId: 'gone' });

    expect(await waitFor(async () => (await ctx.queues.alert.getJobCounts('waiting')).waiting === 1)).toBe(true);
    const [next] = await ctx.queues.alert.getJobs(['waiting']);
    expect(next!.data).toEqual({ articleId: 'seed' });

    const analysis = await loadAnalysis(ctx.redis, ctx.prefix, 'seed');
    expect(analysis!.language).toBe('es');
    expect(analysis!.deals.map((d) => d.amount_usd)).toContain(38e9);
    expect(analysis!.stock_moves[0]).toMatchObject({ ticker: 'AMZN', direction: 'up', pct: 4 });
    expect(await loadAnalysis(ctx.redis, ctx.prefix, 'football')).toBeNull();

    const failed = await waitFor(async () => (await ctx.queues.classify.getFailed()).find((j) => j.id === 'gone'));
    expect(failed!.failedReason).toContain('article gone not found');
    expect(failed!.attemptsMade).toBe(1);
    expect((await ctx.queues.extract.getCompleted()).map((j) => j.id)).toEqual(['seed']);
  });
});
