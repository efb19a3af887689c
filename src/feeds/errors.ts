// One error type for everything that can go wrong with a feed, classified so
// the feed state, the metrics and the operator all speak the same words.

export const FEED_ERROR_KINDS = [
  'dns',
  'refused',
  'timeout',
  'tls',
  'network',
  'http_status',
  'too_many_redirects',
  'too_large',
  'not_a_feed',
  'malformed_xml',
  'encoding',
] as const;
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

export interface FeedErrorDetails {
  /** HTTP status, for http_status. */
  status?: number;
  /** Seconds the server asked us to wait (Retry-After on 429/503). */
  retryAfterS?: number;
  /** A feed URL found in an HTML page served instead of a feed. */
  suggestion?: string;
}

export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: FeedErrorDetails = {},
  ) {
    super(message);
  }
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ABORT_ERR',
]);
const REFUSED_CODES = new Set(['ECONNREFUSED']);

/** Turns whatever undici, node:net or node:tls threw into a classified FeedError. */
export function classifyNetworkError(err: unknown): FeedError {
  if (err instanceof FeedError) return err;
  // undici wraps the socket error in `cause`; look at every level.
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '');
    const name = String((e as { name?: unknown }).name ?? '');
    const message = String((e as { message?: unknown }).message ?? '');
    if (DNS_CODES.has(code)) return new FeedError('dns', `DNS lookup failed (${code})`);
    if (REFUSED_CODES.has(code)) return new FeedError('refused', `connection refused (${message || code})`);
    if (TIMEOUT_CODES.has(code) || name === 'TimeoutError' || name === 'AbortError') {
      return new FeedError('timeout', `timed out (${code || name})`);
    }
    if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_OSSL)/.test(code) || /certificate|SSL routines|TLS/i.test(message)) {
      return new FeedError('tls', `TLS failure (${code || message})`);
    }
  }
  const e = err as { code?: string; message?: string };
  return new FeedError('network', `network error (${e?.code ?? e?.message ?? String(err)})`);
}
