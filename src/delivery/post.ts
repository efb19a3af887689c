// One webhook POST. Connections go only to addresses the SSRF guard vetted at
// connect time (a custom lookup), so DNS rebinding between subscription and
// delivery gains nothing; redirects are never followed (a 3xx is a failure);
// the response body is kept to 1 KB, enough to diagnose a failing receiver.
import type { LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { checkUrl, vetHost, systemResolver, TargetRefusedError, type Resolver, type TargetPolicy } from './ssrf.js';
import { parseRetryAfter } from './schedule.js';

export const RESPONSE_EXCERPT_BYTES = 1024;
const USER_AGENT = 'dealwire-webhooks/0.1';

export interface PostResult {
  ok: boolean;
  status?: number;
  durationMs: number;
  /** First 1 KB of the response body. */
  body: string;
  retryAfterMs?: number;
  error?: string;
  /** The SSRF guard refused the target: retrying cannot help. */
  refused?: boolean;
}

/** A connection pool whose every connection goes through the SSRF guard. Close it when the role stops. */
export function createDeliveryAgent(policy: TargetPolicy, timeoutMs: number, resolve: Resolver = systemResolver): Agent {
  const lookup: LookupFunction = (hostname, options, callback) => {
    vetHost(hostname, policy, resolve).then(
      (addresses) => {
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const first = wanted[0];
        if (!first) return callback(new TargetRefusedError(`host ${hostname} has no IPv${options.family} address`), '', 0);
        if (options.all) return (callback as unknown as (e: null, a: typeof wanted) => void)(null, wanted);
        callback(null, first.address, first.family);
      },
      (err: Error) => callback(err, '', 0),
    );
  };
  return new Agent({ connect: { lookup, timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
}

function describe(err: unknown, timeoutMs: number): { error: string; refused?: boolean } {
  const e = err as Error & { cause?: unknown; code?: string };
  const refused = [e, e.cause].find((x) => x instanceof TargetRefusedError) as TargetRefusedError | undefined;
  if (refused) return { error: `refused: ${refused.message}`, refused: true };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return { error: `timeout after ${timeoutMs} ms` };
  const cause = e.cause as (Error & { code?: string }) | undefined;
  return { error: cause?.message ?? e.message ?? String(err) };
}

export async function postWebhook(
  agent: Agent,
  policy: TargetPolicy,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    // IP literals never reach the lookup, so they are judged here.
    checkUrl(url, policy);
    const res = await request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body,
      dispatcher: agent,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= RESPONSE_EXCERPT_BYTES) break; // leaving the loop destroys the stream: the rest is never read
    }
    const excerpt = Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8');
    const status = res.statusCode;
    const ok = status >= 200 && status < 300;
    const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(res.headers['retry-after']) : undefined;
    return {
      ok,
      status,
      durationMs: elapsed(),
      body: excerpt,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(ok ? {} : { error: status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}` }),
    };
  } catch (err) {
    return { ok: false, durationMs: elapsed(), body: '', ...describe(err, timeoutMs) };
  }
}
