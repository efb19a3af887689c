// Qualifier words in front of a figure, in every language: "up to", "hasta",
// "jusqu'à", "bis zu"; "about", "unos", "environ", "rund", "knapp"; "more than",
// "más de", "plus de", "mehr als", "gut"; "less than", "menos de", "weniger als".
import type { Qualifier } from './types.js';
import { alt } from './lexicon.js';

const UP_TO = ['up to', 'as much as', 'as many as', 'a maximum of', 'un maximum de', "d'un maximum de", 'un máximo de', 'no máximo', 'allant jusqu\'à', 'hasta', 'de hasta', 'até', 'de até', "jusqu'à", "jusqu'a", 'bis zu', 'maximal', 'could reach', 'podrá alcanzar', 'podrán alcanzar', 'podría alcanzar', 'pourra atteindre', 'pourra aller jusqu’à', 'pouvant atteindre'];
const ABOUT = [
  'about', 'roughly', 'around', 'approximately', 'some', 'nearly', 'almost', 'close to', 'an estimated', 'approx.', 'circa', 'just under', 'just shy of',
  'unos', 'unas', 'alrededor de', 'alrededor del', 'cerca de', 'cerca del', 'casi', 'aproximadamente', 'en torno a', 'en torno al', 'cercana al', 'cercano al', 'rondaba', 'ronda', 'rondan', 'valor aproximado de', 'un valor aproximado de',
  'por volta de', 'perto de', 'quase', 'aproximadamente', 'cerca',
  'environ', 'près de', 'presque', 'quelque', 'autour de', 'approximativement', 'de près de', 'quasiment',
  'rund', 'etwa', 'knapp', 'ungefähr', 'circa', 'ca.', 'fast', 'annähernd', 'gut und gerne',
];
const MORE = [
  'more than', 'over', 'above', 'at least', 'in excess of', 'upwards of', 'north of', 'exceeds', 'exceeding',
  'más de', 'más del', 'superiores al', 'superior al', 'superiores a', 'superior a', 'mas de', 'al menos', 'por encima de', 'superior a', 'superar los', 'superar las', 'supera los', 'superó los', 'bastante más de',
  'mais de', 'acima de', 'pelo menos', 'mais do que',
  'plus de', 'au moins', 'au-delà de', 'supérieur à', 'plus du',
  'mehr als', 'gut', 'mindestens', 'knapp über', 'um über', 'um mehr als',
];
const LESS = ['inferiores al', 'inferior al', 'less than', 'under', 'below', 'fewer than', 'menos de', 'menos del', 'inferior a', 'moins de', 'weniger als', 'unter', 'knapp unter'];

// Articles and currency prefixes that may sit between the qualifier and the digits ("más de un 4 %", "about US$5.5").
const FILLER = "(?:(?:un|una|uno|um|uma|el|la|los|las|del|de|d'|d’|les|le|a|an|the|o|os|as|do|da|ein|eine|einen|um)[\\s\\u00a0]+)?(?:US\\$|U\\.S\\.\\$|R\\$|[$€£¥])?[\\s\\u00a0]*";
const build = (list: string[]) => new RegExp(`(?<![\\p{L}])(?:${alt(list)})[\\s\\u00a0]+${FILLER}$`, 'iu');
const RULES: [RegExp, Qualifier][] = [
  [build(UP_TO), 'up_to'],
  [build(LESS), 'less_than'],
  [build(MORE), 'more_than'],
  [build(ABOUT), 'about'],
];
// Any of the four: a figure with no qualifier before it (most) is told by one regex rather than four.
const ANY = build([...UP_TO, ...LESS, ...MORE, ...ABOUT]);
const WINDOW = 40;

/** The qualifier written just before position `start` (the first character of the figure). */
export function qualifierBefore(text: string, start: number): Qualifier {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  if (!ANY.test(before)) return 'exact';
  for (const [re, q] of RULES) if (re.test(before)) return q;
  return 'exact';
}
