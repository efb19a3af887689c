// Percentages: a quantity followed by "%", "percent", "por ciento", "Prozent"...
// Shared by stock moves and stakes.
import type { Doc } from './doc.js';
import type { Quantity } from './numbers.js';
import { alt, PERCENT_WORDS, POINTS_AFTER } from './lexicon.js';

export interface Percent {
  q: Quantity;
  /** End of the "%" or percent word. */
  end: number;
  value: number;
}

const PCT = new RegExp(`^[\\s\\u00a0\\u202f]*(?:%|(?:${alt(PERCENT_WORDS)})(?![\\p{L}]))`, 'iu');
const POINTS = new RegExp(`^[\\s\\u00a0\\u202f]*(?:${alt(POINTS_AFTER)})(?![\\p{L}])`, 'iu');

export function percents(doc: Doc): Percent[] {
  const out: Percent[] = [];
  for (const q of doc.quantities) {
    if (q.scale !== 1 || q.value > 10_000) continue;
    const m = PCT.exec(doc.text.slice(q.end, q.end + 16));
    if (!m) continue;
    const end = q.end + m[0].length;
    if (POINTS.test(doc.text.slice(end, end + 30))) continue;
    out.push({ q, end, value: q.value });
  }
  return out;
}
