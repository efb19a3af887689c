// Sentence and clause boundaries. One linear scan; abbreviations ("Inc.", "Mrd.",
// "U.S.") and decimals do not end a sentence.

export interface Range {
  start: number;
  end: number;
}

// A period after these tokens usually does not end a sentence.
const ABBREV = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'no', 'nr', 'etc', 'approx',
  'ca', 'bzw', 'sa', 'av', 'sr', 'sra', 'dña', 'núm', 'p', 'pp', 'art', 'abs', 'z', 'b', 'u', 's', 'e', 'g', 'i', 'a', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
]);

// "250 Mrd. US-Dollar" continues; "... 1,2 Mrd. Euro. Die Aktie" ends after "Euro".
const SCALE_ABBREV = /^(?:mrd|mio|tsd|mds|md)$/i;
const CURRENCY_NEXT = /^[.\s\u00a0]+(?:US|Euro|Dollar|Franken|Pfund|Yen|Yuan|dollars?|euros?|[€$£¥])/u;
// Scraped pages glue sentences together ("… au Texas.Nvidia, qui …"): a period between a lower-case word and a capitalised one ends one too.
// (The lower-case word before it is checked in code: a lookbehind would be tried at every character.)
const END = /[.!?]+["»”’)]*(?=\s+["«“(¿¡]?[\p{Lu}\p{N}])|[.!?](?=\p{Lu}\p{Ll})|\n+/gu;
const LOWER_TWO = /^\p{Ll}{2}$/u;

const charCodeAt = String.prototype.charCodeAt;
const LETTER_OR_DOT = /[\p{L}.]/u;
/** Verdicts of LETTER_OR_DOT for each UTF-16 code unit, as the text holds them: 0 unknown, 1 yes, 2 no. */
const LETTER_OR_DOT_AT = new Uint8Array(0x10000);
function letterOrDot(c: number): boolean {
  if (LETTER_OR_DOT_AT[c] === 0) LETTER_OR_DOT_AT[c] = LETTER_OR_DOT.test(String.fromCharCode(c)) ? 1 : 2;
  return LETTER_OR_DOT_AT[c] === 1;
}

export function splitSentences(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const glued = m[0].length === 1 && m[0] !== '\n' && !/\s/u.test(text[m.index + 1] ?? ' ');
    if (glued && !LOWER_TWO.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (m[0][0] === '.') {
      // The word before the period: an abbreviation or a single capital ("U.S.") keeps the sentence open.
      let i = m.index;
      while (i > start && letterOrDot(charCodeAt.call(text, i - 1))) i--;
      const word = text.slice(i, m.index);
      if (ABBREV.has(word.toLowerCase().replace(/\./g, '')) || /^(\p{Lu}\.)*\p{Lu}$/u.test(word)) continue;
      if (SCALE_ABBREV.test(word) && CURRENCY_NEXT.test(text.slice(m.index, m.index + 12))) continue;
    }
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end: m.index + (m[0][0] === '\n' ? 0 : m[0].length) });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((s) => s.end > s.start);
}

/**
 * text.lastIndexOf(ch, pos) for a one-character `ch`, when only an index >= `from` matters: -1 when
 * there is none from there (the search stops at `from` rather than at the start of the text).
 */
export function lastIndexIn(text: string, ch: string, from: number, pos: number): number {
  const c = charCodeAt.call(ch, 0);
  for (let i = Math.min(pos, text.length - 1); i >= from && i >= 0; i--) if (charCodeAt.call(text, i) === c) return i;
  return -1;
}

/** Index of the sentence containing `pos` (binary search). */
export function sentenceAt(sentences: Range[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Where one clause stops and another with its own subject starts: "; ", ", while",
// ", and" (+ subject), ", mientras que", "y otro con", dashes...
const CLAUSE = new RegExp(
  [
    ';', ' — ', ' – ', '—',
    ', while ', ', whereas ', ', and ', ' and another ', ', but ', ', although ', ', as it ', ', as they ',
    // a comment on what precedes: "…, reflecting the company's strategy to diversify away from Microsoft"
    ', reflecting ', ', signaling ', ', signalling ', ', underscoring ', ', highlighting ', ', marking ',
    // a second predicate of the same subject: "agreed to buy … from Oracle and has signed chip agreements with Nvidia"
    ' and has ', ' and have ', ' and had ', ' and will ', ' y ha ', ' y había ', ' e tem ', ' e já ', ' et a ', ' und hat ',
    ', mientras que ', ', mientras ', ' y otro ', ' y otra ', ', y ', ', pero ', ', aunque ',
    // a subordinate clause with its own subject: "El acuerdo con Meta llega días después de que CoreWeave ampliara su acuerdo con OpenAI"
    ' después de que ', ' antes de que ', ' depois que ', ' antes que ', ' après que ', ' avant que ', ' nachdem ',
    ', enquanto ', ' e outro ', ', e ', ', mas ',
    ', tandis que ', ', alors que ', ' et un autre ', ', et ', ', mais ',
    ', während ', ', wobei ', ' und ein weiteres ', ', und ', ', aber ',
  ]
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'gi',
);

/** The clause of a sentence that contains `pos`. */
export function clauseAt(text: string, s: Range, pos: number): Range {
  // Bounded around pos, so a 200 KB "sentence" costs the same as a normal one.
  const from = Math.max(s.start, pos - 400);
  let start = from;
  let end = Math.min(s.end, pos + 400);
  const part = text.slice(from, end);
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(part); m; m = CLAUSE.exec(part)) {
    const at = from + m.index;
    if (at + m[0].length <= pos) start = at + m[0].length;
    else if (at >= pos) {
      end = at;
      break;
    }
  }
  return { start, end };
}
