// Which amounts are deal values and which companies are party to each: the
// clause around the figure decides. An amount is a deal when a deal word is nearer
// to it than any word that makes it something else (revenue, valuation, backlog,
// capex, a total); a spending pledge needs a named partner; a list of several
// counterparties makes a total; the parties are the companies of its clause.
import type { Deal } from './types.js';
import type { Company, Mention } from './entities.js';
import type { Money } from './money.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { clauseAt } from './sentences.js';
import { qualifierBefore } from './qualifiers.js';
import { hardware } from './hardware.js';
import {
  DEAL, DENIED, GUARANTEE, LIST_INTRO, NOT_DEAL, NOT_DEAL_AFTER, PARTNER, PLEDGE, PURCHASE, TOTAL, UNNAMED, VALUATION, VALUE, RELATION_BEFORE, TOTAL_OF_ONE,
} from './deal-words.js';

const g = (re: RegExp) => new RegExp(re.source, re.flags + 'g');

/** Smaller figures are prices, fees or costs, not AI-compute deals. */
const MIN_USD = 50e6;
/** No single compute agreement reaches a trillion dollars; such figures are programme totals. */
const MAX_USD = 1e12;
const PRODUCT_AFTER = /^[\s\u00a0'’s-]*(?:partners|suppliers|resellers|ecosystem|socios|parceiros|partenaires|Partner|GPUs?|chips?|processors?|accelerators?|systems?|servers?|hardware|Grafikprozessoren|GPU|puces|processadores|procesadores|[A-Z]{1,3}\d{2,3}|Blackwell|Hopper|Rubin|Grace|Instinct|TPUs?)(?![\p{L}])/u;
const PRODUCT_BEFORE = /(?:GPUs?|chips?|processors?|procesadores|processadores|puces|de|da|do|of)[\s\u00a0]+$/iu;
const COMPANY_NOUN = /(?<![\p{L}])(?:company|firm|start-?up|group|it|compañía|empresa|grupo|companhia|société|groupe|entreprise|jeune pousse|Unternehmen|Konzern|Start-up)(?![\p{L}])/iu;
// Words between a figure and a company named after it that make the company background ("... two months after its deal with Microsoft").
const AFTER_BACKGROUND = /(?<![\p{L}])(?:after|before|since|than|such as|like|après|avant|depuis|que|tras|antes|desde|como|após|nach|vor|seit|als|wie)(?![\p{L}])/iu;
const CONVERSION = /^[\s\u00a0]*\([^()]{0,30}$/u;

function lastIndex(re: RegExp, s: string): number {
  return lastMatch(re, s)?.end ?? -1;
}

function lastMatch(re: RegExp, s: string): { start: number; end: number; text: string } | null {
  re.lastIndex = 0;
  let last: { start: number; end: number; text: string } | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = { start: m.index, end: m.index + m[0].length, text: m[0] };
  return last;
}

export interface DealCandidate extends Deal {
  /** Why it was kept, for the classifier's reasons. */
  cue: string;
}

export function deals(doc: Doc): DealCandidate[] {
  const { text } = doc;
  const out: DealCandidate[] = [];
  const seen = new Set<string>();
  // Body first: labels and quotes come from the text; a title figure repeats one.
  const order = [...doc.money].sort((a, b) => Number(a.start < doc.bodyStart) - Number(b.start < doc.bodyStart) || a.start - b.start);
  let prevParties: Company[] = [];
  for (const m of order) {
    const usd = m.amount_usd ?? m.amount;
    if (usd < MIN_USD || usd >= MAX_USD) continue;
    const before = doc.money.filter((x) => x.end <= m.start && m.start - x.end < 30);
    if (before.length && CONVERSION.test(text.slice(before[before.length - 1]!.end, m.start))) continue;
    if (NOT_DEAL_AFTER.test(text.slice(m.end, m.end + 40))) {
      if (!/revenue|ingresos|receita|Umsatz|chiffre/iu.test(text.slice(m.end, m.end + 30)) || !hasDealWord(doc, m)) continue;
    }
    const s = sentenceOf(doc, m.start);
    const left = text.slice(s.start, m.start);
    const sentence = text.slice(s.start, s.end);
    const not = lastMatch(NOT_DEAL, left);
    const deal = lastMatch(DEAL, left);
    // The nearer word wins; "valorada en" after "operación" (or with no company named before it) values the deal, not a company.
    const valuesDeal = not && VALUATION.test(not.text) && (lastIndex(DEAL, left.slice(Math.max(0, not.start - 60), not.start)) >= 0
      || !(mentionsIn(doc, clauseAt(text, s, m.start).start, s.start + not.start).length || COMPANY_NOUN.test(left.slice(0, not.start))));
    // A deal phrase that contains the other word ("contract revenue") wins over it.
    const inside = not && deal && deal.start < not.start && deal.end >= not.end;
    // "worth", "por valor de", "le montant": a value, of a deal unless something else is named.
    const value = lastMatch(VALUE, left);
    const valueOwn = value && !(not && not.end <= value.start && value.start - not.end <= 20) ? value.end : -1;
    const dealAt = Math.max(deal?.end ?? -1, valueOwn);
    if (not && not.end >= dealAt && !valuesDeal && !inside) continue;
    if (DENIED.test(sentence)) continue;
    const clause = clauseAt(text, s, m.start);
    const near = text.slice(Math.max(clause.start, m.start - 120), m.start);
    if (TOTAL.test(near) && !TOTAL_OF_ONE.test(near)) continue;
    const parties = partiesOf(doc, m, clause.start, clause.end, s.start, s.end);
    const clauseText = text.slice(clause.start, clause.end);
    if (dealAt < 0) {
      // No deal word before the figure in its sentence: a pledge with a partner, or a deal word in the clause after it.
      const pledge = PLEDGE.test(left.slice(-80));
      if (!pledge && lastIndex(DEAL, text.slice(m.end, clause.end)) < 0) continue;
    }
    const pledgeAt = lastMatch(g(PLEDGE), left.slice(-60));
    if (pledgeAt && !hasPartner(doc, s.start + Math.max(0, left.length - 60) + pledgeAt.end, clause.end)) continue;
    // "contracts worth $1.4tn with companies such as Nvidia, Broadcom, Oracle or Google"
    const listed = mentionsIn(doc, clause.start, clause.end).map(company);
    if (LIST_INTRO.test(clauseText) && new Set(listed).size >= 3) continue;
    let ps = parties.slice();
    if (m.inferred && dealAt < 0) continue;
    if (!ps.length) ps = prevParties.slice();
    if (ps.length === 1 && !UNNAMED.test(sentence)) {
      // The other side of the deal just reported with this party, else who the story is about.
      const other = (prevParties.includes(ps[0]!) ? prevParties.find((c) => c !== ps[0]) : undefined) ?? doc.protagonists.find((c) => c !== ps[0]);
      if (other) ps.push(other);
    }
    if (GUARANTEE.test(text.slice(clause.start, m.start))) for (const c of doc.protagonists) if (!ps.includes(c) && ps.length < 3) ps.push(c);
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
      cue: dealAt >= 0 ? text.slice(s.start, s.start + dealAt).match(/[\p{L}-]+$/u)?.[0] ?? 'deal' : 'pledge',
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function hasDealWord(doc: Doc, m: Money): boolean {
  const s = sentenceOf(doc, m.start);
  return lastIndex(DEAL, doc.text.slice(s.start, m.start)) >= 0;
}

/** A company introduced by "with / en / con / avec / mit" after the pledge verb. */
function hasPartner(doc: Doc, from: number, clauseEnd: number): boolean {
  return mentionsIn(doc, from, clauseEnd).some((x) => PARTNER.test(doc.text.slice(Math.max(from, x.start - 40), x.start)));
}

/** A vendor named for its products ("access to Nvidia GB300 chips") is not a party, unless they are bought from it. */
function isProductMention(doc: Doc, x: Mention): boolean {
  const after = doc.text.slice(x.end, x.end + 24);
  const before = doc.text.slice(Math.max(0, x.start - 24), x.start);
  if (PURCHASE.test(before)) return false;
  return PRODUCT_AFTER.test(after) || (PRODUCT_BEFORE.test(before) && /(?:GPUs?|chips?|processors?|procesadores|processadores|puces)/iu.test(before)) || hardware(after).length > 0 && /^[\s\u00a0]/.test(after) && PRODUCT_AFTER.test(after);
}

function partiesOf(doc: Doc, m: Money, cStart: number, cEnd: number, sStart: number, sEnd: number): Company[] {
  const inClause = mentionsIn(doc, cStart, cEnd).filter((x) => !isProductMention(doc, x)
    && !RELATION_BEFORE.test(doc.text.slice(Math.max(cStart, x.start - 60), x.start))
    && !(x.start >= m.end && AFTER_BACKGROUND.test(doc.text.slice(m.end, x.start))));
  let ms = inClause;
  if (!ms.length) {
    // The clause's subject is elided: the sentence's subject if it opens the sentence, else who the story is about.
    const inSentence = mentionsIn(doc, sStart, sEnd).filter((x) => !isProductMention(doc, x));
    if (inSentence.length) {
      const opener = inSentence[0]!;
      return /^[\s\p{P}]*(?:\p{L}+[\s\u00a0]+){0,2}$/u.test(doc.text.slice(sStart, opener.start)) ? [company(opener)] : doc.protagonists.slice(0, 1);
    }
  }
  if (!ms.length) {
    const prev = sentenceOf(doc, sStart - 1);
    if (prev.start < sStart) ms = mentionsIn(doc, prev.start, prev.end).filter((x) => !isProductMention(doc, x));
  }
  const companies = uniq(ms.map(company));
  const resp = respectively(doc, m, ms, cEnd, sEnd);
  if (resp) return resp;
  if (companies.length <= 3) return companies;
  // Too many: the subject, the company nearest the figure, and those coordinated with it.
  const nearest = [...ms].sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0]!;
  return uniq([company(ms[0]!), company(nearest)]);
}

const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivamente|respectivement|beziehungsweise|bzw\.)/iu;

/** "Nvidia and Microsoft will invest up to $10 billion and up to $5 billion respectively in Anthropic". */
function respectively(doc: Doc, m: Money, ms: Mention[], cEnd: number, sEnd: number): Company[] | null {
  if (!RESPECTIVELY.test(doc.text.slice(m.end, sEnd))) return null;
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
