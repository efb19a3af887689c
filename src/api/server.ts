// The one HTTP server: health and readiness in the open; everything else
// (API routes, metrics, the queue dashboard) behind the bearer token.
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { PipelineContext } from '../shared/pipeline.js';
import { requireToken } from './auth.js';
import { errorHandler } from './errors.js';
import { registerOps } from './routes/ops.js';
import { apiRoutes } from './routes/index.js';

export interface ApiOptions {
  ctx: PipelineContext;
  token: string;
}

export type Api = FastifyInstance;

export async function buildApi({ ctx, token }: ApiOptions): Promise<Api> {
  const app = Fastify({
    loggerInstance: ctx.logger.child({ component: 'api' }) as FastifyBaseLogger,
    bodyLimit: 2 * 1024 * 1024,
    ajv: {
      // Report every problem, and refuse unknown fields instead of silently dropping them.
      customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true },
    },
  });
  app.setErrorHandler(errorHandler);

  await app.register(swagger, {
    openapi: {
      info: { title: 'dealwire', version: '1', description: 'AI-compute deal alerts: subscriptions, articles, alerts, deliveries.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });

  await registerOps(app, ctx, token);

  await app.register(async (secured) => {
    secured.addHook('onRequest', requireToken(token));
    secured.get('/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    for (const route of apiRoutes) await secured.register(route, { ctx });
  });
  return app;
}
