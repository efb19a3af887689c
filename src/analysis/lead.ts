// Where a scraped article's news is: its headline and the first sentences of its
// body, past the bylines, dates, share buttons and other boilerplate lines. Teaser
// lines of other stories ("Read more: …", or a "Lesen Sie auch" line and the
// headlines listed under it) are not the story at all.
import type { Doc } from './doc.js';
import type { Range } from './sentences.js';
import { teaserRanges } from './deals.js';
import { BOILERPLATE } from './classify-words.js';
import { firstStartingAt } from './bisect.js';

export interface Layout {
  /** The headline (empty when the story has none). */
  title: Range;
  /** Headline and lead sentences: where a story states its news. */
  lead: Range[];
  /** Where the lead ends. */
  leadEnd: number;
  /** Lines that are not the story's own text. */
  skipped: Range[];
}

/** Body sentences read as the lead: a standfirst or dateline sentence and the one or two after it. */
const LEAD_SENTENCES = 3;
/** Longer lines are text, whatever they start with. */
const SHORT_LINE = 160;
/** Headlines listed under a teaser marker that stands alone on its line. */
const LISTED = 3;

const LAYOUTS = new WeakMap<Doc, Layout>();

export function layout(doc: Doc): Layout {
  const known = LAYOUTS.get(doc);
  if (known) return known;
  const { text } = doc;
  const title = doc.bodyStart > 0 ? { start: 0, end: doc.bodyStart } : { start: 0, end: 0 };
  const skipped = skippedLines(doc);
  const lead: Range[] = doc.sentences.filter((s) => s.end <= title.end);
  let n = 0;
  for (const s of doc.sentences) {
    if (n >= LEAD_SENTENCES) break;
    if (s.start < title.end || inRanges(skipped, s.start)) continue;
    // A crosshead or a caption: a short line that is not a sentence.
    if (isLine(text, s) && !/[.!?»”"]\s*$/u.test(text.slice(s.start, s.end)) && wordCount(doc, s) < 8) continue;
    lead.push(s);
    n++;
  }
  const l: Layout = { title, lead, leadEnd: lead.length ? lead[lead.length - 1]!.end : title.end, skipped };
  LAYOUTS.set(doc, l);
  return l;
}

export const inRanges = (rs: readonly Range[], pos: number): boolean => rs.some((r) => pos >= r.start && pos < r.end);

function isLine(text: string, s: Range): boolean {
  return (s.start === 0 || text[s.start - 1] === '\n') && (s.end === text.length || text[s.end] === '\n');
}

function wordCount(doc: Doc, r: Range): number {
  const lo = firstStartingAt(doc.tokens, r.start);
  return firstStartingAt(doc.tokens, r.end) - lo;
}

/** Teaser lines, the headlines under a bare teaser marker, and short boilerplate lines. */
function skippedLines(doc: Doc): Range[] {
  const { text } = doc;
  const out: Range[] = [];
  for (const t of teaserRanges(doc)) {
    out.push(t);
    // "Leia também:" alone on its line: the next few short lines are the teased headlines.
    if (wordCount(doc, t) > 3) continue;
    let at = t.end;
    for (let k = 0; k < LISTED && at < text.length; k++) {
      const start = at + 1;
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      if (end - start > SHORT_LINE || end === start) break;
      out.push({ start, end });
      at = end;
    }
  }
  for (let start = doc.bodyStart; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start <= SHORT_LINE && BOILERPLATE.test(text.slice(start, end))) out.push({ start, end });
    start = end + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
