// Deterministic ids: the same input always gives the same id, so repeats are
// recognisable anywhere in the pipeline (at-least-once delivery needs this).
import { createHash } from 'node:crypto';

/** 20 hex chars of SHA-256 over the parts, joined by a separator that cannot occur in them. */
export function hashId(...parts: (string | number)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(String(p)).update('\u0000');
  return h.digest('hex').slice(0, 20);
}

/** An article's id: from its canonical link (or guid when there is no link). */
export function articleId(canonicalLinkOrGuid: string): string {
  return hashId('article', canonicalLinkOrGuid);
}
