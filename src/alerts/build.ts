// Candidate alerts of one article: a deal candidate per deal, a stock candidate
// per stock move, each quoting the sentences its figures were read from. Pure.
import type { AnalysisResult, Deal, Figure, Span, Stake } from '../analysis/types.js';
import type { Article } from '../shared/articles.js';
import type { AlertSource, Candidate, DealCandidate, Evidence, StockCandidate } from './types.js';

/** The text the analyser saw: spans are offsets into it (contract.md §1). */
export function analysedText(article: Pick<Article, 'title' | 'text'>): string {
  return article.title ? `${article.title}\n\n${article.text}` : article.text;
}

// A sentence ends at a line break or at . ! ? followed by white space, so the
// dot inside "38.000" or "1.4" never cuts a sentence.
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  return (c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]!));
}

/** The sentence holding the span; the span's own text when its offsets do not fit the text. */
export function sentenceAround(text: string, span: Span): string {
  let { start, end } = span;
  if (text.slice(start, end) !== span.text) {
    const found = span.text ? text.indexOf(span.text) : -1;
    if (found < 0) return span.text;
    start = found;
    end = found + span.text.length;
  }
  let s = start;
  while (s > 0 && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && !endsSentence(text, e)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return text.slice(s, e).trim();
}

function validIso(s: string | undefined): string | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

// Article-level figures belong to the deal mentioned nearest to them: a story
// about OpenAI/AWS that also mentions Amazon/Cipher's 300 MW keeps the MW apart.
function nearestDeal(deals: Deal[], span: Span, among: number[] = deals.map((_, i) => i)): number {
  const distance = (i: number) => Math.abs(deals[i]!.span.start - span.start);
  return among.reduce((best, i) => (distance(i) < distance(best) ? i : best), among[0] ?? 0);
}

// A stake goes to the deal naming most of its holder and company (Microsoft's
// 27 % of OpenAI goes with OpenAI/Microsoft, not OpenAI/Amazon), else the nearest.
function stakeOwner(deals: Deal[], stake: Stake): number {
  const named = deals.map((d) => d.parties.filter((p) => p === stake.holder || p === stake.of).length);
  const most = Math.max(...named);
  return nearestDeal(deals, stake.span, named.flatMap((n, i) => (n === most ? [i] : [])));
}

export function buildCandidates(article: Article, analysis: AnalysisResult): Candidate[] {
  const text = analysedText(article);
  const at = validIso(article.published) ?? validIso(article.received_at) ?? new Date(0).toISOString();
  const quote = (field: Evidence['field'], value: number, span: Span): Evidence => ({ field, value, sentence: sentenceAround(text, span), span });
  const source = (evidence: Evidence[]): AlertSource => ({
    url: article.url,
    title: article.title,
    language: analysis.language,
    published: validIso(article.published),
    article_id: article.id,
    received_at: article.received_at,
    confidence: analysis.confidence,
    reasons: analysis.reasons,
    evidence,
  });
  const tickerOf = (name: string) => analysis.entities.find((e) => e.name === name)?.ticker ?? null;
  const firstBreak = article.text.indexOf('\n');
  const leadEnd = text.length - article.text.length + (firstBreak < 0 ? article.text.length : firstBreak);

  // Deals need parties: an amount nobody is party to is not an alertable event.
  const deals = analysis.is_ai_compute_deal ? analysis.deals.filter((d) => d.parties.length > 0) : [];
  const owned = (figures: Figure[], i: number) => figures.filter((f) => nearestDeal(deals, f.span) === i);
  const dealCandidates = deals.map((deal, i): DealCandidate => {
    const power_mw = owned(analysis.power_mw, i);
    const chip_counts = owned(analysis.chip_counts, i);
    const stakes_pct = analysis.stakes_pct.filter((s) => stakeOwner(deals, s) === i);
    const evidence = [
      quote('amount', deal.amount, deal.span),
      ...power_mw.map((f) => quote('power_mw', f.value, f.span)),
      ...chip_counts.map((f) => quote('chip_count', f.value, f.span)),
      ...stakes_pct.map((s) => quote('stake', s.pct, s.span)),
    ];
    return {
      kind: 'deal',
      // Hardware names carry no span; they go with the first (headline) deal.
      deal: { ...deal, power_mw, chip_counts, hardware: i === 0 ? [...analysis.hardware] : [], stakes_pct },
      tickers: deal.parties.map(tickerOf).filter((t): t is string => !!t),
      lead: deal.span.start < leadEnd,
      source: source(evidence),
      at,
    };
  });

  const stockCandidates = analysis.stock_moves.map(
    (move): StockCandidate => ({
      kind: 'stock',
      stock_move: { ...move, day: at.slice(0, 10) },
      source: source([quote('stock_move', move.pct, move.span)]),
      at,
    }),
  );
  return [...dealCandidates, ...stockCandidates];
}
