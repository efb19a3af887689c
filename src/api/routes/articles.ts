// POST /v1/articles: push one story (press release, newswire) straight into
// classify. Deduplicated by canonical URL like polled items: the same URL
// pushed twice, or pushed and polled, is one article.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { PipelineContext } from '../../shared/pipeline.js';
import { articleId } from '../../shared/ids.js';
import { saveArticle } from '../../shared/articles.js';
import { canonicalUrl } from '../../feeds/canonical.js';

const ArticleBody = Type.Object(
  {
    url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048, description: 'the story\'s address; also its identity' }),
    title: Type.Optional(Type.String({ maxLength: 1000 })),
    text: Type.String({ minLength: 1, maxLength: 1_000_000 }),
    published: Type.Optional(Type.String({ format: 'date-time' })),
    lang: Type.Optional(Type.String({ pattern: '^[a-z]{2}(-[A-Za-z]{2})?$' })),
    source: Type.Optional(Type.String({ maxLength: 200, description: 'who pushed it, e.g. a newswire name' })),
  },
  { additionalProperties: false },
);

const Accepted = Type.Object({ id: Type.String(), status: Type.Union([Type.Literal('queued'), Type.Literal('duplicate')]) });

export default async function articlesRoutes(app: FastifyInstance, { ctx }: { ctx: PipelineContext }): Promise<void> {
  app.post<{ Body: Static<typeof ArticleBody> }>(
    '/v1/articles',
    {
      schema: {
        summary: 'Push one story into the pipeline (classify onwards)',
        tags: ['articles'],
        body: ArticleBody,
        response: { 202: Accepted, 200: Accepted },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const id = articleId(canonicalUrl(b.url) ?? b.url);
      const created = await saveArticle(
        ctx.redis,
        ctx.prefix,
        {
          id,
          url: b.url,
          title: b.title ?? '',
          text: b.text,
          published: b.published,
          lang: b.lang,
          source: b.source ? `api:${b.source}` : 'api',
          received_at: new Date().toISOString(),
          text_origin: 'api',
        },
        ctx.config.app.retention.article_ttl_s,
      );
      if (!created) return reply.code(200).send({ id, status: 'duplicate' });
      await ctx.queues.classify.add('classify', { articleId: id }, { jobId: id });
      return reply.code(202).send({ id, status: 'queued' });
    },
  );
}
