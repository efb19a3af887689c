// The subscriptions and deliveries API on real Redis, with a real deliver
// worker and a real receiver verifying with the standardwebhooks package.
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/shared/config/index.js';
import type { Role } from '../../src/shared/pipeline.js';
import { buildApi, type Api } from '../../src/api/server.js';
import { disableSubscription } from '../../src/subscriptions/store.js';
import { startDeliverRole } from '../../src/workers/deliver.js';
import { testConfig, testContext, type TestContext } from '../helpers/context.js';
import { WebhookReceiver } from '../helpers/webhook-receiver.js';

const TOKEN = 'test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function setup(tweak: (d: Config['app']['delivery']) => void = () => {}): Promise<{ ctx: TestContext; app: Api }> {
  const ctx = testContext(
    testConfig((c) => {
      c.app.delivery.allow_private_targets = true;
      c.app.delivery.require_https = false;
      c.app.delivery.retry_schedule_s = [0, 0.05];
      tweak(c.app.delivery);
    }),
  );
  cleanups.push(() => ctx.dispose());
  const app = await buildApi({ ctx, token: TOKEN });
  cleanups.push(() => app.close());
  return { ctx, app };
}

async function deliverer(ctx: TestContext): Promise<Role> {
  const role = await startDeliverRole(ctx);
  cleanups.push(() => role.close());
  return role;
}

async function receiver(): Promise<WebhookReceiver> {
  const r = await WebhookReceiver.start();
  cleanups.push(() => r.close());
  return r;
}

describe('subscriptions API', () => {
  it('creates, lists, reads, patches and deletes; the secret is shown only on creation', async () => {
    const { app } = await setup();
    const created = await app.inject({
      method: 'POST',
      url: '/v1/subscriptions',
      headers: auth,
      payload: { url: 'http://127.0.0.1:9/hook', types: ['deal.detected'], companies: ['OpenAI'], min_amount_usd: 1e9, description: 'desk' },
    });
    expect(created.statusCode).toBe(201);
    const sub = created.json();
    expect(sub).toMatchObject({ url: 'http://127.0.0.1:9/hook', types: ['deal.detected'], companies: ['OpenAI'], tickers: [], min_amount_usd: 1e9, enabled: true });
    expect(sub.id).toMatch(/^sub_/);
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);

    const list = await app.inject({ method: 'GET', url: '/v1/subscriptions', headers: auth });
    expect(list.json().subscriptions.map((s: { id: string }) => s.id)).toEqual([sub.id]);
    expect(list.body).not.toContain('whsec_');

    const one = await app.inject({ method: 'GET', url: `/v1/subscriptions/${sub.id}`, headers: auth });
    expect(one.json()).toMatchObject({ id: sub.id, description: 'desk' });
    expect(one.json().secret).toBeUndefined();

    const patched = await app.inject({ method: 'PATCH', url: `/v1/subscriptions/${sub.id}`, headers: auth, payload: { tickers: ['AMZN'], min_confidence: 0.8 } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ tickers: ['AMZN'], min_confidence: 0.8, companies: ['OpenAI'] });
    expect(patched.body).not.toContain('whsec_');

    const deleted = await app.inject({ method: 'DELETE', url: `/v1/subscriptions/${sub.id}`, headers: auth });
    expect([deleted.statusCode, deleted.body]).toEqual([204, '']);
    expect((await app.inject({ method: 'GET', url: `/v1/subscriptions/${sub.id}`, headers: auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/v1/subscriptions/${sub.id}`, headers: auth })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PATCH', url: `/v1/subscriptions/${sub.id}`, headers: auth, payload: { enabled: true } })).statusCode).toBe(404);
  });

  it('shows why a subscription was disabled and re-enables it with PATCH {enabled: true}', async () => {
    const { ctx, app } = await setup();
    const sub = (await app.inject({ method: 'POST', url: '/v1/subscriptions', headers: auth, payload: { url: 'http://127.0.0.1:9/' } })).json();
    await disableSubscription(ctx.redis, ctx.prefix, sub.id, 'failing', 'deliveries failing since 2025-11-01T00:00:00.000Z (last error: HTTP 500)');
    const seen = (await app.inject({ method: 'GET', url: `/v1/subscriptions/${sub.id}`, headers: auth })).json();
    expect(seen).toMatchObject({ enabled: false, disabled_reason: expect.stringMatching(/failing since/) });
    expect((await app.inject({ method: 'POST', url: `/v1/subscriptions/${sub.id}/test`, headers: auth })).statusCode).toBe(409);

    const back = await app.inject({ method: 'PATCH', url: `/v1/subscriptions/${sub.id}`, headers: auth, payload: { enabled: true } });
    expect(back.json().enabled).toBe(true);
    expect(back.json().disabled_reason).toBeUndefined();
  });

  it('sends a verifiable ping on /test', async () => {
    const { ctx, app } = await setup();
    const r = await receiver();
    await deliverer(ctx);
    const sub = (await app.inject({ method: 'POST', url: '/v1/subscriptions', headers: auth, payload: { url: r.url } })).json();
    r.secrets = [sub.secret];
    const res = await app.inject({ method: 'POST', url: `/v1/subscriptions/${sub.id}/test`, headers: auth });
    expect(res.statusCode).toBe(202);
    const [got] = await r.waitUntil((x) => x.length === 1);
    expect(got!.verifiedWith).toEqual([0]);
    expect(got!.id).toBe(res.json().webhook_id);
    expect(JSON.parse(got!.body)).toMatchObject({ type: 'ping', data: { subscription_id: sub.id } });
  });

  it('rotates the secret: both the new and the old secret verify for 24 h', async () => {
    const { ctx, app } = await setup();
    const r = await receiver();
    await deliverer(ctx);
    const sub = (await app.inject({ method: 'POST', url: '/v1/subscriptions', headers: auth, payload: { url: r.url } })).json();
    const rot = await app.inject({ method: 'POST', url: `/v1/subscriptions/${sub.id}/rotate-secret`, headers: auth });
    expect(rot.statusCode).toBe(200);
    const rotated = rot.json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(sub.secret);
    const grace = Date.parse(rotated.previous_secret_expires_at) - Date.now();
    expect(grace).toBeGreaterThan(23.9 * 3600_000);
    expect(grace).toBeLessThanOrEqual(24 * 3600_000);

    r.secrets = [rotated.secret, sub.secret];
    await app.inject({ method: 'POST', url: `/v1/subscriptions/${sub.id}/test`, headers: auth });
    const [got] = await r.waitUntil((x) => x.length === 1);
    expect(got!.signature.split(' ')).toHaveLength(2);
    expect(got!.verifiedWith).toEqual([0, 1]);
  });

  describe('SSRF guard at creation (private targets not allowed, https required)', () => {
    it.each([
      ['https://127.0.0.1/hook', /loopback/],
      ['https://10.1.2.3/hook', /private/],
      ['https://169.254.169.254/latest/meta-data/', /metadata/],
      ['https://[::1]/hook', /loopback/],
      ['https://localhost/hook', /localhost resolves to .*loopback/],
      ['https://[::ffff:127.0.0.1]/hook', /loopback/],
      ['http://example.com/hook', /https is required/],
    ])('refuses %s', async (url, why) => {
      const { app } = await setup((d) => {
        d.allow_private_targets = false;
        d.require_https = true;
      });
      const res = await app.inject({ method: 'POST', url: '/v1/subscriptions', headers: auth, payload: { url } });
      expect(res.statusCode).toBe(400);
      expect(res.json().problems).toEqual([expect.stringMatching(/^body\.url: /)]);
      expect(res.json().message).toMatch(why);
      expect((await app.inject({ method: 'GET', url: '/v1/subscriptions', headers: auth })).json().subscriptions).toEqual([]);
    });

    it('refuses a private URL on PATCH too', async () => {
      const { ctx, app } = await setup((d) => (d.allow_private_targets = false));
      const { createSubscription } = await import('../../src/subscriptions/store.js');
      const sub = await createSubscription(ctx.redis, ctx.prefix, { url: 'https://example.com/' });
      const res = await app.inject({ method: 'PATCH', url: `/v1/subscriptions/${sub.id}`, headers: auth, payload: { url: 'https://192.168.1.1/' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/192.168.1.1 is private/);
    });
  });
});

describe('deliveries API', () => {
  it('lists a dead letter with its last error, status and body, and replays it by id', async () => {
    const { ctx, app } = await setup();
    const r = await receiver();
    r.reply({ status: 500, body: 'first' }, { status: 503, body: 'down' });
    await deliverer(ctx);
    const sub = (await app.inject({ method: 'POST', url: '/v1/subscriptions', headers: auth, payload: { url: r.url } })).json();
    const { delivery_id } = (await app.inject({ method: 'POST', url: `/v1/subscriptions/${sub.id}/test`, headers: auth })).json();

    let listed: { deliveries: Record<string, unknown>[]; total: number } = { deliveries: [], total: 0 };
    for (let i = 0; i < 100 && listed.total === 0; i++) {
      await new Promise((res) => setTimeout(res, 50));
      listed = (await app.inject({ method: 'GET', url: '/v1/deliveries?status=failed', headers: auth })).json();
    }
    expect(listed.total).toBe(1);
    expect(listed.deliveries[0]).toMatchObject({ id: delivery_id, subscription_id: sub.id, error: 'HTTP 503', attempts: 2, last_attempt: { status: 503, body: 'down' } });

    const replay = await app.inject({ method: 'POST', url: '/v1/deliveries/replay', headers: auth, payload: { id: delivery_id } });
    expect(replay.json()).toEqual({ replayed: [delivery_id] });
    await r.waitUntil((x) => x.length === 3);
    expect(r.received.map((x) => x.status)).toEqual([500, 503, 200]);
    expect(new Set(r.received.map((x) => x.id)).size).toBe(1);
    expect((await app.inject({ method: 'POST', url: '/v1/deliveries/replay', headers: auth, payload: { id: delivery_id } })).statusCode).toBe(404);
  });

  it('replays every dead letter of a time range', async () => {
    const { ctx, app } = await setup((d) => (d.retry_schedule_s = [0]));
    const r = await receiver();
    r.reply({ status: 500 }, { status: 500 });
    await deliverer(ctx);
    const since = new Date().toISOString();
    const sub = (await app.inject({ method: 'POST', url: '/v1/subscriptions', headers: auth, payload: { url: r.url } })).json();
    for (let i = 0; i < 2; i++) await app.inject({ method: 'POST', url: `/v1/subscriptions/${sub.id}/test`, headers: auth });
    for (let i = 0; i < 100 && (await ctx.queues.deliver.getFailedCount()) < 2; i++) await new Promise((res) => setTimeout(res, 50));

    const before = await app.inject({ method: 'POST', url: '/v1/deliveries/replay', headers: auth, payload: { since: '2000-01-01T00:00:00Z', until: '2000-01-02T00:00:00Z' } });
    expect(before.json()).toEqual({ replayed: [] });
    const res = await app.inject({ method: 'POST', url: '/v1/deliveries/replay', headers: auth, payload: { since } });
    expect(res.json().replayed).toHaveLength(2);
    await r.waitUntil((x) => x.filter((y) => y.status === 200).length === 2);
  });
});

describe('API validation and auth', () => {
  const ID = 'sub_x';
  const routes: [string, string, unknown?][] = [
    ['POST', '/v1/subscriptions', { url: 'http://127.0.0.1:9/' }],
    ['GET', '/v1/subscriptions'],
    ['GET', `/v1/subscriptions/${ID}`],
    ['PATCH', `/v1/subscriptions/${ID}`, { enabled: true }],
    ['DELETE', `/v1/subscriptions/${ID}`],
    ['POST', `/v1/subscriptions/${ID}/rotate-secret`],
    ['POST', `/v1/subscriptions/${ID}/test`],
    ['GET', '/v1/deliveries?status=failed'],
    ['POST', '/v1/deliveries/replay', { id: 'x' }],
  ];

  it.each(routes)('%s %s answers 401 without a valid token', async (method, url, payload) => {
    const { app } = await setup();
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: TOKEN }]) {
      const res = await app.inject({ method: method as 'GET', url, headers, ...(payload ? { payload: payload as object } : {}) });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toBe('unauthorized');
    }
  });

  const bad_id = 'sub%20x';
  const bad: [string, string, unknown, RegExp[]][] = [
    [
      'POST',
      '/v1/subscriptions',
      { url: 5, types: ['deal.nope'], min_confidence: 2, min_amount_usd: -1, languages: ['English'], colour: 'red' },
      [/^body\.url: /, /^body\.types\.0: /, /^body\.min_confidence: /, /^body\.min_amount_usd: /, /^body\.languages\.0: /, /unknown field 'colour'/],
    ],
    ['POST', '/v1/subscriptions', { types: [] }, [/must have required property 'url'/]],
    ['GET', '/v1/subscriptions?limit=5', undefined, [/unknown field 'limit'/]],
    ['GET', `/v1/subscriptions/${bad_id}`, undefined, [/^params\.id: /]],
    ['PATCH', `/v1/subscriptions/${ID}`, { enabled: 'maybe', tickers: [''], secret: 'whsec_x' }, [/^body\.enabled: /, /^body\.tickers\.0: /, /unknown field 'secret'/]],
    ['PATCH', `/v1/subscriptions/${ID}`, {}, [/fewer than 1 properties/]],
    ['DELETE', `/v1/subscriptions/${bad_id}`, undefined, [/^params\.id: /]],
    ['POST', `/v1/subscriptions/${bad_id}/rotate-secret`, undefined, [/^params\.id: /]],
    ['POST', `/v1/subscriptions/${bad_id}/test`, undefined, [/^params\.id: /]],
    ['GET', '/v1/deliveries?status=ok&limit=0&x=1', undefined, [/^querystring\.status: /, /^querystring\.limit: /, /unknown field 'x'/]],
    ['POST', '/v1/deliveries/replay', { since: 'yesterday', job: 1 }, [/^body\.since: /, /unknown field 'job'/]],
    ['POST', '/v1/deliveries/replay', {}, [/give either id or since/]],
    ['POST', '/v1/deliveries/replay', { id: 'a', since: '2025-01-01T00:00:00Z' }, [/give either id or since/]],
    ['POST', '/v1/deliveries/replay', { until: '2025-01-01T00:00:00Z' }, [/give either id or since/, /until: needs since/]],
  ];

  it.each(bad)('%s %s answers 400 listing every problem', async (method, url, payload, expected) => {
    const { app } = await setup();
    const res = await app.inject({ method: method as 'GET', url, headers: auth, ...(payload !== undefined ? { payload: payload as object } : {}) });
    expect(res.statusCode).toBe(400);
    const { problems } = res.json() as { problems: string[] };
    for (const re of expected) expect(problems.some((p) => re.test(p)), `${re} in ${JSON.stringify(problems)}`).toBe(true);
  });

  it('describes every route in the OpenAPI document', async () => {
    const { app } = await setup();
    const doc = (await app.inject({ method: 'GET', url: '/v1/openapi.json', headers: auth })).json();
    expect(Object.keys(doc.paths['/v1/subscriptions'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(doc.paths['/v1/subscriptions/{id}'])).toEqual(expect.arrayContaining(['get', 'patch', 'delete']));
    expect(doc.paths['/v1/subscriptions/{id}/rotate-secret'].post).toBeDefined();
    expect(doc.paths['/v1/subscriptions/{id}/test'].post).toBeDefined();
    expect(doc.paths['/v1/deliveries'].get.parameters.map((p: { name: string }) => p.name)).toContain('status');
    expect(doc.paths['/v1/deliveries/replay'].post.requestBody).toBeDefined();
    const create = doc.paths['/v1/subscriptions'].post;
    expect(create.requestBody.content['application/json'].schema.properties.url).toBeDefined();
    expect(create.responses['201'].content['application/json'].schema.properties.secret).toBeDefined();
    expect(doc.paths['/v1/subscriptions/{id}'].get.responses['200'].content['application/json'].schema.properties.secret).toBeUndefined();
  });
});
