import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryDelayMs } from '../../../src/delivery/schedule.js';

const svix = [0, 5, 300, 1800, 7200, 18_000, 36_000, 36_000];
const mid = () => 0.5; // no jitter

describe('retry schedule', () => {
  it('follows the schedule: the delay after attempt n is schedule[n]', () => {
    expect([1, 2, 3, 7].map((n) => retryDelayMs(n, svix, undefined, mid))).toEqual([5000, 300_000, 1_800_000, 36_000_000]);
  });

  it('jitters by at most 10 %', () => {
    expect(retryDelayMs(1, svix, undefined, () => 0)).toBe(4500);
    expect(retryDelayMs(1, svix, undefined, () => 1)).toBe(5500);
  });

  it('waits at least what Retry-After asked, capped at a day', () => {
    expect(retryDelayMs(1, svix, 60_000, mid)).toBe(60_000);
    expect(retryDelayMs(3, svix, 60_000, mid)).toBe(1_800_000);
    expect(retryDelayMs(1, svix, 10 * MAX_RETRY_AFTER_MS, mid)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('parses Retry-After seconds and HTTP dates', () => {
    const now = new Date('2025-11-03T14:05:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 03 Nov 2025 14:06:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 03 Nov 2025 14:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('999999999', now)).toBe(MAX_RETRY_AFTER_MS);
  });
});
