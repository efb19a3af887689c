// Language detection restricted to the languages the analyser reads (en, es, pt,
// fr, de): votes of function words over the first few hundred words, reusing the
// story's tokens. A few µs; franc-min would also work but weighs 80+ languages.
import { tokenize, type Token } from './tokens.js';
import { internWord } from './word-ids.js';

export const LANGUAGES = ['en', 'es', 'pt', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const STOPWORDS: Record<Language, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'said', 'its', 'on', 'was', 'has', 'have', 'will', 'from', 'by', 'which', 'would', 'it', 'an', 'this', 'be', 'are', 'after', 'shares', 'billion'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'en', 'con', 'por', 'para', 'una', 'su', 'sus', 'se', 'ha', 'según', 'más', 'millones', 'es', 'al', 'lo', 'como', 'este', 'esta', 'acuerdo', 'también', 'fue'],
  pt: ['o', 'os', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'com', 'para', 'uma', 'um', 'não', 'ao', 'pela', 'pelo', 'é', 'seu', 'sua', 'na', 'no', 'nos', 'nas', 'mais', 'milhões', 'também', 'foi', 'como'],
  fr: ['le', 'les', 'des', 'du', 'et', 'un', 'une', 'est', 'pour', 'avec', 'sur', 'dans', 'qui', 'au', 'aux', 'a', 'pas', 'ce', 'cette', 'son', 'ses', 'été', 'milliards', 'plus', 'selon', 'par'],
  de: ['der', 'die', 'das', 'und', 'den', 'dem', 'ist', 'mit', 'von', 'zu', 'für', 'auf', 'ein', 'eine', 'sich', 'im', 'des', 'nicht', 'auch', 'hat', 'wird', 'nach', 'bei', 'einer', 'um', 'Milliarden'],
};

// Each word votes for every language that lists it; shared words ("de", "la", "a") are left out above.
// Indexed by word id.
const VOTES = new Map<number, Language[]>();
for (const lang of LANGUAGES) {
  for (const w of STOPWORDS[lang]) {
    const k = internWord(w.toLowerCase());
    VOTES.set(k, [...(VOTES.get(k) ?? []), lang]);
  }
}

const SAMPLE = 600;

/**
 * The language of `text`; `hint` (the feed's or story's language) wins when it is
 * one we read. Returns 'und' when nothing votes (digits only, empty, other scripts).
 */
export function detectLanguage(text: string, hint?: string, tokens: Token[] = tokenize(text.slice(0, 8000))): Language | 'und' {
  const h = hint?.slice(0, 2).toLowerCase();
  if (h && (LANGUAGES as readonly string[]).includes(h)) return h as Language;
  const score: Record<Language, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0 };
  let total = 0;
  // The first few hundred words decide.
  for (let i = 0; i < tokens.length && i < SAMPLE; i++) {
    const langs = VOTES.get(tokens[i]!.id);
    if (!langs) continue;
    total++;
    for (const l of langs) score[l] += 1 / langs.length;
  }
  if (total < 2) return 'und';
  let best: Language = 'en';
  for (const l of LANGUAGES) if (score[l] > score[best]) best = l;
  return best;
}
