// classify: is this story an AI-compute deal? Most stories stop here (two hops in all).
import type { PipelineContext, Role } from '../shared/pipeline.js';
import { startStageWorker } from '../shared/pipeline.js';
import { requireArticle, storyOf } from '../shared/articles.js';
import { analyzerFor } from './analyzer.js';

export async function startClassifyRole(ctx: PipelineContext): Promise<Role> {
  const analyzer = analyzerFor(ctx.config);
  const { min_confidence } = ctx.config.app.analysis;
  return startStageWorker(ctx, 'classify', async (job) => {
    const article = await requireArticle(ctx.redis, ctx.prefix, job.data.articleId);
    const verdict = analyzer.classify(storyOf(article));
    const passed = verdict.is_ai_compute_deal && verdict.confidence >= min_confidence;
    if (passed) {
      const { language, confidence, reasons } = verdict;
      await ctx.queues.extract.add('extract', { articleId: article.id, language, confidence, reasons }, { jobId: job.id });
    }
    return { deal: passed, language: verdict.language, confidence: verdict.confidence };
  });
}
