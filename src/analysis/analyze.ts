// The analyser: classify (cheap, every story) and extract (deal stories), pure
// functions over a prepared Doc. Regexes and the gazetteer are built once per Analyzer.
import type { CompanyConfig, RatesConfig } from '../shared/config/index.js';
import type { AnalysisResult, EntityMention, Figure, StoryInput } from './types.js';
import { Gazetteer } from './entities.js';
import { MoneyReader } from './money.js';
import { prepare, type Doc } from './doc.js';
import { deals, type DealCandidate } from './deals.js';
import { features, reasons, score } from './classify.js';
import { percents } from './percents.js';
import { stockMoves } from './stock-moves.js';
import { stakes } from './stakes.js';
import { chipCounts, powerFigures } from './units.js';
import { hardware } from './hardware.js';
import { durations, withTerms } from './durations.js';
import type { ClassifierHook } from './model/classifier.js';

export interface Classification {
  language: string;
  is_ai_compute_deal: boolean;
  confidence: number;
  reasons: string[];
}

export interface Analyzer {
  classify(story: StoryInput): Classification;
  extract(story: StoryInput, c: Classification): AnalysisResult;
  analyze(story: StoryInput): AnalysisResult;
}

export interface AnalyzerOptions {
  companies: CompanyConfig[];
  rates: RatesConfig;
  /** Confidence from which a story is a deal; 0.5 unless configured. */
  threshold?: number;
  /** A trained classifier after the rule score (model/classifier.ts); none: the rules alone. */
  classifier?: ClassifierHook;
}

interface Prepared {
  doc: Doc;
  deals: DealCandidate[];
  power: Figure[];
}

export function createAnalyzer(opts: AnalyzerOptions): Analyzer {
  const gazetteer = new Gazetteer(opts.companies);
  const money = new MoneyReader(opts.rates);
  const threshold = opts.threshold ?? 0.5;
  // classify and extract usually see the same story object one after the other: keep the last one.
  let last: { story: StoryInput; p: Prepared } | null = null;

  const prepared = (story: StoryInput): Prepared => {
    if (last?.story === story) return last.p;
    const doc = prepare(story, gazetteer, money);
    const p = { doc, deals: deals(doc), power: preferBody(doc, powerFigures(doc.text, doc.quantities, doc.bodyStart, doc.lang), (f) => `${f.value}`) };
    last = { story, p };
    return p;
  };

  const classify = (story: StoryInput): Classification => {
    const { doc, deals: ds, power } = prepared(story);
    const f = features(doc, ds, power.length);
    let confidence = score(f);
    // Without a language we read, only the universal forms were seen: trust less.
    if (doc.lang === 'und') confidence *= 0.7;
    const why = reasons(f, ds);
    const m = opts.classifier?.(doc, f, confidence);
    if (m) {
      confidence = m.confidence;
      why.push(...m.reasons);
    }
    return {
      language: doc.lang,
      is_ai_compute_deal: confidence >= threshold,
      confidence: Math.round(confidence * 1000) / 1000,
      reasons: why,
    };
  };

  const extract = (story: StoryInput, c: Classification): AnalysisResult => {
    const { doc, deals: ds, power } = prepared(story);
    const pcts = percents(doc);
    // A headline move ("Oracle soars 36%") repeats the body's, often rounded: one per company and direction.
    const allMoves = stockMoves(doc, pcts);
    const moves = preferBody(doc, allMoves, (m) => `${m.company}|${m.direction}`);
    const movedAt = new Set(allMoves.map((m) => m.span.end));
    const moved = new Set(pcts.filter((p) => movedAt.has(p.end)));
    const moneyQs = new Set(doc.money.filter((m) => !m.inferred).map((m) => m.q));
    const terms = preferBody(doc, durations(doc.text, doc.quantities), (f) => `${f.value}`);
    return {
      language: c.language,
      is_ai_compute_deal: c.is_ai_compute_deal,
      confidence: c.confidence,
      reasons: c.reasons,
      deals: c.is_ai_compute_deal ? withTerms(doc, ds.map(({ cue: _cue, ...d }) => d), terms) : [],
      stock_moves: moves,
      power_mw: power,
      chip_counts: preferBody(doc, chipCounts(doc.text, doc.quantities, moneyQs, doc.bodyStart), (f) => `${f.value}`),
      hardware: hardware(doc.text),
      stakes_pct: stakes(doc, pcts, moved),
      durations: terms,
      entities: entities(doc),
    };
  };

  return { classify, extract, analyze: (story) => extract(story, classify(story)) };
}

/** A figure of the title repeats one of the body (labels and quotes come from the body): keep the body's. */
function preferBody<T extends { span: { start: number } }>(doc: Doc, xs: T[], key: (x: T) => string): T[] {
  const body = new Set(xs.filter((x) => x.span.start >= doc.bodyStart).map(key));
  return xs.filter((x) => x.span.start >= doc.bodyStart || !body.has(key(x)));
}

function entities(doc: Doc): EntityMention[] {
  const n = new Map<string, EntityMention>();
  for (const m of doc.mentions) {
    const c = m.companies[0]!;
    const e = n.get(c.name) ?? { name: c.name, ticker: c.ticker, mentions: 0 };
    e.mentions++;
    n.set(c.name, e);
  }
  return [...n.values()].sort((a, b) => b.mentions - a.mentions);
}
