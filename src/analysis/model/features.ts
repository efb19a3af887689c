// What the trained classifier reads: the rule features of classify.ts (scaled to
// about [0, 1]) and the word unigrams and bigrams of title + text, plus the words
// of the headline on their own. Words are the analyser's tokens, lower-cased with
// accents kept, numbers folded to "0": no language-specific lists.
//
// Every feature has a name: "rule: deals", "gigawatts", "signed agreement",
// "title: results" (tokens hold neither spaces nor colons, so names cannot clash).
// Training reads every feature of a story by name; inference (model/classifier.ts)
// looks each token up once in the model's vocabulary.
import type { Doc } from '../doc.js';
import type { Features } from '../classify.js';
import { lowerOf } from '../tokens.js';

// Called through this: words come in every string representation (a method looked up on each goes megamorphic).
const charCodeAt = String.prototype.charCodeAt;

/** A token's word: its lower-cased text, every number folded to "0". */
export function word(lower: string): string {
  const c = charCodeAt.call(lower, 0);
  if (c < 48 || c > 57) return lower;
  for (let i = 1; i < lower.length; i++) {
    const d = charCodeAt.call(lower, i);
    if (d < 48 || d > 57) return lower;
  }
  return '0';
}

/** Value of every n-gram present: about 1 / sqrt(distinct n-grams), so long stories do not weigh more. */
export const ngramScale = (tokens: number): number => 1 / Math.sqrt(Math.max(20, 2 * tokens));
export const titleScale = (titleTokens: number): number => 1 / Math.sqrt(Math.max(4, titleTokens));

export const RULE_PREFIX = 'rule: ';
export const TITLE_PREFIX = 'title: ';

const NEGATIVE_NAMES = new Map<string, string>();
/** "rule: negative: <kind>", one string per kind (a name built per story would be hashed per lookup). */
function negativeName(kind: string): string {
  let n = NEGATIVE_NAMES.get(kind);
  if (n === undefined) {
    n = `${RULE_PREFIX}negative: ${kind}`;
    if (NEGATIVE_NAMES.size < 256) NEGATIVE_NAMES.set(kind, n);
  }
  return n;
}

/** The rule features, scaled to about [0, 1], by name (zeros left out). */
export function ruleFeatures(f: Features): [string, number][] {
  const out: [string, number][] = [];
  const put = (name: string, v: number) => {
    if (v) out.push([name, v]);
  };
  put('rule: deals', Math.min(f.deals, 3) / 3);
  put('rule: past deals', Math.min(f.pastDeals, 3) / 3);
  put('rule: news in lead', f.newsInLead ? 1 : 0);
  put('rule: deals naming compute', Math.min(f.computeObject, 2) / 2);
  put('rule: deals with two parties', Math.min(f.dealsWithTwoParties, 2) / 2);
  put('rule: deal terms', Math.min(f.dealWords, 10) / 10);
  put('rule: compute terms', Math.min(f.computeWords, 10) / 10);
  put('rule: no compute term', f.computeWords === 0 ? 1 : 0);
  put('rule: AI-compute companies', Math.min(f.aiCompanies, 4) / 4);
  put('rule: power figures', Math.min(f.power, 2) / 2);
  for (const k in f.negatives) put(negativeName(k), Math.min(f.negatives[k]!, 4) / 4);
  return out;
}

/** Number of tokens in the headline (tokens are in text order). */
export function titleTokens(doc: Doc): number {
  let n = 0;
  while (n < doc.tokens.length && doc.tokens[n]!.end <= doc.bodyStart) n++;
  return n;
}

/** Tokens the n-grams are read from: the headline and the first `lead` tokens of the body (0: all). */
export function tokensRead(doc: Doc, inTitle: number, lead: number): number {
  return lead > 0 ? Math.min(doc.tokens.length, inTitle + lead) : doc.tokens.length;
}

/**
 * Every feature of a story by name, with its value (presence: each n-gram counts once);
 * n-grams of the headline and the first `lead` tokens of the body (0: the whole story).
 */
export function featureVector(doc: Doc, f: Features, lead = 0): Map<string, number> {
  const x = new Map<string, number>(ruleFeatures(f));
  const toks = doc.tokens;
  const inTitle = titleTokens(doc);
  const n = tokensRead(doc, inTitle, lead);
  const s = ngramScale(n);
  const ts = titleScale(inTitle);
  let prev = '';
  for (let i = 0; i < n; i++) {
    const w = word(lowerOf(doc.text, toks[i]!));
    x.set(w, s);
    if (i > 0) x.set(`${prev} ${w}`, s);
    if (i < inTitle) x.set(TITLE_PREFIX + w, ts);
    prev = w;
  }
  return x;
}
