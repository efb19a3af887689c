// Alerts: one per real-world event (a deal, a stock move), however many articles
// report it. Field names follow the analyze output (contract.md §1); add, never rename.
import type { Deal, Figure, Span, Stake, StockMove } from '../analysis/types.js';

export const ALERT_TYPES = ['deal.detected', 'deal.updated', 'stock.moved'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

/** The sentence a figure was read from, and the span inside the analysed text. */
export interface Evidence {
  field: 'amount' | 'power_mw' | 'chip_count' | 'stake' | 'stock_move';
  value: number;
  sentence: string;
  span: Span;
}

/** One article reporting the event. The first four fields are the webhook's `sources` (contract.md §2). */
export interface AlertSource {
  url: string;
  title: string;
  language: string;
  published: string | null;
  article_id: string;
  /** When dealwire received the story. */
  received_at: string;
  confidence: number;
  reasons: string[];
  evidence: Evidence[];
}

/** A deal as in analyze, plus the figures every source of it added. */
export interface AlertDeal extends Deal {
  power_mw: Figure[];
  chip_counts: Figure[];
  hardware: string[];
  stakes_pct: Stake[];
}

export interface AlertStockMove extends StockMove {
  /** UTC day (YYYY-MM-DD) of the move: stock.moved alerts merge per ticker and day. */
  day: string;
}

export interface DealCandidate {
  kind: 'deal';
  deal: AlertDeal;
  /** Tickers of the parties, from the analysis' entities. */
  tickers: string[];
  /**
   * The story is about this deal: its amount is in the title or the first
   * paragraph. Only such a story may update a deal; a passing mention deeper in
   * another story is a source, but its nearby figures belong to that story.
   */
  lead: boolean;
  source: AlertSource;
  /** When the story appeared: published, else received. */
  at: string;
}

export interface StockCandidate {
  kind: 'stock';
  stock_move: AlertStockMove;
  source: AlertSource;
  at: string;
}

export type Candidate = DealCandidate | StockCandidate;

export interface Alert {
  id: string;
  kind: 'deal' | 'stock';
  /** Type of the latest event: deal.detected, deal.updated or stock.moved. */
  type: AlertType;
  /** The cluster index entry (canonical parties, or ticker + day). */
  cluster_key: string;
  /** Story time of the first source; the clustering window is measured from it. */
  first_seen: string;
  created_at: string;
  updated_at: string;
  deal?: AlertDeal;
  stock_move?: AlertStockMove;
  companies: string[];
  tickers: string[];
  languages: string[];
  /** Highest classifier confidence among the sources. */
  confidence: number;
  sources: AlertSource[];
  /** Events emitted for this alert, oldest first. */
  event_ids: string[];
}

/** A figure a later story added to a deal, listed in deal.updated. */
export interface Change {
  field: 'amount' | 'power_mw' | 'chip_count' | 'hardware' | 'stake';
  from?: unknown;
  to: unknown;
}

/** What a subscription filter looks at (match.ts). */
export interface MatchSubject {
  type: string;
  companies: string[];
  tickers: string[];
  amount_usd: number | null;
  languages: string[];
  confidence: number;
}

/**
 * Who an event is for: the filters `subject` matches, except, for a late
 * detection, those `previous` (the alert before this source) already matched:
 * they had the alert, and for them the source is silent.
 */
export interface Audience {
  subject: MatchSubject;
  previous?: MatchSubject;
}

export interface ClusterOptions {
  windowH: number;
  tolerance: number;
}
