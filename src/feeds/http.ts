// The HTTP client of the poll stage (and of full-text fetches): undici with a
// connect timeout, one total deadline for the whole exchange including
// redirects and the body, a byte cap enforced while reading (and again while
// decompressing), redirects followed by hand so each hop is counted and
// checked, conditional GET, and every failure classified.
import { Agent, request, type Dispatcher } from 'undici';
import { FeedError, classifyNetworkError } from './errors.js';
import { decompress } from './decompress.js';
import { parseRetryAfter } from './schedule.js';

export interface HttpLimits {
  userAgent: string;
  /** Deadline for the whole fetch: connect, redirects, headers and body. */
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface FetchRequest {
  url: string;
  /** Validators from the previous 200, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  accept?: string;
}

export interface FetchResponse {
  status: number;
  /** Final URL after redirects (the base for relative links). */
  url: string;
  /** Set when every redirect on the way was permanent (301/308): the feed has moved. */
  movedTo?: string;
  headers: Record<string, string>;
  /** Decompressed body; empty for 304. */
  body: Buffer;
  notModified: boolean;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** One connection pool per process; the connect timeout lives here. */
export function createHttpAgent(connectTimeoutMs: number): Agent {
  return new Agent({ connect: { timeout: connectTimeoutMs }, keepAliveTimeout: 10_000, connections: 64 });
}

function flatHeaders(h: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Drops a body we will not read; undici reports the abort as an 'error' event, expected here. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

/** Reads and drops a small body (304, redirect, error page) so the connection can be reused; bigger ones are cut. */
async function drain(body: Dispatcher.ResponseData['body']): Promise<void> {
  await body.dump({ limit: 64 * 1024 }).catch(() => {});
}

async function readCapped(body: Dispatcher.ResponseData['body'], maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      discard(body);
      throw new FeedError('too_large', `body larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchWithLimits(req: FetchRequest, limits: HttpLimits, agent: Dispatcher): Promise<FetchResponse> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = req.url;
  let allPermanent = true;
  const visited = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        'user-agent': limits.userAgent,
        accept: req.accept ?? FEED_ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
      };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      const res = await request(url, {
        method: 'GET',
        headers,
        signal,
        dispatcher: agent,
        headersTimeout: limits.timeoutMs,
        bodyTimeout: limits.timeoutMs,
      });
      const h = flatHeaders(res.headers);
      if (REDIRECTS.has(res.statusCode) && h.location) {
        await drain(res.body);
        if (res.statusCode !== 301 && res.statusCode !== 308) allPermanent = false;
        visited.add(url);
        const next = new URL(h.location, url).toString();
        if (!/^https?:/i.test(next)) throw new FeedError('network', `redirect to an unsupported address: ${next.slice(0, 100)}`);
        if (hop >= limits.maxRedirects || visited.has(next)) {
          throw new FeedError('too_many_redirects', visited.has(next) ? `redirect loop at ${next}` : `more than ${limits.maxRedirects} redirects`);
        }
        url = next;
        continue;
      }
      const moved = hop > 0 && allPermanent ? url : undefined;
      if (res.statusCode === 304) {
        await drain(res.body);
        return { status: 304, url, movedTo: moved, headers: h, body: Buffer.alloc(0), notModified: true };
      }
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await drain(res.body);
        const retryAfterS = parseRetryAfter(h['retry-after'], Date.now());
        throw new FeedError('http_status', `HTTP ${res.statusCode}`, { status: res.statusCode, retryAfterS });
      }
      const declared = Number(h['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        discard(res.body);
        throw new FeedError('too_large', `Content-Length ${declared} is over the ${limits.maxBytes}-byte cap`);
      }
      const raw = await readCapped(res.body, limits.maxBytes);
      const body = decompress(raw, h['content-encoding'], limits.maxBytes);
      return { status: res.statusCode, url, movedTo: moved, headers: h, body, notModified: false };
    }
  } catch (err) {
    if (signal.aborted && !(err instanceof FeedError)) throw new FeedError('timeout', `no complete answer within ${limits.timeoutMs} ms`);
    throw classifyNetworkError(err);
  }
}
