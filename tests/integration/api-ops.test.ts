// The API core: open health/readiness, token on everything else, the dashboard
// with Basic auth, the OpenAPI document, and the article push route.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { testContext, type TestContext } from '../helpers/context.js';
import { buildApi, type Api } from '../../src/api/server.js';
import { loadArticle } from '../../src/shared/articles.js';

const TOKEN = 'test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('API core', () => {
  let ctx: TestContext;
  let app: Api;
  beforeAll(async () => {
    ctx = testContext();
    app = await buildApi({ ctx, token: TOKEN });
  });
  afterAll(async () => {
    await app.close();
    await ctx.dispose();
  });

  it('health and readiness answer without a token', async () => {
    expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('everything else needs the token, compared in constant time', async () => {
    for (const url of ['/metrics', '/v1/openapi.json', '/admin/queues']) {
      expect((await app.inject({ url })).statusCode, url).toBe(401);
      expect((await app.inject({ url, headers: { authorization: 'Bearer wrong' } })).statusCode, url).toBe(401);
    }
    const r = await app.inject({ method: 'POST', url: '/v1/articles', payload: {} });
    expect(r.statusCode).toBe(401);
    expect(r.json().error).toBe('unauthorized');
  });

  it('serves Prometheus metrics with queue depths', async () => {
    const r = await app.inject({ url: '/metrics', headers: auth });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('dealwire_queue_jobs{queue="classify",state="waiting"}');
  });

  it('serves the dashboard to a browser with Basic auth (token as password)', async () => {
    const anon = await app.inject({ url: '/admin/queues' });
    expect(anon.headers['www-authenticate']).toMatch(/^Basic/);
    const basic = `Basic ${Buffer.from(`ops:${TOKEN}`).toString('base64')}`;
    const page = await app.inject({ url: '/admin/queues', headers: { authorization: basic } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html');
    const api = await app.inject({ url: '/admin/queues/api/queues', headers: { authorization: basic } });
    expect(api.statusCode).toBe(200);
    expect(api.json().queues.map((q: { name: string }) => q.name).sort()).toEqual(['alert', 'classify', 'deliver', 'extract', 'poll']);
  });

  it('describes the API in OpenAPI, generated from the route schemas', async () => {
    const doc = (await app.inject({ url: '/v1/openapi.json', headers: auth })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/v1/articles'].post.requestBody).toBeDefined();
  });

  it('POST /v1/articles lists every problem of a bad body and refuses unknown fields', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/articles', headers: auth, payload: { url: 'ftp://x', text: '', color: 'red' } });
    expect(r.statusCode).toBe(400);
    const problems: string[] = r.json().problems;
    expect(problems.some((p) => p.includes("unknown field 'color'"))).toBe(true);
    expect(problems.some((p) => p.startsWith('body.url'))).toBe(true);
    expect(problems.some((p) => p.startsWith('body.text'))).toBe(true);
    const notJson = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"url":' });
    expect(notJson.statusCode).toBe(400);
  });

  it('POST /v1/articles stores the story once and queues it for classify', async () => {
    const body = { url: 'https://Wire.example/story?id=7&utm_source=x#top', title: 'T', text: 'Some text.', lang: 'en' };
    const first = await app.inject({ method: 'POST', url: '/v1/articles', headers: auth, payload: body });
    expect(first.statusCode).toBe(202);
    const { id, status } = first.json();
    expect(status).toBe('queued');
    expect((await loadArticle(ctx.redis, ctx.prefix, id))!.text).toBe('Some text.');
    expect((await ctx.queues.classify.getJob(id))!.data).toEqual({ articleId: id });
    // The same story by another URL spelling (tracking parameter, fragment) is a duplicate.
    const again = await app.inject({ method: 'POST', url: '/v1/articles', headers: auth, payload: { ...body, url: 'https://wire.example/story?id=7' } });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id, status: 'duplicate' });
  });
});
