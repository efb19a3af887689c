// The fingerprint set: which items of a feed were already taken, and with which
// content hash. One key per item with a TTL (config retention.fingerprint_ttl_s)
// so memory stays bounded; every poll that still sees an item refreshes its
// TTL (GETEX), so an item that stays in its feed is never taken for new.
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { key } from '../shared/redis.js';

const fpKey = (prefix: string, feed: string, fp: string) =>
  key(prefix, 'seen', feed, createHash('sha256').update(fp).digest('base64url').slice(0, 22));

/** Content hash last stored for each fingerprint, or null when the item is new. */
export async function lookupSeen(redis: Redis, prefix: string, feed: string, fingerprints: string[], ttlS: number): Promise<(string | null)[]> {
  if (!fingerprints.length) return [];
  const pipe = redis.pipeline();
  for (const fp of fingerprints) pipe.getex(fpKey(prefix, feed, fp), 'EX', ttlS);
  const res = (await pipe.exec()) ?? [];
  return fingerprints.map((_, i) => (res[i]?.[1] as string | null) ?? null);
}

export async function markSeen(redis: Redis, prefix: string, feed: string, entries: { fingerprint: string; contentHash: string }[], ttlS: number): Promise<void> {
  if (!entries.length) return;
  const pipe = redis.pipeline();
  for (const e of entries) pipe.set(fpKey(prefix, feed, e.fingerprint), e.contentHash, 'EX', ttlS);
  await pipe.exec();
}
