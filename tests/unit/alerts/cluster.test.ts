import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../../../src/alerts/build.js';
import { alertIdFor, cluster, clusterKey, eventIdFor, type Outcome } from '../../../src/alerts/cluster.js';
import { reaches } from '../../../src/alerts/match.js';
import type { Alert, Candidate, ClusterOptions, DealCandidate } from '../../../src/alerts/types.js';
import { openaiAws, story } from './fixtures.js';

const OPTS: ClusterOptions = { windowH: 72, tolerance: 0.05 };
const NOW = '2025-11-05T00:00:00.000Z';

const deal = (s: ReturnType<typeof story>) => buildCandidates(s.article, s.analysis).find((c) => c.kind === 'deal')!;
const stock = (s: ReturnType<typeof story>) => buildCandidates(s.article, s.analysis).find((c) => c.kind === 'stock')!;

/** Runs candidates through cluster() the way the store does, keeping every alert by id. */
function run(candidates: Candidate[], opts = OPTS) {
  const alerts = new Map<string, Alert>();
  const outcomes: Outcome[] = [];
  for (const c of candidates) {
    const o = cluster(c, [...alerts.values()], opts, NOW);
    alerts.set(o.alert.id, o.alert);
    outcomes.push(o);
  }
  return { alerts: [...alerts.values()], outcomes };
}

const dealStory = (url: string, amount: number, published = '2025-11-03T14:00:00Z', qualifier: 'exact' | 'about' = 'exact') =>
  story({
    url,
    title: 'Deal',
    text: `OpenAI and Amazon agreed a deal worth ${amount / 1e9} billion dollars.`,
    language: 'en',
    published,
    deals: [{ parties: ['OpenAI', 'Amazon'], amount, qualifier, quote: `${amount / 1e9} billion dollars` }],
  });

describe('cluster', () => {
  it('merges an English and a Spanish story of the same deal into one alert with two sources', () => {
    const { alerts, outcomes } = run([deal(openaiAws.en()), deal(openaiAws.es())]);
    expect(outcomes.map((o) => o.action)).toEqual(['create', 'add_source']);
    expect(alerts).toHaveLength(1);
    const [a] = alerts;
    expect(a!.type).toBe('deal.detected');
    expect(a!.sources.map((s) => s.language)).toEqual(['en', 'es']);
    expect(a!.languages).toEqual(['en', 'es']);
    expect(a!.confidence).toBe(0.97);
  });

  it('a source that adds nothing is silent for those who had the alert, a late detection for those it newly matches', () => {
    const { outcomes } = run([deal(openaiAws.en()), deal(openaiAws.es())]);
    const late = outcomes[1]!;
    if (late.action !== 'add_source' || !late.event) throw new Error('expected a late detection');
    expect(late.event.type).toBe('deal.detected');
    expect(late.event.id).not.toBe((outcomes[0] as { event: { id: string } }).event.id);
    expect((late.event.data.sources as unknown[]).length).toBe(2);
    const audience = late.event.audience!;
    expect(reaches(audience, {})).toBe(false);
    expect(reaches(audience, { languages: ['en'] })).toBe(false);
    expect(reaches(audience, { languages: ['es'] })).toBe(true);
    expect(reaches(audience, { min_confidence: 0.95 })).toBe(true);
    expect(late.alert.event_ids).toHaveLength(2);
    // A third source in a language already seen, with no new company and no higher confidence: no event at all.
    const third = run([deal(openaiAws.en()), deal(openaiAws.es()), deal(openaiAws.wire())]).outcomes[2]!;
    expect(third.action).toBe('add_source');
    expect('event' in third && third.event).toBeFalsy();
  });

  it('merges three sources in two languages, whatever the order of the parties', () => {
    const { alerts, outcomes } = run([deal(openaiAws.es()), deal(openaiAws.wire()), deal(openaiAws.en())]);
    expect(outcomes.map((o) => o.action)).toEqual(['create', 'add_source', 'add_source']);
    expect(alerts[0]!.languages).toEqual(['es', 'en']);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.sources.map((s) => s.url)).toEqual([openaiAws.es().article.url, openaiAws.wire().article.url, openaiAws.en().article.url]);
  });

  it('emits deal.detected with the deal as in analyze and its sources', () => {
    const [o] = run([deal(openaiAws.en())]).outcomes;
    if (o?.action !== 'create') throw new Error('expected create');
    expect(o.event).toMatchObject({ type: 'deal.detected', timestamp: NOW, alert_id: o.alert.id });
    expect(o.event.data).toMatchObject({
      alert_id: o.alert.id,
      deal: { parties: ['OpenAI', 'Amazon'], amount_usd: 38e9, amount: 38e9, currency: 'USD', qualifier: 'exact' },
      sources: [{ url: 'https://news.example.com/openai-aws-38bn', title: 'OpenAI signs $38 billion cloud deal with Amazon', language: 'en', published: '2025-11-03T14:00:00.000Z' }],
    });
  });

  it('a follow-up that adds power and hardware emits deal.updated with what changed and all sources', () => {
    const { alerts, outcomes } = run([deal(openaiAws.en()), deal(openaiAws.es()), deal(openaiAws.followUp())]);
    expect(outcomes.map((o) => o.action)).toEqual(['create', 'add_source', 'update']);
    const o = outcomes[2]!;
    if (o.action !== 'update') throw new Error('expected update');
    expect(o.event.type).toBe('deal.updated');
    expect(o.event.data.changes).toEqual([
      { field: 'power_mw', to: [1200] },
      { field: 'hardware', to: ['Nvidia GB300'] },
    ]);
    expect((o.event.data.sources as unknown[]).length).toBe(3);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.type).toBe('deal.updated');
    expect(alerts[0]!.deal!.power_mw.map((f) => f.value)).toEqual([1200]);
    expect(alerts[0]!.event_ids).toHaveLength(3);
    expect(o.event.audience).toEqual({ subject: expect.objectContaining({ type: 'deal.updated', amount_usd: 38e9 }) });
  });

  it('a passing mention in a story about something else adds a source, never an update', () => {
    const mention = deal(openaiAws.followUp()) as DealCandidate;
    const { outcomes } = run([deal(openaiAws.en()), { ...mention, lead: false }]);
    expect(outcomes.map((o) => o.action)).toEqual(['create', 'add_source']);
    expect(outcomes[1]!.alert.deal!.power_mw).toEqual([]);
  });

  it('a firmer amount (exact after "about") is an update', () => {
    const { outcomes } = run([dealStory('https://a.example/1', 38e9, undefined, 'about'), dealStory('https://b.example/2', 38.5e9)].map(deal));
    const o = outcomes[1]!;
    if (o.action !== 'update') throw new Error('expected update');
    expect(o.event.data.changes).toEqual([
      { field: 'amount', from: { amount: 38e9, currency: 'USD', amount_usd: 38e9, qualifier: 'about' }, to: { amount: 38.5e9, currency: 'USD', amount_usd: 38.5e9, qualifier: 'exact' } },
    ]);
    expect(o.alert.deal!.amount_usd).toBe(38.5e9);
  });

  it('keeps different deals of the same parties apart when the amounts differ', () => {
    const { alerts } = run([dealStory('https://a.example/1', 38e9), dealStory('https://b.example/2', 10e9)].map(deal));
    expect(alerts).toHaveLength(2);
  });

  it('merges amounts within the tolerance, and only those', () => {
    expect(run([dealStory('https://a.example/1', 38e9), dealStory('https://b.example/2', 39.5e9)].map(deal)).alerts).toHaveLength(1);
    expect(run([dealStory('https://a.example/1', 38e9), dealStory('https://b.example/2', 40.5e9)].map(deal)).alerts).toHaveLength(2);
    const strict = { ...OPTS, tolerance: 0 };
    expect(run([dealStory('https://a.example/1', 38e9), dealStory('https://b.example/2', 38.1e9)].map(deal), strict).alerts).toHaveLength(2);
  });

  it('joins the nearest amount when two alerts of the same parties are both within tolerance', () => {
    const { alerts, outcomes } = run(
      [dealStory('https://a.example/1', 100e9), dealStory('https://b.example/2', 90e9), dealStory('https://c.example/3', 91e9)].map(deal),
      { ...OPTS, tolerance: 0.05 },
    );
    expect(alerts).toHaveLength(2);
    expect(outcomes[2]!.alert.id).toBe(outcomes[1]!.alert.id);
  });

  it('starts a new alert outside the time window', () => {
    const later = dealStory('https://b.example/2', 38e9, '2025-11-07T15:00:00Z');
    expect(run([dealStory('https://a.example/1', 38e9), later].map(deal)).alerts).toHaveLength(2);
    expect(run([dealStory('https://a.example/1', 38e9), later].map(deal), { ...OPTS, windowH: 100 }).alerts).toHaveLength(1);
  });

  it('a passing mention weeks later recalls the old alert instead of detecting the deal again', () => {
    const recalled = { ...(deal(dealStory('https://b.example/2', 38e9, '2025-12-01T10:00:00Z')) as DealCandidate), lead: false };
    const { alerts, outcomes } = run([deal(dealStory('https://a.example/1', 38e9)), recalled]);
    expect(alerts).toHaveLength(1);
    expect(outcomes[1]!.action).toBe('add_source');
    // but not one from before the alert: that may be another deal.
    const earlier = { ...(deal(dealStory('https://c.example/3', 38e9, '2025-10-01T10:00:00Z')) as DealCandidate), lead: false };
    expect(run([deal(dealStory('https://a.example/1', 38e9)), earlier]).alerts).toHaveLength(2);
  });

  it('compares amounts in their own currency when no dollar value is known', () => {
    const eur = (url: string, amount: number, currency = 'EUR') =>
      story({ url, title: 'T', text: `OpenAI and Amazon: ${amount} units.`, language: 'de', deals: [{ parties: ['OpenAI', 'Amazon'], amount, currency, amount_usd: null, quote: `${amount} units` }] });
    expect(run([eur('https://a.example/1', 100), eur('https://b.example/2', 101)].map(deal)).alerts).toHaveLength(1);
    expect(run([eur('https://a.example/1', 100), eur('https://b.example/2', 100, 'CHF')].map(deal)).alerts).toHaveLength(2);
  });

  it('merges stock moves per ticker and day', () => {
    const { alerts, outcomes } = run([stock(openaiAws.en()), stock(openaiAws.es())]);
    expect(outcomes.map((o) => o.action)).toEqual(['create', 'add_source']);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'stock', type: 'stock.moved', tickers: ['AMZN'], cluster_key: 'stock:amzn:2025-11-03' });
    const nextDay = story({
      url: 'https://x.example/next',
      title: 'T',
      text: 'Amazon shares rose 2% again.',
      language: 'en',
      published: '2025-11-04T10:00:00Z',
      stock_moves: [{ company: 'Amazon', ticker: 'AMZN', direction: 'up', pct: 2, quote: 'rose 2%' }],
    });
    expect(run([stock(openaiAws.en()), stock(nextDay)]).alerts).toHaveLength(2);
  });

  it('is idempotent: the same article again changes nothing', () => {
    const c = deal(openaiAws.en());
    const { outcomes } = run([c, c]);
    expect(outcomes.map((o) => o.action)).toEqual(['create', 'duplicate']);
  });
});

describe('deterministic ids', () => {
  it('gives the same alert and event ids for the same input, different ones otherwise', () => {
    const a = run([deal(openaiAws.en())]).outcomes[0]!;
    const b = run([deal(openaiAws.en())]).outcomes[0]!;
    expect(a.alert.id).toBe(b.alert.id);
    expect('event' in a && a.event?.id).toBe('event' in b && b.event?.id);
    expect(alertIdFor(deal(openaiAws.es()))).not.toBe(a.alert.id);
    expect(alertIdFor(stock(openaiAws.en()))).toBe(alertIdFor(stock(openaiAws.es())));
    expect(eventIdFor(a.alert.id, 'deal.updated', 'x')).not.toBe(eventIdFor(a.alert.id, 'deal.updated', 'y'));
    expect(a.alert.id).toMatch(/^[0-9a-f]{20}$/);
  });

  it('keys parties canonically', () => {
    expect(clusterKey(deal(openaiAws.en()))).toBe(clusterKey(deal(openaiAws.wire())));
    expect(clusterKey(deal(openaiAws.en()))).toBe('deal:amazon|openai');
  });
});
