// Word tokens of a text, computed once per story, and phrase sets matched over
// them with a hash lookup per token. Word lists are matched this way rather than
// with big regex alternations: a lookbehind-guarded alternation of 200 phrases
// costs a full alternation attempt at every character.

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Between two tokens of one phrase: spacing and light punctuation only ("chiffre d'affaires", "T-Aktie"). */
const JOIN = /^[\s\u00a0\u202f'’\-.&]{1,3}$/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() });
  return out;
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(toks: Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

export class PhraseSet {
  private readonly first = new Map<string, Entry[]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of new Set(phrases)) {
      const parts = tokenize(phrase).map((t) => t.lower);
      if (!parts.length) continue;
      const upper = /^\p{Lu}{2,3}$/u.test(phrase);
      const list = this.first.get(parts[0]!) ?? [];
      list.push({ parts, phrase, upper });
      list.sort((a, b) => b.parts.length - a.parts.length);
      this.first.set(parts[0]!, list);
    }
  }

  /** The phrase starting at token i, longest first. */
  private at(text: string, toks: Token[], i: number, endPos: number): { entry: Entry; last: number } | null {
    const list = this.first.get(toks[i]!.lower);
    if (!list) return null;
    for (const e of list) {
      const last = i + e.parts.length - 1;
      if (last >= toks.length || toks[last]!.end > endPos) continue;
      let ok = true;
      for (let k = 1; k < e.parts.length && ok; k++) {
        ok = toks[i + k]!.lower === e.parts[k] && JOIN.test(text.slice(toks[i + k - 1]!.end, toks[i + k]!.start));
      }
      if (ok && e.upper && text.slice(toks[i]!.start, toks[i]!.end) !== e.phrase) ok = false;
      if (ok) return { entry: e, last };
    }
    return null;
  }

  /** Matches inside [from, to), in order, at most `cap`. */
  all(text: string, toks: Token[], from: number, to: number, cap = Infinity): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let i = tokenAt(toks, from); i < toks.length && toks[i]!.end <= to && out.length < cap; i++) {
      const m = this.at(text, toks, i, to);
      if (!m) continue;
      out.push({ start: toks[i]!.start, end: toks[m.last]!.end, phrase: m.entry.phrase });
      i = m.last;
    }
    return out;
  }

  last(text: string, toks: Token[], from: number, to: number): PhraseMatch | null {
    const all = this.all(text, toks, from, to);
    return all[all.length - 1] ?? null;
  }

  has(text: string, toks: Token[], from: number, to: number): boolean {
    return this.all(text, toks, from, to, 1).length > 0;
  }

  count(text: string, toks: Token[], from: number, to: number, cap: number): number {
    return this.all(text, toks, from, to, cap).length;
  }
}
