// Terms of agreements: "over seven years", "a seven-year, $38 billion deal", "15-year leases",
// "durante siete años", "por sete anos", "sur sept ans", "über sieben Jahre",
// "eine siebenjährige Laufzeit". Values in years (18 months = 1.5).
// Traps kept out: ages ("the 54-year-old", "der 61-jährige Chef"), past periods
// ("seven years ago", "hace siete años", "vor sieben Jahren", "over the past five years"),
// rates and price records ("10-year Treasury", "a 52-week high").
import type { Deal, Figure } from './types.js';
import { sentenceOf, type Doc } from './doc.js';
import type { Quantity } from './numbers.js';
import { alt } from './lexicon.js';
import { qualifierBefore } from './qualifiers.js';

const YEAR_UNITS = ['years', 'year', 'yrs', 'años', 'año', 'anos', 'ano', 'ans', 'années', 'année', 'Jahren', 'Jahre', 'Jahr'];
const MONTH_UNITS = ['months', 'month', 'meses', 'mes', 'mês', 'mois', 'Monaten', 'Monate', 'Monat'];
const UNIT = new RegExp(`^(?:[\\s\\u00a0]+|-)(${alt([...YEAR_UNITS, ...MONTH_UNITS])})(?![\\p{L}])`, 'iu');
const MONTHS = new Set(MONTH_UNITS.map((u) => u.toLowerCase()));

// Words right before the number that make it the length of something ahead, not behind.
const CUES = [
  'over', 'for', 'spanning', 'lasting', 'across', 'during', 'term of', 'period of', 'over the next', 'for the next', 'over the coming', 'over the following', 'in the next',
  'a', 'durante', 'por', 'en', 'a lo largo de', 'plazo de', 'periodo de', 'período de', 'contrato de', 'acuerdo de', 'arrendamiento de', 'alquiler de', 'en los próximos', 'durante los próximos', 'por los próximos', 'a lo largo de los próximos',
  'ao longo de', 'em', 'prazo de', 'acordo de', 'nos próximos', 'pelos próximos', 'durante os próximos', 'ao longo dos próximos',
  'sur', 'pendant', 'durée de', 'contrat de', 'bail de', 'accord de', 'sur les', 'au cours des', 'pour une durée de',
  'über', 'für', 'auf', 'Laufzeit von', 'Zeitraum von', 'in den nächsten', 'über die nächsten', 'für die nächsten', 'über einen Zeitraum von',
];
const QUALIFIERS = ['up to', 'more than', 'about', 'nearly', 'almost', 'roughly', 'hasta', 'más de', 'casi', 'unos', 'até', 'mais de', 'cerca de', "jusqu'à", 'plus de', 'près de', 'environ', 'bis zu', 'mehr als', 'rund', 'knapp', 'etwa'];
const CUE = new RegExp(`(?<![\\p{L}])(?:${alt(CUES)})(?:[\\s\\u00a0]+(?:${alt(QUALIFIERS)}))?[\\s\\u00a0]+$`, 'iu');
// "seven-year" is an adjective; these nouns after it make it an age, a bond or a price record.
const NOT_A_TERM = /^[\s\u00a0-]*(?:old|olds|high|highs|low|lows|treasury|treasuries|bonds?|notes?|yields?|gilts?|record|veteran|career|history|anniversary|average|mortgage)(?![\p{L}])/iu;
const GERMAN_COMPOUND = /(?<![\p{L}])(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|\d{1,2}-?)jährig(?:e[nmrs]?)?[\s\u00a0]+(?=(?:Vertrag|Vertrags|Verträge|Vereinbarung|Laufzeit|Miet|Liefer|Partnerschaft|Abkommen|Deal|Pakt|Kooperation|Abnahme|Leasing|Rahmen|Strombezug|Nutzung))/giu;
const GERMAN_NUMBERS: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30 };
// "seven years ago", "il y a sept ans": a time in the past, whatever word came before.
const PAST_AFTER = /^[\s\u00a0]+(?:ago|earlier|before|atrás|antes|auparavant)(?![\p{L}])/iu;
const PAST_BEFORE = /(?:il y a|il y a plus de|il y a près de)[\s\u00a0]+$/iu;
const SPANNING = /(?<![\p{L}])over[\s\u00a0]+$/iu;
const WINDOW = 48;

export function durations(text: string, qs: Quantity[]): Figure[] {
  const out: Figure[] = [];
  for (const q of qs) {
    if (q.scale !== 1 || q.value <= 0 || q.value > 99 || q.sign) continue;
    const m = UNIT.exec(text.slice(q.end, q.end + 12));
    if (!m) continue;
    const end = q.end + m[0].length;
    const adjective = m[0][0] === '-';
    const before = text.slice(Math.max(0, q.start - WINDOW), q.start);
    if (adjective ? NOT_A_TERM.test(text.slice(end, end + 14)) : !CUE.test(before) || PAST_BEFORE.test(before) || PAST_AFTER.test(text.slice(end, end + 12))) continue;
    const years = MONTHS.has(m[1]!.toLowerCase()) ? q.value / 12 : q.value;
    // "over seven years" spans seven years: "over" is not "more than" here.
    const qualifier = SPANNING.test(before) ? 'exact' : qualifierBefore(text, q.start);
    out.push({ value: Math.round(years * 100) / 100, qualifier, span: { start: q.start, end, text: text.slice(q.start, end) } });
  }
  if (text.includes('jährig')) {
    GERMAN_COMPOUND.lastIndex = 0;
    for (let m = GERMAN_COMPOUND.exec(text); m; m = GERMAN_COMPOUND.exec(text)) {
      const n = m[1]!.toLowerCase();
      const value = GERMAN_NUMBERS[n] ?? Number.parseInt(n, 10);
      const end = m.index + m[0].trimEnd().length;
      out.push({ value, qualifier: qualifierBefore(text, m.index), span: { start: m.index, end, text: text.slice(m.index, end) } });
    }
    out.sort((a, b) => a.span.start - b.span.start);
  }
  return out;
}

/** The term of each deal: the duration nearest to its amount in the same sentence. */
export function withTerms<T extends Deal>(doc: Doc, deals: T[], terms: Figure[]): T[] {
  if (!terms.length) return deals;
  return deals.map((d) => {
    const s = sentenceOf(doc, d.span.start);
    let best: Figure | undefined;
    for (const t of terms) {
      if (t.span.start < s.start || t.span.end > s.end) continue;
      if (!best || distance(t, d) < distance(best, d)) best = t;
    }
    return best ? { ...d, term_years: best.value } : d;
  });
}

const distance = (t: Figure, d: Deal) => Math.abs(t.span.start - d.span.start);
