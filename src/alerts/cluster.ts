// One alert per real-world event. A deal is keyed by its canonical parties, an
// amount within a tolerance and a time window; a stock move by ticker and day.
// The first story creates the alert, a later one that adds a figure updates it,
// one that adds nothing is merged as a source silently — except for subscribers
// it makes match for the first time (a Spanish-only subscriber when the Spanish
// story comes second): they get a late detection. Pure: the store hands in the
// alerts already indexed under the key, and persists what comes out.
import type { Figure, Stake } from '../analysis/types.js';
import { hashId } from '../shared/ids.js';
import type { AlertEvent } from './events.js';
import { subjectOf, widened } from './match.js';
import type { Alert, AlertDeal, AlertType, Candidate, Change, ClusterOptions, DealCandidate, MatchSubject } from './types.js';

export type Outcome =
  | { action: 'create'; alert: Alert; event: AlertEvent }
  | { action: 'update'; alert: Alert; event: AlertEvent }
  /** A new source that adds no figure: stored; an event only for a newly matching audience. */
  | { action: 'add_source'; alert: Alert; event?: AlertEvent }
  /** This article is already a source (a re-run of the same job): nothing changes. */
  | { action: 'duplicate'; alert: Alert };

const norm = (s: string) => s.trim().toLowerCase();
const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Parties in a canonical order, so "OpenAI + Amazon" and "Amazon + OpenAI" meet. */
export function clusterKey(c: Candidate): string {
  if (c.kind === 'deal') return `deal:${uniq(c.deal.parties.map(norm)).sort().join('|')}`;
  return `stock:${norm(c.stock_move.ticker ?? c.stock_move.company)}:${c.stock_move.day}`;
}

/** Deterministic: the same first story of an event always gives the same alert id. */
export function alertIdFor(c: Candidate): string {
  if (c.kind === 'stock') return hashId('alert', clusterKey(c));
  return hashId('alert', clusterKey(c), c.deal.amount_usd ?? `${c.deal.amount} ${c.deal.currency}`, c.source.article_id);
}

/**
 * The first event of an alert is identified by the alert; later ones (updates,
 * late detections) by the story that caused them, so re-running it finds the same event.
 */
export function eventIdFor(alertId: string, type: AlertType, articleId?: string): string {
  return articleId ? hashId('event', alertId, type, articleId) : hashId('event', alertId, type);
}

export function amountsClose(a: AlertDeal, b: AlertDeal, tolerance: number): boolean {
  if (a.amount_usd != null && b.amount_usd != null) {
    return Math.abs(a.amount_usd - b.amount_usd) <= tolerance * Math.max(a.amount_usd, b.amount_usd);
  }
  return a.currency === b.currency && Math.abs(a.amount - b.amount) <= tolerance * Math.max(a.amount, b.amount);
}

const hours = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 3_600_000;

/**
 * Whether an alert first seen at `firstSeen` can take this candidate: within the
 * window; a passing mention also of any earlier alert, since a story recalling
 * "the $38bn deal with AWS" weeks later is recalling that deal, not breaking a new one.
 */
export function inWindow(c: Candidate, firstSeen: string, opts: ClusterOptions): boolean {
  if (c.kind === 'deal' && !c.lead && firstSeen <= c.at) return true;
  return hours(firstSeen, c.at) <= opts.windowH;
}

/** The existing deal alert this candidate belongs to: the nearest amount among those in the window. */
export function findDealAlert(c: DealCandidate, existing: Alert[], opts: ClusterOptions): Alert | undefined {
  const key = clusterKey(c);
  const fits = existing.filter(
    (a) => a.kind === 'deal' && a.cluster_key === key && a.deal && amountsClose(a.deal, c.deal, opts.tolerance) && inWindow(c, a.first_seen, opts),
  );
  const distance = (a: Alert) => Math.abs((a.deal!.amount_usd ?? a.deal!.amount) - (c.deal.amount_usd ?? c.deal.amount));
  return fits.sort((x, y) => distance(x) - distance(y) || x.first_seen.localeCompare(y.first_seen))[0];
}

// A firmer amount: a dollar value where there was none, or an exact figure where there was an "about".
function firmer(next: AlertDeal, prev: AlertDeal): boolean {
  return (prev.amount_usd == null && next.amount_usd != null) || (prev.qualifier !== 'exact' && next.qualifier === 'exact');
}

const stakeKey = (s: Stake) => `${s.holder}|${s.of}|${s.pct}`;

/** The deal with what the candidate adds, and the list of what it added. */
export function mergeDeal(prev: AlertDeal, next: AlertDeal): { deal: AlertDeal; changes: Change[] } {
  const changes: Change[] = [];
  const deal: AlertDeal = { ...prev };
  if (firmer(next, prev)) {
    const amountOf = (d: AlertDeal) => ({ amount: d.amount, currency: d.currency, amount_usd: d.amount_usd, qualifier: d.qualifier });
    changes.push({ field: 'amount', from: amountOf(prev), to: amountOf(next) });
    Object.assign(deal, amountOf(next), { span: next.span });
  }
  const newFigures = (have: Figure[], got: Figure[]) => got.filter((f) => !have.some((h) => h.value === f.value));
  const power = newFigures(prev.power_mw, next.power_mw);
  if (power.length) changes.push({ field: 'power_mw', to: power.map((f) => f.value) });
  deal.power_mw = [...prev.power_mw, ...power];
  const chips = newFigures(prev.chip_counts, next.chip_counts);
  if (chips.length) changes.push({ field: 'chip_count', to: chips.map((f) => f.value) });
  deal.chip_counts = [...prev.chip_counts, ...chips];
  const hardware = next.hardware.filter((h) => !prev.hardware.includes(h));
  if (hardware.length) changes.push({ field: 'hardware', to: hardware });
  deal.hardware = [...prev.hardware, ...hardware];
  const stakes = next.stakes_pct.filter((s) => !prev.stakes_pct.some((p) => stakeKey(p) === stakeKey(s)));
  if (stakes.length) changes.push({ field: 'stake', to: stakes });
  deal.stakes_pct = [...prev.stakes_pct, ...stakes];
  return { deal, changes };
}

interface EventOptions {
  /** The story behind a later event (absent for an alert's first event). */
  articleId?: string;
  changes?: Change[];
  /** For a late detection: the alert as subscribers already saw it. */
  previous?: MatchSubject;
}

/** The event of an alert in its current state: its webhook data is the alert with all sources. */
export function eventOf(alert: Alert, type: AlertType, now: string, { articleId, changes, previous }: EventOptions = {}): AlertEvent {
  const data: Record<string, unknown> = { alert_id: alert.id };
  if (alert.deal) data.deal = alert.deal;
  if (alert.stock_move) data.stock_move = alert.stock_move;
  data.sources = alert.sources;
  data.companies = alert.companies;
  data.tickers = alert.tickers;
  data.languages = alert.languages;
  data.confidence = alert.confidence;
  if (changes) data.changes = changes;
  const audience = { subject: subjectOf(alert, type), ...(previous ? { previous } : {}) };
  return { id: eventIdFor(alert.id, type, articleId), type, timestamp: now, alert_id: alert.id, data, audience };
}

function create(c: Candidate, now: string): Outcome {
  const type: AlertType = c.kind === 'deal' ? 'deal.detected' : 'stock.moved';
  const alert: Alert = {
    id: alertIdFor(c),
    kind: c.kind,
    type,
    cluster_key: clusterKey(c),
    first_seen: c.at,
    created_at: now,
    updated_at: now,
    ...(c.kind === 'deal' ? { deal: c.deal } : { stock_move: c.stock_move }),
    companies: c.kind === 'deal' ? [...c.deal.parties] : [c.stock_move.company],
    tickers: c.kind === 'deal' ? [...c.tickers] : c.stock_move.ticker ? [c.stock_move.ticker] : [],
    languages: [c.source.language],
    confidence: c.source.confidence,
    sources: [c.source],
    event_ids: [],
  };
  const event = eventOf(alert, type, now);
  alert.event_ids.push(event.id);
  return { action: 'create', alert, event };
}

/**
 * Where a candidate goes: `existing` holds the alerts indexed under its cluster
 * key (any subset is fine; non-matching ones are ignored). `now` stamps the result.
 */
export function cluster(c: Candidate, existing: Alert[], opts: ClusterOptions, now: string): Outcome {
  const found = c.kind === 'deal' ? findDealAlert(c, existing, opts) : existing.find((a) => a.id === alertIdFor(c));
  if (!found) return create(c, now);
  if (found.sources.some((s) => s.article_id === c.source.article_id)) return { action: 'duplicate', alert: found };

  const alert: Alert = {
    ...found,
    first_seen: c.at < found.first_seen ? c.at : found.first_seen,
    updated_at: now,
    companies: uniq([...found.companies, ...(c.kind === 'deal' ? c.deal.parties : [c.stock_move.company])]),
    tickers: uniq([...found.tickers, ...(c.kind === 'deal' ? c.tickers : c.stock_move.ticker ? [c.stock_move.ticker] : [])]),
    languages: uniq([...found.languages, c.source.language]),
    confidence: Math.max(found.confidence, c.source.confidence),
    sources: [...found.sources, c.source],
  };
  const articleId = c.source.article_id;
  if (c.kind === 'deal' && c.lead && found.deal) {
    const { deal, changes } = mergeDeal(found.deal, c.deal);
    alert.deal = deal;
    if (changes.length) {
      alert.type = 'deal.updated';
      const event = eventOf(alert, 'deal.updated', now, { articleId, changes });
      alert.event_ids = [...found.event_ids, event.id];
      return { action: 'update', alert, event };
    }
  }

  const detected: AlertType = found.kind === 'deal' ? 'deal.detected' : 'stock.moved';
  const previous = subjectOf(found, detected);
  if (!widened(previous, subjectOf(alert, detected))) return { action: 'add_source', alert };
  const event = eventOf(alert, detected, now, { articleId, previous });
  alert.event_ids = [...found.event_ids, event.id];
  return { action: 'add_source', alert, event };
}
