// Word tokens of a text, computed once per story, and phrase sets matched over
// them with a hash lookup per token. Word lists are matched this way rather than
// with big regex alternations: a lookbehind-guarded alternation of 200 phrases
// costs a full alternation attempt at every character.

import { firstStartingAt } from './bisect.js';
import { asciiWordId, HASH_SEED, hashStep, internWord, wordId, wordOf } from './word-ids.js';

export interface Token {
  start: number;
  end: number;
  /** Id of the lower-cased word (see word-ids.ts); 0 when no word list holds it. */
  id: number;
}

// String methods called through these rather than as `text.charCodeAt(i)`: the functions below see
// strings of every representation (flat, concatenated, sliced, internalized; one- or two-byte), so
// a method looked up on the string goes megamorphic and costs a generic lookup per character.
const charCodeAt = String.prototype.charCodeAt;
const codePointAt = String.prototype.codePointAt;
const slice = String.prototype.slice;
const toLowerCase = String.prototype.toLowerCase;
const startsWith = String.prototype.startsWith;

/**
 * The lower-cased word of a token, for matchers over open vocabulary (compounds, n-grams) that ids do not cover.
 * A token with an id is a listed word: the id's word is the same string, with no slice or case mapping.
 */
export const lowerOf = (text: string, t: Token): string => (t.id !== 0 ? wordOf(t.id) : toLowerCase.call(slice.call(text, t.start, t.end)));

/** Between two tokens of one phrase: 1-3 characters of spacing and light punctuation ("chiffre d'affaires", "T-Aktie"). */
function isJoinChar(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x0a || c === 0x09 || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x26;
}

/** Checked without slicing: this runs for every candidate phrase of every story. */
export function joined(text: string, from: number, to: number, max = 3): boolean {
  if (to - from < 1 || to - from > max) return false;
  for (let i = from; i < to; i++) if (!isJoinChar(charCodeAt.call(text, i))) return false;
  return true;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Verdicts of WORD_CHAR for BMP characters: 0 unknown, 1 word, 2 not. */
const BMP_WORD = new Uint8Array(0x10000);

/**
 * Code units (1 or 2) of the letter or digit at i, 0 if none: the same as the old /[\p{L}\p{N}]+/u's
 * class, but BMP characters are cached, since this runs for every character of every story.
 */
function wordCharAt(text: string, i: number): number {
  const cp = codePointAt.call(text, i)!;
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  if (BMP_WORD[cp] === 0) BMP_WORD[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return BMP_WORD[cp] === 1 ? 1 : 0;
}

/** Lower case of each ASCII letter or digit, 0 for other ASCII characters (not part of a word). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = c;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = ASCII_WORD[c - 32] = c;

/**
 * Runs of letters and digits, scanned by hand (no match objects per token), each with its
 * word id. An ASCII word is hashed while it is scanned and looked up in place; a word
 * with other characters is sliced and lower-cased first (case mapping beyond ASCII may
 * change the length or depend on the context, as for a final sigma).
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let h = HASH_SEED;
    let ascii = true;
    while (i < n) {
      const c = charCodeAt.call(text, i);
      if (c < 128) {
        const l = ASCII_WORD[c]!;
        if (l === 0) break;
        h = hashStep(h, l);
        i++;
      } else {
        const w = wordCharAt(text, i);
        if (w === 0) break;
        ascii = false;
        i += w;
      }
    }
    if (i === start) {
      i++;
      continue;
    }
    out.push({ start, end: i, id: ascii ? asciiWordId(text, start, i, h, ASCII_WORD) : wordId(toLowerCase.call(slice.call(text, start, i))) });
  }
  return out;
}

/** The lower-cased words of a phrase. */
export function lowerWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => lowerOf(phrase, t));
}

/** The word ids of a listed phrase, registering its words. */
export const phraseWords = (phrase: string): number[] => lowerWords(phrase).map(internWord);

export interface PhraseMatch {
  start: number;
  end: number;
  /** The phrase as listed. */
  phrase: string;
}

interface Entry {
  /** Word ids. */
  parts: number[];
  phrase: string;
  /** Short acronyms ("AI", "KI", "DAX") must be written in capitals. */
  upper: boolean;
}

// Every PhraseSet registers its phrases in one table indexed by the id of their first word,
// so a story is scanned once for all sets together (one array read per token), on first
// use; window queries then binary-search each set's matches.
const SETS: PhraseSet[] = [];
const FIRST: ({ set: number; entries: Entry[] }[] | undefined)[] = [];
// The last two stories' matches: analysis is synchronous, so a story's queries come together
// (a WeakMap per story costs more in garbage collection than the scan itself).
const recent: { toks: Token[]; matches: (PhraseMatch[] | undefined)[] }[] = [];
const NONE: PhraseMatch[] = [];

/**
 * FIRST compiled into flat integer arrays (rebuilt after a PhraseSet is added), so that the scan
 * reads one contiguous array instead of following lists, entries and their word arrays:
 * AT[first word id] is the offset in CODE of that word's block (0: none). A block is its number of
 * sets, then per set: the set, the length of its entries, and its entries longest first, each as
 * its number of words, its index in PHRASES/UPPER, and the ids of its words after the first.
 */
let compiled: { at: Int32Array; code: Int32Array; phrases: string[]; upper: Uint8Array } | null = null;

function compile(): NonNullable<typeof compiled> {
  const code: number[] = [0];
  const phrases: string[] = [];
  const upper: number[] = [];
  const at = new Int32Array(FIRST.length);
  for (let id = 0; id < FIRST.length; id++) {
    const lists = FIRST[id];
    if (!lists) continue;
    at[id] = code.length;
    code.push(lists.length);
    for (const { set, entries } of lists) {
      code.push(set, 0);
      const lenAt = code.length - 1;
      for (const e of entries) {
        code.push(e.parts.length, phrases.length, ...e.parts.slice(1));
        phrases.push(e.phrase);
        upper.push(e.upper ? 1 : 0);
      }
      code[lenAt] = code.length - lenAt - 1;
    }
  }
  return { at, code: Int32Array.from(code), phrases, upper: Uint8Array.from(upper) };
}

/** The token is written exactly `word` (compared in place). */
const writtenAt = (text: string, t: Token, word: string): boolean => t.end - t.start === word.length && startsWith.call(text, word, t.start);

function scan(text: string, toks: Token[]): (PhraseMatch[] | undefined)[] {
  for (let r = 0; r < recent.length; r++) if (recent[r]!.toks === toks) return recent[r]!.matches;
  const { at, code, phrases, upper } = (compiled ??= compile());
  const out: (PhraseMatch[] | undefined)[] = new Array(SETS.length).fill(undefined);
  // Per set, the first token a new match may start at (a typed array: no holes, no undefined checks).
  const next = new Int32Array(SETS.length);
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    if (t.id >= at.length) continue;
    let o = at[t.id]!;
    if (o === 0) continue;
    const lists = code[o++]!;
    for (let l = 0; l < lists; l++) {
      const set = code[o]!;
      const end = o + 2 + code[o + 1]!;
      o += 2;
      if (next[set]! > i) {
        o = end;
        continue;
      }
      // The first (longest) entry matching at token i.
      let parts = 0;
      let phrase = -1;
      while (o < end) {
        const np = code[o]!;
        const e = code[o + 1]!;
        if (i + np - 1 < n) {
          let ok = true;
          for (let k = 1; k < np && ok; k++) {
            ok = toks[i + k]!.id === code[o + 1 + k] && joined(text, toks[i + k - 1]!.end, toks[i + k]!.start);
          }
          if (ok && upper[e] === 1 && !writtenAt(text, t, phrases[e]!)) ok = false;
          if (ok) {
            parts = np;
            phrase = e;
            break;
          }
        }
        o += np + 1;
      }
      o = end;
      if (phrase < 0) continue;
      const last = i + parts - 1;
      (out[set] ??= []).push({ start: t.start, end: toks[last]!.end, phrase: phrases[phrase]! });
      next[set] = last + 1;
    }
  }
  recent.unshift({ toks, matches: out });
  recent.length = Math.min(recent.length, 2);
  return out;
}

export class PhraseSet {
  private readonly id = SETS.length;
  // Bounds of the last range(), kept in fields so that a query allocates nothing.
  private lo = 0;
  private hi = 0;

  constructor(phrases: readonly string[]) {
    SETS.push(this);
    for (const phrase of new Set(phrases)) {
      const parts = phraseWords(phrase);
      if (!parts.length) continue;
      while (FIRST.length <= parts[0]!) FIRST.push(undefined); // dense: no dictionary-mode array
      const lists = (FIRST[parts[0]!] ??= []);
      let mine = lists.find((l) => l.set === this.id);
      if (!mine) {
        mine = { set: this.id, entries: [] };
        lists.push(mine);
      }
      mine.entries.push({ parts, phrase, upper: /^\p{Lu}{2,3}$/u.test(phrase) });
      mine.entries.sort((a, b) => b.parts.length - a.parts.length);
    }
    compiled = null;
    recent.length = 0;
  }

  /**
   * This set's matches, with [lo, hi) the indexes of those inside [from, to). Matches of one
   * set do not overlap, so starts and ends both increase: two binary searches.
   */
  private range(text: string, toks: Token[], from: number, to: number): PhraseMatch[] {
    const all = scan(text, toks)[this.id] ?? NONE;
    const lo = firstStartingAt(all, from);
    let a = lo;
    let b = all.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (all[mid]!.end <= to) a = mid + 1;
      else b = mid;
    }
    this.lo = lo;
    this.hi = Math.max(lo, a);
    return all;
  }

  /** Matches inside [from, to), in order. `toks` must be the tokens of `text`. */
  all(text: string, toks: Token[], from: number, to: number): PhraseMatch[] {
    return this.range(text, toks, from, to).slice(this.lo, this.hi);
  }

  last(text: string, toks: Token[], from: number, to: number): PhraseMatch | null {
    const all = this.range(text, toks, from, to);
    return this.hi > this.lo ? all[this.hi - 1]! : null;
  }

  has(text: string, toks: Token[], from: number, to: number): boolean {
    this.range(text, toks, from, to);
    return this.hi > this.lo;
  }

  count(text: string, toks: Token[], from: number, to: number, cap: number): number {
    this.range(text, toks, from, to);
    return Math.min(cap, this.hi - this.lo);
  }
}
