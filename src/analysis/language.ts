// Language detection for the languages the analyser reads (en, es, pt, fr, de):
// votes of function words over the first few hundred words, reusing the story's
// tokens. A few µs; franc-min would also work but weighs 80+ languages. Neighbours
// that share many of those words (Italian, Catalan, Dutch) vote too, so that their
// text is 'und' (universal forms only) rather than read with the wrong words.
import { tokenize, type Token } from './tokens.js';
import { internWord } from './word-ids.js';

export const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
type Voter = Language | 'it' | 'ca' | 'nl';
const VOTERS: Voter[] = [...LANGUAGES, 'it', 'ca', 'nl'];

const STOPWORDS: Record<Voter, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'said', 'its', 'on', 'was', 'has', 'have', 'will', 'from', 'by', 'which', 'would', 'it', 'an', 'this', 'be', 'are', 'after', 'shares', 'billion'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'en', 'con', 'por', 'para', 'una', 'su', 'sus', 'se', 'ha', 'según', 'más', 'millones', 'es', 'al', 'lo', 'como', 'este', 'esta', 'acuerdo', 'también', 'fue'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'com', 'para', 'uma', 'um', 'não', 'ao', 'pela', 'pelo', 'é', 'seu', 'sua', 'na', 'no', 'nos', 'nas', 'mais', 'milhões', 'também', 'foi', 'como'],
  fr: ['le', 'les', 'il', 'des', 'du', 'et', 'un', 'une', 'est', 'pour', 'avec', 'sur', 'dans', 'qui', 'au', 'aux', 'a', 'pas', 'ce', 'cette', 'son', 'ses', 'été', 'milliards', 'plus', 'selon', 'par'],
  de: ['der', 'die', 'das', 'und', 'den', 'dem', 'ist', 'mit', 'von', 'zu', 'für', 'auf', 'ein', 'eine', 'sich', 'im', 'des', 'nicht', 'auch', 'hat', 'wird', 'nach', 'bei', 'einer', 'um', 'Milliarden'],
  it: ['il', 'di', 'che', 'è', 'della', 'delle', 'degli', 'dello', 'nel', 'nella', 'alla', 'anche', 'gli', 'più', 'dei', 'sono', 'miliardi', 'milioni', 'questo', 'questa', 'dal', 'dalla', 'ed', 'non', 'accordo', 'secondo', 'stato', 'sua', 'suo'],
  ca: ['els', 'amb', 'és', 'dels', 'als', 'aquest', 'aquesta', 'milions', 'més', 'pel', 'també', 'però', 'seva', 'fins', 'segons', 'acord', 'va', 'hi'],
  nl: ['het', 'een', 'van', 'en', 'dat', 'zijn', 'met', 'voor', 'niet', 'op', 'ook', 'wordt', 'bij', 'naar', 'miljard', 'miljoen', 'deze', 'heeft', 'werd', 'aandelen'],
};

// Each word votes for every language that lists it; shared words ("de", "la", "a") are left out above.
// Indexed by word id: a bit per voter (a dense array read per token; every story is scanned).
const VOTES: number[] = [];
VOTERS.forEach((lang, v) => {
  for (const w of STOPWORDS[lang]) {
    const k = internWord(w.toLowerCase());
    while (VOTES.length <= k) VOTES.push(0);
    VOTES[k]! |= 1 << v;
  }
});
const bits = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};

const SAMPLE = 600;
/** Votes from which the text overrules a hint: a feed's <language> is often its site's default. */
const OVERRULE_VOTES = 12;

/**
 * The language of `text`. `hint` (the feed's or story's language) wins when it is one we
 * read, unless the text plainly says otherwise (an aggregator's feed marked "en" carrying a
 * Spanish story); a hint we do not read leaves the text to decide. Returns 'und' when
 * nothing votes (digits only, empty, other scripts) or another language wins.
 */
export function detectLanguage(text: string, hint?: string, tokens: Token[] = tokenize(text.slice(0, 8000))): Language | 'und' {
  const h = hint?.slice(0, 2).toLowerCase() as Language | undefined;
  const hinted = h !== undefined && (LANGUAGES as readonly string[]).includes(h);
  const score = new Float64Array(VOTERS.length);
  let total = 0;
  // The first few hundred words decide.
  for (let i = 0; i < tokens.length && i < SAMPLE; i++) {
    const mask = VOTES[tokens[i]!.id] ?? 0;
    if (mask === 0) continue;
    total++;
    const share = 1 / bits(mask);
    for (let v = 0; v < VOTERS.length; v++) if (mask & (1 << v)) score[v]! += share;
  }
  let b = 0;
  for (let v = 1; v < VOTERS.length; v++) if (score[v]! > score[b]!) b = v;
  const best = VOTERS[b]!;
  if (hinted && (total < OVERRULE_VOTES || score[VOTERS.indexOf(h)]! * 4 >= score[b]!)) return h;
  if (total < 2) return 'und';
  return (LANGUAGES as readonly string[]).includes(best) ? (best as Language) : 'und';
}
