// Subscriptions in Redis: one hash per subscription (every field JSON-encoded,
// so single fields can change atomically) and a set of ids. Writes to an
// existing subscription go through small Lua scripts that first check it still
// exists, so a delivery finishing after a DELETE cannot resurrect a half record.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { key } from '../shared/redis.js';
import type { Logger } from '../shared/logger.js';
import type { PipelineContext } from '../shared/pipeline.js';
import { subscriptionsDisabledTotal } from '../delivery/metrics.js';
import { generateSecret } from './secrets.js';
import type { Subscription, SubscriptionInput } from './types.js';

/** How long the previous secret keeps signing after a rotation. */
export const ROTATION_GRACE_MS = 24 * 3600 * 1000;

export const subscriptionKey = (prefix: string, id: string) => key(prefix, 'subscription', id);
const indexKey = (prefix: string) => key(prefix, 'subscriptions');

type Fields = Partial<Record<keyof Subscription, unknown>>;

function decode(hash: Record<string, string>): Subscription | null {
  if (!hash.id) return null;
  const sub = Object.fromEntries(Object.entries(hash).map(([k, v]) => [k, JSON.parse(v)])) as Subscription;
  return { ...sub, types: sub.types ?? [], companies: sub.companies ?? [], tickers: sub.tickers ?? [], languages: sub.languages ?? [] };
}

/** [fields to set as flat pairs, fields to delete]: undefined means "remove". */
function encode(fields: Fields): [string[], string[]] {
  const set: string[] = [];
  const del: string[] = [];
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) del.push(k);
    else set.push(k, JSON.stringify(v));
  }
  return [set, del];
}

const UPDATE_IF_EXISTS = `
if redis.call('exists', KEYS[1]) == 0 then return 0 end
local n = tonumber(ARGV[1])
if n > 0 then redis.call('hset', KEYS[1], unpack(ARGV, 2, 1 + n)) end
if #ARGV > 1 + n then redis.call('hdel', KEYS[1], unpack(ARGV, 2 + n)) end
return 1`;

async function writeIfExists(redis: Redis, prefix: string, id: string, fields: Fields): Promise<boolean> {
  const [set, del] = encode(fields);
  return (await redis.eval(UPDATE_IF_EXISTS, 1, subscriptionKey(prefix, id), set.length, ...set, ...del)) === 1;
}

function newId(): string {
  return `sub_${randomBytes(12).toString('base64url')}`;
}

/** The filter fields of an input, with empty lists for filters left out. */
function filtersOf(input: SubscriptionInput) {
  return {
    types: input.types ?? [],
    companies: input.companies ?? [],
    tickers: input.tickers ?? [],
    languages: input.languages ?? [],
    min_amount_usd: input.min_amount_usd,
    min_confidence: input.min_confidence,
    description: input.description,
  };
}

export async function createSubscription(
  redis: Redis,
  prefix: string,
  input: SubscriptionInput,
  opts: { id?: string; secret?: string; now?: Date } = {},
): Promise<Subscription> {
  const now = (opts.now ?? new Date()).toISOString();
  const sub: Subscription = {
    id: opts.id ?? newId(),
    url: input.url,
    secret: opts.secret ?? generateSecret(),
    ...filtersOf(input),
    enabled: true,
    created_at: now,
    updated_at: now,
  };
  const [set] = encode(sub);
  await redis.multi().hset(subscriptionKey(prefix, sub.id), ...set).sadd(indexKey(prefix), sub.id).exec();
  return sub;
}

export async function getSubscription(redis: Redis, prefix: string, id: string): Promise<Subscription | null> {
  return decode(await redis.hgetall(subscriptionKey(prefix, id)));
}

/** Every subscription, oldest first (the alert stage matches against these). */
export async function listSubscriptions(redis: Redis, prefix: string): Promise<Subscription[]> {
  const ids = await redis.smembers(indexKey(prefix));
  if (ids.length === 0) return [];
  const pipeline = redis.pipeline();
  for (const id of ids) pipeline.hgetall(subscriptionKey(prefix, id));
  const rows = (await pipeline.exec()) ?? [];
  return rows
    .map(([, hash]) => decode((hash ?? {}) as Record<string, string>))
    .filter((s): s is Subscription => s !== null)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
}

export type SubscriptionPatch = Partial<SubscriptionInput> & { enabled?: boolean };

/** Changes filters/URL; `enabled: true` re-enables and forgets the failure streak. Null when there is no such subscription. */
export async function updateSubscription(
  redis: Redis,
  prefix: string,
  id: string,
  patch: SubscriptionPatch,
  now: Date = new Date(),
): Promise<Subscription | null> {
  const fields: Fields = { ...patch, updated_at: now.toISOString() };
  if (patch.enabled === true) Object.assign(fields, { disabled_reason: undefined, disabled_at: undefined, failing_since: undefined, last_error: undefined });
  if (patch.enabled === false) Object.assign(fields, { disabled_reason: 'disabled through the API', disabled_at: now.toISOString() });
  if (!(await writeIfExists(redis, prefix, id, fields))) return null;
  return getSubscription(redis, prefix, id);
}

export async function deleteSubscription(redis: Redis, prefix: string, id: string): Promise<boolean> {
  const results = await redis.multi().del(subscriptionKey(prefix, id)).srem(indexKey(prefix), id).exec();
  return results?.[0]?.[1] === 1;
}

const ROTATE = `
local cur = redis.call('hget', KEYS[1], 'secret')
if not cur then return 0 end
redis.call('hset', KEYS[1], 'previous_secret', cur, 'previous_secret_expires_at', ARGV[2], 'secret', ARGV[1], 'updated_at', ARGV[3])
return 1`;

/** New secret; the old one keeps signing, as a second signature, for 24 h. */
export async function rotateSecret(redis: Redis, prefix: string, id: string, now: Date = new Date()): Promise<Subscription | null> {
  const expires = new Date(now.getTime() + ROTATION_GRACE_MS).toISOString();
  const args = [generateSecret(), expires, now.toISOString()].map((v) => JSON.stringify(v));
  if ((await redis.eval(ROTATE, 1, subscriptionKey(prefix, id), ...args)) !== 1) return null;
  return getSubscription(redis, prefix, id);
}

/** The secrets that sign a delivery at `now`: the current one, plus the previous one during its grace period. */
export function signingSecrets(sub: Subscription, now: Date = new Date()): string[] {
  const previousValid = sub.previous_secret && sub.previous_secret_expires_at && Date.parse(sub.previous_secret_expires_at) > now.getTime();
  return previousValid ? [sub.secret, sub.previous_secret!] : [sub.secret];
}

const DISABLE = `
if redis.call('hget', KEYS[1], 'enabled') ~= 'true' then return 0 end
redis.call('hset', KEYS[1], 'enabled', 'false', 'disabled_reason', ARGV[1], 'disabled_at', ARGV[2], 'updated_at', ARGV[2])
return 1`;

export type DisableCause = 'gone' | 'failing';

/**
 * Disables an enabled subscription with a reason; the operator sees it in the
 * log, in dealwire_subscriptions_disabled_total and on GET /v1/subscriptions/:id.
 * Returns false when it was already disabled or is gone.
 */
export async function disableSubscription(
  redis: Redis,
  prefix: string,
  id: string,
  cause: DisableCause,
  reason: string,
  logger?: Logger,
  now: Date = new Date(),
): Promise<boolean> {
  const done = (await redis.eval(DISABLE, 1, subscriptionKey(prefix, id), JSON.stringify(reason), JSON.stringify(now.toISOString()))) === 1;
  if (done) {
    subscriptionsDisabledTotal.inc({ cause });
    logger?.warn({ subscriptionId: id, cause, reason }, 'subscription disabled');
  }
  return done;
}

export async function enableSubscription(redis: Redis, prefix: string, id: string): Promise<Subscription | null> {
  return updateSubscription(redis, prefix, id, { enabled: true });
}

const FAILURE = `
if redis.call('exists', KEYS[1]) == 0 then return false end
redis.call('hsetnx', KEYS[1], 'failing_since', ARGV[1])
redis.call('hset', KEYS[1], 'last_error', ARGV[2])
return redis.call('hget', KEYS[1], 'failing_since')`;

/** Notes a failed delivery; returns when the current failure streak began (null when the subscription is gone). */
export async function recordFailure(redis: Redis, prefix: string, id: string, error: string, now: Date = new Date()): Promise<Date | null> {
  const since = (await redis.eval(FAILURE, 1, subscriptionKey(prefix, id), JSON.stringify(now.toISOString()), JSON.stringify(error))) as string | null;
  return since ? new Date(JSON.parse(since) as string) : null;
}

/** A success ends the failure streak. */
export async function recordSuccess(redis: Redis, prefix: string, id: string): Promise<void> {
  await writeIfExists(redis, prefix, id, { failing_since: undefined, last_error: undefined });
}

/**
 * Upserts the static subscriptions of config/subscriptions.yaml. The file owns
 * URL, secret and filters; state (enabled, failure streak, created_at) is kept.
 */
export async function seedSubscriptions(ctx: PipelineContext): Promise<number> {
  for (const seed of ctx.config.subscriptions) {
    const { id, secret, ...input } = seed;
    const existing = await getSubscription(ctx.redis, ctx.prefix, id);
    if (!existing) await createSubscription(ctx.redis, ctx.prefix, input, { id, secret });
    else
      await writeIfExists(ctx.redis, ctx.prefix, id, {
        url: input.url,
        secret,
        ...filtersOf(input),
        updated_at: new Date().toISOString(),
      });
  }
  return ctx.config.subscriptions.length;
}
