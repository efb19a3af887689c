// Articles and their analyses for the alert tests, written by hand so each
// test states exactly what the analyser found. Spans are located in the text
// the way the analyser reports them (title, blank line, text).
import type { AnalysisResult, Qualifier, Span } from '../../../src/analysis/types.js';
import type { Article } from '../../../src/shared/articles.js';
import { analysedText } from '../../../src/alerts/build.js';
import { articleId } from '../../../src/shared/ids.js';

export interface StorySpec {
  url: string;
  title: string;
  text: string;
  language: string;
  published?: string;
  confidence?: number;
  deals?: { parties: string[]; amount: number; currency?: string; amount_usd?: number | null; qualifier?: Qualifier; quote: string }[];
  stock_moves?: { company: string; ticker: string | null; direction: 'up' | 'down'; pct: number; quote: string }[];
  power_mw?: { value: number; quote: string }[];
  chip_counts?: { value: number; quote: string }[];
  hardware?: string[];
  stakes_pct?: { holder: string; of: string; pct: number; quote: string }[];
}

const TICKERS: Record<string, string> = { Amazon: 'AMZN', Oracle: 'ORCL', Microsoft: 'MSFT', Nvidia: 'NVDA', AMD: 'AMD' };

export function story(spec: StorySpec): { article: Article; analysis: AnalysisResult } {
  const article: Article = {
    id: articleId(spec.url),
    url: spec.url,
    title: spec.title,
    text: spec.text,
    published: spec.published ?? '2025-11-03T14:00:00Z',
    lang: spec.language,
    source: 'test',
    received_at: spec.published ?? '2025-11-03T14:00:05Z',
  };
  const full = analysedText(article);
  const span = (quote: string): Span => {
    const start = full.indexOf(quote);
    if (start < 0) throw new Error(`fixture: "${quote}" not in the story`);
    return { start, end: start + quote.length, text: quote };
  };
  const deals = (spec.deals ?? []).map((d) => ({
    parties: d.parties,
    amount: d.amount,
    currency: d.currency ?? 'USD',
    amount_usd: d.amount_usd === undefined ? d.amount : d.amount_usd,
    qualifier: d.qualifier ?? 'exact',
    span: span(d.quote),
  }));
  const names = new Set([...deals.flatMap((d) => d.parties), ...(spec.stock_moves ?? []).map((m) => m.company)]);
  const analysis: AnalysisResult = {
    language: spec.language,
    is_ai_compute_deal: deals.length > 0,
    confidence: spec.confidence ?? 0.9,
    reasons: deals.map((d) => `parties ${d.parties.join(', ')}`),
    deals,
    stock_moves: (spec.stock_moves ?? []).map((m) => ({ ...m, qualifier: 'exact' as const, span: span(m.quote) })),
    power_mw: (spec.power_mw ?? []).map((f) => ({ value: f.value, span: span(f.quote) })),
    chip_counts: (spec.chip_counts ?? []).map((f) => ({ value: f.value, span: span(f.quote) })),
    hardware: spec.hardware ?? [],
    stakes_pct: (spec.stakes_pct ?? []).map((s) => ({ holder: s.holder, of: s.of, pct: s.pct, span: span(s.quote) })),
    durations: [],
    entities: [...names].map((name) => ({ name, ticker: TICKERS[name] ?? null, mentions: 1 })),
  };
  return { article, analysis };
}

/** The OpenAI–AWS deal as three outlets in two languages reported it, and a follow-up. */
export const openaiAws = {
  en: () =>
    story({
      url: 'https://news.example.com/openai-aws-38bn',
      title: 'OpenAI signs $38 billion cloud deal with Amazon',
      text: 'OpenAI has agreed to buy $38 billion of computing capacity from Amazon Web Services. Amazon shares rose 4% on the news.',
      language: 'en',
      published: '2025-11-03T14:00:00Z',
      deals: [{ parties: ['OpenAI', 'Amazon'], amount: 38e9, quote: '$38 billion' }],
      stock_moves: [{ company: 'Amazon', ticker: 'AMZN', direction: 'up', pct: 4, quote: 'rose 4%' }],
    }),
  es: () =>
    story({
      url: 'https://noticias.example.es/openai-aws',
      title: 'OpenAI firma un acuerdo de 38.000 millones de dólares con AWS',
      text: 'OpenAI ha anunciado un nuevo acuerdo con Amazon Web Services (AWS) valorado en 38.000 millones de dólares. Las acciones de Amazon subieron más de un 4 %.',
      language: 'es',
      published: '2025-11-03T15:30:00Z',
      confidence: 0.97,
      deals: [{ parties: ['OpenAI', 'Amazon'], amount: 38e9, quote: '38.000 millones de dólares' }],
      stock_moves: [{ company: 'Amazon', ticker: 'AMZN', direction: 'up', pct: 4, quote: 'subieron más de un 4 %' }],
    }),
  wire: () =>
    story({
      url: 'https://wire.example.com/amazon-openai',
      title: 'Amazon lands OpenAI as $38bn AI customer',
      text: 'Amazon and OpenAI announced a $38bn agreement on Monday.',
      language: 'en',
      published: '2025-11-03T16:00:00Z',
      deals: [{ parties: ['Amazon', 'OpenAI'], amount: 38e9, quote: '$38bn' }],
    }),
  followUp: () =>
    story({
      url: 'https://news.example.com/openai-aws-power',
      title: 'Inside the OpenAI–AWS deal: 1.2 GW and Nvidia GB300',
      text: 'The $38 billion agreement between OpenAI and Amazon reserves 1,200 megawatts of capacity for hundreds of thousands of Nvidia GB300 chips.',
      language: 'en',
      published: '2025-11-04T09:00:00Z',
      deals: [{ parties: ['OpenAI', 'Amazon'], amount: 38e9, quote: '$38 billion' }],
      power_mw: [{ value: 1200, quote: '1,200 megawatts' }],
      hardware: ['Nvidia GB300'],
    }),
};
