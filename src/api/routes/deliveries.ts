// Dead letters: deliveries that exhausted their attempts (or could not
// succeed), with the last error, status and response excerpt; replay one by id
// or every one that failed within a time range.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PipelineContext } from '../../shared/pipeline.js';
import { listDeadLetters, replayById, replayRange } from '../../delivery/dead-letters.js';
import { ErrorBody } from './subscriptions.js';

const ListQuery = Type.Object(
  {
    status: Type.Literal('failed', { default: 'failed', description: 'only dead letters are listed' }),
    offset: Type.Integer({ minimum: 0, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    token: Type.Optional(Type.String({ description: 'bearer token, for clients that cannot set headers' })),
  },
  { additionalProperties: false },
);

const Attempt = Type.Object({
  attempt: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  status: Type.Optional(Type.Integer()),
  duration_ms: Type.Number(),
  error: Type.Optional(Type.String()),
  body: Type.String({ description: 'first 1 KB of the response' }),
});
const DeadLetter = Type.Object({
  id: Type.String(),
  alert_id: Type.String(),
  event_id: Type.String(),
  subscription_id: Type.String(),
  webhook_id: Type.String(),
  attempts: Type.Integer(),
  created_at: Type.String({ format: 'date-time' }),
  failed_at: Type.Optional(Type.String({ format: 'date-time' })),
  error: Type.String(),
  last_attempt: Type.Optional(Attempt),
});

const ReplayBody = Type.Object(
  {
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'one dead letter' })),
    since: Type.Optional(Type.String({ format: 'date-time', description: 'every dead letter that failed at or after this time…' })),
    until: Type.Optional(Type.String({ format: 'date-time', description: '…and at or before this one (default now)' })),
  },
  { additionalProperties: false, description: 'either id, or since with an optional until' },
);

const tags = ['deliveries'];

export default async function deliveryRoutes(plain: FastifyInstance, { ctx }: { ctx: PipelineContext }): Promise<void> {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const queue = ctx.queues.deliver;

  app.get(
    '/v1/deliveries',
    {
      schema: {
        summary: 'Dead letters, newest first',
        tags,
        querystring: ListQuery,
        response: { 200: Type.Object({ deliveries: Type.Array(DeadLetter), total: Type.Integer() }), 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (req) => {
      const [deliveries, total] = await Promise.all([listDeadLetters(queue, req.query.offset, req.query.limit), queue.getFailedCount()]);
      return { deliveries, total };
    },
  );

  app.post(
    '/v1/deliveries/replay',
    {
      schema: {
        summary: 'Replay dead letters: one by id, or a time range',
        tags,
        body: ReplayBody,
        response: { 200: Type.Object({ replayed: Type.Array(Type.String()) }), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id, since, until } = req.body;
      const problems: string[] = [];
      if ((id === undefined) === (since === undefined)) problems.push('body: give either id or since');
      if (until !== undefined && since === undefined) problems.push('body.until: needs since');
      if (since && until && Date.parse(until) < Date.parse(since)) problems.push('body.until: is before since');
      if (problems.length) return reply.code(400).send({ error: 'bad_request', message: problems.join('; '), problems });
      if (id !== undefined) {
        if (!(await replayById(queue, id))) return reply.code(404).send({ error: 'not_found', message: `no failed delivery ${id}` });
        return { replayed: [id] };
      }
      return { replayed: await replayRange(queue, new Date(since!), until ? new Date(until) : new Date()) };
    },
  );
}
