// A local HTTP server on 127.0.0.1:0 that misbehaves on demand, one path per
// behaviour, plus routes a test can set or change at run time. Real sockets,
// no mocks: the fetcher sees exactly what it would see on the web.
import { createServer, type IncomingMessage, type ServerResponse, type IncomingHttpHeaders } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface MisbehavingServer {
  /** http://127.0.0.1:PORT */
  base: string;
  url(path: string): string;
  /** Requests seen per path. */
  hits: Map<string, number>;
  /** Request headers of the last request per path. */
  lastHeaders: Map<string, IncomingHttpHeaders>;
  /** Adds or replaces a route. */
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export function rssFeed(items: { title: string; link: string; description?: string; guid?: string; pubDate?: string }[], extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test feed</title><link>http://example.com/</link>${extra}
${items
  .map(
    (i) =>
      `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid>${i.guid}</guid>` : ''}${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}<description>${i.description ?? i.title}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** Serves a body with ETag and Last-Modified, answering 304 to a matching conditional GET. */
export function conditional(body: () => string | Buffer, contentType = 'application/rss+xml; charset=utf-8'): Handler {
  return (req, res) => {
    const b = body();
    const etag = `"${Buffer.from(b).length}-${Buffer.from(b).toString('base64').slice(-12)}"`;
    const lastModified = 'Tue, 04 Nov 2025 10:00:00 GMT';
    if (req.headers['if-none-match'] === etag || (!req.headers['if-none-match'] && req.headers['if-modified-since'] === lastModified)) {
      res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified }).end(b);
  };
}

export const GOOD_FEED = rssFeed([
  { title: 'OpenAI signs $38 billion AWS deal', link: 'http://example.com/a?utm_source=rss', guid: 'a-1', pubDate: 'Mon, 03 Nov 2025 14:05:00 GMT' },
  { title: 'Nvidia earnings', link: 'http://example.com/b', guid: 'b-1', pubDate: 'Mon, 03 Nov 2025 12:00:00 GMT' },
]);

const LATIN1_FEED = rssFeed([{ title: 'Acuerdo de computación en la nube: 38.000 millones de dólares', link: 'http://example.com/es' }]);

let bomb: Buffer | undefined;
/** 64 MiB of zeros in ~64 KB of gzip, made once. */
export function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  return bomb;
}

const BUILT_IN: Record<string, Handler> = {
  '/feed.xml': conditional(() => GOOD_FEED),
  '/slow-headers': () => {
    // Never answers: the socket stays open until the client gives up.
  },
  '/endless': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>never ends</title>');
    const timer = setInterval(() => res.write('<item><title>more</title></item>\n'), 20);
    res.on('close', () => clearInterval(timer));
  },
  '/garbage': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(randomBytes(10 * 1024 * 1024));
  },
  '/gzip-bomb': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipBomb());
  },
  '/gzip-feed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipSync(GOOD_FEED));
  },
  '/loop-a': (_req, res) => void res.writeHead(301, { location: '/loop-b' }).end(),
  '/loop-b': (_req, res) => void res.writeHead(301, { location: '/loop-a' }).end(),
  '/moved': (_req, res) => void res.writeHead(301, { location: '/feed.xml' }).end(),
  '/429': (_req, res) => void res.writeHead(429, { 'retry-after': '120' }).end('slow down'),
  '/503-date': (_req, res) => void res.writeHead(503, { 'retry-after': new Date(Date.now() + 600_000).toUTCString() }).end('maintenance'),
  '/500': (_req, res) => void res.writeHead(500).end('oops'),
  '/404': (_req, res) => void res.writeHead(404).end('not here'),
  '/wrong-type': (_req, res) => void res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(GOOD_FEED),
  '/latin1': (_req, res) => {
    const body = iconv.encode(LATIN1_FEED.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1');
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=ISO-8859-1' }).end(body);
  },
  '/latin1-declared': (_req, res) => {
    // The charset only in the XML declaration, as many old feeds do it.
    const body = iconv.encode(LATIN1_FEED.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1');
    res.writeHead(200, { 'content-type': 'text/xml' }).end(body);
  },
  '/utf16': (_req, res) => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(LATIN1_FEED.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
    res.writeHead(200, { 'content-type': 'application/xml' }).end(body);
  },
  '/html': (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end('<!DOCTYPE html><html><head><title>News</title><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>Hi</body></html>');
  },
  '/empty': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(),
  '/reset': (req) => req.socket.destroy(),
};

export async function startMisbehavingServer(): Promise<MisbehavingServer> {
  const routes = new Map<string, Handler>(Object.entries(BUILT_IN));
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, IncomingHttpHeaders>();
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    lastHeaders.set(path, req.headers);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    url: (path) => `${base}${path}`,
    hits,
    lastHeaders,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 with nothing listening: connections are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
