// Which amounts are deal values and which companies are party to each: the
// clause around the figure decides. An amount is a deal when a deal word is nearer
// to it than any word that makes it something else (revenue, valuation, backlog,
// capex, a total); a spending pledge needs a named partner; a list of several
// counterparties makes a total; the parties are the companies of its clause.
import type { Deal } from './types.js';
import type { Company, Mention } from './entities.js';
import type { Money } from './money.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { clauseAt, type Range } from './sentences.js';
import { qualifierBefore } from './qualifiers.js';
import type { PhraseMatch, PhraseSet } from './tokens.js';
import {
  DEAL, DEAL_OFF, GUARANTEE, LIST_INTRO, NOT_DEAL, NOT_DEAL_AFTER, PARTNER, PLEDGE, PURCHASE, RELATION_BEFORE, TOTAL, TOTAL_OF_ONE,
  UNNAMED, VALUATION, VALUE,
} from './deal-words.js';

/** Smaller figures are prices, fees or costs, not AI-compute deals. */
const MIN_USD = 50e6;
/** No single compute agreement reaches a trillion dollars; such figures are programme totals. */
const MAX_USD = 1e12;
/** How far back in its sentence the words about a figure are read. */
const LEFT = 400;
/** Stories with more amounts than this are not news; the rest is ignored to bound the cost. */
const MAX_AMOUNTS = 200;
// "Nvidia GB300 chips", "Nvidia AI chips", "Nvidia's next-generation AI chips": a product, named by its vendor.
const PRODUCT_AFTER = /^[\s\u00a0'’s-]*(?:(?:\p{Lu}[\p{L}\d-]*|[\p{L}\d]+-[\p{L}\d-]+)[\s\u00a0]+){0,2}(?:partners|suppliers|resellers|ecosystem|socios|parceiros|partenaires|Partner|GPUs?|Chips|Processors|Accelerators|Servers|chips?|processors?|accelerators?|systems?|servers?|hardware|Grafikprozessoren|GPU|puces|processadores|procesadores|[A-Z]{1,3}\d{2,3}|Blackwell|Hopper|Rubin|Grace|Instinct|TPUs?)(?![\p{L}])/u;
const CHIP_BEFORE = /(?:GPUs?|chips?|processors?|procesadores|processadores|puces)[\s\u00a0]+(?:de|da|do|of)?[\s\u00a0]*$/iu;
const COMPANY_NOUN = /(?<![\p{L}])(?:company|firm|start-?up|group|it|compañía|empresa|grupo|companhia|société|groupe|entreprise|jeune pousse|Unternehmen|Konzern)(?![\p{L}])/iu;
// Words between a figure and a company named after it that make the company background ("... two months after its deal with Microsoft").
const AFTER_BACKGROUND = /(?<![\p{L}])(?:after|before|since|than|such as|like|outside|other than|besides|beyond|apart from|après|avant|depuis|que|en dehors de|hors de|tras|antes|desde|como|fuera de|además de|após|além de|fora de|nach|vor|seit|als|wie|außer|neben)(?![\p{L}])/iu;
// "invertirá hasta 100.000 millones en la empresa respaldada por Microsoft": invested in a company named before.
const INVEST_IN_COMPANY = /(?<![\p{L}])(?:in|into|en|em|na|no|dans|in)[\s\u00a0]+(?:the|la|el|a|o|le|l['’]|die|das|dem)[\s\u00a0]*(?:company|startup|start-up|firm|empresa|compañía|companhia|société|entreprise|jeune pousse|Unternehmen|Firma)(?![\p{L}])/iu;
// "an investment of $40 billion in the purchase of 400,000 Nvidia GB200 GPUs": spending on chips is a purchase from their vendor.
const BUY_CHIPS = /(?:purchase|acquisition|aquisição|adquisición|compra|achat|Kauf|Erwerb)[\s\u00a0]+(?:of|de|da|do|von|d['’])?[^.;]{0,50}?(?:GPUs?|chips?|processadores|procesadores|processors|puces|Chips|Grafikprozessoren)(?![\p{L}])/iu;
// "rose 77.6% in the quarter to $19 billion": the new level of a reported metric, not a deal.
const METRIC_LEVEL = /\d[\s\u00a0]?(?:%|percent|per cent|por ciento|por cento|pour cent|Prozent)[^.;%]{0,40}?(?<![\p{L}])(?:to|a|à|auf|para|hasta|até)[\s\u00a0]+(?:about|around|nearly|roughly|unos|cerca de|environ|rund|près de)?[\s\u00a0]*(?:US\$|\$|€|£)?[\s\u00a0]*$/iu;
const CONVERSION = /^[\s\u00a0]*\([^()]{0,30}$/u;
const REVENUE_AFTER = /revenue|ingresos|receita|Umsatz|chiffre/iu;
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivamente|respectivement|beziehungsweise|bzw\.)/iu;

export interface DealCandidate extends Deal {
  /** Why it was kept, for the classifier's reasons. */
  cue: string;
}

const last = (doc: Doc, set: PhraseSet, from: number, to: number): PhraseMatch | null => set.last(doc.text, doc.tokens, from, to);
const has = (doc: Doc, set: PhraseSet, from: number, to: number): boolean => set.has(doc.text, doc.tokens, from, to);

export function deals(doc: Doc): DealCandidate[] {
  const { text } = doc;
  const out: DealCandidate[] = [];
  const seen = new Set<string>();
  // Body first: labels and quotes come from the text; a title figure repeats one.
  const order = doc.money.slice(0, MAX_AMOUNTS).sort((a, b) => Number(a.start < doc.bodyStart) - Number(b.start < doc.bodyStart) || a.start - b.start);
  let prevParties: Company[] = [];
  for (const m of order) {
    const usd = m.amount_usd ?? m.amount;
    if (usd < MIN_USD || usd >= MAX_USD) continue;
    if (isConversion(doc, m) || METRIC_LEVEL.test(text.slice(Math.max(0, m.start - 70), m.start))) continue;
    const s = sentenceOf(doc, m.start);
    const from = Math.max(s.start, m.start - LEFT);
    if (NOT_DEAL_AFTER.test(text.slice(m.end, m.end + 40))) {
      // "... expected to generate about $3.7 billion in revenue": a contract's revenue is its value.
      if (!REVENUE_AFTER.test(text.slice(m.end, m.end + 30)) || !has(doc, DEAL, from, m.start)) continue;
    }
    const clause = clauseAt(text, s, m.start);
    const dealAt = dealWordBefore(doc, m, from, clause);
    if (dealAt === null) continue;
    if (has(doc, DEAL_OFF, s.start, s.end)) continue;
    const near = text.slice(Math.max(clause.start, m.start - 120), m.start);
    if (TOTAL.has(text, doc.tokens, Math.max(clause.start, m.start - 120), m.start) && !TOTAL_OF_ONE.test(near)) continue;
    // A spending pledge needs a named partner ("invest $50 billion ... with Fluidstack", "... en la empresa").
    const pledge = last(doc, PLEDGE, Math.max(s.start, m.start - 80), m.start);
    if (dealAt < 0 && !pledge && !has(doc, DEAL, m.end, clause.end)) continue;
    if (pledge && !hasPartner(doc, pledge.end, clause.end)) continue;
    if (m.inferred && dealAt < 0) continue;
    // "contracts worth $1.4tn with companies such as Nvidia, Broadcom, Oracle or Google": a list of counterparties after the figure.
    const list = LIST_INTRO.last(text, doc.tokens, m.end, clause.end);
    if (list && new Set(mentionsIn(doc, list.end, clause.end).map(company)).size >= 3) continue;
    const ps = partiesOf(doc, m, clause, s);
    // No company near the figure: the deal just reported, else the one the story is about.
    if (!ps.length) ps.push(...(prevParties.length ? prevParties : doc.protagonists.slice(0, 2)));
    if (ps.length === 1 && !has(doc, UNNAMED, s.start, s.end)) {
      // The other side of the deal just reported with this party, else who the story is about.
      const other = (prevParties.includes(ps[0]!) ? prevParties.find((c) => c !== ps[0]) : undefined) ?? doc.protagonists.find((c) => c !== ps[0]);
      if (other) ps.push(other);
    }
    // A guarantor backs a lease between two others: all three are parties.
    if (has(doc, GUARANTEE, clause.start, m.start)) for (const c of doc.protagonists) if (!ps.includes(c) && ps.length < 3) ps.push(c);
    if (!ps.length) continue;
    const key = `${m.currency}|${m.amount}`;
    if (seen.has(key)) continue;
    seen.add(key);
    prevParties = ps;
    out.push({
      parties: ps.map((c) => c.name),
      amount_usd: m.high !== undefined ? (m.amount_usd === null ? null : Math.round((m.amount_usd * m.high) / m.amount)) : m.amount_usd,
      amount: m.high ?? m.amount,
      currency: m.currency,
      qualifier: m.high !== undefined ? 'up_to' : qualifierBefore(text, m.start),
      span: { start: m.start, end: m.end, text: text.slice(m.start, m.end) },
      cue: dealAt >= 0 ? (last(doc, DEAL, from, m.start)?.phrase ?? 'value') : 'pledge',
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** "10 mil milhões de dólares (cerca de 8,6 mil milhões de euros)": the same deal converted. */
function isConversion(doc: Doc, m: Money): boolean {
  const i = doc.money.indexOf(m);
  const prev = i > 0 ? doc.money[i - 1] : undefined;
  return !!prev && m.start - prev.end < 30 && CONVERSION.test(doc.text.slice(prev.end, m.start));
}

/**
 * End of the deal word that governs the figure, -1 when there is none, null when a
 * word that makes the figure something else (revenue, valuation...) is nearer.
 */
function dealWordBefore(doc: Doc, m: Money, from: number, clause: Range): number | null {
  const not = last(doc, NOT_DEAL, from, m.start);
  const deal = last(doc, DEAL, from, m.start);
  // "valorada en" after "operación", or with no company named before it, values the deal, not a company.
  const valuesDeal = !!not && VALUATION.test(not.phrase) && (has(doc, DEAL, not.start - 60, not.start)
    || !(mentionsIn(doc, clause.start, not.start).length || COMPANY_NOUN.test(doc.text.slice(clause.start, not.start))));
  // A deal phrase that contains the other word ("contract revenue") wins over it.
  const inside = !!not && !!deal && deal.start < not.start && deal.end >= not.end;
  // "worth", "por valor de", "le montant": a value, of a deal unless something else is named right before.
  const value = last(doc, VALUE, from, m.start);
  const valueOwn = value && !(not && not.end <= value.start && value.start - not.end <= 20) ? value.end : -1;
  const dealAt = Math.max(deal?.end ?? -1, valueOwn);
  if (not && not.end >= dealAt && !valuesDeal && !inside) return null;
  return dealAt;
}

/** A company introduced by "with / en / con / avec / mit" after the pledge verb. */
function hasPartner(doc: Doc, from: number, clauseEnd: number): boolean {
  const rest = doc.text.slice(from, clauseEnd);
  return INVEST_IN_COMPANY.test(rest) || BUY_CHIPS.test(rest)
    || mentionsIn(doc, from, clauseEnd).some((x) => PARTNER.test(doc.text.slice(Math.max(from, x.start - 40), x.start)));
}

/** A vendor named for its products ("access to Nvidia GB300 chips") is not a party, unless they are bought from it. */
function isProductMention(doc: Doc, x: Mention): boolean {
  const before = doc.text.slice(Math.max(0, x.start - 24), x.start);
  if (PURCHASE.test(before)) return false;
  return PRODUCT_AFTER.test(doc.text.slice(x.end, x.end + 48)) || CHIP_BEFORE.test(before);
}

function partiesOf(doc: Doc, m: Money, clause: Range, s: Range): Company[] {
  const ok = (x: Mention, from: number) => !isProductMention(doc, x)
    && !RELATION_BEFORE.test(doc.text.slice(Math.max(from, x.start - 60), x.start))
    && !(x.start >= m.end && AFTER_BACKGROUND.test(doc.text.slice(m.end, x.start)));
  let ms = mentionsIn(doc, clause.start, clause.end).filter((x) => ok(x, clause.start));
  if (!ms.length) {
    // The clause's subject is elided: the sentence's subject if it opens the sentence, else who the story is about.
    const inSentence = mentionsIn(doc, s.start, s.end).filter((x) => ok(x, s.start));
    if (inSentence.length) {
      const opener = inSentence[0]!;
      return /^[\s\p{P}]*(?:\p{L}+[\s\u00a0]+){0,2}$/u.test(doc.text.slice(s.start, opener.start)) ? [company(opener)] : doc.protagonists.slice(0, 1);
    }
    // "That contract is worth roughly $3 billion": the companies of the sentence before.
    const prev = sentenceOf(doc, s.start - 1);
    if (prev.start < s.start) ms = mentionsIn(doc, prev.start, prev.end).filter((x) => ok(x, prev.start));
  }
  const companies = uniq(ms.map(company));
  const resp = respectively(doc, m, ms, clause.end, s.end);
  if (resp) return resp;
  if (companies.length <= 3) return companies;
  // Too many: the company right before the figure ("Cipher Mining's $5.5 billion lease with AWS") and the first after it.
  const before = ms.filter((x) => x.end <= m.start);
  const after = ms.find((x) => x.start >= m.end);
  return uniq([...(before.length ? [company(before[before.length - 1]!)] : []), ...(after ? [company(after)] : [])]);
}

/** "Nvidia and Microsoft will invest up to $10 billion and up to $5 billion respectively in Anthropic". */
function respectively(doc: Doc, m: Money, ms: Mention[], cEnd: number, sEnd: number): Company[] | null {
  if (!RESPECTIVELY.test(doc.text.slice(m.end, Math.min(sEnd, m.end + 200)))) return null;
  const amounts = doc.money.filter((x) => x.start >= (ms[0]?.start ?? m.start) && x.end <= cEnd);
  const first = amounts[0];
  const lastAmount = amounts[amounts.length - 1];
  if (!first || !lastAmount) return null;
  const subjects = uniq(ms.filter((x) => x.end <= first.start).map(company));
  const objects = uniq(ms.filter((x) => x.start >= lastAmount.end).map(company));
  const i = amounts.indexOf(m);
  if (subjects.length !== amounts.length || i < 0) return null;
  return uniq([subjects[i]!, ...objects]);
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
