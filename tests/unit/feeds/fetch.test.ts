// The fetcher against a local server that misbehaves in every way feeds do:
// each case ends in the right classified error (or a correct parse), within
// its deadline, while good feeds fetched at the same time carry on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent } from 'undici';
import { startMisbehavingServer, closedPort, gzipBomb, type MisbehavingServer } from '../../helpers/misbehaving-server.js';
import { createHttpAgent, type HttpLimits } from '../../../src/feeds/http.js';
import { fetchFeed, type FetchedFeed } from '../../../src/feeds/fetch-feed.js';
import { FeedError } from '../../../src/feeds/errors.js';
import { createServer as createHttpsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let server: MisbehavingServer;
let agent: Agent;
const limits: HttpLimits = {
  userAgent: 'dealwire-test/1 (+https://example.com/contact)',
  timeoutMs: 6000, // roomy: on a loaded machine the good feeds must not hit it
  connectTimeoutMs: 1000,
  maxBytes: 15 * 1024 * 1024,
  maxRedirects: 5,
};

beforeAll(async () => {
  server = await startMisbehavingServer();
  gzipBomb(); // built once up front: the server runs in this process and must not stall the clock under test
  agent = createHttpAgent(limits.connectTimeoutMs);
});
afterAll(async () => {
  await agent.close();
  await server.close();
});

async function outcome(path: string, l: HttpLimits = limits): Promise<FetchedFeed | FeedError> {
  try {
    return await fetchFeed({ url: path.startsWith('http') ? path : server.url(path) }, l, agent);
  } catch (err) {
    if (err instanceof FeedError) return err;
    throw err; // anything unclassified fails the test
  }
}

const kindOf = (r: FetchedFeed | FeedError) => (r instanceof FeedError ? r.kind : 'ok');
const items = (r: FetchedFeed | FeedError) => (r instanceof FeedError || r.notModified ? [] : r.items);

describe('fetching feeds from a misbehaving server', () => {
  it('classifies every bad behaviour while good feeds fetched alongside succeed', async () => {
    const started = Date.now();
    const cases = ['/slow-headers', '/endless', '/garbage', '/gzip-bomb', '/loop-a', '/429', '/503-date', '/500', '/empty', '/html', '/reset', '/feed.xml', '/wrong-type', '/gzip-feed'];
    const finishedAfter = new Map<string, number>();
    const results = await Promise.all(cases.map((c) => outcome(c).finally(() => finishedAfter.set(c, Date.now() - started))));
    const byCase = Object.fromEntries(cases.map((c, i) => [c, results[i]!]));
    const kinds = Object.fromEntries(cases.map((c, i) => [c, kindOf(results[i]!)]));
    console.log('classified outcomes:', kinds);
    expect(kinds).toMatchObject({
      '/slow-headers': 'timeout',
      '/endless': 'timeout',
      '/garbage': 'not_a_feed',
      '/gzip-bomb': 'too_large',
      '/loop-a': 'too_many_redirects',
      '/429': 'http_status',
      '/503-date': 'http_status',
      '/500': 'http_status',
      '/empty': 'not_a_feed',
      '/html': 'not_a_feed',
      '/reset': 'network',
      '/feed.xml': 'ok',
      '/wrong-type': 'ok',
      '/gzip-feed': 'ok',
    });
    expect(items(byCase['/feed.xml']!)).toHaveLength(2);
    expect(items(byCase['/wrong-type']!)).toHaveLength(2);
    expect(items(byCase['/gzip-feed']!)).toHaveLength(2);
    expect((byCase['/429'] as FeedError).details).toMatchObject({ status: 429, retryAfterS: 120 });
    const retry503 = (byCase['/503-date'] as FeedError).details.retryAfterS!;
    expect(retry503).toBeGreaterThan(590);
    expect(retry503).toBeLessThanOrEqual(601);
    expect((byCase['/html'] as FeedError).details.suggestion).toBe(server.url('/feed.xml'));
    // Good feeds answered at once although slow and broken ones were in flight beside them.
    for (const good of ['/feed.xml', '/wrong-type', '/gzip-feed']) {
      expect(finishedAfter.get(good)!, good).toBeLessThan(finishedAfter.get('/slow-headers')!);
    }
  });

  it('refuses a body over the cap while reading it', async () => {
    const r = await outcome('/garbage', { ...limits, maxBytes: 1024 * 1024 });
    expect(kindOf(r)).toBe('too_large');
  });

  it('reports a refused connection', async () => {
    const r = await outcome(`http://127.0.0.1:${await closedPort()}/feed.xml`);
    expect(kindOf(r)).toBe('refused');
  });

  it('reports a DNS failure', async () => {
    const r = await outcome('http://feed.does-not-exist.invalid/rss');
    expect(['dns', 'timeout']).toContain(kindOf(r));
  });

  it('reports a certificate the client cannot trust as a TLS failure', async () => {
    // A self-signed certificate made for this test with the openssl command line.
    const dir = mkdtempSync(join(tmpdir(), 'dealwire-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    } catch {
      return; // no openssl here: nothing to serve TLS with
    }
    const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('<rss version="2.0"><channel/></rss>'));
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const r = await outcome(`https://127.0.0.1:${(tls.address() as { port: number }).port}/feed.xml`);
      expect(kindOf(r)).toBe('tls');
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows a permanent redirect and reports where the feed moved', async () => {
    const r = (await outcome('/moved')) as FetchedFeed;
    expect(r.notModified).toBe(false);
    expect(r.response.movedTo).toBe(server.url('/feed.xml'));
  });

  it('stops after max_redirects hops', async () => {
    for (let i = 0; i <= 6; i++) server.route(`/hop${i}`, (_req, res) => void res.writeHead(302, { location: `/hop${i + 1}` }).end());
    server.route('/hop7', (_req, res) => void res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss version="2.0"><channel/></rss>'));
    expect(kindOf(await outcome('/hop2'))).toBe('ok'); // 5 hops
    expect(kindOf(await outcome('/hop0'))).toBe('too_many_redirects'); // 7 hops
  });

  it('answers 304 to a conditional GET with the validators and sends the configured User-Agent', async () => {
    const first = (await outcome('/feed.xml')) as FetchedFeed;
    const { etag, 'last-modified': lastModified } = first.response.headers;
    expect(etag).toBeTruthy();
    const second = await fetchFeed({ url: server.url('/feed.xml'), etag, lastModified }, limits, agent);
    expect(second.notModified).toBe(true);
    const sent = server.lastHeaders.get('/feed.xml')!;
    expect(sent['if-none-match']).toBe(etag);
    expect(sent['user-agent']).toBe(limits.userAgent);
    expect(sent['accept-encoding']).toContain('gzip');
  });

  it('decodes ISO-8859-1 (from the header or the XML declaration) and UTF-16', async () => {
    for (const path of ['/latin1', '/latin1-declared', '/utf16']) {
      const r = await outcome(path);
      expect(kindOf(r), path).toBe('ok');
      expect(items(r)[0]!.title, path).toBe('Acuerdo de computación en la nube: 38.000 millones de dólares');
    }
  });
});
