// Output of `dealwire analyze` (contract.md §1). Add fields, never rename.

export type Qualifier = 'exact' | 'up_to' | 'about' | 'more_than' | 'less_than';

/** Character offsets into the analysed text (title + "\n\n" + text when a title is given). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Deal {
  parties: string[];
  amount_usd: number | null;
  amount: number;
  currency: string;
  qualifier: Qualifier;
  /** Length of the agreement in years, when the sentence of its amount gives one ("over seven years"). */
  term_years?: number;
  span: Span;
}

export interface StockMove {
  company: string;
  ticker: string | null;
  direction: 'up' | 'down';
  pct: number;
  qualifier: Qualifier;
  span: Span;
}

export interface Figure {
  value: number;
  qualifier?: Qualifier;
  span: Span;
}

export interface Stake {
  holder: string | null;
  of: string | null;
  pct: number;
  span: Span;
}

export interface EntityMention {
  name: string;
  ticker: string | null;
  mentions: number;
}

export interface AnalysisResult {
  language: string;
  is_ai_compute_deal: boolean;
  confidence: number;
  reasons: string[];
  deals: Deal[];
  stock_moves: StockMove[];
  power_mw: Figure[];
  chip_counts: Figure[];
  hardware: string[];
  stakes_pct: Stake[];
  /** Terms of agreements, in years ("a seven-year deal", "durante 15 años", "18 Monate"). */
  durations: Figure[];
  entities: EntityMention[];
}

/** What the analyser reads: a story. */
export interface StoryInput {
  title?: string;
  text: string;
  lang?: string;
}
