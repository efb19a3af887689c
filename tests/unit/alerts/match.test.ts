import { describe, expect, it } from 'vitest';
import { matches, matchingSubscriptions, reaches, widened } from '../../../src/alerts/match.js';
import type { MatchSubject } from '../../../src/alerts/types.js';
import type { Subscription } from '../../../src/subscriptions/types.js';

const deal: MatchSubject = {
  type: 'deal.detected',
  companies: ['OpenAI', 'Amazon'],
  tickers: ['AMZN'],
  amount_usd: 38e9,
  languages: ['en', 'es'],
  confidence: 0.9,
};
const move: MatchSubject = { type: 'stock.moved', companies: ['Amazon'], tickers: ['AMZN'], amount_usd: null, languages: ['es'], confidence: 0.8 };

describe('matches', () => {
  it('lets everything through an empty filter', () => {
    expect(matches(deal, {})).toBe(true);
    expect(matches(move, { types: [], companies: [], tickers: [], languages: [] })).toBe(true);
  });

  it('filters by type', () => {
    expect(matches(deal, { types: ['deal.detected', 'deal.updated'] })).toBe(true);
    expect(matches(deal, { types: ['stock.moved'] })).toBe(false);
  });

  it('filters by company or ticker, case-insensitively, either one sufficing', () => {
    expect(matches(deal, { companies: ['openai'] })).toBe(true);
    expect(matches(deal, { companies: ['Oracle'] })).toBe(false);
    expect(matches(deal, { tickers: ['amzn'] })).toBe(true);
    expect(matches(deal, { tickers: ['ORCL'] })).toBe(false);
    expect(matches(deal, { companies: ['Oracle'], tickers: ['AMZN'] })).toBe(true);
  });

  it('filters deals by minimum amount; an unknown amount does not pass, a stock move is not a deal', () => {
    expect(matches(deal, { min_amount_usd: 38e9 })).toBe(true);
    expect(matches(deal, { min_amount_usd: 40e9 })).toBe(false);
    expect(matches({ ...deal, amount_usd: null }, { min_amount_usd: 1 })).toBe(false);
    expect(matches(move, { min_amount_usd: 40e9 })).toBe(true);
  });

  it('filters by language: any source language of the alert', () => {
    expect(matches(deal, { languages: ['es'] })).toBe(true);
    expect(matches(deal, { languages: ['de', 'fr'] })).toBe(false);
  });

  it('filters by minimum confidence', () => {
    expect(matches(deal, { min_confidence: 0.9 })).toBe(true);
    expect(matches(deal, { min_confidence: 0.95 })).toBe(false);
  });

  it('requires every filter to hold', () => {
    expect(matches(deal, { types: ['deal.detected'], companies: ['Amazon'], min_amount_usd: 1e9, languages: ['en'], min_confidence: 0.5 })).toBe(true);
    expect(matches(deal, { types: ['deal.detected'], companies: ['Amazon'], min_amount_usd: 1e9, languages: ['fr'], min_confidence: 0.5 })).toBe(false);
  });
});

describe('matchingSubscriptions', () => {
  const sub = (id: string, extra: Partial<Subscription> = {}): Subscription => ({
    id,
    url: 'https://hooks.example/x',
    secret: 'whsec_x',
    types: [],
    companies: [],
    tickers: [],
    languages: [],
    enabled: true,
    created_at: '',
    updated_at: '',
    ...extra,
  });
  it('keeps the enabled subscriptions that match', () => {
    const subs = [sub('all'), sub('off', { enabled: false }), sub('oracle', { companies: ['Oracle'] }), sub('amzn', { tickers: ['AMZN'] })];
    expect(matchingSubscriptions({ subject: deal }, subs).map((s) => s.id)).toEqual(['all', 'amzn']);
  });
  it('leaves out, for a late detection, those that matched the alert before', () => {
    const subs = [sub('all'), sub('es', { languages: ['es'] }), sub('en', { languages: ['en'] })];
    const previous = { ...deal, languages: ['en'] };
    expect(matchingSubscriptions({ subject: deal, previous }, subs).map((s) => s.id)).toEqual(['es']);
  });
});

describe('reaches and widened', () => {
  it('reaches a filter matching the subject and not the previous state', () => {
    expect(reaches({ subject: deal }, {})).toBe(true);
    expect(reaches({ subject: deal, previous: { ...deal, confidence: 0.5 } }, { min_confidence: 0.8 })).toBe(true);
    expect(reaches({ subject: deal, previous: { ...deal, confidence: 0.5 } }, { min_confidence: 0.4 })).toBe(false);
  });
  it('sees a new language, company or ticker, or a higher confidence, as widening', () => {
    expect(widened(deal, deal)).toBe(false);
    expect(widened({ ...deal, languages: ['en'] }, deal)).toBe(true);
    expect(widened({ ...deal, companies: ['OpenAI'] }, deal)).toBe(true);
    expect(widened({ ...deal, tickers: [] }, deal)).toBe(true);
    expect(widened({ ...deal, confidence: 0.5 }, deal)).toBe(true);
    expect(widened(deal, { ...deal, confidence: 0.5 })).toBe(false);
  });
});
