// When to poll a feed next. Pure maths, times in seconds unless named _ms.
// Order of precedence: the server's Retry-After (a 429/503 asks us to wait),
// then error back-off, then the healthy interval — the adaptive interval from
// the feed's own rhythm, never shorter than its Cache-Control max-age or RSS
// ttl — clamped to the configured bounds, plus jitter so feeds spread out.

export interface IntervalBounds {
  minS: number;
  maxS: number;
}

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Retry-After in seconds from either form (delta-seconds or HTTP-date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (/^\d+$/.test(v)) return Number(v);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** max-age of a Cache-Control header; no-store/no-cache count as 0 (no floor). */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  if (!cacheControl) return undefined;
  if (/\b(no-cache|no-store)\b/i.test(cacheControl)) return 0;
  const m = /\bmax-age\s*=\s*"?(\d+)/i.exec(cacheControl);
  return m ? Number(m[1]) : undefined;
}

/** Exponential back-off after `errors` consecutive failures: base·2^(errors-1), capped. */
export function backoffS(errors: number, baseS: number, maxS: number): number {
  if (errors <= 0) return baseS;
  return Math.min(maxS, baseS * 2 ** Math.min(errors - 1, 30));
}

/**
 * Interval that matches how often the feed publishes: half the median gap
 * between its recent item dates (so a new story waits half a gap on average),
 * or undefined when fewer than three dated items give no rhythm to read.
 */
export function adaptiveIntervalS(publishedIso: (string | undefined)[], sample = 10): number | undefined {
  const times = publishedIso
    .map((d) => (d ? Date.parse(d) : NaN))
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => b - a)
    .slice(0, sample);
  if (times.length < 3) return undefined;
  const gaps = times.slice(1).map((t, i) => (times[i]! - t) / 1000).sort((a, b) => a - b);
  const median = gaps[Math.floor(gaps.length / 2)]!;
  return Math.max(1, Math.round(median / 2));
}

export interface HealthyInput {
  /** The configured interval of the feed: used when no rhythm can be read. */
  configuredS: number;
  adaptiveS?: number;
  maxAgeS?: number;
  ttlMin?: number;
}

export function healthyIntervalS(input: HealthyInput, bounds: IntervalBounds): number {
  const floor = Math.max(input.maxAgeS ?? 0, (input.ttlMin ?? 0) * 60);
  return clamp(Math.max(input.adaptiveS ?? input.configuredS, floor), bounds.minS, bounds.maxS);
}

export interface FailureInput {
  consecutiveErrors: number;
  configuredS: number;
  retryAfterS?: number;
}

export function failureDelayS(input: FailureInput, bounds: IntervalBounds): number {
  const backoff = backoffS(input.consecutiveErrors, Math.max(input.configuredS, bounds.minS), bounds.maxS);
  // A server that names a wait gets at least that wait, within the configured ceiling.
  return clamp(Math.max(backoff, input.retryAfterS ?? 0), bounds.minS, bounds.maxS);
}

/** Adds up to `fraction` of the delay, never less: jitter must not undercut a Retry-After. */
export function withJitter(delayS: number, fraction = 0.1, random: () => number = Math.random): number {
  return delayS + delayS * fraction * random();
}
