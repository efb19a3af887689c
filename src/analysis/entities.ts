// Gazetteer matcher over config/entities.yaml: aliases, tickers and descriptors,
// matched on word (token) boundaries so "Meta" never fires in "metadata", "Arm"
// never in "army", "Iren" never in "Irene". One pass over the tokens of the text
// with a hash lookup per token; the longest alias starting at a token wins.
import type { CompanyConfig } from '../shared/config/index.js';

export interface Company {
  name: string;
  ticker: string | null;
  tickers: string[];
  kind: string | null;
}

export interface Mention {
  start: number;
  end: number;
  /** Companies the phrase can stand for; one unless a descriptor is shared. */
  companies: Company[];
  /** A descriptor ("the Redmond-based company") rather than a name. */
  descriptor: boolean;
  /** A ticker written alone ("AMZN +4.2%", "(NASDAQ: NVDA)"). */
  ticker: boolean;
}

interface Entry {
  /** Word ids. */
  tokens: number[];
  companies: Company[];
  /** Must match with this exact case (single-word names, configured aliases). */
  exact: string | null;
  descriptor: boolean;
  ticker: boolean;
  /** Word ids one of which must come right before (a descriptor without its article after "da", "del", "du"); null: any. */
  after: Set<number> | null;
}

import { joined, lowerWords, tokenize, type Token } from './tokens.js';
import { internWord } from './word-ids.js';
import { templatedDescriptors } from './descriptor-templates.js';

/**
 * The entries as a trie of word ids: a node holds the entries that end at it (in the order of the
 * configuration) and the nodes one word further. A match walks the words of the text once, however
 * many descriptors share their first words ("la empresa de …", "la empresa dirigida por …").
 */
interface TrieNode {
  ends: Entry[];
  next: Map<number, TrieNode>;
}
const newNode = (): TrieNode => ({ ends: [], next: new Map() });

/** A capitalised one-word name with capitals inside ("BlackRock", not "IREN" or "xAI"). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

export class Gazetteer {
  /** The trie's first level as an array indexed by word id (one array read per token rather than a hash lookup). */
  private readonly roots: (TrieNode | undefined)[] = [];
  readonly companies: Company[];

  constructor(config: CompanyConfig[]) {
    this.companies = config.map((c) => ({
      name: c.name,
      ticker: c.ticker ?? null,
      tickers: [...new Set([...(c.ticker ? [c.ticker] : []), ...(c.tickers ?? [])])],
      kind: c.kind ?? null,
    }));
    const byKey = new Map<string, Entry>();
    const add = (phrase: string, company: Company, opts: { exact: boolean; descriptor: boolean; ticker: boolean; after?: Set<number> }) => {
      const words = lowerWords(phrase);
      if (!words.length) return;
      const key = `${opts.exact ? phrase : words.join(' ')}|${opts.descriptor}|${opts.ticker}|${!!opts.after}`;
      const known = byKey.get(key);
      if (known) {
        if (!known.companies.includes(company)) known.companies.push(company);
        return;
      }
      const tokens = words.map(internWord);
      const entry: Entry = { tokens, companies: [company], exact: opts.exact ? phrase : null, descriptor: opts.descriptor, ticker: opts.ticker, after: opts.after ?? null };
      byKey.set(key, entry);
      while (this.roots.length <= tokens[0]!) this.roots.push(undefined); // dense: no dictionary-mode array
      let node = (this.roots[tokens[0]!] ??= newNode());
      for (const t of tokens.slice(1)) {
        let child = node.next.get(t);
        if (!child) node.next.set(t, (child = newNode()));
        node = child;
      }
      node.ends.push(entry);
    };
    config.forEach((c, i) => {
      const company = this.companies[i]!;
      const sensitive = new Set(c.case_sensitive ?? []);
      for (const alias of new Set([c.name, ...c.aliases])) {
        // A one-word name is matched as written (or in capitals), so common words stay words ("meta", "oracle").
        const single = tokenize(alias).length === 1;
        add(alias, company, { exact: sensitive.has(alias) || (single && alias !== alias.toLowerCase()), descriptor: false, ticker: false });
        if (single && !sensitive.has(alias) && alias !== alias.toUpperCase()) add(alias.toUpperCase(), company, { exact: true, descriptor: false, ticker: false });
        // "Blackrock", "Coreweave", "Softbank": inner capitals are often dropped.
        if (single && !sensitive.has(alias) && INNER_CAPITAL.test(alias)) add(alias[0] + alias.slice(1).toLowerCase(), company, { exact: true, descriptor: false, ticker: false });
      }
      for (const t of company.tickers) if (/^[A-Z0-9.]{2,}$/.test(t)) add(t, company, { exact: true, descriptor: false, ticker: true });
      for (const byLang of [c.descriptors ?? {}, templatedDescriptors(c.products ?? [], c.leaders ?? [])]) {
        for (const [lang, list] of Object.entries(byLang)) {
          for (const d of list) {
            for (const form of lang === 'de' ? germanCases(d) : [d]) add(form, company, { exact: false, descriptor: true, ticker: false });
            const bare = withoutArticle(lang, d);
            if (bare) add(bare, company, { exact: false, descriptor: true, ticker: false, after: CONTRACTED[lang] });
          }
        }
      }
    });
  }

  /** Every mention in `text`, in order, non-overlapping (longest first). */
  find(text: string, toks: Token[] = tokenize(text)): Mention[] {
    const out: Mention[] = [];
    for (let i = 0; i < toks.length; i++) {
      const id = toks[i]!.id;
      if (id === 0) continue;
      let node = this.roots[id];
      if (node === undefined) continue;
      // The longest entry that matches here: walk the words while they follow one another as in an alias.
      let best: Entry | null = null;
      let bestN = 0;
      for (let n = 1; ; n++) {
        const e = this.firstValid(node.ends, text, toks, i, n);
        if (e) {
          best = e;
          bestN = n;
        }
        const next = toks[i + n];
        // Between two tokens of one alias only spacing and light punctuation ("Amazon.com", "T-Aktie").
        if (!next || next.id === 0 || !joined(text, toks[i + n - 1]!.end, next.start, 2)) break;
        const child = node.next.get(next.id);
        if (!child) break;
        node = child;
      }
      if (!best) continue;
      out.push({ start: toks[i]!.start, end: toks[i + bestN - 1]!.end, companies: best.companies, descriptor: best.descriptor, ticker: best.ticker });
      i += bestN - 1;
    }
    return resolveShared(out);
  }

  /** The first entry of `ends` (n tokens from token i) whose case, context and preceding word fit. */
  private firstValid(ends: Entry[], text: string, toks: Token[], i: number, n: number): Entry | null {
    for (const e of ends) {
      const start = toks[i]!.start;
      const end = toks[i + n - 1]!.end;
      if (e.after !== null && !(i > 0 && e.after.has(toks[i - 1]!.id) && joined(text, toks[i - 1]!.end, toks[i]!.start, 2))) continue;
      if (e.exact !== null && !writtenAs(text, start, end, n, e.exact)) continue;
      // ("BE Semiconductor": a short ticker followed by a capitalised word is the start of another name.)
      if (e.ticker && (inCapsRun(text, toks, i, i + n - 1) || (end - start <= 3 && /^[\s\u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))))) continue;
      if (e.descriptor && n <= 2 && extended(text, end)) continue;
      return e;
    }
    return null;
  }
}

// A descriptor's article fused with a preposition: "da empresa comandada por Lisa Su", "à dona do ChatGPT",
// "del gigante de Redmond", "du géant de Mountain View". The descriptor is then matched from its noun.
const ARTICLE: Record<string, RegExp> = { pt: /^(?:a|o|as|os)[\s\u00a0]+/iu, es: /^(?:el)[\s\u00a0]+/iu, fr: /^(?:le|les)[\s\u00a0]+/iu };
const CONTRACTED: Record<string, Set<number>> = Object.fromEntries(Object.entries({
  pt: ['da', 'do', 'das', 'dos', 'à', 'ao', 'às', 'aos', 'na', 'no', 'nas', 'nos', 'pela', 'pelo', 'pelas', 'pelos'],
  es: ['del', 'al'],
  fr: ['du', 'au', 'des', 'aux'],
}).map(([lang, ws]) => [lang, new Set(ws.map(internWord))]));

function withoutArticle(lang: string, d: string): string | null {
  const m = ARTICLE[lang]?.exec(d);
  return m ? d.slice(m[0].length) : null;
}

/**
 * A German descriptor in the other cases of its article: "der Claude-Entwickler" is also "dem/den
 * Claude-Entwickler" ("an dem Claude-Entwickler"), "die Alphabet-Tochter" also "der Alphabet-Tochter";
 * an adjective in -e takes -en after dem/den/der ("dem weltgrößten Vermögensverwalter").
 */
function germanCases(d: string): string[] {
  const m = /^(der|die|das)[\s\u00a0]+(.+)$/iu.exec(d);
  if (!m) return [d];
  const rest = m[2]!;
  const weak = rest.replace(/(?<![\p{L}])(\p{Ll}[\p{L}-]*e)(?=[\s\u00a0])/gu, '$1n');
  const article = m[1]!.toLowerCase();
  const others = article === 'der' ? ['dem', 'den', 'des'] : article === 'das' ? ['dem', 'des'] : ['der'];
  return [d, ...others.map((a) => `${a} ${a === 'des' ? rest : weak}`)];
}

// Called through this: texts come in every string representation (a method looked up on each goes megamorphic).
const startsWith = String.prototype.startsWith;

/** The text of [start, end) (n tokens) is `exact`, spacing normalised. */
function writtenAs(text: string, start: number, end: number, n: number, exact: string): boolean {
  // One token holds no spacing: compare in place, without slicing (most exact aliases are one word).
  if (n === 1) return end - start === exact.length && startsWith.call(text, exact, start);
  return text.slice(start, end).replace(/[\s\u00a0]+/g, ' ') === exact;
}

// "l'État de Louisiane", "le gouvernement américain", "the state of Texas": a bare noun descriptor
// ("l'État", "le gouvernement") followed by a complement or a postposed adjective names something else.
const COMPLEMENT = /^(?:-|[\s\u00a0]+(?:de|du|des|d['’]|of|del|do|da|von|der)(?![\p{L}])|[\s\u00a0]+\p{Ll}+(?:ain|aine|ais|aise|ien|ienne|and|ande|ol|ole|al|ale|aux|ique|ois|oise|éen|éenne|ite|ati|ais|ral|rale)(?![\p{L}]))/u;
function extended(text: string, end: number): boolean {
  return COMPLEMENT.test(text.slice(end, end + 24));
}

const CAPS_WORD = /^[A-ZÀ-Þ]{2,}$/;

/** A ticker inside a run of capitals ("SAN FRANCISCO, Nov 3 -") is a word of a dateline or heading, not the ticker. */
function inCapsRun(text: string, toks: Token[], first: number, last: number): boolean {
  const prev = toks[first - 1];
  const next = toks[last + 1];
  const spaceOnly = (a: number, b: number) => /^[ \t\u00a0]+$/.test(text.slice(a, b));
  return (
    (!!prev && spaceOnly(prev.end, toks[first]!.start) && CAPS_WORD.test(text.slice(prev.start, prev.end))) ||
    (!!next && spaceOnly(toks[last]!.end, next.start) && CAPS_WORD.test(text.slice(next.start, next.end)))
  );
}

/** A descriptor shared by several companies stands for the one mentioned last before it (or first after). */
function resolveShared(ms: Mention[]): Mention[] {
  return ms.map((m, i) => {
    if (m.companies.length < 2) return m;
    for (let j = i - 1; j >= 0; j--) {
      const c = ms[j]!.companies.length === 1 ? ms[j]!.companies[0]! : null;
      if (c && m.companies.includes(c)) return { ...m, companies: [c] };
    }
    for (let j = i + 1; j < ms.length; j++) {
      const c = ms[j]!.companies.length === 1 ? ms[j]!.companies[0]! : null;
      if (c && m.companies.includes(c)) return { ...m, companies: [c] };
    }
    return { ...m, companies: [m.companies[0]!] };
  });
}
