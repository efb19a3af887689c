// The whole pipeline on real Redis: a local feed server holding the seed story ->
// poll -> classify -> extract -> alert -> deliver -> a local receiver verifying
// every delivery with the `standardwebhooks` package.
import { describe, it, expect, afterAll } from 'vitest';
import { testConfig, testPrefix, REDIS_URL } from '../helpers/context.js';
import { createLogger } from '../../src/shared/logger.js';
import { dropPrefix } from '../../src/shared/redis.js';
import { startDemoPipeline, type DemoPipeline } from '../../src/demo/pipeline.js';
import { loadDemoStories } from '../../src/demo/stories.js';

const waitFor = async (cond: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return cond();
};

describe('end to end', () => {
  const prefix = testPrefix();
  let demo: DemoPipeline | undefined;
  afterAll(async () => {
    await demo?.close();
    await dropPrefix(REDIS_URL, prefix);
  });

  it('delivers the seed story as a signed deal.detected and stock.moved, once', async () => {
    const seed = loadDemoStories().find((s) => s.id.startsWith('seed-'))!;
    demo = await startDemoPipeline({
      config: testConfig(),
      logger: createLogger('silent'),
      redisUrl: REDIS_URL,
      prefix,
      stories: [seed],
      roles: ['poll', 'classify', 'extract', 'alert', 'deliver'],
      pollEvery: 1,
    });
    const { receiver, feed } = demo;
    const events = () => receiver.deliveries.map((d) => d.event);
    const deal = () => events().find((e) => e.type === 'deal.detected' && e.data.deal?.amount_usd === 38e9);
    const move = () => events().find((e) => e.type === 'stock.moved' && e.data.stock_move?.ticker === 'AMZN');

    expect(await waitFor(() => !!deal() && !!move(), 20_000)).toBe(true);
    expect(receiver.rejected).toBe(0);
    expect(new Set(deal()!.data.deal!.parties)).toEqual(new Set(['OpenAI', 'Amazon']));
    expect(deal()!.data.deal!.currency).toBe('USD');
    expect(move()!.data.stock_move).toMatchObject({ direction: 'up', pct: 4, qualifier: 'more_than' });
    expect(deal()!.data.sources?.[0]?.url).toBe(feed.storyUrl(seed.id));

    // Polling the same feed again delivers nothing new.
    const delivered = receiver.deliveries.length;
    const polls = feed.hits.get('/feed.xml') ?? 0;
    expect(await waitFor(() => (feed.hits.get('/feed.xml') ?? 0) >= polls + 2, 10_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1000));
    expect(receiver.deliveries.length).toBe(delivered);
    // Every delivery of one event carries one webhook-id.
    expect(new Set(receiver.deliveries.map((d) => d.webhookId)).size).toBe(delivered);
  }, 45_000);
});
