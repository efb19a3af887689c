import { describe, expect, it } from 'vitest';
import { adaptiveIntervalS, backoffS, failureDelayS, healthyIntervalS, parseMaxAge, parseRetryAfter, withJitter } from '../../../src/feeds/schedule.js';
import { tickOffsetMs } from '../../../src/feeds/reconcile.js';
import { HostLimiter } from '../../../src/feeds/limiter.js';

const bounds = { minS: 60, maxS: 86_400 };

describe('scheduling maths', () => {
  it('reads Retry-After as seconds or as an HTTP-date', () => {
    const now = Date.parse('2025-11-03T14:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Mon, 03 Nov 2025 14:10:00 GMT', now)).toBe(600);
    expect(parseRetryAfter('Mon, 03 Nov 2025 13:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('reads Cache-Control max-age', () => {
    expect(parseMaxAge('public, max-age=900')).toBe(900);
    expect(parseMaxAge('no-cache')).toBe(0);
    expect(parseMaxAge('public')).toBeUndefined();
  });

  it('backs off exponentially and caps', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffS(n, 300, 3600))).toEqual([300, 600, 1200, 2400, 3600]);
    expect(backoffS(200, 300, 3600)).toBe(3600);
  });

  it('waits at least what Retry-After asks, within the configured ceiling', () => {
    expect(failureDelayS({ consecutiveErrors: 1, configuredS: 300, retryAfterS: 7200 }, bounds)).toBe(7200);
    expect(failureDelayS({ consecutiveErrors: 1, configuredS: 300, retryAfterS: 10 }, bounds)).toBe(300);
    expect(failureDelayS({ consecutiveErrors: 1, configuredS: 300, retryAfterS: 10 ** 7 }, bounds)).toBe(86_400);
  });

  it('adapts to the feed rhythm: half the median gap between items', () => {
    const hourly = Array.from({ length: 8 }, (_, i) => new Date(Date.UTC(2025, 10, 3, 12 - i)).toISOString());
    expect(adaptiveIntervalS(hourly)).toBe(1800);
    expect(adaptiveIntervalS([hourly[0], undefined])).toBeUndefined();
  });

  it('clamps the healthy interval and honours max-age and ttl as floors', () => {
    expect(healthyIntervalS({ configuredS: 300, adaptiveS: 5 }, bounds)).toBe(60);
    expect(healthyIntervalS({ configuredS: 300, adaptiveS: 10 ** 7 }, bounds)).toBe(86_400);
    expect(healthyIntervalS({ configuredS: 300 }, bounds)).toBe(300);
    expect(healthyIntervalS({ configuredS: 300, maxAgeS: 1800 }, bounds)).toBe(1800);
    expect(healthyIntervalS({ configuredS: 300, ttlMin: 60 }, bounds)).toBe(3600);
  });

  it('jitters upward only, by at most the fraction', () => {
    expect(withJitter(100, 0.1, () => 0)).toBe(100);
    expect(withJitter(100, 0.1, () => 0.999)).toBeCloseTo(109.99);
  });

  it('spreads feeds across the tick', () => {
    const offsets = new Set(Array.from({ length: 200 }, (_, i) => Math.floor(tickOffsetMs(`feed-${i}`, 60_000) / 1000)));
    expect(offsets.size).toBeGreaterThan(40);
  });
});

describe('HostLimiter', () => {
  it('runs at most N tasks per host and does not hold up other hosts', async () => {
    const limiter = new HostLimiter(2);
    let active = 0;
    let peak = 0;
    const task = () => limiter.run('a.example', async () => {
      peak = Math.max(peak, ++active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
    });
    const other = limiter.run('b.example', async () => 'b');
    const all = Promise.all(Array.from({ length: 6 }, task));
    expect(await other).toBe('b');
    await all;
    expect(peak).toBe(2);
  });
});
