// Percentages: a quantity followed by "%", "percent", "por ciento", "Prozent"...
// Shared by stock moves and stakes.
import type { Doc } from './doc.js';
import type { Quantity } from './numbers.js';
import { alt, PERCENT_WORDS, POINTS_AFTER, RANGE_OPENERS, RESPECTIVELY_WORDS } from './lexicon.js';

export interface Percent {
  q: Quantity;
  /** End of the "%" or percent word (of the bare figure, for a figure listed before one: "1,2 e 2,1%"). */
  end: number;
  value: number;
  /** One end of a range ("entre un 2 y un 6,5 %", "between 3 and 5%"): no single figure is stated. */
  range?: boolean;
}

const PCT = new RegExp(`^[\\s\\u00a0\\u202f]*(?:%|(?:${alt(PERCENT_WORDS)})(?![\\p{L}]))`, 'iu');
const POINTS = new RegExp(`^[\\s\\u00a0\\u202f]*(?:${alt(POINTS_AFTER)})(?![\\p{L}])`, 'iu');
// Between two figures of one list: "1,2 e 2,1%", "1,4 beziehungsweise 0,8 Prozent", "2,5 % y el 1,1 %".
const ARTICLE = String.raw`(?:(?:el|la|un|una|del|de|um|uma|o|a|le|les|the|à|bei|von|um)[\s\u00a0]+)?`;
const LIST_JOIN = new RegExp(`^[\\s\\u00a0]*(?:,|and|or|y|o|e|ou|et|und|oder|sowie|${alt(RESPECTIVELY_WORDS)})[\\s\\u00a0]*${ARTICLE}$`, 'iu');
const RANGE_OPEN = new RegExp(`(?<![\\p{L}])(?:${alt(RANGE_OPENERS)})[\\s\\u00a0]+${ARTICLE}$`, 'iu');
const RANGE_JOIN = new RegExp(`^[\\s\\u00a0\\u202f]*%?[\\s\\u00a0]*(?:and|y|e|et|und|bis|a|à|to)[\\s\\u00a0]+${ARTICLE}$`, 'iu');

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

/**
 * The percentages of `pcts` plus the bare figures listed before one ("caíram 1,2 e 2,1%",
 * "um 15 und 8 Prozent"), in text order, each end of a range flagged.
 */
export function withListedFigures(doc: Doc, pcts: Percent[]): Percent[] {
  const { text, quantities: qs } = doc;
  const isPct = new Set(pcts.map((p) => p.q));
  const bare: Percent[] = [];
  let k = qs.length - 1;
  for (let i = pcts.length - 1; i >= 0; i--) {
    let head = pcts[i]!.q;
    while (k >= 0 && qs[k]!.start >= head.start) k--;
    // Walk back over "A, B and C%" while each figure is joined to the next by a list word only.
    for (let j = k; j >= 0; j--) {
      const q = qs[j]!;
      // "SBF 120, -6,3 %": a number naming an index, or a bare figure before a signed one, is no item of the list.
      if (isPct.has(q) || q.scale !== 1 || q.value > 1000 || head.start - q.end > 40 || (head.sign && !q.sign) || /\p{Lu}[\p{L}&]*[\s\u00a0]$/u.test(text.slice(Math.max(0, q.start - 12), q.start))) break;
      if (!LIST_JOIN.test(text.slice(q.end, head.start))) break;
      bare.push({ q, end: q.end, value: q.value });
      head = q;
    }
  }
  const all = bare.length ? [...pcts, ...bare].sort((a, b) => a.q.start - b.q.start) : pcts.slice();
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (RANGE_OPEN.test(text.slice(Math.max(0, a.q.start - 16), a.q.start)) && RANGE_JOIN.test(text.slice(a.end, b.q.start))) {
      all[i] = { ...a, range: true };
      all[i + 1] = { ...b, range: true };
    }
  }
  return all;
}
