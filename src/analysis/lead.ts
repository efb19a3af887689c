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
  /** Sentences after the lead, among the first of the body, that date their news ("On Monday, Lambda announced …"). */
  dated: Range[];
  /** Lines that are not the story's own text: teasers anywhere, boilerplate at the top. */
  skipped: Range[];
}

/** The lead: at least this many body sentences and words (a standfirst or a short dateline sentence is not all of it), at most MAX. */
const LEAD_SENTENCES = 3;
const LEAD_WORDS = 50;
const MAX_LEAD_SENTENCES = 6;
/** A first line this short, without a final stop, is the headline of a story passed without a title. */
const HEADLINE = 160;
/** Longer lines are text, whatever they start with. */
const SHORT_LINE = 160;
/** Headlines listed under a teaser marker that stands alone on its line. */
const LISTED = 3;

const LAYOUTS = new WeakMap<Doc, Layout>();
const NEWS_DAY = /(?<![\p{L}])(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|this week|(?:el|este) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|hoy|nesta (?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|neste (?:sábado|domingo)|hoje|(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|aujourd['’]hui|am (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|heute)(?![\p{L}])/iu;

export function layout(doc: Doc): Layout {
  const known = LAYOUTS.get(doc);
  if (known) return known;
  const { text } = doc;
  const skipped = teaserLines(doc);
  // Boilerplate is looked for only where the headline and lead are sought: the top of the story.
  const isBoilerplate = (start: number): boolean => {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > SHORT_LINE || !BOILERPLATE.test(text.slice(start, end))) return false;
    skipped.push({ start, end });
    return true;
  };
  const title = doc.bodyStart > 0 ? { start: 0, end: doc.bodyStart } : headlineLine(doc, skipped, isBoilerplate);
  const lead: Range[] = doc.sentences.filter((s) => s.end <= title.end);
  const titleText = text.slice(title.start, title.end).trim();
  let n = 0;
  let words = 0;
  for (const s of doc.sentences) {
    if (n >= MAX_LEAD_SENTENCES || (n >= LEAD_SENTENCES && words >= LEAD_WORDS)) break;
    if (s.start < title.end || inRanges(skipped, s.start)) continue;
    const line = s.start === 0 || text[s.start - 1] === '\n';
    if (line && isBoilerplate(s.start)) continue;
    // A crosshead or a caption: a short line that is not a sentence; the headline repeated at the top of the body.
    if (line && isLineEnd(text, s.end) && !/[.!?»”"]\s*$/u.test(text.slice(s.start, s.end)) && wordCount(doc, s) < 8) continue;
    if (titleText && text.slice(s.start, s.end).trim() === titleText) continue;
    lead.push(s);
    n++;
    words += wordCount(doc, s);
  }
  const leadEnd = lead.length ? lead[lead.length - 1]!.end : title.end;
  // A feature opens with context and tells its news a few sentences in, dated: "On Monday, Lambda announced …".
  const dated: Range[] = [];
  for (const s of doc.sentences) {
    if (s.start < leadEnd || inRanges(skipped, s.start)) continue;
    if (++n > MAX_LEAD_SENTENCES) break;
    if (NEWS_DAY.test(text.slice(s.start, s.end))) dated.push(s);
  }
  const l: Layout = { title, lead, leadEnd, dated, skipped: skipped.sort((a, b) => a.start - b.start) };
  LAYOUTS.set(doc, l);
  return l;
}

/** Without a title, a short first line without a final stop (past boilerplate lines) is the headline. */
function headlineLine(doc: Doc, skipped: Range[], isBoilerplate: (start: number) => boolean): Range {
  const { text } = doc;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) break;
    const line = text.slice(start, nl).trim();
    if (line && !inRanges(skipped, start) && !isBoilerplate(start)) {
      return line.length <= HEADLINE && !/[.:;!?»”"]$/u.test(line) ? { start, end: nl } : { start: 0, end: 0 };
    }
    start = nl + 1;
  }
  return { start: 0, end: 0 };
}

export const inRanges = (rs: readonly Range[], pos: number): boolean => rs.some((r) => pos >= r.start && pos < r.end);

const isLineEnd = (text: string, pos: number): boolean => pos === text.length || text[pos] === '\n';

function wordCount(doc: Doc, r: Range): number {
  const lo = firstStartingAt(doc.tokens, r.start);
  return firstStartingAt(doc.tokens, r.end) - lo;
}

/** Teaser lines and the headlines listed under a bare teaser marker. */
function teaserLines(doc: Doc): Range[] {
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
  return out;
}
