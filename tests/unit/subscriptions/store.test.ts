// The subscription store on real Redis (its logic is mostly Lua, so Redis is the unit).
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSubscription,
  deleteSubscription,
  disableSubscription,
  getSubscription,
  listSubscriptions,
  recordFailure,
  recordSuccess,
  rotateSecret,
  seedSubscriptions,
  signingSecrets,
  subscriptionKey,
  updateSubscription,
} from '../../../src/subscriptions/store.js';
import { testConfig, testContext, type TestContext } from '../../helpers/context.js';

const contexts: TestContext[] = [];
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.dispose();
});
function ctxWith(seeds: TestContext['config']['subscriptions'] = []): TestContext {
  const ctx = testContext(testConfig((c) => (c.subscriptions = seeds)));
  contexts.push(ctx);
  return ctx;
}

describe('subscription store', () => {
  it('round-trips a subscription, keys under the prefix', async () => {
    const ctx = ctxWith();
    const sub = await createSubscription(ctx.redis, ctx.prefix, { url: 'https://a.example/', tickers: ['AMZN'], min_amount_usd: 5 });
    expect(await getSubscription(ctx.redis, ctx.prefix, sub.id)).toEqual(JSON.parse(JSON.stringify(sub)));
    expect(await ctx.redis.exists(subscriptionKey(ctx.prefix, sub.id))).toBe(1);
    expect(await ctx.redis.keys(`*${sub.id}*`)).toEqual([subscriptionKey(ctx.prefix, sub.id)]);
    expect(subscriptionKey(ctx.prefix, sub.id).startsWith(`${ctx.prefix}:`)).toBe(true);
    expect((await listSubscriptions(ctx.redis, ctx.prefix)).map((s) => s.id)).toEqual([sub.id]);
  });

  it('never resurrects a deleted subscription through a late write', async () => {
    const ctx = ctxWith();
    const sub = await createSubscription(ctx.redis, ctx.prefix, { url: 'https://a.example/' });
    expect(await deleteSubscription(ctx.redis, ctx.prefix, sub.id)).toBe(true);
    expect(await recordFailure(ctx.redis, ctx.prefix, sub.id, 'HTTP 500')).toBeNull();
    await recordSuccess(ctx.redis, ctx.prefix, sub.id);
    expect(await disableSubscription(ctx.redis, ctx.prefix, sub.id, 'gone', 'x')).toBe(false);
    expect(await updateSubscription(ctx.redis, ctx.prefix, sub.id, { enabled: true })).toBeNull();
    expect(await rotateSecret(ctx.redis, ctx.prefix, sub.id)).toBeNull();
    expect(await ctx.redis.exists(subscriptionKey(ctx.prefix, sub.id))).toBe(0);
    expect(await listSubscriptions(ctx.redis, ctx.prefix)).toEqual([]);
  });

  it('tracks a failure streak from its first failure until a success', async () => {
    const ctx = ctxWith();
    const sub = await createSubscription(ctx.redis, ctx.prefix, { url: 'https://a.example/' });
    const t0 = new Date('2025-11-01T00:00:00Z');
    expect(await recordFailure(ctx.redis, ctx.prefix, sub.id, 'HTTP 500', t0)).toEqual(t0);
    expect(await recordFailure(ctx.redis, ctx.prefix, sub.id, 'timeout', new Date('2025-11-02T00:00:00Z'))).toEqual(t0);
    expect(await getSubscription(ctx.redis, ctx.prefix, sub.id)).toMatchObject({ failing_since: t0.toISOString(), last_error: 'timeout' });
    await recordSuccess(ctx.redis, ctx.prefix, sub.id);
    const after = await getSubscription(ctx.redis, ctx.prefix, sub.id);
    expect(after?.failing_since).toBeUndefined();
    expect(after?.last_error).toBeUndefined();
  });

  it('disables once (the operator event fires once) and re-enables, forgetting the streak', async () => {
    const ctx = ctxWith();
    const sub = await createSubscription(ctx.redis, ctx.prefix, { url: 'https://a.example/' });
    await recordFailure(ctx.redis, ctx.prefix, sub.id, 'HTTP 500');
    expect(await disableSubscription(ctx.redis, ctx.prefix, sub.id, 'failing', 'failing for 5 days')).toBe(true);
    expect(await disableSubscription(ctx.redis, ctx.prefix, sub.id, 'failing', 'again')).toBe(false);
    expect(await getSubscription(ctx.redis, ctx.prefix, sub.id)).toMatchObject({ enabled: false, disabled_reason: 'failing for 5 days' });
    const back = await updateSubscription(ctx.redis, ctx.prefix, sub.id, { enabled: true });
    expect(back).toMatchObject({ enabled: true });
    expect(back?.disabled_reason).toBeUndefined();
    expect(back?.failing_since).toBeUndefined();
  });

  it('signs with the previous secret only during the 24 h after a rotation', async () => {
    const ctx = ctxWith();
    const sub = await createSubscription(ctx.redis, ctx.prefix, { url: 'https://a.example/' });
    const now = new Date();
    const rotated = (await rotateSecret(ctx.redis, ctx.prefix, sub.id, now))!;
    expect(rotated.previous_secret).toBe(sub.secret);
    expect(signingSecrets(rotated, now)).toEqual([rotated.secret, sub.secret]);
    expect(signingSecrets(rotated, new Date(now.getTime() + 24 * 3600_000 + 1))).toEqual([rotated.secret]);
  });

  it('seeds config subscriptions, updating them from the file but keeping their state', async () => {
    const seed = { id: 'desk', url: 'https://a.example/', secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', types: ['deal.detected'] };
    const ctx = ctxWith([seed]);
    expect(await seedSubscriptions(ctx)).toBe(1);
    expect(await getSubscription(ctx.redis, ctx.prefix, 'desk')).toMatchObject({ ...seed, enabled: true, companies: [] });
    await disableSubscription(ctx.redis, ctx.prefix, 'desk', 'gone', 'endpoint answered 410 Gone');
    ctx.config.subscriptions = [{ ...seed, url: 'https://b.example/' }];
    await seedSubscriptions(ctx);
    expect(await getSubscription(ctx.redis, ctx.prefix, 'desk')).toMatchObject({ url: 'https://b.example/', enabled: false });
    expect(await listSubscriptions(ctx.redis, ctx.prefix)).toHaveLength(1);
  });
});
