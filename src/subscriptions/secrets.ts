// Webhook signing secrets as the Standard Webhooks spec has them: `whsec_` and
// the base64 of 24–64 random bytes (we use 32, the size of an HMAC-SHA256 key).
import { randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

export function generateSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/** The HMAC key inside a `whsec_` secret; throws on anything else, so a bad secret never signs. */
export function secretKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('webhook secret must start with whsec_');
  const raw = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) throw new Error('webhook secret is not base64');
  const key = Buffer.from(raw, 'base64');
  if (key.length < 24 || key.length > 64) throw new Error('webhook secret must hold 24 to 64 bytes');
  return key;
}
