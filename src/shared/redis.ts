// Redis connections as BullMQ's production guidance has them: workers retry
// forever (maxRetriesPerRequest: null) so a Redis blip never kills a job;
// producers and plain clients fail fast instead of queueing commands offline
// (enableOfflineQueue: false). Every connection has an error listener, since an
// unhandled 'error' event would crash the process.
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from './logger.js';

export type { Redis };

export type ConnectionRole = 'worker' | 'client';

export function createRedis(url: string, role: ConnectionRole, logger?: Logger, extra: RedisOptions = {}): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true, ...extra }
      : { maxRetriesPerRequest: 3, enableOfflineQueue: true, ...extra };
  const redis = new Redis(url, options);
  let lastMessage = '';
  redis.on('error', (err: Error) => {
    // ioredis repeats the same error on every reconnect attempt; log each kind once.
    if (err.message === lastMessage) return;
    lastMessage = err.message;
    logger?.error({ err: err.message, role }, 'redis connection error');
  });
  redis.on('ready', () => {
    lastMessage = '';
  });
  return redis;
}

/** Where Redis is, for humans: the URL without a password. */
export function describeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** Resolves true when Redis answers PING within the timeout, false otherwise; never throws. */
export async function pingRedis(url: string, timeoutMs = 1500): Promise<boolean> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** Builds a key inside the configured namespace: key('dealwire', 'article', id) -> 'dealwire:article:<id>'. */
export function key(prefix: string, ...parts: string[]): string {
  return [prefix, ...parts].join(':');
}

/** Deletes every key under a prefix (demo runs and tests leave nothing behind in a shared Redis). */
export async function dropPrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  redis.on('error', () => {});
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
