// Operations: /health (process up) and /ready (Redis answers) in the open;
// /metrics and the Bull Board dashboard behind the token. The dashboard also
// takes HTTP Basic auth (any user, the token as password) because a browser
// cannot add a bearer header to page loads.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { PipelineContext } from '../../shared/pipeline.js';
import { registry } from '../../shared/metrics.js';
import { sampleQueueDepths } from '../../shared/queue-depth.js';
import { requireToken, tokenMatches } from '../auth.js';

const DASHBOARD = '/admin/queues';

function basicPassword(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  if (!h?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(h.slice(6), 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

export async function registerOps(app: FastifyInstance, ctx: PipelineContext, token: string): Promise<void> {
  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/ready', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await ctx.redis.ping();
      return { status: 'ready' };
    } catch (err) {
      return reply.code(503).send({ status: 'not_ready', reason: `redis: ${(err as Error).message}` });
    }
  });

  const bearerOnly = requireToken(token);
  app.get('/metrics', { schema: { hide: true }, onRequest: bearerOnly }, async (_req, reply) => {
    await sampleQueueDepths(ctx.queues);
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(DASHBOARD);
  createBullBoard({ queues: Object.values(ctx.queues).map((q) => new BullMQAdapter(q)), serverAdapter });
  await app.register(async (board) => {
    board.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      if (tokenMatches(basicPassword(req), token)) return;
      await bearerOnly(req, reply);
      if (reply.sent) return;
    });
    board.addHook('onSend', async (_req, reply, payload) => {
      if (reply.statusCode === 401) reply.header('www-authenticate', 'Basic realm="dealwire", charset="UTF-8"');
      return payload;
    });
    await board.register(serverAdapter.registerPlugin() as never, { prefix: DASHBOARD });
  });
}
