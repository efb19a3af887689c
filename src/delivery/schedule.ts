// When to try a delivery again: the configured Svix-like schedule with jitter,
// stretched to what a 429/503 Retry-After asked for.

/** ±10 %: enough to spread a burst of retries that failed together, small enough to keep the schedule. */
const JITTER = 0.1;
/** A receiver cannot park a delivery for longer than a day through Retry-After. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

/**
 * Delay before the next attempt after `attemptsMade` attempts (1-based, as
 * BullMQ's backoff strategy counts). schedule_s[0] is the first attempt
 * ("immediately"), so the delay after attempt n is schedule_s[n].
 */
export function retryDelayMs(
  attemptsMade: number,
  scheduleS: readonly number[],
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const step = scheduleS[Math.min(attemptsMade, scheduleS.length - 1)] ?? 0;
  const base = step * 1000;
  const jittered = Math.round(base * (1 + (random() * 2 - 1) * JITTER));
  const floor = retryAfterMs === undefined ? 0 : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  // BullMQ reads 0 as "retry now" and -1 as "do not retry"; keep at least 0.
  return Math.max(jittered, floor, 0);
}

/** Retry-After (RFC 9110): delta-seconds or an HTTP date. Milliseconds from now, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: Date = new Date()): number | undefined {
  const v = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Math.min(Number(v) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now.getTime(), 0), MAX_RETRY_AFTER_MS);
}
