// Money: a quantity with a currency symbol, code or word around it, in every
// language ("US$5.5 billion", "38.000 millones de dólares", "250 Mrd. US-Dollar",
// "£1.5 billion", "17,4 milliards de dollars"). Amounts written without a currency
// word ("300.000 millones") take the currency of the story. Values are converted to
// USD with the configured rates; the original amount and currency are kept.
import type { RatesConfig } from '../shared/config/index.js';
import { isVague, type Quantity } from './numbers.js';

export interface Money {
  start: number;
  end: number;
  amount: number;
  currency: string;
  amount_usd: number | null;
  /** No currency was written next to the figure; it comes from the context. */
  inferred: boolean;
  q: Quantity;
  /** Upper bound when written as a range ("$10-15 billion"). */
  high?: number;
  /** The same amount converted, in parentheses after another ("US$9.7 billion ($14.8 billion)"). */
  conversion: boolean;
}

const PREFIX = /(US\$|\$US|U\$S|u\$s|U\.S\.[\s\u00a0]?\$|USD|EUR|GBP|CHF|JPY|CAD|AUD|R\$|C\$|CA\$|A\$|AU\$|NZ\$|HK\$|S\$|\$|€|£|¥)[\s\u00a0\u202f]?$/u;
const PREFIX_CODE: Record<string, string> = {
  'US$': 'USD', $US: 'USD', U$S: 'USD', u$s: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', 'R$': 'BRL', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD',
};
// A story that writes "US$" and also names a local dollar ("A$", "Australian dollars") writes its own dollar
// as a bare "$" (Australian, Canadian, New Zealand outlets).
const LOCAL_DOLLAR: [RegExp, string][] = [
  [/(?<![\p{L}])(?:A\$|AU\$|AUD|Australian[\s\u00a0]+dollars?|dólares[\s\u00a0]+australianos|dollars[\s\u00a0]+australiens|australische[n]?[\s\u00a0]+Dollar)/u, 'AUD'],
  [/(?<![\p{L}])(?:C\$|CA\$|CAD|Canadian[\s\u00a0]+dollars?|dólares[\s\u00a0]+canadienses|dollars[\s\u00a0]+canadiens|kanadische[n]?[\s\u00a0]+Dollar)/u, 'CAD'],
  [/(?<![\p{L}])(?:NZ\$|NZD|New[\s\u00a0]+Zealand[\s\u00a0]+dollars?)/u, 'NZD'],
];
const US_DOLLAR = /US\$|\$US|U\.S\.[\s\u00a0]?\$|(?<![\p{L}])USD(?![\p{L}])|U\.?S\.?[\s\u00a0]+dollars?/u;

function localDollar(text: string): string | null {
  if (!US_DOLLAR.test(text)) return null;
  for (const [re, code] of LOCAL_DOLLAR) if (re.test(text)) return code;
  return null;
}
// After the number (and its scale): "de dólares", "d'euros", "US-Dollar", "of dollars", "$", "€".
const SUFFIX = /(?:-(?=(?:US-)?(?:Dollar|Euro)-)|[\s\u00a0\u202f]*(?:(?:de|d['’]|of|em|in)[\s\u00a0]*)?)((?:Australian|Canadian|New[\s\u00a0]Zealand)[\s\u00a0]+dollars?|dólares[\s\u00a0]+(?:australianos|canadienses)|dollars[\s\u00a0]+(?:australiens|canadiens)|dólares(?:[\s\u00a0]+estadounidenses)?|dolares|(?:U\.S\.[\s\u00a0]+|US[\s\u00a0]+)?dollars?(?:[\s\u00a0]+américains)?|US-Dollar|US[\s\u00a0]Dollar|Dollar|dólar|euros?|Euro|libras(?:[\s\u00a0]+esterlinas)?|pounds?(?:[\s\u00a0]+sterling)?|livres?(?:[\s\u00a0]+sterling)?|britischen[\s\u00a0]Pfund|Pfund|yenes|yens?|Yen|yuanes|yuans?|Yuan|reais|reales|francos[\s\u00a0]suizos|francs[\s\u00a0]suisses|Franken|USD|EUR|GBP|CHF|JPY|\$|€|£)(?![\p{L}])/uy;
const WORD_CODE: [RegExp, string][] = [
  [/^australian|australianos|australiens/i, 'AUD'],
  [/^canadian|canadienses|canadiens/i, 'CAD'],
  [/^new[\s\u00a0]zealand/i, 'NZD'],
  [/^(d[óo]lar|dollar|us)/i, 'USD'],
  [/^euro|^€|^eur/i, 'EUR'],
  [/^(libra|pound|livre|pfund|britischen|£|gbp)/i, 'GBP'],
  [/^(yen|¥|jpy)/i, 'JPY'],
  [/^yuan/i, 'CNY'],
  [/^(reais|reales)/i, 'BRL'],
  [/^(franc|franken|chf)/i, 'CHF'],
  [/^\$/, 'USD'],
  [/^usd/i, 'USD'],
];
// Between the two ends of a range: "$10-15 billion", "entre 66.000 y 72.000 millones".
const RANGE_JOIN = /^[\s\u00a0]*(?:-|–|to|a|y|e|et|and|und|bis)[\s\u00a0]*(?:US\$|\$|€|£)?$/u;
// "bis zu zehn beziehungsweise fünf Milliarden", "10 and 5 billion respectively": two amounts sharing one scale.
const PAIR_JOIN = /^[\s\u00a0]*(?:y|e|et|and|und|or|o|ou|oder|beziehungsweise|bzw\.|respectively)[\s\u00a0]*(?:US\$|\$|€|£)?$/u;
// "(about €14.8 billion)", "(cerca de 8,6 mil milhões de euros)": only approximation words before the converted amount;
// "(Option bis 19,4 Mrd. USD)" is a ceiling of the same deal, not a conversion.
const CONVERSION = /^[\s\u00a0]*\([\s\u00a0]*(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|equivalent to|or|aproximadamente|aprox\.?|cerca de|unos|unas|alrededor de|o sea|ou seja|equivalente a|equivalentes a|perto de|environ|soit|près de|l['’]équivalent de|rund|etwa|ca\.|circa|umgerechnet|gut|knapp|~|≈)[\s\u00a0]*)*(?:US\$|\$|€|£|R\$|¥|USD|EUR|GBP)?[\s\u00a0]*$/iu;
// A figure followed by these is not an amount of money but a count ("millones de usuarios").
const COUNT_AFTER = /^[\s\u00a0]+(?:(?:de|of|d['’]|em|da|do|des|du|der|von)[\s\u00a0]*\p{L}|(?:[\p{Ll}-]+[\s\u00a0]+){0,2}(?:Nutzer|Nutzern|Kunden|Menschen|Haushalte|Haushalten|Einwohner|Abonnenten|Aktien|Anteile|Tonnen|Barrel|Einheiten|Geräte|Besucher|Mitglieder|Stück)(?![\p{L}]))/iu;

export class MoneyReader {
  constructor(private readonly rates: RatesConfig) {}

  usd(amount: number, currency: string): number | null {
    const rate = currency === 'USD' ? 1 : this.rates.usd_per_unit[currency];
    return rate === undefined ? null : Math.round(amount * rate);
  }

  /** Money amounts among the quantities of `text`. */
  read(text: string, qs: Quantity[], lang: string): Money[] {
    const out: Money[] = [];
    const local = text.includes('$') ? localDollar(text) : null;
    // End of the last figure that counted things ("32,5 millones de títulos"): a bare figure right after it counts the same.
    let countEnd = -1;
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i]!;
      const next = qs[i + 1];
      // A number word only as the first of a pair sharing a scale ("zehn beziehungsweise fünf Milliarden").
      const pairedWord = q.word && q.scale === 1 && !!next && next.scale > 1 && PAIR_JOIN.test(text.slice(q.end, next.start));
      if (q.word && q.scale === 1 && !pairedWord) continue;
      // "mehrere zehn Milliarden", "plusieurs dizaines de milliards": a vague order of magnitude, not an amount.
      if (isVague(text, q)) continue;
      const pre = PREFIX.exec(text.slice(Math.max(0, q.start - 8), q.start));
      SUFFIX.lastIndex = q.end;
      const suf = SUFFIX.exec(text);
      let currency: string | null = null;
      let start = q.start;
      let end = q.end;
      if (pre) {
        currency = pre[1] === '$' && local ? local : PREFIX_CODE[pre[1]!.replace(/\s/g, '')] ?? (/^U\.S\./.test(pre[1]!) ? 'USD' : pre[1]!);
        start = q.start - pre[0].length;
      }
      if (suf) {
        // "$3 billion in Australian dollars": a named dollar after a bare "$" says which one.
        const named = codeOf(suf[1]!);
        if (!currency || (pre?.[1] === '$' && named !== 'USD' && /dollar|dólar/i.test(suf[1]!))) currency = named;
        end = q.end + suf[0].length;
      }
      // A range: the first figure borrows the scale and currency of the second.
      if (next && q.scale === 1 && next.scale > 1 && (pairedWord || (!q.word && RANGE_JOIN.test(text.slice(q.end, next.start))))) {
        // "hasta 10.000 y 5.000 millones, respectivamente": two amounts sharing one scale, not a range.
        if (q.value * next.scale >= next.value) {
          SUFFIX.lastIndex = next.end;
          const nsuf = SUFFIX.exec(text);
          const own = currency ?? (nsuf ? codeOf(nsuf[1]!) : null);
          if (own || (lang !== 'en' && !COUNT_AFTER.test(text.slice(next.end, next.end + 40)))) {
            out.push({ start, end, amount: q.value * next.scale, currency: own ?? '', amount_usd: null, inferred: !own, q, conversion: false });
          }
        }
        continue; // a true range is reported once, from its second figure, with the first as its low end
      }
      const prev = qs[i - 1];
      let low: number | undefined;
      if (prev && prev.scale === 1 && q.scale > 1 && !prev.word && prev.value * q.scale < q.value && RANGE_JOIN.test(text.slice(prev.end, q.start))) {
        low = prev.value * q.scale;
        const ppre = PREFIX.exec(text.slice(Math.max(0, prev.start - 8), prev.start));
        if (ppre) {
          currency ??= PREFIX_CODE[ppre[1]!.replace(/\s/g, '')] ?? null;
          start = prev.start - ppre[0].length;
        } else start = prev.start;
      }
      let inferred = false;
      if (!currency) {
        // Only a big scaled figure without a unit after it can be money in the story's currency.
        // English always writes the currency ("$38 billion"); other languages may leave it to the context.
        if (lang === 'en' || q.scale < 1e6 || q.word) continue;
        if (COUNT_AFTER.test(text.slice(q.end, q.end + 40))) {
          countEnd = q.end;
          continue;
        }
        // "otros 32,5 millones de títulos, hasta superar los 73 millones": the same unit, left out.
        if (countEnd >= 0 && q.start - countEnd < 80 && !/[.;]/.test(text.slice(countEnd, q.start))) continue;
        inferred = true;
        currency = '';
      }
      const amount = low !== undefined ? low : q.value;
      const prevMoney = out[out.length - 1];
      const conversion = !!prevMoney && start - prevMoney.end < 30 && CONVERSION.test(text.slice(prevMoney.end, start));
      out.push({ start, end, amount, currency, amount_usd: null, inferred, q, conversion, ...(low !== undefined ? { high: q.value } : {}) });
    }
    // Context currency, in linear passes: the same amount written elsewhere with its currency (a headline
    // repeating the body), else the last explicit currency before the figure, else the next one after it.
    // A conversion in parentheses is not the story's currency.
    const explicit = out.filter((m) => !m.inferred && !m.conversion);
    const byAmount = new Map(explicit.map((m) => [m.amount, m.currency]));
    const after: string[] = [];
    let next = mostCommon(explicit.map((m) => m.currency)) ?? 'USD';
    for (let i = out.length - 1; i >= 0; i--) {
      after[i] = next;
      if (!out[i]!.inferred && !out[i]!.conversion) next = out[i]!.currency;
    }
    let before: string | null = null;
    out.forEach((m, i) => {
      if (m.inferred) m.currency = byAmount.get(m.amount) ?? before ?? after[i]!;
      else if (!m.conversion) before = m.currency;
      m.amount_usd = this.usd(m.amount, m.currency);
    });
    return out;
  }
}

function codeOf(word: string): string {
  for (const [re, code] of WORD_CODE) if (re.test(word)) return code;
  return 'USD';
}

function mostCommon(xs: string[]): string | undefined {
  const n = new Map<string, number>();
  let best: string | undefined;
  for (const x of xs) {
    n.set(x, (n.get(x) ?? 0) + 1);
    if (!best || n.get(x)! > n.get(best)!) best = x;
  }
  return best;
}
