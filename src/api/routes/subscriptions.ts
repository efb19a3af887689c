// Subscriptions: CRUD, secret rotation and a test ping. The secret is shown only
// on creation and rotation (the response schemas of the other routes have no
// secret field, so the serializer drops it even by mistake). Target URLs pass
// the SSRF guard here and again at every delivery.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PipelineContext } from '../../shared/pipeline.js';
import { hashId } from '../../shared/ids.js';
import { ALERT_TYPES } from '../../alerts/types.js';
import { saveEvent, type AlertEvent } from '../../alerts/events.js';
import { TargetRefusedError, vetTarget } from '../../delivery/ssrf.js';
import { webhookId } from '../../delivery/sign.js';
import {
  createSubscription,
  deleteSubscription,
  getSubscription,
  listSubscriptions,
  rotateSecret,
  updateSubscription,
} from '../../subscriptions/store.js';
import type { Subscription } from '../../subscriptions/types.js';

/** The error shape of errors.ts (ApiError), for the OpenAPI document. */
export const ErrorBody = Type.Object({ error: Type.String(), message: Type.String(), problems: Type.Optional(Type.Array(Type.String())) });

const Url = Type.String({ minLength: 1, maxLength: 2048, pattern: '^https?://', description: 'where events are POSTed; https unless configured otherwise; public addresses only' });
const Names = (description: string) => Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 500, description }));
const Filters = {
  types: Type.Optional(Type.Array(Type.Union(ALERT_TYPES.map((t) => Type.Literal(t))), { uniqueItems: true, description: 'event types; empty = all' })),
  companies: Names('canonical company names; empty = all'),
  tickers: Names('tickers; empty = all'),
  min_amount_usd: Type.Optional(Type.Number({ minimum: 0 })),
  languages: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2,3}$' }), { maxItems: 50, description: 'ISO 639 codes; empty = all' })),
  min_confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  description: Type.Optional(Type.String({ maxLength: 1000 })),
};

const CreateBody = Type.Object({ url: Url, ...Filters }, { additionalProperties: false });
// Filters are replaced as given; 0 for a minimum means no minimum.
const PatchBody = Type.Object(
  { url: Type.Optional(Url), ...Filters, enabled: Type.Optional(Type.Boolean({ description: 'true re-enables a disabled subscription' })) },
  { additionalProperties: false, minProperties: 1 },
);
// auth.ts also takes the token as ?token=; anything else in the query is refused.
const Token = Type.Optional(Type.String({ description: 'bearer token, for clients that cannot set headers' }));
const NoQuery = Type.Object({ token: Token }, { additionalProperties: false });
// Ids are URL-safe (generated ones, and config seeds by their schema).
const Params = Type.Object({ id: Type.String({ pattern: '^[A-Za-z0-9._~-]{1,100}$' }) }, { additionalProperties: false });

const Time = Type.String({ format: 'date-time' });
const SubscriptionView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  types: Type.Array(Type.String()),
  companies: Type.Array(Type.String()),
  tickers: Type.Array(Type.String()),
  min_amount_usd: Type.Optional(Type.Number()),
  languages: Type.Array(Type.String()),
  min_confidence: Type.Optional(Type.Number()),
  description: Type.Optional(Type.String()),
  enabled: Type.Boolean(),
  disabled_reason: Type.Optional(Type.String()),
  disabled_at: Type.Optional(Time),
  failing_since: Type.Optional(Type.String({ format: 'date-time', description: 'first failed delivery since the last success' })),
  last_error: Type.Optional(Type.String()),
  previous_secret_expires_at: Type.Optional(Type.String({ format: 'date-time', description: 'the previous secret signs too until then' })),
  created_at: Time,
  updated_at: Time,
});
const WithSecret = Type.Composite([SubscriptionView, Type.Object({ secret: Type.String({ description: 'whsec_…, shown only now' }) })]);
const TestQueued = Type.Object({ event_id: Type.String(), delivery_id: Type.String(), webhook_id: Type.String() });

const tags = ['subscriptions'];
const errors = { 400: ErrorBody, 401: ErrorBody };
const withNotFound = { ...errors, 404: ErrorBody };

function refuse(reply: FastifyReply, err: unknown) {
  if (!(err instanceof TargetRefusedError)) throw err;
  const problem = `body.url: ${err.message}`;
  return reply.code(400).send({ error: 'bad_request', message: problem, problems: [problem] });
}

const notFound = (reply: FastifyReply, id: string) => reply.code(404).send({ error: 'not_found', message: `no subscription ${id}` });

/** What the API shows: everything but the secrets. */
function view(sub: Subscription) {
  const { secret: _s, previous_secret: _p, ...rest } = sub;
  return rest;
}

export default async function subscriptionRoutes(plain: FastifyInstance, { ctx }: { ctx: PipelineContext }): Promise<void> {
  const app = plain.withTypeProvider<TypeBoxTypeProvider>();
  const { delivery } = ctx.config.app;
  const policy = { requireHttps: delivery.require_https, allowPrivateTargets: delivery.allow_private_targets };

  app.post('/v1/subscriptions', { schema: { summary: 'Subscribe a webhook', tags, body: CreateBody, response: { 201: WithSecret, ...errors } } }, async (req, reply) => {
    try {
      await vetTarget(req.body.url, policy);
    } catch (err) {
      return refuse(reply, err);
    }
    const sub = await createSubscription(ctx.redis, ctx.prefix, req.body);
    return reply.code(201).send({ ...view(sub), secret: sub.secret });
  });

  app.get('/v1/subscriptions', { schema: { summary: 'List subscriptions', tags, querystring: NoQuery, response: { 200: Type.Object({ subscriptions: Type.Array(SubscriptionView) }), ...errors } } }, async () => ({
    subscriptions: (await listSubscriptions(ctx.redis, ctx.prefix)).map(view),
  }));

  app.get('/v1/subscriptions/:id', { schema: { summary: 'One subscription', tags, params: Params, response: { 200: SubscriptionView, ...withNotFound } } }, async (req, reply) => {
    const sub = await getSubscription(ctx.redis, ctx.prefix, req.params.id);
    return sub ? view(sub) : notFound(reply, req.params.id);
  });

  app.patch(
    '/v1/subscriptions/:id',
    { schema: { summary: 'Change filters or URL; {enabled: true} re-enables', tags, params: Params, body: PatchBody, response: { 200: SubscriptionView, ...withNotFound } } },
    async (req, reply) => {
      if (req.body.url !== undefined) {
        try {
          await vetTarget(req.body.url, policy);
        } catch (err) {
          return refuse(reply, err);
        }
      }
      const sub = await updateSubscription(ctx.redis, ctx.prefix, req.params.id, req.body);
      return sub ? view(sub) : notFound(reply, req.params.id);
    },
  );

  app.delete('/v1/subscriptions/:id', { schema: { summary: 'Unsubscribe', tags, params: Params, response: { 204: Type.Null(), ...withNotFound } } }, async (req, reply) => {
    if (!(await deleteSubscription(ctx.redis, ctx.prefix, req.params.id))) return notFound(reply, req.params.id);
    return reply.code(204).send(null);
  });

  app.post(
    '/v1/subscriptions/:id/rotate-secret',
    { schema: { summary: 'New secret; the old one keeps signing, as a second signature, for 24 h', tags, params: Params, response: { 200: WithSecret, ...withNotFound } } },
    async (req, reply) => {
      const sub = await rotateSecret(ctx.redis, ctx.prefix, req.params.id);
      return sub ? { ...view(sub), secret: sub.secret } : notFound(reply, req.params.id);
    },
  );

  app.post(
    '/v1/subscriptions/:id/test',
    { schema: { summary: 'Send a ping event', tags, params: Params, response: { 202: TestQueued, ...withNotFound, 409: ErrorBody } } },
    async (req, reply) => {
      const sub = await getSubscription(ctx.redis, ctx.prefix, req.params.id);
      if (!sub) return notFound(reply, req.params.id);
      if (!sub.enabled) return reply.code(409).send({ error: 'disabled', message: `subscription is disabled (${sub.disabled_reason ?? 'no reason given'}); PATCH {"enabled": true} first` });
      const event: AlertEvent = {
        id: `ping_${randomUUID()}`,
        type: 'ping',
        timestamp: new Date().toISOString(),
        data: { subscription_id: sub.id, message: 'dealwire test event' },
      };
      await saveEvent(ctx.redis, ctx.prefix, event);
      const deliveryId = hashId(event.id, sub.id);
      await ctx.queues.deliver.add('deliver', { alertId: '', eventId: event.id, subscriptionId: sub.id }, { jobId: deliveryId });
      return reply.code(202).send({ event_id: event.id, delivery_id: deliveryId, webhook_id: webhookId(event.id, sub.id) });
    },
  );
}
