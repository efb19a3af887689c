// Does an event match a subscription (or a live-stream filter)? Every filter
// left empty lets everything through. Pure.
import type { Subscription } from '../subscriptions/types.js';
import type { Alert, Audience, MatchSubject } from './types.js';

/** The filterable fields of a subscription; the SSE stream takes the same filters. */
export type Filter = Partial<Pick<Subscription, 'types' | 'companies' | 'tickers' | 'min_amount_usd' | 'languages' | 'min_confidence'>>;

export function subjectOf(alert: Alert, type: string): MatchSubject {
  return {
    type,
    companies: alert.companies,
    tickers: alert.tickers,
    amount_usd: alert.deal?.amount_usd ?? null,
    languages: alert.languages,
    confidence: alert.confidence,
  };
}

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
const overlaps = (want: string[], have: string[]) => {
  const h = new Set(lower(have));
  return lower(want).some((w) => h.has(w));
};

export function matches(subject: MatchSubject, f: Filter): boolean {
  if (f.types?.length && !f.types.includes(subject.type)) return false;
  // companies and tickers name the same thing two ways: either one matching is enough.
  const companies = f.companies ?? [];
  const tickers = f.tickers ?? [];
  if ((companies.length || tickers.length) && !overlaps(companies, subject.companies) && !overlaps(tickers, subject.tickers)) return false;
  // A minimum value filters deals; events without an amount (stock moves) are not deals and pass.
  if (f.min_amount_usd != null && subject.type.startsWith('deal.') && (subject.amount_usd == null || subject.amount_usd < f.min_amount_usd)) {
    return false;
  }
  // An alert merged from several languages matches any of them.
  if (f.languages?.length && !overlaps(f.languages, subject.languages)) return false;
  if (f.min_confidence != null && subject.confidence < f.min_confidence) return false;
  return true;
}

/** Whether a filter is in an event's audience (see Audience). */
export function reaches(audience: Audience, f: Filter): boolean {
  return matches(audience.subject, f) && !(audience.previous && matches(audience.previous, f));
}

/** The enabled subscriptions an event goes to. */
export function matchingSubscriptions(audience: Audience, subscriptions: Subscription[]): Subscription[] {
  return subscriptions.filter((s) => s.enabled && reaches(audience, s));
}

/**
 * Whether a new source can make filters match that did not before: a new
 * language, company or ticker, or a higher confidence.
 */
export function widened(before: MatchSubject, after: MatchSubject): boolean {
  const grew = (a: string[], b: string[]) => b.some((x) => !a.includes(x));
  return grew(before.languages, after.languages) || grew(before.companies, after.companies) || grew(before.tickers, after.tickers) || after.confidence > before.confidence;
}
