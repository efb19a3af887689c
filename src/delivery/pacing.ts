// Per-subscription pacing: at most N deliveries in flight to one subscription,
// across every deliver process, so a slow subscriber holds N worker slots and
// never the whole pool (BullMQ's group limits are Pro-only). A Redis sorted set
// of leases: a crashed worker's slot frees itself when its lease expires.
import type { Redis } from 'ioredis';
import { key } from '../shared/redis.js';

const ACQUIRE = `
local t = redis.call('time')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('zremrangebyscore', KEYS[1], '-inf', now)
if redis.call('zscore', KEYS[1], ARGV[1]) or redis.call('zcard', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('zadd', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('pexpire', KEYS[1], ARGV[3])
  return 1
end
return 0`;

const slotsKey = (prefix: string, subscriptionId: string) => key(prefix, 'delivery', 'inflight', subscriptionId);

/** Takes one of `limit` slots for `holder` for at most `leaseMs`; false when all are taken. */
export async function acquireSlot(redis: Redis, prefix: string, subscriptionId: string, holder: string, limit: number, leaseMs: number): Promise<boolean> {
  return (await redis.eval(ACQUIRE, 1, slotsKey(prefix, subscriptionId), holder, limit, leaseMs)) === 1;
}

export async function releaseSlot(redis: Redis, prefix: string, subscriptionId: string, holder: string): Promise<void> {
  await redis.zrem(slotsKey(prefix, subscriptionId), holder);
}

/**
 * How long a delivery waits before asking again for a slot. It doubles with
 * every refusal (up to `capMs`) so a long backlog for one slow subscriber does
 * not spin through the queue, and is jittered so waiting jobs do not wake in lockstep.
 */
export function pacingDelayMs(timesPaced: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(250 * 2 ** Math.max(0, timesPaced), capMs);
  return Math.round(ceiling * (0.5 + random() * 0.5));
}
