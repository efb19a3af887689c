// The bundled sample stories of `dealwire demo`, with the alerts each should produce.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ExpectedAlert {
  type: string;
  amount_usd?: number;
  currency?: string;
  amount?: number;
  parties?: string[];
  ticker?: string;
  direction?: 'up' | 'down';
}

export interface DemoStory {
  id: string;
  lang: string;
  title: string;
  text: string;
  published: string;
  expect: ExpectedAlert[];
}

/** demo/stories at the package root (the same from src/ under vitest and from dist/). */
export const DEMO_STORIES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'stories');

export function loadDemoStories(dir = DEMO_STORIES_DIR): DemoStory[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as DemoStory);
}

/** A received webhook body, as far as the demo needs to read it. */
export interface WebhookEvent {
  type: string;
  timestamp: string;
  data: Record<string, unknown> & {
    alert_id?: string;
    deal?: { parties?: string[]; amount_usd?: number | null; amount?: number; currency?: string; qualifier?: string };
    stock_move?: { company?: string; ticker?: string | null; direction?: string; pct?: number; qualifier?: string };
    sources?: { url?: string; title?: string; language?: string }[];
  };
}

const near = (a: number | null | undefined, b: number) => a != null && Math.abs(a - b) <= 0.01 * Math.abs(b);

export function satisfies(event: WebhookEvent, want: ExpectedAlert): boolean {
  const type = event.type === 'deal.updated' ? 'deal.detected' : event.type;
  if (type !== want.type) return false;
  const { deal, stock_move: move } = event.data;
  if (want.type === 'deal.detected') {
    if (!deal) return false;
    const valueOk =
      (want.amount_usd !== undefined && near(deal.amount_usd, want.amount_usd)) ||
      (want.currency !== undefined && deal.currency === want.currency && want.amount !== undefined && near(deal.amount, want.amount));
    const parties = new Set(deal.parties ?? []);
    return valueOk && (want.parties ?? []).every((p) => parties.has(p));
  }
  if (want.type === 'stock.moved') {
    return !!move && move.ticker === want.ticker && (!want.direction || move.direction === want.direction);
  }
  return true;
}

/** The expectations no received event satisfies yet. */
export function unmet(stories: DemoStory[], events: WebhookEvent[]): { story: string; want: ExpectedAlert }[] {
  return stories.flatMap((s) => s.expect.filter((w) => !events.some((e) => satisfies(e, w))).map((want) => ({ story: s.id, want })));
}

const usd = (n: number) =>
  n >= 1e12 ? `${+(n / 1e12).toFixed(2)} tn` : n >= 1e9 ? `${+(n / 1e9).toFixed(2)} bn` : n >= 1e6 ? `${+(n / 1e6).toFixed(2)} m` : String(n);

/** One or two readable lines for a terminal. */
export function describeEvent(e: WebhookEvent): string {
  const src = e.data.sources?.[0];
  const from = src ? `\n      from "${src.title ?? src.url}" (${src.language ?? '?'}), ${e.data.sources!.length} source(s)` : '';
  const { deal, stock_move: move } = e.data;
  if (deal) {
    const amount = deal.amount != null ? `${deal.qualifier && deal.qualifier !== 'exact' ? deal.qualifier.replace('_', ' ') + ' ' : ''}${usd(deal.amount)} ${deal.currency}` : 'amount not stated';
    const inUsd = deal.amount_usd != null && deal.currency !== 'USD' ? ` (= ${usd(deal.amount_usd)} USD)` : '';
    return `${e.type.padEnd(14)} ${(deal.parties ?? []).join(' + ')}: ${amount}${inUsd}${from}`;
  }
  if (move) {
    const arrow = move.direction === 'up' ? '▲' : '▼';
    return `${e.type.padEnd(14)} ${move.company} (${move.ticker ?? 'unlisted'}) ${arrow} ${move.qualifier && move.qualifier !== 'exact' ? move.qualifier.replace('_', ' ') + ' ' : ''}${move.pct} %${from}`;
  }
  return `${e.type.padEnd(14)} ${JSON.stringify(e.data).slice(0, 120)}`;
}
