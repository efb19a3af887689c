// A short Redis lock per cluster key, so two alert workers handling two sources
// of the same deal at once cannot both create it (two deal.detected). The lock
// expires by itself if its holder dies, and is released only by its holder.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface LockOptions {
  /** How long the lock lives if never released (holder crashed). */
  ttlMs: number;
  /** How long to wait for it before giving up (the job then fails and is retried). */
  waitMs: number;
}

export const DEFAULT_LOCK: LockOptions = { ttlMs: 10_000, waitMs: 30_000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withLock<T>(redis: Redis, lockKey: string, fn: () => Promise<T>, opts: LockOptions = DEFAULT_LOCK): Promise<T> {
  const token = randomUUID();
  const deadline = Date.now() + opts.waitMs;
  while ((await redis.set(lockKey, token, 'PX', opts.ttlMs, 'NX')) !== 'OK') {
    if (Date.now() > deadline) throw new Error(`lock ${lockKey} still held after ${opts.waitMs} ms`);
    await sleep(10 + Math.random() * 20);
  }
  try {
    return await fn();
  } finally {
    await redis.eval(RELEASE, 1, lockKey, token);
  }
}
