// GET /v1/alerts: recent alerts, newest first, with filters and cursor paging.
// GET /v1/alerts/stream: live events as Server-Sent Events, filtered like a
// subscription; Last-Event-ID replays what the client missed from the retained events.
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type Static } from '@sinclair/typebox';
import type { PipelineContext } from '../../shared/pipeline.js';
import { createRedis } from '../../shared/redis.js';
import { webhookBody } from '../../alerts/events.js';
import { reaches, type Filter } from '../../alerts/match.js';
import { eventsAfter, lastStreamId, listAlerts, waitForEvents, type StreamEntry } from '../../alerts/store.js';
import { ALERT_TYPES } from '../../alerts/types.js';

const AlertTypeSchema = Type.Union(ALERT_TYPES.map((t) => Type.Literal(t)));
const StreamId = Type.String({ pattern: '^[0-9]+-[0-9]+$', description: 'an SSE event id received earlier' });
// EventSource cannot send headers, so the token may come as ?token= (see auth.ts).
const Token = Type.Optional(Type.String({ description: 'bearer token, for clients that cannot set headers' }));

const ListQuery = Type.Object(
  {
    type: Type.Optional(AlertTypeSchema),
    company: Type.Optional(Type.String({ minLength: 1, description: 'canonical company name' })),
    ticker: Type.Optional(Type.String({ minLength: 1 })),
    since: Type.Optional(Type.String({ format: 'date-time', description: 'alerts created or updated at or after this time' })),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9]+$', description: 'next_cursor of the previous page' })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    token: Token,
  },
  { additionalProperties: false },
);

const StreamQuery = Type.Object(
  {
    types: Type.Optional(Type.Array(AlertTypeSchema)),
    companies: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    tickers: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
    min_amount_usd: Type.Optional(Type.Number({ minimum: 0 })),
    languages: Type.Optional(Type.Array(Type.String({ minLength: 2 }))),
    min_confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    last_event_id: Type.Optional(StreamId),
    token: Token,
  },
  { additionalProperties: false },
);
const StreamHeaders = Type.Object({ 'last-event-id': Type.Optional(StreamId) });

type StreamQueryT = Static<typeof StreamQuery>;

const frame = (e: StreamEntry) => `id: ${e.id}\nevent: ${e.event.type}\ndata: ${JSON.stringify({ id: e.event.id, ...webhookBody(e.event) })}\n\n`;

export default async function alertRoutes(plain: FastifyInstance, { ctx }: { ctx: PipelineContext }): Promise<void> {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/v1/alerts', { schema: { querystring: ListQuery, tags: ['alerts'] } }, async (req) => {
    return listAlerts(ctx.redis, ctx.prefix, req.query);
  });

  // Open streams end as the server starts closing (preClose: onClose would wait
  // for in-flight requests, and a stream never finishes on its own).
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });

  app.get('/v1/alerts/stream', { schema: { querystring: StreamQuery, headers: StreamHeaders, tags: ['alerts'] } }, async (req, reply) => {
    const filter = filterOf(req.query);
    const heartbeatMs = ctx.config.app.alerts.stream_heartbeat_s * 1000;
    let last = req.headers['last-event-id'] ?? req.query.last_event_id ?? (await lastStreamId(ctx.redis, ctx.prefix));

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      // The stream holds its connection for its whole life: close it afterwards, don't keep it idle.
      connection: 'close',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    let lastWrite = Date.now();
    // XREAD BLOCK holds its connection: each stream gets one, closed with the stream.
    const blocking = createRedis(ctx.config.app.redis.url, 'worker', ctx.logger, { connectionName: `${ctx.prefix}:alert-stream` });
    let closed = false;
    const end = () => {
      if (closed) return;
      closed = true;
      blocking.disconnect();
      res.end();
      open.delete(end);
    };
    open.add(end);
    res.on('close', end);

    const send = (entries: StreamEntry[]) => {
      for (const e of entries) {
        last = e.id;
        if (!e.event.audience || !reaches(e.event.audience, filter)) continue;
        res.write(frame(e));
        lastWrite = Date.now();
      }
    };
    try {
      // Replay what was missed (nothing when the client brought no Last-Event-ID), then follow live.
      for (let batch = await eventsAfter(ctx.redis, ctx.prefix, last); batch.length && !closed; batch = await eventsAfter(ctx.redis, ctx.prefix, last)) {
        send(batch);
      }
      while (!closed) {
        send(await waitForEvents(blocking, ctx.prefix, last, heartbeatMs));
        if (!closed && Date.now() - lastWrite >= heartbeatMs) {
          res.write(': heartbeat\n\n');
          lastWrite = Date.now();
        }
      }
    } catch (err) {
      // Disconnecting the blocking connection on client close rejects the pending read: expected.
      if (!closed) req.log.error({ err: (err as Error).message }, 'alert stream failed');
    } finally {
      end();
    }
  });
}

function filterOf(q: StreamQueryT): Filter {
  return {
    types: q.types,
    companies: q.companies,
    tickers: q.tickers,
    min_amount_usd: q.min_amount_usd,
    languages: q.languages,
    min_confidence: q.min_confidence,
  };
}
