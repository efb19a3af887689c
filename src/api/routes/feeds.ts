// Feed operations: every feed's state, and enable / disable by name.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { PipelineContext } from '../../shared/pipeline.js';
import { disableFeed, enableFeed, feedStatuses } from '../../feeds/admin.js';
import { FEED_ERROR_KINDS } from '../../feeds/errors.js';

const Str = Type.Optional(Type.String());
const Num = Type.Optional(Type.Number());

export const FeedStatusSchema = Type.Object(
  {
    name: Type.String(),
    url: Type.String(),
    status: Type.Union(['active', 'failing', 'paused', 'disabled', 'off_in_config'].map((s) => Type.Literal(s))),
    configured_interval_s: Type.Number(),
    interval_s: Num,
    consecutive_errors: Type.Number(),
    disabled: Type.Boolean(),
    disabled_reason: Str,
    disabled_at: Str,
    paused_until: Str,
    last_poll_at: Str,
    last_success_at: Str,
    last_status: Num,
    last_error: Str,
    last_error_kind: Type.Optional(Type.Union(FEED_ERROR_KINDS.map((k) => Type.Literal(k)))),
    last_error_at: Str,
    suggestion: Str,
    next_poll_at: Str,
    moved_to: Str,
    etag: Str,
    last_modified: Str,
    items_in_feed: Num,
    new_items_total: Type.Number(),
    updated_items_total: Type.Number(),
  },
  { additionalProperties: false },
);

const Params = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
const DisableBody = Type.Union([
  Type.Object({ reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) }, { additionalProperties: false }),
  Type.Null(),
]);
const ErrorBody = Type.Object({ error: Type.String(), message: Type.String() });

const notFound = (reply: FastifyReply, name: string) => reply.code(404).send({ error: 'not_found', message: `no feed named ${name}` });

export default async function feedsRoutes(app: FastifyInstance, { ctx }: { ctx: PipelineContext }): Promise<void> {
  app.get(
    '/v1/feeds',
    { schema: { summary: 'Every configured feed with its polling state', tags: ['feeds'], response: { 200: Type.Object({ feeds: Type.Array(FeedStatusSchema) }) } } },
    async () => ({ feeds: await feedStatuses(ctx) }),
  );

  app.post<{ Params: Static<typeof Params> }>(
    '/v1/feeds/:name/enable',
    {
      schema: {
        summary: 'Re-enable a disabled or paused feed; clears its error count and polls it at the next tick',
        tags: ['feeds'],
        params: Params,
        response: { 200: FeedStatusSchema, 404: ErrorBody },
      },
    },
    async (req, reply) => (await enableFeed(ctx, req.params.name)) ?? notFound(reply, req.params.name),
  );

  app.post<{ Params: Static<typeof Params>; Body: Static<typeof DisableBody> }>(
    '/v1/feeds/:name/disable',
    {
      schema: {
        summary: 'Stop polling a feed until it is enabled again',
        tags: ['feeds'],
        params: Params,
        body: DisableBody,
        response: { 200: FeedStatusSchema, 404: ErrorBody },
      },
    },
    async (req, reply) => (await disableFeed(ctx, req.params.name, req.body?.reason)) ?? notFound(reply, req.params.name),
  );
}
