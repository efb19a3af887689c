// Standard Webhooks signing (https://www.standardwebhooks.com): HMAC-SHA256 over
// `${id}.${timestamp}.${body}`, header `webhook-signature: v1,<base64>`, several
// signatures space-separated (during a secret rotation both secrets sign).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { secretKey } from '../subscriptions/secrets.js';
import { hashId } from '../shared/ids.js';

export interface WebhookHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** Seconds since the epoch, as the timestamp header carries it. */
export const unixSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** Headers for one attempt, signed with every given secret (current first). */
export function signedHeaders(secrets: string[], id: string, at: Date, body: string): WebhookHeaders {
  if (secrets.length === 0) throw new Error('at least one secret is needed to sign');
  const timestamp = unixSeconds(at);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => sign(s, id, timestamp, body)).join(' '),
  };
}

export interface VerifyOptions {
  /** Largest accepted clock difference, in seconds (the spec suggests 5 minutes). */
  toleranceS?: number;
  now?: Date;
}

/**
 * Receiver-side check: true when one `v1` signature of the header matches the
 * secret and the timestamp is within tolerance. Compared in constant time.
 */
export function verify(secret: string, headers: WebhookHeaders, body: string, opts: VerifyOptions = {}): boolean {
  const timestamp = Number(headers['webhook-timestamp']);
  if (!Number.isInteger(timestamp)) return false;
  const now = unixSeconds(opts.now ?? new Date());
  if (Math.abs(now - timestamp) > (opts.toleranceS ?? 300)) return false;
  const expected = Buffer.from(sign(secret, headers['webhook-id'], timestamp, body));
  let found = false;
  for (const candidate of headers['webhook-signature'].split(' ')) {
    const given = Buffer.from(candidate);
    // Every candidate is compared (no early exit) so timing says nothing about which matched.
    if (given.length === expected.length && timingSafeEqual(given, expected)) found = true;
  }
  return found;
}

/** `webhook-id`: stable per event and subscription, so every retry and replay carries the same id and receivers can drop repeats. */
export function webhookId(eventId: string, subscriptionId: string): string {
  return `msg_${hashId('webhook', eventId, subscriptionId)}`;
}
