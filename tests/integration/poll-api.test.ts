// The feed routes of the API on real Redis: state per feed, enable, disable,
// behind the token, with bodies validated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi, type Api } from '../../src/api/server.js';
import { reconcileFeeds } from '../../src/feeds/reconcile.js';
import { patchFeedState } from '../../src/feeds/state.js';
import { testConfig, testContext, type TestContext } from '../helpers/context.js';

const TOKEN = 'test-token-feeds-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('feed API', () => {
  let ctx: TestContext;
  let app: Api;
  beforeAll(async () => {
    ctx = testContext(
      testConfig((c) => {
        c.feeds = [
          { name: 'wire', url: 'http://127.0.0.1:9/wire.xml', interval_s: 300, enabled: true },
          { name: 'quiet', url: 'http://127.0.0.1:9/quiet.xml', interval_s: 600, enabled: false },
        ];
      }),
    );
    await reconcileFeeds(ctx, ctx.config.feeds);
    app = await buildApi({ ctx, token: TOKEN });
  });
  afterAll(async () => {
    await app.close();
    await ctx.queues.poll.obliterate({ force: true }).catch(() => {});
    await ctx.dispose();
  });

  it('needs the token', async () => {
    expect((await app.inject({ url: '/v1/feeds' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/v1/feeds/wire/disable' })).statusCode).toBe(401);
  });

  it('lists every feed with its state', async () => {
    await patchFeedState(ctx.redis, ctx.prefix, 'wire', { last_error: 'connection refused', last_error_kind: 'refused', consecutive_errors: 2 });
    const r = await app.inject({ url: '/v1/feeds', headers: auth });
    expect(r.statusCode).toBe(200);
    const feeds = r.json().feeds as Record<string, unknown>[];
    expect(feeds.map((f) => [f.name, f.status])).toEqual([
      ['quiet', 'off_in_config'],
      ['wire', 'failing'],
    ]);
    expect(feeds[1]).toMatchObject({ url: 'http://127.0.0.1:9/wire.xml', last_error_kind: 'refused', consecutive_errors: 2, disabled: false });
  });

  it('disables with a reason and enables again, moving the scheduler with it', async () => {
    const schedulers = async () => (await ctx.queues.poll.getJobSchedulers(0, -1)).map((s) => s.key);
    expect(await schedulers()).toEqual(['feed-wire']);
    const off = await app.inject({ method: 'POST', url: '/v1/feeds/wire/disable', headers: auth, payload: { reason: 'publisher asked us to stop' } });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ name: 'wire', status: 'disabled', disabled_reason: 'publisher asked us to stop' });
    expect(await schedulers()).toEqual([]);

    const on = await app.inject({ method: 'POST', url: '/v1/feeds/wire/enable', headers: auth });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ status: 'active', disabled: false, consecutive_errors: 0 });
    expect(await schedulers()).toEqual(['feed-wire']);
  });

  it('disables without a body too, and refuses unknown fields and unknown feeds', async () => {
    const plain = await app.inject({ method: 'POST', url: '/v1/feeds/wire/disable', headers: auth });
    expect(plain.statusCode).toBe(200);
    expect(plain.json().disabled_reason).toBe('disabled by an operator');
    const bad = await app.inject({ method: 'POST', url: '/v1/feeds/wire/disable', headers: auth, payload: { why: 'x' } });
    expect(bad.statusCode).toBe(400);
    const missing = await app.inject({ method: 'POST', url: '/v1/feeds/nope/enable', headers: auth });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe('not_found');
  });
});
