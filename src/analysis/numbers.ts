// Numbers as written in news text, in every convention the analyser reads:
// 38,000 / 38.000 / 38 000 (also U+00A0, U+202F) / 38’000, decimal comma or point,
// scale words and abbreviations per language with the long-scale traps
// (es billón, pt-PT bilião, fr billion, de Billion = 10^12; pt-BR bilhão = 10^9),
// "mil" = thousand, and number words before a scale or unit ("un millón", "one gigawatt").
import type { Language } from './language.js';
import type { Token } from './tokens.js';
import { internWord } from './word-ids.js';

export interface Quantity {
  start: number;
  end: number;
  /** Value with the scale applied. */
  value: number;
  /** Multiplier of the scale word (1 when none). */
  scale: number;
  /** The number was written as a word ("one", "cinco"). */
  word: boolean;
  /** A sign written right before the digits ("+4.2%"). */
  sign: '+' | '-' | null;
}

type Lang = Language | 'und';

const VAGUE_BEFORE = /(?<![\p{L}])(?:mehrere[nm]?|einige[nm]?|several|a few|varios|varias|vários|várias|plusieurs|quelques)[\s\u00a0]+$/iu;
/** "mehrere zehn Milliarden", "several hundred megawatts": a number word giving an order of magnitude, not a figure. */
export const isVague = (text: string, q: Quantity): boolean => q.word && VAGUE_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start));

// Called through this: strings come in every representation (a method looked up on each goes megamorphic).
const charCodeAt = String.prototype.charCodeAt;

// Digits with grouping/decimal separators. A plain space only groups when exactly
// three digits follow; the parser below validates the groups and may shorten the match.
// The left boundary (no letter, digit or separator before: "NVL72", "WSE-3") is checked in code: a leading
// lookbehind would be evaluated at every character of the text.
const DIGITS = /([+\-−]\s?)?(\d+(?:(?:[.,’'\u00a0\u202f]| (?=\d{3}(?!\d)))\d+)*)/g;
const WORDISH = /[\p{L}\p{N}_]/u;
/** WORDISH of a one-character string, its verdict cached by code unit (0 unknown, 1 yes, 2 no): a regex call per figure costs more. */
const WORDISH_AT = new Uint8Array(0x10000);
function wordish(c: string): boolean {
  const k = charCodeAt.call(c, 0);
  if (WORDISH_AT[k] === 0) WORDISH_AT[k] = WORDISH.test(c) ? 1 : 2;
  return WORDISH_AT[k] === 1;
}

// Number words per language: "dos" is two in Spanish but "of the" in Portuguese, "um" one in Portuguese but "around" in German.
const NUMBER_WORDS: Record<Language, Map<number, number>> = {
  en: words({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, an: 1, hundred: 100, dozen: 12, half: 0.5, first: 1 }),
  es: words({ un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, medio: 0.5, primer: 1, primero: 1 }),
  pt: words({ um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70, oitenta: 80, noventa: 90, cem: 100, meio: 0.5, primeiro: 1 }),
  fr: words({ un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, demi: 0.5, premier: 1 }),
  de: words({ ein: 1, eine: 1, einer: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, halb: 0.5, halbe: 0.5, halben: 0.5, halbes: 0.5, anderthalb: 1.5, eineinhalb: 1.5,
    zweieinhalb: 2.5, dreieinhalb: 3.5, viereinhalb: 4.5, fünfeinhalb: 5.5, sechseinhalb: 6.5, siebeneinhalb: 7.5, achteinhalb: 8.5, neuneinhalb: 9.5, zehneinhalb: 10.5, ersten: 1, erste: 1 }),
};
/** Without a known language, any language's number words count. */
const ANY_NUMBER_WORD = new Map(Object.values(NUMBER_WORDS).flatMap((m) => [...m]));
/** The maps as arrays indexed by word id (one array read per token rather than a hash lookup). */
const byId = (m: Map<number, number>): (number | undefined)[] => {
  const out: (number | undefined)[] = [];
  const max = Math.max(0, ...m.keys());
  for (let id = 0; id <= max; id++) out.push(m.get(id));
  return out;
};
const NUMBER_WORD_IDS = Object.fromEntries(Object.entries(NUMBER_WORDS).map(([l, m]) => [l, byId(m)])) as Record<Language, (number | undefined)[]>;
const ANY_NUMBER_WORD_IDS = byId(ANY_NUMBER_WORD);

/** Values by word id. */
function words(o: Record<string, number>): Map<number, number> {
  return new Map(Object.entries(o).map(([w, n]) => [internWord(w), n]));
}
// "cuatro y medio", "dois e meio", "quatre et demi", "four and a half": the number plus one half.
const AND_A_HALF = /^[\s\u00a0]+(?:y[\s\u00a0]+medio|e[\s\u00a0]+meio|et[\s\u00a0]+demi|and[\s\u00a0]+a[\s\u00a0]+half|und[\s\u00a0]+ein[\s\u00a0]+halb)(?![\p{L}])/u;
// A number word counts only when a word follows ("un millón", "one gigawatt"); callers check which word.
const WORD_AFTER = /^[\s\u00a0-]+\p{L}/u;

// Scale words, matched right after a number. Values that depend on the language are resolved in scaleOf().
// German joins a figure to its scale and currency with hyphens: "ein 45-Milliarden-Dollar-Deal".
const SCALE = /(?:-(?=(?:Milliarden?|Millionen|Million|Billionen)-)|[\s\u00a0\u202f]*)(mil[\s\u00a0]+millones|mil[\s\u00a0]+milh[õo]es|mil[\s\u00a0]+milliards|millones|millón|millon|milhões|milhão|milhoes|millions?|Millionen|Million|Mio\.?|mn|millardos?|milliards?|Milliarden|Milliarde|Mrd\.?|Mds?\b\.?|billions?|billones|billón|bilhões|bilhão|biliões|bilião|Billionen|Billion|trillions?|trilhões|trilhão|trillones|bn|tn|thousand|Tausend|Tsd\.?|mille|mil|[kKmMbBT]\b)(?![\p{L}])/uy;

/** Multiplier of a scale word in a language; 0 when the word is not a scale there. */
function scaleOf(raw: string, lang: Lang): number {
  const w = raw.replace(/[\s\u00a0]+/g, ' ');
  const l = w.toLowerCase();
  if (l.startsWith('mil ') ) return 1e9; // mil millones / mil milhões / mil milliards (fr: 10^12 — rare, treated as 10^9 trap-free below)
  if (/^(millones|millón|millon|milhões|milhão|milhoes|millions?|millionen|mio\.?|mn)$/.test(l) || w === 'M' || w === 'm') return 1e6;
  if (/^(millardos?|milliards?|milliarden|milliarde|mrd\.?|mds?\.?|bn|bilhões|bilhão)$/.test(l) || w === 'B' || w === 'b') return 1e9;
  if (/^(billones|billón|biliões|bilião|billionen|trillions?|trilhões|trilhão|tn)$/.test(l) || w === 'T') return 1e12;
  if (/^trillones$/.test(l)) return 1e18;
  if (l === 'billion' || l === 'billions') {
    // English "billion" is 10^9; in French and German (Billion) it is 10^12.
    return lang === 'fr' || lang === 'de' ? 1e12 : 1e9;
  }
  if (/^(thousand|tausend|tsd\.?|mille|mil)$/.test(l) || w === 'k' || w === 'K') return 1e3;
  return 0;
}

/**
 * Parse a digit string with separators into a number, following the conventions
 * of `lang`. Returns the value and how many characters of `s` belong to the number.
 */
export function parseDigits(s: string, lang: Lang): { value: number; length: number; ambiguousComma?: number } {
  // Digits only (most figures): no separator to read.
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = charCodeAt.call(s, i);
    plain = c >= 48 && c <= 57;
  }
  if (plain) return { value: Number(s), length: s.length };
  const parts = s.split(/[.,’'\u00a0\u202f ]/);
  const seps = s.replace(/\d/g, '');
  if (!seps) return { value: Number(s), length: s.length };
  const kinds = new Set(seps);
  const tail = parts.slice(1);
  const groupsOk = (ps: string[]) => ps.every((p) => p.length === 3);
  const first = parts[0]!;
  // A space-like separator only groups thousands (1-3 leading digits, groups of 3).
  const cut = () => {
    const i = s.search(/[.,’'\u00a0\u202f ]/);
    return { value: Number(s.slice(0, i)), length: i };
  };
  if (kinds.size > 1) {
    const last = seps[seps.length - 1]!;
    const dec = s.lastIndexOf(last);
    if ((last === '.' || last === ',') && seps.indexOf(last) === seps.length - 1) {
      const intPart = s.slice(0, dec);
      const ig = intPart.split(/[.,’'\u00a0\u202f ]/);
      if (ig[0]!.length <= 3 && groupsOk(ig.slice(1))) return { value: Number(ig.join('') + '.' + s.slice(dec + 1)), length: s.length };
    }
    return cut();
  }
  const sep = seps[0]!;
  if (first.length > 3 && sep !== '.' && sep !== ',') return cut();
  if (seps.length > 1) {
    if (first.length <= 3 && groupsOk(tail)) return { value: Number(parts.join('')), length: s.length };
    return cut();
  }
  const after = tail[0]!;
  if (sep !== '.' && sep !== ',') return after.length === 3 && first.length <= 3 ? { value: Number(first + after), length: s.length } : cut();
  // One '.' or ',': three digits after it is a thousands group except in the
  // language's decimal convention; anything else is a decimal mark.
  if (after.length !== 3 || first === '0' || first.length > 3) return { value: Number(`${first}.${after}`), length: s.length };
  const decimalSep = lang === 'en' || lang === 'und' ? '.' : ',';
  if (sep === decimalSep) {
    // Kept so the caller can read "38,000 millones" (Latin-American style) as 38 thousand millions.
    return { value: Number(`${first}.${after}`), length: s.length, ambiguousComma: sep === ',' ? Number(first + after) : undefined };
  }
  return { value: Number(first + after), length: s.length };
}

const GLUED_DOLLAR = /^(?:\$US|[uU]\$[sS])$/u;

/** All quantities of a text, in order. */
export function scanQuantities(text: string, lang: Lang, tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    let signText = m[1] ?? '';
    const digitsStart = m.index + signText.length;
    const before = text[m.index - 1] ?? ' ';
    // "10-15": a hyphen after a digit or letter is a dash, not a sign.
    if (signText && wordish(before)) signText = '';
    const prev = signText ? before : text[digitsStart - 1] ?? ' ';
    // ("$US100 billion", "u$s9.700 millones": Australian and Argentine outlets write the US dollar so, glued to the digits.)
    if ((wordish(prev) && !((prev === 'S' || prev === 's') && GLUED_DOLLAR.test(text.slice(Math.max(0, digitsStart - 3), digitsStart)))) || prev === '.' || prev === ',' || ((prev === '-' || prev === '‑') && /\p{L}/u.test(text[digitsStart - 2] ?? ''))) {
      DIGITS.lastIndex = digitsStart + m[2]!.length;
      continue;
    }
    if (m[2]!.length > 40) continue; // not a figure anyone wrote: skip long digit runs cheaply
    const parsed = parseDigits(m[2]!, lang);
    let value = parsed.value;
    const numEnd = digitsStart + parsed.length;
    DIGITS.lastIndex = numEnd;
    const sc = readScale(text, numEnd, lang, value);
    // Nobody writes 38.000 million with three decimals: "38,000 millones" groups thousands.
    if (sc?.scale === 1e6 && parsed.ambiguousComma !== undefined) value = parsed.ambiguousComma;
    if (sc) value *= sc.scale;
    out.push({
      start: signText ? m.index : digitsStart,
      end: sc ? sc.end : numEnd,
      value,
      scale: sc?.scale ?? 1,
      word: false,
      sign: signText ? (signText[0] === '+' ? '+' : '-') : null,
    });
  }
  const numberWords = lang === 'und' ? ANY_NUMBER_WORD_IDS : NUMBER_WORD_IDS[lang];
  let halfEnd = -1;
  for (const t of tokens) {
    const n = numberWords[t.id];
    if (n === undefined || t.start < halfEnd || !WORD_AFTER.test(text.slice(t.end, t.end + 4))) continue;
    const half = AND_A_HALF.exec(text.slice(t.end, t.end + 16));
    if (half && n >= 1 && n <= 20) {
      halfEnd = t.end + half[0].length;
      out.push({ start: t.start, end: halfEnd, value: n + 0.5, scale: 1, word: true, sign: null });
      continue;
    }
    const sc = readScale(text, t.end, lang, n);
    // A number word counts only before a scale ("un millón") or a unit the caller checks ("one gigawatt").
    out.push({ start: t.start, end: sc ? sc.end : t.end, value: sc ? n * sc.scale : n, scale: sc?.scale ?? 1, word: true, sign: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

function readScale(text: string, pos: number, lang: Lang, base: number): { scale: number; end: number } | null {
  SCALE.lastIndex = pos;
  const m = SCALE.exec(text);
  if (!m) return null;
  const raw = m[1]!;
  // Single letters ("$14m", "$10B") only right after the digits.
  if (raw.length === 1 && m[0].length !== 1) return null;
  // "mil" as a scale is Spanish/Portuguese; "mille" French; both need a small base ("50 mil").
  if ((raw === 'mil' && lang !== 'es' && lang !== 'pt' && lang !== 'und') || (raw === 'mille' && lang !== 'fr')) return null;
  const scale = scaleOf(raw, lang);
  if (!scale || base === 0) return null;
  return { scale, end: pos + m[0].length };
}
