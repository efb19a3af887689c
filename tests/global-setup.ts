// Tests need a real Redis. Use REDIS_URL (default 127.0.0.1:6379) when it
// answers; otherwise start a throw-away redis-server for this run when one is
// installed, so `npm test` works on a fresh machine too.
import { pingRedis } from '../src/shared/redis.js';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../src/demo/private-redis.js';

let own: PrivateRedis | undefined;

export async function setup(): Promise<void> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (await pingRedis(url)) return;
  if (!hasRedisServer()) {
    throw new Error(`tests need Redis: nothing answers at ${url} and redis-server is not installed (apt-get install redis-server, or set REDIS_URL)`);
  }
  own = await startPrivateRedis();
  // Test workers are forked after this, so they inherit the variable.
  process.env.REDIS_URL = own.url;
}

export function teardown(): void {
  own?.stop();
}
