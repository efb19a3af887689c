// Word tokens of a text, computed once per story, and phrase sets matched over
// them with a hash lookup per token. Word lists are matched this way rather than
// with big regex alternations: a lookbehind-guarded alternation of 200 phrases
// costs a full alternation attempt at every character.

import { firstStartingAt } from './bisect.js';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
}

/** Between two tokens of one phrase: 1-3 characters of spacing and light punctuation ("chiffre d'affaires", "T-Aktie"). */
const JOIN_CHARS = new Set([' ', '\u00a0', '\u202f', '\n', '\t', "'", '’', '-', '.', '&']);

/** Checked without slicing: this runs for every candidate phrase of every story. */
export function joined(text: string, from: number, to: number, max = 3): boolean {
  if (to - from < 1 || to - from > max) return false;
  for (let i = from; i < to; i++) if (!JOIN_CHARS.has(text[i]!)) return false;
  return true;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Verdicts of WORD_CHAR for BMP characters: 0 unknown, 1 word, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

/**
 * Code units (1 or 2) of the letter or digit at i, 0 if none: the same as the old /[\p{L}\p{N}]+/u's
 * class, but ASCII is decided by char code and other BMP characters are cached,
 * since this runs for every character of every story.
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const l = c | 32;
    return (c >= 48 && c <= 57) || (l >= 97 && l <= 122) ? 1 : 0;
  }
  const cp = text.codePointAt(i)!;
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  if (BMP_WORD[cp] === 0) BMP_WORD[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return BMP_WORD[cp] === 1 ? 1 : 0;
}

/** Runs of letters and digits, scanned by hand (no match objects per token). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < n ? wordCharAt(text, i) : 0;
    }
    out.push({ start, end: i, lower: text.slice(start, i).toLowerCase() });
  }
  return out;
}

export interface PhraseMatch {
  start: number;
  end: number;
  /** The phrase as listed. */
  phrase: string;
}

interface Entry {
  parts: string[];
  phrase: string;
  /** Short acronyms ("AI", "KI", "DAX") must be written in capitals. */
  upper: boolean;
}

// Every PhraseSet registers its phrases in one table keyed by first token, so a
// story is scanned once for all sets together (one hash lookup per token), on
// first use; window queries then binary-search each set's matches.
const SETS: PhraseSet[] = [];
const FIRST = new Map<string, { set: number; entries: Entry[] }[]>();
// The last two stories' matches: analysis is synchronous, so a story's queries come together
// (a WeakMap per story costs more in garbage collection than the scan itself).
const recent: { toks: Token[]; matches: (PhraseMatch[] | undefined)[] }[] = [];
const NONE: PhraseMatch[] = [];

/** The first (longest) entry matching at token i, or null. */
function matchAt(text: string, toks: Token[], i: number, entries: Entry[]): Entry | null {
  for (const e of entries) {
    const last = i + e.parts.length - 1;
    if (last >= toks.length) continue;
    let ok = true;
    for (let k = 1; k < e.parts.length && ok; k++) {
      ok = toks[i + k]!.lower === e.parts[k] && joined(text, toks[i + k - 1]!.end, toks[i + k]!.start);
    }
    if (ok && e.upper && text.slice(toks[i]!.start, toks[i]!.end) !== e.phrase) ok = false;
    if (ok) return e;
  }
  return null;
}

function scan(text: string, toks: Token[]): (PhraseMatch[] | undefined)[] {
  for (const r of recent) if (r.toks === toks) return r.matches;
  const out: (PhraseMatch[] | undefined)[] = [];
  // Per set, the first token a new match may start at (a typed array: no holes, no undefined checks).
  const next = new Int32Array(SETS.length);
  for (let i = 0; i < toks.length; i++) {
    const lists = FIRST.get(toks[i]!.lower);
    if (!lists) continue;
    for (const { set, entries } of lists) {
      if (next[set]! > i) continue;
      const e = matchAt(text, toks, i, entries);
      if (!e) continue;
      const last = i + e.parts.length - 1;
      (out[set] ??= []).push({ start: toks[i]!.start, end: toks[last]!.end, phrase: e.phrase });
      next[set] = last + 1;
    }
  }
  recent.unshift({ toks, matches: out });
  recent.length = Math.min(recent.length, 2);
  return out;
}

export class PhraseSet {
  private readonly id = SETS.length;

  constructor(phrases: readonly string[]) {
    SETS.push(this);
    for (const phrase of new Set(phrases)) {
      const parts = tokenize(phrase).map((t) => t.lower);
      if (!parts.length) continue;
      const lists = FIRST.get(parts[0]!) ?? [];
      let mine = lists.find((l) => l.set === this.id);
      if (!mine) {
        mine = { set: this.id, entries: [] };
        lists.push(mine);
      }
      mine.entries.push({ parts, phrase, upper: /^\p{Lu}{2,3}$/u.test(phrase) });
      mine.entries.sort((a, b) => b.parts.length - a.parts.length);
      FIRST.set(parts[0]!, lists);
    }
  }

  /**
   * Indexes [lo, hi) of this set's matches inside [from, to). Matches of one set do
   * not overlap, so starts and ends both increase: two binary searches, no allocation.
   */
  private range(text: string, toks: Token[], from: number, to: number): [PhraseMatch[], number, number] {
    const all = scan(text, toks)[this.id] ?? NONE;
    const lo = firstStartingAt(all, from);
    let a = lo;
    let b = all.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (all[mid]!.end <= to) a = mid + 1;
      else b = mid;
    }
    return [all, lo, Math.max(lo, a)];
  }

  /** Matches inside [from, to), in order. `toks` must be the tokens of `text`. */
  all(text: string, toks: Token[], from: number, to: number): PhraseMatch[] {
    const [all, lo, hi] = this.range(text, toks, from, to);
    return all.slice(lo, hi);
  }

  last(text: string, toks: Token[], from: number, to: number): PhraseMatch | null {
    const [all, lo, hi] = this.range(text, toks, from, to);
    return hi > lo ? all[hi - 1]! : null;
  }

  has(text: string, toks: Token[], from: number, to: number): boolean {
    const [, lo, hi] = this.range(text, toks, from, to);
    return hi > lo;
  }

  count(text: string, toks: Token[], from: number, to: number, cap: number): number {
    const [, lo, hi] = this.range(text, toks, from, to);
    return Math.min(cap, hi - lo);
  }
}
