// extract: the figures of a deal story, stored beside the article for the alert stage.
import type { PipelineContext, Role } from '../shared/pipeline.js';
import { startStageWorker } from '../shared/pipeline.js';
import { requireArticle, saveAnalysis, storyOf } from '../shared/articles.js';
import { analyzerFor } from './analyzer.js';

export async function startExtractRole(ctx: PipelineContext): Promise<Role> {
  const analyzer = analyzerFor(ctx.config);
  return startStageWorker(ctx, 'extract', async (job) => {
    const { articleId, language, confidence, reasons } = job.data;
    const article = await requireArticle(ctx.redis, ctx.prefix, articleId);
    const analysis = analyzer.extract(storyOf(article), { language, confidence, reasons, is_ai_compute_deal: true });
    await saveAnalysis(ctx.redis, ctx.prefix, articleId, analysis);
    await ctx.queues.alert.add('alert', { articleId }, { jobId: job.id });
    return { deals: analysis.deals.length, stock_moves: analysis.stock_moves.length };
  });
}
