// Feed metrics on the process registry: poll outcomes by class, items taken,
// and the number of disabled feeds (read from Redis at scrape time).
import { Counter, Gauge } from 'prom-client';
import { registry } from '../shared/metrics.js';

export const feedPolls = new Counter({
  name: 'dealwire_feed_polls_total',
  help: 'Feed polls by outcome: ok, not_modified, skipped, or the error class',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const feedItems = new Counter({
  name: 'dealwire_feed_items_total',
  help: 'Feed items taken into the pipeline, new or updated',
  labelNames: ['kind'] as const,
  registers: [registry],
});

export const fulltextFetches = new Counter({
  name: 'dealwire_fulltext_total',
  help: 'Article-page fetches for full text, by outcome',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

let countDisabled: (() => Promise<number>) | undefined;

/** The poll role says how to count disabled feeds; the gauge asks on each scrape. */
export function setDisabledCounter(fn: (() => Promise<number>) | undefined): void {
  countDisabled = fn;
}

export const feedsDisabled = new Gauge({
  name: 'dealwire_feeds_disabled',
  help: 'Configured feeds currently disabled (by errors or by an operator)',
  registers: [registry],
  async collect() {
    if (countDisabled) this.set(await countDisabled().catch(() => 0));
  },
});
