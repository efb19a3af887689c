// GET /v1/alerts and GET /v1/alerts/stream on the real server and Redis.
import { request, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApi, type Api } from '../../src/api/server.js';
import { buildCandidates } from '../../src/alerts/build.js';
import { applyCandidate, type StoreOptions } from '../../src/alerts/store.js';
import type { Alert } from '../../src/alerts/types.js';
import { testConfig, testContext, type TestContext } from '../helpers/context.js';
import { openaiAws, story } from '../unit/alerts/fixtures.js';

const TOKEN = 'test-token-alerts';
const auth = { authorization: `Bearer ${TOKEN}` };

let ctx: TestContext;
let app: Api;

beforeEach(async () => {
  ctx = testContext(testConfig((c) => (c.app.alerts.stream_heartbeat_s = 1)));
  app = await buildApi({ ctx, token: TOKEN });
});
afterEach(async () => {
  await app.close();
  await ctx.dispose();
});

const opts = (): StoreOptions => ({ windowH: 72, tolerance: 0.05, maxAlerts: 100, eventTtlS: 3600 });

async function ingest(s: ReturnType<typeof story>): Promise<void> {
  for (const c of buildCandidates(s.article, s.analysis)) await applyCandidate(ctx.redis, ctx.prefix, c, opts());
}

const oracle = () =>
  story({
    url: 'https://news.example.com/oracle-openai',
    title: 'Oracle and OpenAI sign $300 billion deal',
    text: 'Oracle will supply $300 billion of compute to OpenAI. Oracle shares jumped 36%.',
    language: 'en',
    published: '2025-09-10T12:00:00Z',
    deals: [{ parties: ['Oracle', 'OpenAI'], amount: 300e9, quote: '$300 billion' }],
    stock_moves: [{ company: 'Oracle', ticker: 'ORCL', direction: 'up', pct: 36, quote: 'jumped 36%' }],
  });

async function list(query: string) {
  const res = await app.inject({ method: 'GET', url: `/v1/alerts${query}`, headers: auth });
  return { status: res.statusCode, body: res.json() as { alerts: Alert[]; next_cursor: string | null; problems?: string[] } };
}

describe('GET /v1/alerts', () => {
  beforeEach(async () => {
    await ingest(oracle());
    await ingest(openaiAws.en());
    await ingest(openaiAws.es());
    await ingest(openaiAws.followUp());
  });

  it('answers 401 without a valid token', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/alerts' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/v1/alerts', headers: { authorization: 'Bearer nope' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/v1/alerts/stream' })).statusCode).toBe(401);
  });

  it('lists alerts newest first, one per event with all sources', async () => {
    const { status, body } = await list('');
    expect(status).toBe(200);
    expect(body.alerts.map((a) => `${a.kind}:${a.companies[0]}`)).toEqual(['stock:Amazon', 'deal:OpenAI', 'stock:Oracle', 'deal:Oracle']);
    const deal = body.alerts[1]!;
    expect(deal.sources).toHaveLength(3);
    expect(deal.type).toBe('deal.updated');
    expect(deal.sources[0]!.evidence[0]).toMatchObject({ field: 'amount', sentence: 'OpenAI signs $38 billion cloud deal with Amazon' });
    expect(body.next_cursor).toBeNull();
  });

  it('filters by type, company, ticker and since', async () => {
    expect((await list('?type=stock.moved')).body.alerts.map((a) => a.tickers[0])).toEqual(['AMZN', 'ORCL']);
    expect((await list('?type=deal.updated')).body.alerts.map((a) => a.companies[0])).toEqual(['OpenAI']);
    expect((await list('?type=deal.detected')).body.alerts).toHaveLength(2);
    expect((await list('?company=oracle')).body.alerts.map((a) => a.kind)).toEqual(['stock', 'deal']);
    expect((await list('?ticker=AMZN&type=deal.detected')).body.alerts.map((a) => a.companies)).toEqual([['OpenAI', 'Amazon']]);
    expect((await list(`?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.alerts).toEqual([]);
    expect((await list(`?since=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}`)).body.alerts).toHaveLength(4);
  });

  it('pages with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const { body } = await list(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...body.alerts.map((a) => a.id));
      cursor = body.next_cursor;
      pages++;
    }
    expect(seen).toEqual((await list('')).body.alerts.map((a) => a.id));
    expect(pages).toBeGreaterThanOrEqual(4);
    const filtered = await list('?type=stock.moved&limit=1');
    expect(filtered.body.alerts.map((a) => a.tickers[0])).toEqual(['AMZN']);
    expect((await list(`?type=stock.moved&limit=1&cursor=${filtered.body.next_cursor}`)).body.alerts.map((a) => a.tickers[0])).toEqual(['ORCL']);
  });

  it('describes both routes in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/v1/openapi.json', headers: auth })).json() as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> };
    expect(doc.paths['/v1/alerts']?.get?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['type', 'company', 'ticker', 'since', 'cursor', 'limit']));
    expect(doc.paths['/v1/alerts/stream']?.get?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['types', 'languages', 'last-event-id']));
  });

  it('answers 400 listing every bad query parameter', async () => {
    const { status, body } = await list('?type=deal.bogus&limit=0&since=yesterday&cursor=abc&colour=red');
    expect(status).toBe(400);
    expect(body.problems!.length).toBeGreaterThanOrEqual(5);
    const text = body.problems!.join('\n');
    for (const word of ['type', 'limit', 'since', 'cursor', 'colour']) expect(text).toContain(word);
  });
});

interface Frame {
  id?: string;
  event?: string;
  data?: { id: string; type: string; timestamp: string; data: Record<string, unknown> };
  comment?: string;
}

/** A real SSE client over HTTP (node:http without an agent, so closing it closes its socket). */
async function openStream(base: string, query = '', headers: Record<string, string> = {}) {
  const frames: Frame[] = [];
  const req = request(`${base}/v1/alerts/stream${query}`, { headers: { ...auth, ...headers }, agent: false });
  const res = await new Promise<IncomingMessage>((resolve, reject) => req.on('response', resolve).on('error', reject).end());
  let ended = false;
  let buf = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    buf += chunk;
    let cut: number;
    while ((cut = buf.indexOf('\n\n')) >= 0) {
      const f: Frame = {};
      for (const line of buf.slice(0, cut).split('\n')) {
        if (line.startsWith(':')) f.comment = line.slice(1).trim();
        else if (line.startsWith('id: ')) f.id = line.slice(4);
        else if (line.startsWith('event: ')) f.event = line.slice(7);
        else if (line.startsWith('data: ')) f.data = JSON.parse(line.slice(6));
      }
      frames.push(f);
      buf = buf.slice(cut + 2);
    }
  });
  res.on('end', () => (ended = true)).on('error', () => (ended = true));
  const until = async (pred: (fs: Frame[]) => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (!pred(frames)) {
      if (Date.now() > deadline) throw new Error(`stream: condition not met; frames ${JSON.stringify(frames)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    res,
    frames,
    events: () => frames.filter((f) => f.event),
    until,
    ended: () => ended,
    close: () => req.destroy(),
  };
}

describe('GET /v1/alerts/stream', () => {
  let base: string;
  beforeEach(async () => {
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  it('streams live events as SSE, then replays what was missed after Last-Event-ID', async () => {
    const s = await openStream(base);
    expect(s.res.statusCode).toBe(200);
    expect(s.res.headers['content-type']).toMatch(/^text\/event-stream/);
    await s.until((f) => f.some((x) => x.comment === 'connected'));

    await ingest(openaiAws.en());
    await s.until((f) => f.filter((x) => x.event).length === 2);
    expect(s.events().map((f) => f.event)).toEqual(['deal.detected', 'stock.moved']);
    const first = s.events()[0]!;
    expect(first.data).toMatchObject({ type: 'deal.detected', data: { deal: { amount_usd: 38e9 }, sources: [{ language: 'en' }] } });
    const lastSeen = s.events()[1]!.id!;
    s.close();

    // While the client is away: a silent source (no event), an update, a new deal.
    await ingest(openaiAws.es());
    await ingest(openaiAws.followUp());
    await ingest(oracle());

    const back = await openStream(base, '', { 'last-event-id': lastSeen });
    await back.until((f) => f.filter((x) => x.event).length === 3);
    expect(back.events().map((f) => f.event)).toEqual(['deal.updated', 'deal.detected', 'stock.moved']);
    expect(back.events()[0]!.data!.data.changes).toBeDefined();
    // And it keeps following live.
    await ingest(
      story({
        url: 'https://x.example/amd',
        title: 'AMD and OpenAI',
        text: 'AMD and OpenAI sign a $90 billion chip deal.',
        language: 'es',
        deals: [{ parties: ['AMD', 'OpenAI'], amount: 90e9, quote: '$90 billion' }],
      }),
    );
    await back.until((f) => f.filter((x) => x.event).length === 4);
    back.close();

    // Without Last-Event-ID a client gets only what happens from now on.
    const fresh = await openStream(base);
    await fresh.until((f) => f.some((x) => x.comment === 'heartbeat'), 3000);
    expect(fresh.events()).toEqual([]);
    fresh.close();
  });

  it('filters like a subscription and sends heartbeats while idle', async () => {
    const s = await openStream(base, '?types=stock.moved&tickers=ORCL');
    await s.until((f) => f.some((x) => x.comment === 'connected'));
    await ingest(openaiAws.en());
    await ingest(oracle());
    await s.until((f) => f.some((x) => x.event));
    await s.until((f) => f.some((x) => x.comment === 'heartbeat'), 3000);
    expect(s.events().map((f) => `${f.event} ${(f.data!.data.tickers as string[])[0]}`)).toEqual(['stock.moved ORCL']);
    s.close();

    const lang = await openStream(base, `?last_event_id=0-0&languages=es&min_amount_usd=1000000000`);
    await lang.until((f) => f.some((x) => x.comment === 'heartbeat'), 3000);
    expect(lang.events()).toEqual([]);
    lang.close();
  });

  it('answers 400 to bad filters and a bad Last-Event-ID', async () => {
    const bad = await fetch(`${base}/v1/alerts/stream?types=nope&min_confidence=2`, { headers: auth });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: string[] }).problems.length).toBeGreaterThanOrEqual(2);
    const badId = await fetch(`${base}/v1/alerts/stream`, { headers: { ...auth, 'last-event-id': 'yesterday' } });
    expect(badId.status).toBe(400);
  });

  it('releases the stream and its Redis connection when the client goes away', async () => {
    const streams = async () => String(await ctx.redis.client('LIST')).split('\n').filter((l: string) => l.includes(`name=${ctx.prefix}:alert-stream`)).length;
    const s = await openStream(base);
    await s.until((f) => f.some((x) => x.comment === 'connected'));
    expect(await streams()).toBe(1);
    s.close();
    const deadline = Date.now() + 3000;
    while ((await streams()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(await streams()).toBe(0);
  });

  it('ends open streams when the server closes', async () => {
    const s = await openStream(base);
    await s.until((f) => f.some((x) => x.comment === 'connected'));
    await app.close(); // would hang (test timeout) if an open stream kept the server up
    await s.until(() => s.ended(), 1000);
  });
});
