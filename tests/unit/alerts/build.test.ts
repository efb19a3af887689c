import { describe, expect, it } from 'vitest';
import { buildCandidates, sentenceAround } from '../../../src/alerts/build.js';
import type { DealCandidate, StockCandidate } from '../../../src/alerts/types.js';
import { openaiAws, story } from './fixtures.js';

describe('sentenceAround', () => {
  const text = 'First one. OpenAI signs a 38.000 millones deal with AWS. Last one.';
  it('quotes the whole sentence, not cutting at the dot inside a number', () => {
    const start = text.indexOf('38.000 millones');
    expect(sentenceAround(text, { start, end: start + 15, text: '38.000 millones' })).toBe('OpenAI signs a 38.000 millones deal with AWS.');
  });
  it('stops at a line break (the title)', () => {
    const t = 'Title with $5 billion\n\nBody text.';
    expect(sentenceAround(t, { start: 11, end: 21, text: '$5 billion' })).toBe('Title with $5 billion');
  });
  it('finds the span text when the offsets are off, and falls back to it when absent', () => {
    expect(sentenceAround(text, { start: 0, end: 0, text: 'with AWS' })).toBe('OpenAI signs a 38.000 millones deal with AWS.');
    expect(sentenceAround(text, { start: 0, end: 0, text: '...' })).toBe('...');
  });
});

describe('buildCandidates', () => {
  it('builds a deal candidate per deal and a stock candidate per move, each quoting its evidence', () => {
    const { article, analysis } = openaiAws.es();
    const candidates = buildCandidates(article, analysis);
    expect(candidates.map((c) => c.kind)).toEqual(['deal', 'stock']);
    const deal = candidates[0] as DealCandidate;
    expect(deal.deal).toMatchObject({ parties: ['OpenAI', 'Amazon'], amount_usd: 38e9, currency: 'USD', qualifier: 'exact' });
    expect(deal.tickers).toEqual(['AMZN']);
    expect(deal.lead).toBe(true);
    expect(deal.at).toBe('2025-11-03T15:30:00.000Z');
    expect(deal.source).toMatchObject({
      url: article.url,
      title: article.title,
      language: 'es',
      published: '2025-11-03T15:30:00.000Z',
      article_id: article.id,
      confidence: 0.97,
      reasons: ['parties OpenAI, Amazon'],
    });
    expect(deal.source.evidence).toEqual([
      {
        field: 'amount',
        value: 38e9,
        sentence: 'OpenAI firma un acuerdo de 38.000 millones de dólares con AWS',
        span: analysis.deals[0]!.span,
      },
    ]);
    const stock = candidates[1] as StockCandidate;
    expect(stock.stock_move).toMatchObject({ ticker: 'AMZN', direction: 'up', pct: 4, day: '2025-11-03' });
    expect(stock.source.evidence[0]!.sentence).toBe('Las acciones de Amazon subieron más de un 4 %.');
  });

  it('gives each figure to the deal mentioned nearest to it', () => {
    const { article, analysis } = story({
      url: 'https://x.example/two',
      title: 'Two deals',
      text: 'OpenAI signed a $38 billion deal with Amazon for 500,000 chips. Separately, Amazon signed a $5.5 billion deal with Cipher Mining for 300 megawatts.',
      language: 'en',
      deals: [
        { parties: ['OpenAI', 'Amazon'], amount: 38e9, quote: '$38 billion' },
        { parties: ['Amazon', 'Cipher Mining'], amount: 5.5e9, quote: '$5.5 billion' },
      ],
      chip_counts: [{ value: 500_000, quote: '500,000 chips' }],
      power_mw: [{ value: 300, quote: '300 megawatts' }],
      hardware: ['Nvidia GB200'],
    });
    const [a, b] = buildCandidates(article, analysis) as DealCandidate[];
    expect([a!.lead, b!.lead]).toEqual([true, true]);
    expect(a!.deal.chip_counts.map((f) => f.value)).toEqual([500_000]);
    expect(a!.deal.power_mw).toEqual([]);
    expect(a!.deal.hardware).toEqual(['Nvidia GB200']);
    expect(b!.deal.power_mw.map((f) => f.value)).toEqual([300]);
    expect(b!.deal.chip_counts).toEqual([]);
    expect(b!.source.evidence.map((e) => e.field)).toEqual(['amount', 'power_mw']);
  });

  it('gives a stake to the deal naming its holder and company', () => {
    const { article, analysis } = story({
      url: 'https://x.example/stake',
      title: 'OpenAI deals',
      text: 'OpenAI, of which Microsoft holds 27 %, signed a $38 billion deal with Amazon. Its older contract with Microsoft, for Azure services, is worth $250 billion.',
      language: 'en',
      deals: [
        { parties: ['OpenAI', 'Amazon'], amount: 38e9, quote: '$38 billion' },
        { parties: ['OpenAI', 'Microsoft'], amount: 250e9, quote: '$250 billion' },
      ],
      stakes_pct: [{ holder: 'Microsoft', of: 'OpenAI', pct: 27, quote: '27 %' }],
    });
    const [a, b] = buildCandidates(article, analysis) as DealCandidate[];
    expect(a!.deal.stakes_pct).toEqual([]);
    expect(b!.deal.stakes_pct.map((s) => s.pct)).toEqual([27]);
    // Nearer to the Amazon deal in the text, but it names Microsoft and OpenAI.
    expect(b!.source.evidence.find((e) => e.field === 'stake')!.sentence).toBe('OpenAI, of which Microsoft holds 27 %, signed a $38 billion deal with Amazon.');
  });

  it('tells the deal a story is about from one it mentions further down', () => {
    const { article, analysis } = story({
      url: 'https://x.example/lead',
      title: 'Nvidia to invest in OpenAI',
      text: 'Nvidia will invest up to $100 billion in OpenAI.\nOpenAI has also signed a $300 billion deal with Oracle.',
      language: 'en',
      deals: [
        { parties: ['Nvidia', 'OpenAI'], amount: 100e9, quote: '$100 billion' },
        { parties: ['OpenAI', 'Oracle'], amount: 300e9, quote: '$300 billion' },
      ],
    });
    expect((buildCandidates(article, analysis) as DealCandidate[]).map((c) => c.lead)).toEqual([true, false]);
  });

  it('builds no deal from a story the classifier rejected, nor from a deal without parties', () => {
    const { article, analysis } = openaiAws.en();
    expect(buildCandidates(article, { ...analysis, is_ai_compute_deal: false }).map((c) => c.kind)).toEqual(['stock']);
    const noParties = { ...analysis, deals: analysis.deals.map((d) => ({ ...d, parties: [] })) };
    expect(buildCandidates(article, noParties).map((c) => c.kind)).toEqual(['stock']);
  });

  it('falls back to the received time when the published date is missing or invalid', () => {
    const { article, analysis } = openaiAws.wire();
    const [c] = buildCandidates({ ...article, published: 'not a date', received_at: '2025-11-05T01:02:03Z' }, analysis);
    expect(c!.at).toBe('2025-11-05T01:02:03.000Z');
    expect(c!.source.published).toBeNull();
  });
});
