// Which amounts are deal values and which companies are party to each: the
// clause around the figure decides. An amount is a deal when a deal word is nearer
// to it than any word that makes it something else (revenue, valuation, backlog,
// capex, a total); a spending pledge needs a named partner; a list of several
// counterparties makes a total; the parties are the companies of its clause.
import type { Deal } from './types.js';
import type { Company, Mention } from './entities.js';
import type { Money } from './money.js';
import { company, insideMention, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { clauseAt, sentenceAt, type Range } from './sentences.js';
import { qualifierBefore } from './qualifiers.js';
import { antecedent, describedCounterpart, pluralAntecedent, refersToStoryDeal } from './counterparts.js';
import { financiers } from './financing.js';
import { lowerOf, type PhraseMatch, type PhraseSet } from './tokens.js';
import { firstStartingAt } from './bisect.js';
import { cancellations } from './cancellations.js';
import { AFTER_DEMONYM, DEMONYM, LISTED, nameStartingAt, NOT_A_NAME } from './names.js';
import { boughtFromVendor, isProductMention } from './products.js';
import { absoluteParties, gappedParties, parallelPledge } from './investors.js';
import {
  BACKGROUND, DEAL, DEAL_OFF, FINANCING, JOINT, PLEDGE_AFTER, DEAL_SUFFIX_DE, NOT_DEAL_IGNORED, GUARANTEE, RECEIVE, ROUND, TEASER, LIST_INTRO, NOT_DEAL, NOT_DEAL_AFTER, PARTNER, PLEDGE, RELATED_NOUN_BEFORE, RELATION_AFTER, RELATION_BEFORE, TOTAL, TOTAL_OF_ONE,
  SUBORDINATE, UNNAMED, VALUATION, VALUE, VALUE_NEAR,
} from './deal-words.js';

/** Smaller figures are prices, fees or costs, not AI-compute deals. */
const MIN_USD = 50e6;
/** No single compute agreement reaches a trillion dollars; such figures are programme totals. */
const MAX_USD = 1e12;
/** How far after a pledged figure its partner is named. */
const PARTNER_REACH = 100;
/** How far after a figure a deal noun still names it ("$10 billion in orders", "1.400 millones de dólares la garantía"). */
const DEAL_AFTER_REACH = 40;
/** How far back in its sentence the words about a figure are read. */
const LEFT = 400;
/** Stories with more amounts than this are not news; the rest is ignored to bound the cost. */
const MAX_AMOUNTS = 200;
const COMPANY_NOUN = /(?<![\p{L}])(?:company|firm|start-?up|group|it|compañía|empresa|grupo|companhia|société|groupe|entreprise|jeune pousse|Unternehmen|Konzern)(?![\p{L}])/iu;
// Words between a figure and a company named after it that make the company background ("... two months after its deal with Microsoft").
const AFTER_BACKGROUND = /(?<![\p{L}])(?:after|before|since|than|such as|like|outside|other than|besides|beyond|apart from|après|avant|depuis|que|en dehors de|hors de|tras|antes|desde|como|fuera de|además de|após|além de|fora de|nach|vor|seit|als|wie|außer|neben)(?![\p{L}])/iu;
// "invertirá hasta 100.000 millones en la empresa respaldada por Microsoft": invested in a company named before.
const INVEST_IN_COMPANY = /(?<![\p{L}])(?:in|into|en|em|na|no|dans|in)[\s\u00a0]+(?:the|la|el|a|o|le|l['’]|die|das|dem)[\s\u00a0]*(?:company|startup|start-up|firm|empresa|compañía|companhia|société|entreprise|jeune pousse|Unternehmen|Firma)(?![\p{L}])/iu;
// "an investment of $40 billion in the purchase of 400,000 Nvidia GB200 GPUs": spending on chips is a purchase from their vendor.
const BUY_CHIPS = /(?:purchase|acquisition|aquisição|adquisición|compra|achat|Kauf|Erwerb)[\s\u00a0]+(?:of|de|da|do|von|d['’])?[^.;]{0,50}?(?:GPUs?|chips?|processadores|procesadores|processors|puces|Chips|Grafikprozessoren)(?![\p{L}])/iu;
// "rose 77.6% in the quarter to $19 billion": the new level of a reported metric, not a deal.
const METRIC_LEVEL = /\d[\s\u00a0]?(?:%|percent|per cent|por ciento|por cento|pour cent|Prozent)[^.;%]{0,40}?(?<![\p{L}])(?:to|a|à|auf|para|hasta|até)[\s\u00a0]+(?:about|around|nearly|roughly|unos|cerca de|environ|rund|près de)?[\s\u00a0]*(?:US\$|\$|€|£)?[\s\u00a0]*$/iu;
const REVENUE_AFTER = /revenue|ingresos|receita|Umsatz|chiffre/iu;
/** Revenue per year or summed over several contracts is not the value of one agreement. */
const PERIODIC = /future|annual|annuali[sz]ed|cumulative|anual|acumulad|annuel|cumul|Jahres|kumuliert/iu;
// ("fünf Milliarden US-Dollar (4,2 Milliarden Euro) in Intel-Aktien zu investieren": past a conversion, a German compound.)
const STOCK_BOUGHT_AFTER = /^(?:[\s\u00a0]*\([^)]{0,40}\))?[\s\u00a0]*(?:of|in|de|en|em|d['’]|an)[\s\u00a0]+(?:(?:(?:its|the|new|common|\p{Lu}[\p{L}.&-]*)[\s\u00a0]+){0,3}(?:stock|shares|acciones|ações|actions|Aktien)|[\p{L}.&]+-Aktien?)(?![\p{L}])/u;
// "a partnership under which Nvidia will invest up to $100 billion": the pledge is the agreement's.
// "un accord majeur avec Brookfield, qui prévoit d'investir …": the pledge of an agreement just named, in a relative clause.
const AGREEMENT_WHICH = /(?:agreement|deal|partnership|accord|partenariat|acuerdo|alianza|acordo|parceria|Vereinbarung|Partnerschaft)(?![\p{L}])[^.;]{0,60}?,[\s\u00a0]*(?:which|that|qui|que|die|der|das)[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]*){0,4}$/iu;
const UNDER_AGREEMENT = /(?:(?:partnership|agreement|deal|pact|acuerdo|alianza|acordo|parceria|accord|partenariat|Vereinbarung|Partnerschaft)[\s\u00a0]+(?:under which|in which|through which|por el (?:que|cual)|en el que|pelo qual|no qual|en vertu duquel|dans le cadre duquel|par lequel|in dessen Rahmen|bei der|bei dem)|^[\s\u00a0]*(?:Under|As part of) the (?:terms of the )?(?:deal|agreement|partnership|pact)[\s\u00a0]*,|^[\s\u00a0]*(?:Como parte del|En el marco del|Según el|Con el) (?:acuerdo|pacto)[\s\u00a0]*,|^[\s\u00a0]*(?:Como parte do|No âmbito do|Pelo) (?:acordo|pacto)[\s\u00a0]*,|^[\s\u00a0]*(?:Dans le cadre de l['’]accord|Aux termes de l['’]accord|Selon l['’]accord)[\s\u00a0]*,|^[\s\u00a0]*(?:Im Rahmen der Vereinbarung|Im Rahmen des Deals|Im Rahmen der Partnerschaft|Laut der Vereinbarung)[\s\u00a0]*)[\s\u00a0]+(?:\p{L}+[\s\u00a0]+){0,4}$/iu;
const POSSESSIVE_GAP = /^['’]s?[\s\u00a0]*(?:(?:reported|planned|proposed|new|latest|expanded|earlier|previous|separate|initial|original)[\s\u00a0]+)?$/u;
const BRING_IN = /^(?:bring|brings|brought)[\s\u00a0]+in(?![\p{L}])/iu;
/** "The $30bn deal is nearly triple the $10.3bn in revenue ...": a revenue figure the deal is measured against. */
const COMPARED = /(?<![\p{L}])(?:triple|double|twice|three times|times|compared (?:with|to)|versus|vs\.?|equivalent to|representing|el triple|el doble|o triplo|o dobro|le triple|le double|deux fois|trois fois|das Dreifache|das Doppelte|doppelt so|dreimal)(?![\p{L}])/iu;
// "raised $9 billion of loans", "uma captação de US$ 20 bilhões em ações e dívida", "raising $20 billion through a special purpose vehicle".
const DEBT_RAISED = /^[\s\u00a0]*(?:(?:of|in|en|em|de|d['’]|an)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:loans?|debt|bonds|notes|financing|préstamos?|deuda|bonos|empréstimos?|dívida|títulos|prêts?|dette|obligations|Krediten?|Schulden|Anleihen)|(?:through|via|por medio de|mediante|através de|por meio de|par le biais d['’]|via|über)[\s\u00a0]+(?:a|an|un|una|um|uma|une|eine)?[\s\u00a0]*(?:special[\s\u00a0]+purpose[\s\u00a0]+)?(?:vehicle|SPV|vehículo|veículo|véhicule|Zweckgesellschaft))(?![\p{L}])/iu;
// What a financing builds or buys: debt raised for it is a compute financing, not a company's general funding.
const FACILITY = /campus|data[\s\u00a0-]?cent(?:er|re)s?|centros? de (?:datos|dados)|centres? de données|Rechenzentr|chips|GPUs?|processors|procesadores|processadores|puces|vehicle|vehículo|veículo|véhicule|Zweckgesellschaft/iu;
const INVESTMENT_NOUN = /^(?:investments?|inversiones|investimentos|investissements|Investitionen)$/iu;
/** End of the sentence after `s` in its paragraph, else of `s`. */
function nextSentenceEnd(doc: Doc, s: Range): number {
  const next = doc.sentences[sentenceAt(doc.sentences, s.start) + 1];
  return next && !doc.text.slice(s.end, next.start).includes('\n') ? next.end : s.end;
}
const REVENUE_WORD = /^(?:revenue|revenues|ingresos|receita|receitas|revenus|chiffre d['’]affaires|Umsatz|Erlöse)$/iu;
// "the second tranche, of $22.5 billion, of the $40 billion funding round": a tranche of a round.
const FUNDED_BY_SUBJECT = /(?<![\p{L}])(?:to fund|will fund|are funding|is funding|to finance|will finance|are financing|is financing|financiarán|financiará|vão financiar|vai financiar|financeront|financera|finanzieren)[\s\u00a0]+(?:(?:a|an|the|un|una|um|uma|le|la|el|o)[\s\u00a0]+)?(?:[\p{Ll}-]+[\s\u00a0]+){0,2}(?:US\$|\$|€|£)?[\s\u00a0]*$/iu;
const COMMITTED = /(?<![\p{L}])(?:committed|commits|has committed|pledged)[\s\u00a0]+(?:(?:roughly|about|around|some|nearly|more than|over|up to)[\s\u00a0]+)?(?:US\$|\$|€|£)?[\s\u00a0]*$/iu;
const PURPOSE_AFTER = /^[\s\u00a0]+(?:to|toward|towards|for|on|in)[\s\u00a0]+(?:(?:the|its|new|AI|artificial|intelligence|US|U\.S\.|American)[\s\u00a0]+)*(?:data[\s\u00a0]cent(?:er|re)s?|infrastructure|capital|capex|projects?|spending|AI(?![\p{L}]))/iu;
const CAPITAL_PART = /^[\s\u00a0]*(?:(?:in|of|en|em|de|d['’]|an)[\s\u00a0]+)?(?:(?:new|nuevo|novo|nouveaux?)[\s\u00a0]+)?(?:equity|debt|capital|deuda|dívida|fonds propres|dette|Eigenkapital|Fremdkapital|Schulden)(?![\p{L}])/iu;
const ROUND_AFTER = /^[^.;]{0,40}?(?<![\p{L}])(?:funding round|financing round|(?:in|of) new (?:funds|funding|capital)|tour de table|levée de fonds|ronda de financiación|ronda de financiamiento|rodada de investimento|rodada de financiamento|Finanzierungsrunde)/iu;
// "CoreWeave had about $11 billion of debt": a balance, not an agreement.
const HOLDS_BEFORE = /(?<![\p{L}])(?:had|has|have|carries|carried|holds|held|tenía|tiene|tinha|tem|avait|possède|hatte|hat)[\s\u00a0]+(?:(?:about|roughly|around|nearly|some|more than|over|unos|cerca de|mais de|más de|environ|près de|plus de|rund|etwa|knapp|mehr als)[\s\u00a0]+)?(?:US\$|\$|€|£)?[\s\u00a0]*$/iu;
const DEBT_AFTER = /^[\s\u00a0]*(?:of|in|de|em|an)[\s\u00a0]+(?:(?:net|total|neta|líquida|nette|netto)[\s\u00a0]+)?(?:debt|liabilities|deuda|dívida|dette|Schulden|Verbindlichkeiten)(?![\p{L}])/iu;
// "pay 20 per cent of the contract value upfront, worth about $3 billion": a part of the agreement, not another one.
const PART_OF_VALUE = /\d[\s\u00a0]?(?:%|per cent|percent|por ciento|por cento|pour cent|Prozent)[\s\u00a0]+(?:of|del|de la|de|do|da|du|des)[\s\u00a0]+(?:(?:the|el|la|o|a|le|l['’])[\s\u00a0]*)?(?:contract|deal|agreement|valor|valeur|montant|importe|contrato|contrat|Vertragswert|Auftragswert|Vertrags)[^.;]{0,60}$/iu;
const PROJECT_AFTER = /^[\s\u00a0]+(?:(?:AI|data[\s\u00a0-]cent(?:er|re))[\s\u00a0]+)?(?:development|project|campus|facility|complex|build-?out|plan|program(?:me)?|initiative)(?![\p{L}-])(?![\s\u00a0]+(?:financ|loan|deal|contract|lease|agreement))/u;
const AGREEMENT_FRAME = /(?<![\p{L}])(?:in partnership with|in collaboration with|en asociación con|en alianza con|em parceria com|en partenariat avec|in Partnerschaft mit|in Zusammenarbeit mit|as part of (?:a|an|the|its) (?:[\p{L}-]+ )?(?:partnership|agreement|alliance|deal)|under (?:a|an|the) (?:[\p{L}-]+ )?(?:partnership|agreement|deal)|en el marco de (?:una|un|la|el) (?:[\p{L}-]+ )?(?:alianza|acuerdo|asociación)|como parte de (?:una|un|la|el) (?:[\p{L}-]+ )?(?:alianza|acuerdo)|no âmbito de (?:uma|um|a|o) (?:[\p{L}-]+ )?(?:parceria|acordo)|como parte de (?:uma|um) (?:parceria|acordo)|dans le cadre d['’](?:un|une) (?:[\p{L}-]+ )?(?:partenariat|accord|alliance)|im Rahmen (?:einer|eines) (?:[\p{L}-]+ )?(?:Partnerschaft|Vereinbarung|Kooperation))/iu;
/** "expects to earn about $18 billion in revenue over the life of the contract": the contract's value, its word after. */
const lifeOfContract = (text: string, m: Money, s: Range): boolean => LIFE_OF_CONTRACT.test(text.slice(m.end, Math.min(s.end, m.end + 80)));
const LIFE_OF_CONTRACT = /(?<![\p{L}])(?:over|during|for) the (?:life|term|duration) of the (?:contract|deal|agreement|lease)|(?:durante|a lo largo de) la vigencia del (?:contrato|acuerdo)|(?:durante|ao longo) d[oa] vigência do (?:contrato|acordo)|(?:sur|pendant) la durée du (?:contrat|bail)|über die (?:Laufzeit|Dauer) des (?:Vertrags|Vertrages)/iu;
const RANGE_TO = /^[\s\u00a0]*(?:to|-|–|a|y|e|and|bis|hasta|até|à|et|und)[\s\u00a0]*$/iu;
const ONE_DEAL_AFTER = /^[\s\u00a0]*(?:schwere[nrs]?[\s\u00a0]+)?(?:deal|contract|agreement|Deal|Vertrag|Auftrag|Vereinbarung)(?![\p{L}])/u;
const DEMONSTRATIVE = /^[\s\u00a0"“«]*(?:this|that|these|those|este|esta|ese|esa|esse|essa|ce|cet|cette|dieser|diese|dieses)(?![\p{L}])/iu;
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivamente|respectivement|beziehungsweise|bzw\.)/iu;

export interface DealCandidate extends Deal {
  /** Why it was kept, for the classifier's reasons. */
  cue: string;
}

/** What the classifier needs to know of a deal besides its output fields (kept out of the output). */
export interface DealContext {
  /** The clause recalls a past agreement ("earlier this year", "el año pasado", "im Frühjahr"). */
  background: boolean;
  /** The sentence of the figure has compute vocabulary or an AI-compute company. */
  sentence: Range;
}
export const DEAL_CONTEXT = new WeakMap<DealCandidate, DealContext>();

/** Where the story quotes other stories ("Read more: …", "Lea también: …"): from a sentence opening with the marker to the end of its line. */
const TEASERS = new WeakMap<Doc, Range[]>();
export function teaserRanges(doc: Doc): Range[] {
  const known = TEASERS.get(doc);
  if (known) return known;
  const out: Range[] = [];
  const { text } = doc;
  for (const s of doc.sentences) {
    if (out.length && s.start < out[out.length - 1]!.end) continue;
    if (!TEASER.test(text.slice(s.start, s.start + 60))) continue;
    const nl = text.indexOf('\n', s.start);
    out.push({ start: s.start, end: nl < 0 ? text.length : nl });
    if (out.length > 50) break;
  }
  TEASERS.set(doc, out);
  return out;
}

/** The last match of a set in [from, to) outside company names. */
function last(doc: Doc, set: PhraseSet, from: number, to: number): PhraseMatch | null {
  const hit = set.last(doc.text, doc.tokens, from, to);
  if (!hit || !insideMention(doc, hit.start, hit.end)) return hit;
  const all = set.all(doc.text, doc.tokens, from, hit.start);
  for (let i = all.length - 1; i >= 0; i--) if (!insideMention(doc, all[i]!.start, all[i]!.end)) return all[i]!;
  return null;
}
const has = (doc: Doc, set: PhraseSet, from: number, to: number): boolean => set.has(doc.text, doc.tokens, from, to);

export function deals(doc: Doc): DealCandidate[] {
  const { text } = doc;
  const out: DealCandidate[] = [];
  const seen = new Set<string>();
  // Body first: labels and quotes come from the text; a title figure repeats one.
  const order = doc.money.slice(0, MAX_AMOUNTS).sort((a, b) => Number(a.start < doc.bodyStart) - Number(b.start < doc.bodyStart) || a.start - b.start);
  let prevParties: Company[] = [];
  // The deals found so far, in the order of the text read (body first), with their companies.
  const leads: { at: number; parties: Company[] }[] = [];
  const teasers = teaserRanges(doc);
  // Amounts of the body given as conversions of another ("US$9.7 billion ($14.8 billion)"): a headline repeating one is that deal.
  // A headline may round one ("12.100 millones" for "(12.107 millones de euros)") and leave its currency out.
  const converted: Money[] = [];
  for (const m of order) {
    const usd = m.amount_usd ?? m.amount;
    if (usd < MIN_USD || usd >= MAX_USD) continue;
    if (m.conversion) {
      converted.push(m);
      continue;
    }
    // ("mais de 8 mil milhões de euros" over a body's "(8,61 mil milhões de euros)": a lower bound of it.)
    const titleQualifier = m.start < doc.bodyStart ? qualifierBefore(text, m.start) : null;
    if (m.start < doc.bodyStart && converted.some((c) => (c.currency === m.currency || m.inferred)
      && (Math.abs(c.amount - m.amount) <= 0.01 * c.amount || (titleQualifier === 'more_than' && c.amount >= m.amount && c.amount <= 1.15 * m.amount)))) continue;
    if (METRIC_LEVEL.test(text.slice(Math.max(0, m.start - 70), m.start))) continue;
    // "Read more: CoreWeave signs $14 billion deal with Meta": another story's deal, with only its own parties.
    const teaser = teasers.find((r) => m.start >= r.start && m.start < r.end);
    const s = sentenceOf(doc, m.start);
    const from = Math.max(s.start, m.start - LEFT);
    const after = text.slice(m.end, m.end + 40);
    if (NOT_DEAL_AFTER.test(after)) {
      // "... expected to generate about $3.7 billion in revenue": a contract's revenue is its value (not a yearly or summed one).
      if (!REVENUE_AFTER.test(after.slice(0, 30)) || PERIODIC.test(after) || !(has(doc, DEAL, from, m.start) || lifeOfContract(text, m, s)) || COMPARED.test(text.slice(from, m.start))) continue;
    }
    // "agreed to buy $2 billion of Intel stock": shares bought, an equity stake, not compute.
    if (STOCK_BOUGHT_AFTER.test(after) ||
      ROUND_AFTER.test(after) || (DEBT_AFTER.test(after) && HOLDS_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start)))) continue;
    if (PART_OF_VALUE.test(text.slice(Math.max(s.start, m.start - 120), m.start))) continue;
    // "$7.5 billion in equity and up to $12.5 billion in debt": the parts of a financing whose whole the story gives.
    if (CAPITAL_PART.test(after) && doc.money.some((x) => x !== m && x.start >= s.start && x.end <= s.end && CAPITAL_PART.test(text.slice(x.end, x.end + 40)))) continue;
    // "the financing for the $15 billion development": what a project costs, not an agreement's value.
    // ("JPMorgan and MUFG are planning to fund a massive $22 billion project": the lenders named before, a financing of it.)
    const funding = FUNDED_BY_SUBJECT.test(text.slice(from, m.start)) && mentionsIn(doc, s.start, m.start).some((x) => !x.ticker);
    if (PROJECT_AFTER.test(after) && !funding) continue;
    const clause = dealClause(text, s, m.start);
    // "raised $9 billion of loans": debt raised is a financing, not a funding round.
    const debtRaised = DEBT_RAISED.test(text.slice(m.end, m.end + 60)) && !has(doc, ROUND, s.start, s.end) && FACILITY.test(text.slice(s.start, nextSentenceEnd(doc, s)));
    let word = debtRaised || funding ? m.end : dealWordBefore(doc, m, from, clause);
    // "Die Telekom baut gemeinsam mit Nvidia …; die Investitionen belaufen sich auf eine Milliarde Euro": a joint venture's investment.
    if (word === null) {
      const inv = lastNotDeal(doc, from, m.start);
      if (inv && INVESTMENT_NOUN.test(inv.phrase) && coInvestors(doc, s, inv.start, inv.end)) word = inv.end;
    }
    const financed = word === null || word < 0 ? financedBy(doc, m, from, s) : null;
    const dealAt = financed ?? word;
    if (dealAt === null) continue;
    if (has(doc, DEAL_OFF, s.start, s.end) || cancellations(doc, s.start, s.end).length) continue;
    const near = text.slice(Math.max(clause.start, m.start - 120), m.start);
    let total = TOTAL.last(text, doc.tokens, Math.max(clause.start, m.start - 120), m.start);
    // "a combined $15 billion into Anthropic, with Microsoft contributing up to $5 billion": the word sums the figure before.
    // ("a combined annual market of $25 billion to $50 billion": the low end of a range is the same figure's.)
    if (total && doc.money.some((x) => x.start >= total!.end && x.end <= m.start && x !== m && !RANGE_TO.test(text.slice(x.end, m.start)))) total = null;
    // "expected to bring in about $9.5 billion of contracted revenue": earned by the agreement, not a sum of several.
    // ("Der insgesamt 38 Milliarden Dollar schwere Deal": a deal noun right after the figure makes it one agreement's total.)
    if (total && !TOTAL_OF_ONE.test(near) && !BRING_IN.test(text.slice(total.start, total.end + 4)) && !ONE_DEAL_AFTER.test(after)) continue;
    // A spending pledge needs a named partner ("invest $50 billion ... with Fluidstack", "... en la empresa").
    const pledge = last(doc, PLEDGE, Math.max(s.start, m.start - 80), m.start);
    const pledgeAfter = pledge ? null : PLEDGE_AFTER.exec(text.slice(m.end, clause.end));
    const dealAfter = has(doc, DEAL, m.end, Math.min(clause.end, m.end + DEAL_AFTER_REACH)) || lifeOfContract(text, m, s);
    if (dealAt < 0 && !pledge && !pledgeAfter && !dealAfter) continue;
    // "Meta has committed roughly $600 billion to data centers": a commitment to a purpose, with no company after it, is spending.
    if (dealAt >= 0 && COMMITTED.test(text.slice(from, m.start)) && PURPOSE_AFTER.test(after) && !mentionsIn(doc, m.end, clause.end).length) continue;
    // ... named close to the figure, or two companies investing together ("Deutsche Telekom et Nvidia vont investir environ
    // 1 milliard d'euros"), or spending framed by a partnership with a company named after it ("invertirá hasta 5.000 millones …
    // de Bloom Energy en el marco de una alianza", "invertir 50.000 millones … en asociación con la empresa británica … Fluidstack").
    const framed = AGREEMENT_FRAME.test(text.slice(m.end, clause.end)) && mentionsIn(doc, m.end, clause.end).length > 0;
    const parallel = pledge ? parallelPledge(doc, out.filter((d) => DEAL_CONTEXT.get(d)?.sentence === s && d.cue !== 'financed by' && d.parties.length === 2).pop(), clause, pledge) : null;
    if (pledge && !framed && !parallel && !hasPartner(doc, pledge.end, Math.min(clause.end, m.end + PARTNER_REACH)) && !boughtFromVendor(doc, clause) && !coInvestors(doc, s, pledge.start, pledge.end)
      && !UNDER_AGREEMENT.test(text.slice(Math.max(s.start, pledge.start - 70), pledge.start)) && !AGREEMENT_WHICH.test(text.slice(Math.max(s.start, pledge.start - 90), pledge.start))) continue;
    // (Past a comma, only when no deal word values the figure: "Das Investitionsvolumen beträgt eine Milliarde Euro, beide Unternehmen beteiligen sich".)
    if (pledgeAfter && (dealAt < 0 || !/,/u.test(pledgeAfter[0]))) {
      const verbEnd = m.end + pledgeAfter[0].length;
      const verbStart = verbEnd - pledgeAfter[1]!.length;
      if (!hasPartner(doc, m.end, Math.min(clause.end, m.end + PARTNER_REACH)) && !coInvestors(doc, s, verbStart, verbEnd)) continue;
    }
    // No currency written: only with a deal word before, or right after it ("amplió en 6.500 millones su acuerdo").
    // ("a Microsoft investirá até 5 mil milhões de dólares, enquanto a Nvidia poderá investir até 10 mil milhões": a pledge whose
    // sentence wrote the currency for an earlier figure.)
    if (m.inferred && dealAt < 0 && !has(doc, DEAL, m.end, Math.min(clause.end, m.end + 20))
      && !(pledge && doc.money.some((x) => !x.inferred && x.start >= s.start && x.end <= s.end))) continue;
    // "contracts worth $1.4tn with companies such as Nvidia, Broadcom, Oracle or Google": a list of counterparties after the figure.
    const list = LIST_INTRO.last(text, doc.tokens, m.end, clause.end);
    if (list && new Set(mentionsIn(doc, list.end, clause.end).map(company)).size >= 3) continue;
    let ps = teaser ? teaserParties(doc, m, teaser, clause, s) : parallel ?? absoluteParties(doc, m, s) ?? gappedParties(doc, m, s) ?? partiesOf(doc, m, clause, s);
    if (teaser && ps.length < 2) continue;
    // "The agreement includes options that could lift its value to $17.7 billion, Hut 8 said": the story's agreement.
    const lead = leads.find((l) => l.at >= doc.bodyStart);
    if (!teaser && refersToStoryDeal(doc, s)) {
      // Its sentence naming no company, the parties found elsewhere are another sentence's ("the deal also ropes in Entergy ...").
      // ("That contract is worth $3 billion": a demonstrative points at the sentence before, which named its parties.)
      const unnamed = !DEMONSTRATIVE.test(text.slice(s.start, s.start + 12)) && !mentionsIn(doc, s.start, s.end).some((x) => !x.ticker);
      if (lead && (unnamed || ps.every((c) => lead.parties.includes(c)))) ps = [...lead.parties];
      // "La operación, diseñada por Morgan Stanley, …": the operation the sentence before announced, with its companies.
      else if (!lead) {
        const prev = announcing(doc, s);
        if (prev) ps = uniq([...ps, ...mentionsIn(doc, prev.start, prev.end).filter((x) => !x.ticker && !isProductMention(doc, x) && !inAside(doc, prev, x)).map(company)]);
      }
    }
    // A headline naming one side ("Microsoft pagará 6.200 millones …"): the lead sentence says with whom.
    if (m.start < doc.bodyStart && ps.length === 1) {
      const lead = doc.sentences.find((r) => r.start >= doc.bodyStart);
      if (lead && DEAL.has(text, doc.tokens, lead.start, lead.end)) {
        ps = uniq([...ps, ...mentionsIn(doc, lead.start, lead.end).filter((x) => !x.ticker && !isProductMention(doc, x) && !inAside(doc, lead, x)).map(company)]).slice(0, 5);
      }
    }
    // Lenders, arrangers and bond buyers named after the figure or in the next sentences.
    if (!teaser) for (const c of financiers(doc, m, s, ps)) if (!ps.includes(c)) ps.push(c);
    // No company near the figure: the deal just reported, else the companies of the headline.
    if (!ps.length) ps.push(...(prevParties.length ? prevParties : titleParties(doc)));
    // Money obtained with no source named ("obteve um financiamento de US$ 1,4 bilhão") has one party.
    const received = RECEIVE.has(text, doc.tokens, clause.start, m.start) && !listedNames(doc, m.end, clause.end).length;
    if (ps.length === 1 && !has(doc, UNNAMED, s.start, s.end) && !received && !describedCounterpart(doc, clause)) {
      // The antecedent of a pronoun subject, else the other side of the deal just reported with this party, else who the story is about.
      const other = antecedent(doc, s, clause, m.start, ps)
        ?? (prevParties.includes(ps[0]!) ? prevParties.find((c) => c !== ps[0]) : undefined) ?? doc.protagonists.find((c) => c !== ps[0]);
      if (other) ps.push(other);
    }
    // A guarantor backs a lease between two others: all three are parties.
    // ("ha ampliado en 1.400 millones de dólares la garantía": the guarantee named right after its amount).
    if (has(doc, GUARANTEE, clause.start, m.start) || has(doc, GUARANTEE, m.end, Math.min(clause.end, m.end + 20))) for (const c of doc.protagonists) if (!ps.includes(c) && ps.length < 3) ps.push(c);
    if (!ps.length) continue;
    const key = `${m.currency}|${m.amount}`;
    if (seen.has(key)) continue;
    // A headline rounds the body's figure ("$14 billion" for "$14.2 billion"): the same deal.
    if (m.start < doc.bodyStart && out.some((d) => d.currency === m.currency && Math.abs(d.amount - (m.high ?? m.amount)) <= 0.05 * d.amount)) continue;
    seen.add(key);
    if (!teaser) {
      prevParties = ps;
      leads.push({ at: m.start, parties: ps });
    }
    const d: DealCandidate = {
      parties: ps.map((c) => c.name),
      amount_usd: m.high !== undefined ? (m.amount_usd === null ? null : Math.round((m.amount_usd * m.high) / m.amount)) : m.amount_usd,
      amount: m.high ?? m.amount,
      currency: m.currency,
      qualifier: m.high !== undefined ? 'up_to' : qualifierBefore(text, m.start),
      span: { start: m.start, end: m.end, text: text.slice(m.start, m.end) },
      cue: financed !== null ? 'financed by' : dealAt >= 0 ? (last(doc, DEAL, from, m.start)?.phrase ?? 'value') : 'pledge',
    };
    DEAL_CONTEXT.set(d, { background: !!teaser || BACKGROUND.in(doc.tokens, clause.start, clause.end), sentence: s });
    out.push(d);
  }
  return withoutHeadlineSums(doc, withoutRestatements(out)).sort((a, b) => a.span.start - b.span.start);
}

/** "Nvidia spends $1.5 billion to rent servers from Lambda" over a body telling a $1.3 billion and a $200 million lease: the headline adds them up. */
function withoutHeadlineSums(doc: Doc, ds: DealCandidate[]): DealCandidate[] {
  const body = ds.filter((d) => d.span.start >= doc.bodyStart);
  return ds.filter((d) => {
    if (d.span.start >= doc.bodyStart || body.some((b) => b.currency === d.currency && b.amount === d.amount)) return true;
    const parts = body.filter((b) => b.currency === d.currency && b.parties.some((p) => d.parties.includes(p)));
    if (parts.length < 2) return true;
    const sum = parts.reduce((n, b) => n + b.amount, 0);
    return Math.abs(sum - d.amount) > 0.01 * d.amount;
  });
}

/** Who a headline names (up to four partners of a joint venture), else the story's two main companies. */
function titleParties(doc: Doc): Company[] {
  const inTitle = doc.bodyStart > 0 ? uniq(mentionsIn(doc, 0, doc.bodyStart).filter((x) => !x.ticker).map(company)) : [];
  return inTitle.length && inTitle.length <= 4 ? inTitle : doc.protagonists.slice(0, 2);
}

/** The parties of a teaser line, among the companies it names itself (no fallback to the story's). */
function teaserParties(doc: Doc, m: Money, r: Range, clause: Range, s: Range): Company[] {
  const inside = (c: Company) => mentionsIn(doc, r.start, r.end).some((x) => company(x) === c) || doc.text.slice(r.start, r.end).includes(c.name);
  return partiesOf(doc, m, clause, s).filter(inside);
}

const significantDigits = (n: number): number => String(n).replace(/0+$/, '').replace(/\D/g, '').length;

/**
 * "$2.9 billion" and "roughly $3 billion" between the same companies are one deal told twice: a figure
 * within 5 % of another, with the same parties, and one of the two approximate, is dropped (the rounder one).
 */
function withoutRestatements(ds: DealCandidate[]): DealCandidate[] {
  const drop = new Set<DealCandidate>();
  const sameParties = (a: DealCandidate, b: DealCandidate) => a.parties.length === b.parties.length && a.parties.every((p) => b.parties.includes(p));
  for (let i = 0; i < ds.length; i++) {
    for (let j = i + 1; j < ds.length; j++) {
      const a = ds[i]!;
      const b = ds[j]!;
      if (a.currency !== b.currency || Math.abs(a.amount - b.amount) > 0.05 * Math.max(a.amount, b.amount)) continue;
      if ((a.qualifier !== 'about' && b.qualifier !== 'about') || !sameParties(a, b)) continue;
      drop.add(significantDigits(b.amount) > significantDigits(a.amount) ? a : b);
    }
  }
  return drop.size ? ds.filter((d) => !drop.has(d)) : ds;
}

/**
 * End of the deal word that governs the figure, -1 when there is none, null when a
 * word that makes the figure something else (revenue, valuation...) is nearer.
 */
function dealWordBefore(doc: Doc, m: Money, from: number, clause: Range): number | null {
  // "Hut 8 shares jumped 20% after the company announced a $7 billion lease": the figure is the subordinate clause's.
  const sub = SUBORDINATE.last(doc.text, doc.tokens, from, m.start);
  const not = lastNotDeal(doc, sub ? sub.end : from, m.start);
  const deal = lastDeal(doc, from, m.start);
  // "valorada en" after "operación", or with no company named before it, values the deal, not a company.
  const valuesDeal = !!not && VALUATION.test(not.phrase) && (has(doc, DEAL, not.start - 60, not.start)
    || !(mentionsIn(doc, clause.start, not.start).length || COMPANY_NOUN.test(doc.text.slice(clause.start, not.start))));
  // A deal phrase that contains the other word ("contract revenue") wins over it.
  const inside = !!not && !!deal && deal.start < not.start && deal.end >= not.end;
  // "Aquellos contratos suponen ingresos de unos 3.700 millones": the revenue of the agreement named just before is its value.
  // ("El contrato, que incluye dos extensiones opcionales, implica ingresos por unos 3.700 millones": the agreement is the clause's subject.)
  const contractRevenue = !!not && !!deal && REVENUE_WORD.test(not.phrase) && deal.end <= not.start && deal.start >= clause.start
    && (not.start - deal.end <= 30 || /^[\s\u00a0"“«]*(?:\p{L}+[\s\u00a0]+)?$/u.test(doc.text.slice(clause.start, deal.start)));
  // "worth", "por valor de", "le montant": a value, of a deal unless something else is named shortly before
  // ("shares would be worth", "holds equity in OpenAI Group PBC worth").
  const value = last(doc, VALUE, from, m.start) ?? last(doc, VALUE_NEAR, Math.max(from, m.start - 40), m.start);
  const gap = value && not && not.end <= value.start ? doc.text.slice(not.end, value.start) : null;
  const valueOwn = value && !(gap !== null && (gap.length <= 20 || (gap.length <= 40 && !/[,;()—–]/u.test(gap)))) ? value.end : -1;
  const dealAt = Math.max(deal?.end ?? -1, valueOwn);
  if (not && not.end >= dealAt && !valuesDeal && !inside && !contractRevenue) return null;
  return dealAt;
}

/** The last word of NOT_DEAL in [from, to), leaving out phrases that only contain one ("earnings call"). */
function lastNotDeal(doc: Doc, from: number, to: number): PhraseMatch | null {
  const all = NOT_DEAL.all(doc.text, doc.tokens, from, to);
  for (let i = all.length - 1; i >= 0; i--) if (!NOT_DEAL_IGNORED.has(all[i]!.phrase) && !insideMention(doc, all[i]!.start, all[i]!.end)) return all[i]!;
  return null;
}

/** The last deal word in [from, to): a listed phrase, or in German the last part of a compound ("Fünfjahresvertrag"). */
function lastDeal(doc: Doc, from: number, to: number): PhraseMatch | null {
  const listed = last(doc, DEAL, from, to);
  if (doc.lang !== 'de') return listed;
  const toks = doc.tokens;
  for (let i = firstStartingAt(toks, to) - 1; i >= 0 && toks[i]!.start >= from && (!listed || toks[i]!.start > listed.start); i--) {
    const t = toks[i]!;
    const w = lowerOf(doc.text, t);
    if (DEAL_SUFFIX_DE.some((x) => w.length > x.length + 2 && w.endsWith(x))) return { start: t.start, end: t.end, phrase: w };
  }
  return listed;
}

// Two companies joined by a conjunction: "Deutsche Telekom und Nvidia", "MGX, Bpifrance, Mistral AI et Nvidia".
const JOINED = /^[\s\u00a0]*(?:,[\s\u00a0]*)?(?:and|y|e|et|und|&)?[\s\u00a0]*(?:(?:the|la|el|le|l['’]|o|a|der|die|das|dem|den)[\s\u00a0]+)?$/iu;
// Between the subjects and their pledge verb: auxiliaries and adverbs ("will jointly", "vont", "van a", "werden gemeinsam").
const SUBJECT_TO_VERB = /^[\s\u00a0]*(?:(?:will|would|plan|plans|planned|announced|agreed|are|to|have|has|jointly|together|also|vont|va|prévoient|comptent|d['’]|de|van|a|planean|vão|planejam|werden|wollen|gemeinsam|ensemble|juntas|juntos|conjuntamente)[\s\u00a0]+)*$/iu;
/**
 * Two companies side by side as the subject of the pledge verb ("Deutsche Telekom et Nvidia vont investir",
 * "investieren die Deutsche Telekom und Nvidia"): partners in the venture they invest in, not one company's spending.
 */
function coInvestors(doc: Doc, s: Range, verbStart: number, verbEnd: number): boolean {
  const ms = mentionsIn(doc, s.start, s.end).filter((x) => !x.ticker);
  // "Iberdrola y ... Echelon han creado una sociedad conjunta", "Die Telekom baut gemeinsam mit Nvidia …".
  if (new Set(ms.map(company)).size >= 2 && JOINT.has(doc.text, doc.tokens, s.start, s.end)) return true;
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1]!;
    const b = ms[i]!;
    const gap = doc.text.slice(a.end, b.start);
    if (company(a) === company(b) || !/(?:and|y|e|et|und|&)/iu.test(gap) || !JOINED.test(gap)) continue;
    if (b.end <= verbStart && SUBJECT_TO_VERB.test(doc.text.slice(b.end, verbStart))) return true;
    // "OpenAI y Oracle firmaron una carta de intención para un centro de datos con una inversión de …": the agreement's investment.
    const agreed = b.end <= verbStart ? DEAL.all(doc.text, doc.tokens, b.end, verbStart)[0] : undefined;
    if (agreed && agreed.start - b.end <= 30 && !mentionsIn(doc, b.end, verbStart).length) return true;
    if (a.start >= verbEnd && JOINED.test(doc.text.slice(verbEnd, a.start))) return true;
  }
  return false;
}

/** A company introduced by "with / en / con / avec / mit" after the pledge verb. */
function hasPartner(doc: Doc, from: number, clauseEnd: number): boolean {
  const rest = doc.text.slice(from, clauseEnd);
  return INVEST_IN_COMPANY.test(rest) || BUY_CHIPS.test(rest)
    || mentionsIn(doc, from, clauseEnd).some((x) => PARTNER.test(doc.text.slice(Math.max(from, x.start - 40), x.start)));
}

// "for OpenAI's Abilene data center": the owner of the place the deal serves, not a party.
// "the campus leased to Oracle": in a financing, the tenant of what is financed is not a party.
const TENANT_BEFORE = /(?<![\p{L}])(?:leased to|rented to|let to|arrendad[oa]s? a|alquilad[oa]s? a|alugad[oa]s? (?:à|a|ao)|loués? à|louée?s? à|vermietet an|an[\s\u00a0]+\p{L}+[\s\u00a0]+vermietet)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’]|der|die|das|dem)[\s\u00a0]*)?$/iu;
// "para alimentar o novo data center da OpenAI": after the figure, the owner of the place the deal serves.
const PLACE_OWNER_BEFORE = /(?<![\p{L}])(?:data cent(?:er|re)s?|centros? de (?:datos|dados)|centres? de données|Rechenzentr(?:um|en)|campus)[\s\u00a0]+(?:da|do|de|del|des|du|d['’]|von|der)[\s\u00a0]*(?:(?:la|el|a|o)[\s\u00a0]+)?$/iu;
const FOR_POSSESSIVE = /(?<![\p{L}])for[\s\u00a0]+$/iu;

function partiesOf(doc: Doc, m: Money, clause: Range, s: Range): Company[] {
  // In a financing, "bonds for Meta's campus" names the borrower.
  const financing = FINANCING.has(doc.text, doc.tokens, clause.start, clause.end);
  // A bare ticker ("SAN" in a "SAN FRANCISCO" dateline, "(NASDAQ: NVDA)") never names a party: the name does.
  const ok = (x: Mention, from: number) => !x.ticker && !isProductMention(doc, x)
    && !RELATION_BEFORE.test(doc.text.slice(Math.max(from, x.start - 60), x.start)) && !RELATION_AFTER.test(doc.text.slice(x.end, x.end + 14))
    && !RELATED_NOUN_BEFORE.test(doc.text.slice(Math.max(from, x.start - 30), x.start))
    && !(x.start >= m.end && AFTER_BACKGROUND.test(doc.text.slice(m.end, x.start)))
    && !(FOR_POSSESSIVE.test(doc.text.slice(Math.max(0, x.start - 8), x.start)) && /^['’]s?[\s\u00a0]/u.test(doc.text.slice(x.end, x.end + 3)) && !financing)
    && !(financing && TENANT_BEFORE.test(doc.text.slice(Math.max(0, x.start - 30), x.start)))
    && !(x.start >= m.end && !financing && PLACE_OWNER_BEFORE.test(doc.text.slice(Math.max(m.end, x.start - 40), x.start)));
  let end = Math.min(objectEnd(doc, m, clause), anotherDeal(doc, m, clause));
  // "... has struck with neoclouds, including a contract with Nebius worth up to $19.4 billion": the listed agreement's own clause.
  const intro = LIST_INTRO.last(doc.text, doc.tokens, clause.start, m.start);
  const start = intro && DEAL_NOUN_NEXT.test(doc.text.slice(intro.end, intro.end + 24)) ? intro.end : clause.start;
  // "signed a $9.7 billion contract with Iren and a $17.4 billion deal with Nebius": each figure takes the
  // subject before the first figure and the objects between itself and the next figure.
  const amounts = doc.money.filter((x) => x.start >= clause.start && x.end <= clause.end && !x.conversion && (x.amount_usd ?? x.amount) >= MIN_USD);
  const next = amounts.find((x) => x.start > m.end);
  const first = amounts[0];
  let cutFrom = -1;
  // "Iren’s $9.7 billion": a possessive right before a figure belongs to that figure.
  // ("OpenAI's reported $300 billion contract": one word may stand between.)
  const owner = (x: Money) => mentionsIn(doc, Math.max(clause.start, x.start - 40), x.start).filter((p) => POSSESSIVE_GAP.test(doc.text.slice(p.end, x.start))).pop();
  if (next && next.start < end && mentionsIn(doc, m.end, next.start).length) {
    // "… with Oracle, a partnership in which Nvidia will invest up to $100 billion": the next figure's own subject stays with it.
    const seg = segmentStart(doc, m.end, next.start);
    end = owner(next)?.start ?? (seg > m.end && mentionsIn(doc, seg, next.start).length && mentionsIn(doc, m.end, seg).length ? seg : next.start);
  }
  const own = amounts.length > 1 ? owner(m) : undefined;
  // After a comma following the previous figure, the figure's own subject ("…, a partnership in which Nvidia will invest $100 billion").
  const seg = first && first !== m ? segmentStart(doc, first.end, m.start) : -1;
  const mySeg = seg > (first?.end ?? 0) ? seg : Infinity;
  if (first && first !== m && (mentionsIn(doc, m.end, end).length || (mySeg < m.start && mentionsIn(doc, mySeg, m.start).length))) cutFrom = first.start;
  let ms = mentionsIn(doc, start, end).filter((x) => ok(x, start) && !inAside(doc, clause, x) && !attributive(doc, x, m)
    && (own ? x === own || x.start >= m.end : cutFrom < 0 || x.end <= cutFrom || x.start >= m.end || x.start >= mySeg));
  // Names the gazetteer does not know, listed after "from / with / con / auprès de / von".
  const listed = listedNames(doc, clause.start, end).filter((l) => !(l.start >= m.end && AFTER_BACKGROUND.test(doc.text.slice(m.end, l.start))));
  const extra = uniq(listed.flatMap((l) => l.companies.filter((c) => c.kind === null && c.tickers.length === 0 && c.ticker === null && !doc.mentions.some((x) => company(x) === c))));
  if (!ms.length && !extra.length) {
    // "the three sponsors formed a $3.4 billion joint venture": the companies listed together before.
    const they = pluralAntecedent(doc, s, clause, m.start);
    if (they.length) return they;
    // The clause's subject is elided: the sentence's subject if it opens the sentence, else who the story is about.
    const inSentence = mentionsIn(doc, s.start, s.end).filter((x) => ok(x, s.start));
    if (inSentence.length) {
      const opener = inSentence[0]!;
      if (!/^[\s\p{P}]*(?:\p{L}+[\s\u00a0]+){0,2}$/u.test(doc.text.slice(s.start, opener.start))) return doc.protagonists.slice(0, 1);
      // "Bpifrance, le fonds émirati MGX, Mistral AI et Nvidia créent une coentreprise … ; la première tranche …": all the opening list.
      const run = [opener];
      for (const x of inSentence.slice(1)) {
        const gap = doc.text.slice(run[run.length - 1]!.end, x.start);
        if (company(x) === company(run[run.length - 1]!) ? gap.length > 3 : !OPENING_GAP.test(gap)) break;
        run.push(x);
      }
      return uniq(run.map(company));
    }
    // "A empresa obteve um financiamento de US$ 1,4 bilhão": a generic subject is the company named last before.
    const it = antecedent(doc, s, clause, m.start, []);
    if (it) return [it];

    // "The deal, worth $3 billion, …": the companies of the sentence that announced the agreement (a recent
    // sentence with a deal verb, else the headline), not whoever the sentence before happens to name.
    const prev = announcing(doc, s);
    if (prev) ms = mentionsIn(doc, prev.start, prev.end).filter((x) => ok(x, prev.start) && !inAside(doc, prev, x));
  }
  let companies = uniq(ms.map(company));
  // "Microsoft has signed agreements with neoclouds, including a contract … with Nebius": who signed them is a party.
  if (start !== clause.start && companies.length === 1) {
    const signer = mentionsIn(doc, clause.start, intro!.start).find((x) => ok(x, clause.start) && company(x) !== companies[0]);
    if (signer && /^[\s\p{P}]*(?:\p{L}+[\s\u00a0]+){0,2}$/u.test(doc.text.slice(clause.start, signer.start))) companies = [company(signer), ...companies];
  }
  const resp = respectively(doc, m, ms, clause, s);
  if (resp) return resp;
  // A subject outside the gazetteer opening the sentence before the verb ("A Petrobras contratou a Lenovo").
  {
    const subj = surfaceSubject(doc, s, m.start);
    if (subj && !companies.some((c) => c.name === subj.name)) companies = [subj, ...companies];
  }
  for (const c of extra) if (!companies.some((k) => k.name === c.name)) companies.push(c);
  if (companies.length <= 5) return companies;
  // An explicit list of lenders/partners with the subject before it: all of them.
  const list = listed.find((l) => l.companies.length >= 2);
  if (list) {
    const subjects = uniq(ms.filter((x) => x.end <= list.start).map(company));
    const subj = subjects[0] ?? companies.find((c) => !list.companies.includes(c));
    return uniq([...(subj && !list.companies.includes(subj) ? [subj] : []), ...list.companies]).slice(0, 6);
  }
  // Too many: the company right before the figure ("Cipher Mining's $5.5 billion lease with AWS") and the first after it.
  const before = ms.filter((x) => x.end <= m.start);
  const after = ms.find((x) => x.start >= m.end);
  return uniq([...(before.length ? [company(before[before.length - 1]!)] : []), ...(after ? [company(after)] : [])]);
}

// Between two names of a list opening a sentence: a comma or "and", an article and a few lower-case words ("le fonds émirati").
const OPENING_GAP = /^[\s\u00a0]*(?:,|and|y|e|et|und|&|,[\s\u00a0]*(?:and|y|e|et|und))[\s\u00a0]*(?:(?:the|la|el|le|les|l['’]|o|a|der|die|das|dem|den)[\s\u00a0]+)?(?:\p{Ll}[\p{L}-]*[\s\u00a0]+){0,3}$/u;
// ", e pelo fundo MGX vai comprar …", ", and by Nvidia": "and" joining two agents of one phrase, not a new clause.
const AGENT_CONTINUES = /^(?:pel[oa]s?|por|by|par|von|vom|durch)[\s\u00a0]/iu;
/** The clause of the figure, through an "and" that only adds a second agent ("liderado pela BlackRock … e pelo fundo MGX"). */
function dealClause(text: string, s: Range, pos: number): Range {
  let c = clauseAt(text, s, pos);
  for (let k = 0; k < 3 && c.start > s.start && AGENT_CONTINUES.test(text.slice(c.start, c.start + 8)); k++) {
    c = { start: clauseAt(text, s, c.start - 4).start, end: c.end };
  }
  return c;
}

/** Start of the last comma-separated segment of [from, to) (`from` when there is no comma). */
function segmentStart(doc: Doc, from: number, to: number): number {
  const i = doc.text.slice(from, to).search(/[,;:][^,;:]*$/u);
  return i < 0 ? from : from + i + 1;
}

// "…, as well as a deal with AMD", ", ainsi qu'un accord …", ", sowie einen Vertrag …": another agreement starts.
const ANOTHER_DEAL = /,?[\s ]+(?:as well as|along with|así como|junto con|assim como|bem como|ainsi qu['’]|de même qu['’]|sowie)[\s ]*(?:(?:a|an|the|un|una|uno|um|uma|une|le|la|l['’]|ein|eine|einen|der|die|das|o|a)[\s ]+)?(?:[\p{L}-]+[\s ]+)?(?:deal|agreement|contract|pact|acuerdo|contrato|pacto|acordo|accord|contrat|Vertrag|Deal|Vereinbarung|Abkommen)(?![\p{L}])/iu;
function anotherDeal(doc: Doc, m: Money, clause: Range): number {
  const i = doc.text.slice(m.end, clause.end).search(ANOTHER_DEAL);
  return i < 0 ? clause.end : m.end + i;
}
const DEAL_NOUN_NEXT = /^[\s ]*(?:(?:a|an|the|its|un|una|uno|um|uma|une|le|la|l['’]|ein|eine|einen|einem|o)[\s ]+)?(?:[\p{L}-]+[\s ]+)?(?:deal|agreement|contract|lease|order|acuerdo|contrato|arrendamiento|pedido|acordo|encomenda|accord|contrat|bail|commande|Vertrag|Deal|Vereinbarung|Auftrag)(?![\p{L}])/iu;

// "The Meta order follows Nebius' agreement with Microsoft ... for $17.4 billion": a company naming another
// agreement ("the Meta order") is not a party of the one the figure values.
const ATTRIBUTIVE_BEFORE = /(?<![\p{L}])(?:the|this|that|la|el|le|o|a|der|die|das)[\s ]+$/iu;
const DEAL_NOUN_AFTER = /^[\s ]+(?:deal|order|contract|agreement|pact|lease|acuerdo|contrato|pedido|acordo|encomenda|accord|contrat|commande|Vertrag|Deal|Auftrag)(?![\p{L}])/iu;
function attributive(doc: Doc, x: Mention, m: Money): boolean {
  if (x.end > m.start || !ATTRIBUTIVE_BEFORE.test(doc.text.slice(Math.max(0, x.start - 6), x.start))) return false;
  const noun = DEAL_NOUN_AFTER.exec(doc.text.slice(x.end, x.end + 16));
  return !!noun && !!lastDeal(doc, x.end + noun[0].length, m.start);
}

/**
 * "Nvidia and Microsoft will invest up to $10 billion and up to $5 billion respectively in Anthropic": the n-th of
 * the coordinated subjects pays the n-th figure; the other companies of the clause (else of the sentence) are the other side.
 */
function respectively(doc: Doc, m: Money, ms: Mention[], clause: Range, s: Range): Company[] | null {
  const amounts = doc.money.filter((x) => x.start >= (ms[0]?.start ?? m.start) && x.end <= clause.end && (x.amount_usd ?? x.amount) >= MIN_USD);
  const i = amounts.indexOf(m);
  const first = amounts[0];
  // "respectively" after the figures, "beziehungsweise" between them.
  // ("NVIDIA et Microsoft vont respectivement injecter 10 milliards et 5 milliards": before them too.)
  if (!first || i < 0 || !RESPECTIVELY.test(doc.text.slice(clause.start, Math.min(s.end, m.end + 200)))) return null;
  const before = ms.filter((x) => x.end <= first.start);
  // The subjects: a run of companies joined by commas and "and", as many as the figures.
  let run: Mention[] = [];
  for (const x of before) {
    const prev = run[run.length - 1];
    run = prev && JOINED.test(doc.text.slice(prev.end, x.start)) ? [...run, x] : [x];
    if (run.length === amounts.length) break;
  }
  if (run.length !== amounts.length) return null;
  const subjects = run.map(company);
  let objects = uniq(ms.filter((x) => !run.includes(x)).map(company)).filter((c) => !subjects.includes(c));
  if (!objects.length) objects = uniq(mentionsIn(doc, s.start, clause.start).filter((x) => !x.ticker).map(company)).filter((c) => !subjects.includes(c)).slice(0, 1);
  return uniq([subjects[i]!, ...objects]);
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

const ARTICLE = String.raw`(?:(?:[Tt]he|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Ll]e|[Ll]es|[Oo]|[Oo]s|[Aa]|[Aa]s|[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en)[\s\u00a0]+|[Ll]['’])?`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{N}&.-]*(?<![.-])(?![\p{L}\p{N}$€£¥]|['’]s?(?![\p{L}]))`;
// "Hut 8", "Crédit Agricole CIB", "Banco do Brasil"; never a possessive ("Iren’s $9.7 billion contract" starts another deal).
const NAME = String.raw`${NAME_WORD}(?:[\s\u00a0]+(?:(?:de|del|du|des|da|do|dos|&)[\s\u00a0]+)?${NAME_WORD}){0,4}(?:[\s\u00a0]\d{1,3}(?![\d.,]))?`;
const LIST_HEAD = new RegExp(String.raw`^${ARTICLE}(${NAME})`, 'u');
const LIST_NEXT = new RegExp(String.raw`^(?:[\s\u00a0]*,[\s\u00a0]*(?:(?:and|y|e|et|und)[\s\u00a0]+)?|[\s\u00a0]+(?:and|y|e|et|und|&)[\s\u00a0]+)${ARTICLE}(${NAME})`, 'u');
// Capitalised words that are not companies: places, months, units, acronyms of the domain, sentence words.
const NOT_COMPANY = /^(?:AI|IA|KI|US|USA|EU|UE|UK|GPU|GPUs|TPU|MW|GW|CEO|CFO|IPO|The|This|That|It|He|She|They|We|In|On|At|For|And|But|De|Del|Da|Do|Du|Des|El|La|Los|Las|Un|Una|Le|Les|Der|Die|Das|Ein|Eine|Em|No|Na|O|A|Es|Il|Elle|Er|Sie|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Texas|California|Saudi|Arabia|Australia|Australian|Canada|UAE|Emirates|Qatar|Norway|Sweden|Finland|Netherlands|Ireland|Singapore|Malaysia|Indonesia|Taiwan|Chile|Argentina|Colombia|Peru|Britain|British|American|European|Chinese|Japanese|Korean|Indian|French|German|Spanish|Texan|Washington|Abilene|Sines|Bilbao|Barcelona|Aragón|Aragon|Lisboa|Lisbon|Munich|München|Frankfurt|Marseille|Londres|Italia|Italy|Italie|Mexico|México|Japan|Japón|Korea|Corea|Europe|Europa|America|América|China|Japan|India|France|Francia|Spain|España|Germany|Alemania|Deutschland|Brasil|Brazil|Portugal|Madrid|Paris|París|London|Londres|Berlin|Berlín|Bayern|Wisconsin|Louisiana|Ohio|Virginia|Arizona|Georgia|Big|Tech|Wall|Street|Silicon|Valley|Nasdaq|NYSE|Recent|Other|Previous|Earlier|Similar|Several|Many|Most|Some|Such)$/u;

// "Der KI-Cloud-Anbieter Polarise": German descriptor nouns before the name are not part of it.
// "Amsterdam-listed JDE Peet's", "Tokyo-based Sakura Internet": a place-compound in front is not part of the name.
const DESCRIPTOR_NOUN = /^(?:[\p{L}\d]+-)*(?:Anbieter|Konzern|Betreiber|Unternehmen|Entwickler|Hersteller|Start-?up|Investor|Finanzinvestor|Versorger|Energieversorger|Chipkonzern|Softwarekonzern|Spezialist|Dienstleister|Rechenzentrumsbetreiber)$|^[\p{L}\d]+-\p{Lu}\p{Ll}{3,}$|^\p{Lu}[\p{L}.]*-(?:listed|based|headquartered|born|registered|owned|backed|controlled)$/u;
function stripDescriptor(name: string): string {
  const words = name.split(/[\s\u00a0]+/);
  while (words.length > 1 && DESCRIPTOR_NOUN.test(words[0]!)) words.shift();
  return words.join(' ');
}
const surface = (name: string): Company => ({ name, ticker: null, tickers: [], kind: null });
// German capitalises nouns: a one-word name with a noun ending is a noun ("mit dem Namen").
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tät|ion|en|nis|um|ern|ter|tum|chen)$/u;
const LOAN_NOUN = /(?:financiamento|financiación|financiamiento|financement|crédito|crédit|empréstimo|préstamo|prêt|emprestimo|loan|Kredit|Darlehen)[\s\u00a0]*$/iu;
/** "financiamento de R$ 5,2 bilhões do BNDES": "do/de/des" introduces a lender only right after a figure or a loan noun. */
function afterFigureOrLoan(doc: Doc, pos: number): boolean {
  if (doc.money.some((x) => x.end <= pos && pos - x.end <= 2)) return true;
  return LOAN_NOUN.test(doc.text.slice(Math.max(0, pos - 20), pos));
}

/** Companies named in a list that starts at `pos`; a name the gazetteer knows is returned as its canonical company. */
function listAt(doc: Doc, pos: number, limit: number): { companies: Company[]; end: number } {
  const out: Company[] = [];
  let at = pos;
  let re: RegExp = LIST_HEAD;
  for (let i = 0; i < 6; i++) {
    const m = re.exec(doc.text.slice(at, Math.min(limit, at + 120)));
    if (!m) break;
    const nameStart = at + m[0].length - m[1]!.length;
    const end = at + m[0].length;
    // "from Saudi Arabia’s Humain": the name is a modifier of a possessive; the list ends here.
    if (/^[\s\u00a0]+\p{Lu}[\p{L}\p{N}-]*['’]s?(?![\p{L}])/u.test(doc.text.slice(end, end + 40))) break;
    // A known name, or a descriptor that takes in the article ("l'Etat"), overlapping the name.
    const known = mentionsIn(doc, Math.max(0, nameStart - 4), end + 30).filter((x) => x.start < end && x.end > nameStart);
    if (known.length) {
      out.push(company(known[0]!));
      at = Math.max(end, known[0]!.end);
    } else {
      const words = m[1]!.split(/[\s\u00a0]+/);
      // "with Dutch cloud company Nebius Group": an adjective of origin and a descriptor before the name.
      if (words.length === 1 && DEMONYM.test(words[0]!)) {
        const d = AFTER_DEMONYM.exec(doc.text.slice(end, end + 60));
        const from = d ? end + d[0].length : -1;
        const k = d ? mentionsIn(doc, from, Math.min(limit, from + 60))[0] : undefined;
        const n = d && !(k && k.start === from) ? nameStartingAt(doc.text, from, Math.min(limit, from + 60)) : null;
        if (k && k.start === from) {
          out.push(company(k));
          at = k.end;
        } else if (n && n.start === from && !NOT_A_NAME.has(n.company.name)) {
          out.push(n.company);
          at = n.end;
        } else break;
        re = LIST_NEXT;
        continue;
      }
      // "from the Austin-based company": where a company sits, not its name.
      if (words.every((w) => NOT_COMPANY.test(w) || LISTED.test(w)) || NOT_A_NAME.has(words[0]!) || m[1]!.length < 2) break;
      if (doc.lang === 'de' && words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && GERMAN_NOUN.test(words[0]!)) break;
      out.push(surface(stripDescriptor(m[1]!)));
      at = end;
    }
    re = LIST_NEXT;
  }
  return { companies: out, end: at };
}

/** Names listed after a preposition in [from, to) that the gazetteer does not know ("a loan from JPMorgan and MUFG"). */
function listedNames(doc: Doc, from: number, to: number): { companies: Company[]; start: number; end: number }[] {
  const out: { companies: Company[]; start: number; end: number }[] = [];
  const re = /(?<![\p{L}])(?:from|with|by|con|com|junto a[lo]?|de parte de|por parte de|avec|auprès d(?:e|['’])|par|mit|von|vom|bei|do|da|del|des|du|de|(?:contrat[óoaeu]\p{L}*|hired|hires|selected|selects|tapped|taps|fournira|fournit|fournir)(?:[\s\u00a0]+(?:a|à|al|ao))?)[\s\u00a0]+/giu;
  const part = doc.text.slice(from, to);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    const at = from + m.index + m[0].length;
    const word = m[0].trim().toLowerCase();
    // "de/do/da/des/du" only right after a figure or a financing noun: "financiamento de R$ 5,2 bilhões do BNDES".
    if (/^(?:do|da|del|des|du|de)$/.test(word) && !afterFigureOrLoan(doc, from + m.index)) continue;
    const l = listAt(doc, at, to);
    if (l.companies.length) out.push({ companies: l.companies, start: at, end: l.end });
    re.lastIndex = l.end - from > re.lastIndex ? l.end - from : re.lastIndex;
  }
  return out;
}

// Where the object of the agreement ends: a relative clause or a purpose after it names other companies
// ("with Fluidstack, whose customer Anthropic", "from JPMorgan and MUFG to fund campuses that will serve Oracle").
const OBJECT_END = /(?:,[\s\u00a0]*(?:whose|which|who|that|cuy[oa]s?|que|cujo|cuja|cujos|dont|qui|deren|dessen|die|der|das|welche[rs]?)|[\s\u00a0](?:whose|which|that will|that would|to (?:fund|finance|build|develop|serve|power|support|expand)|cuy[oa]s?|para (?:financiar|construir|desarrollar|dar servicio|abastecer|ampliar)|cujo|cuja|para (?:financiar|construir|desenvolver|atender|ampliar|processamento)|dont|pour (?:financer|construire|développer|alimenter|servir)|um[\s\u00a0][^,.;]{0,60}?zu|zur[\s\u00a0](?:Finanzierung|Versorgung)|für den Bau))(?![\p{L}])/iu;

/** The end of the object of the agreement after the figure: before a relative clause or a purpose. */
function objectEnd(doc: Doc, m: Money, clause: Range): number {
  const part = doc.text.slice(m.end, clause.end);
  // A financing ends at its purpose or at any relative clause: the campus "that it will lease to Microsoft" names a tenant, not a lender.
  const financing = FINANCING.has(doc.text, doc.tokens, clause.start, clause.end);
  const b = OBJECT_END.exec(part);
  const r = financing ? FINANCING_OBJECT_END.exec(part) : null;
  const at = Math.min(b?.index ?? Infinity, r?.index ?? Infinity);
  if (at === Infinity) return clause.end;
  const end = m.end + at;
  // Only when the object was named before the boundary (else the boundary is the object's own description):
  // after the figure, or both sides before it ("Iren agreed to buy GPUs from Dell for $5.8 billion, which it will pay …").
  const named = financing || mentionsIn(doc, m.end, end).length > 0 || listedNames(doc, m.end, end).length > 0
    || new Set(mentionsIn(doc, clause.start, m.start).map(company)).size >= 2;
  return named ? end : clause.end;
}
const FINANCING_OBJECT_END = /[\s\u00a0,](?:that|which|que|qui|dont|die|der|das|welche[rs]?)[\s\u00a0]/iu;

/** "Petrobras contratou a Lenovo", "EDF fournira à Fluidstack": a subject the gazetteer does not know, opening the sentence before a deal verb. */
const SUBJECT = new RegExp(String.raw`^[\s\u00a0"“«]*(?:[(\p{Lu}\p{N}][\p{L}\p{N} ,.'’()/-]{0,50}?[\s\u00a0]+[-–—][\s\u00a0]+)?${ARTICLE}(?:(?:\p{Ll}[\p{L}-]*[\s\u00a0]+){0,3})?(${NAME})`, 'u');
function surfaceSubject(doc: Doc, s: Range, before: number): Company | null {
  const m = SUBJECT.exec(doc.text.slice(s.start, Math.min(before, s.start + 160)));
  if (!m) return null;
  const nameStart = s.start + m[0].length - m[1]!.length;
  const nameEnd = s.start + m[0].length;
  // A name the gazetteer knows (or a descriptor around it) is read by the mentions; "la empresa de Sam Altman" names a person.
  if (doc.mentions.some((x) => x.start < nameEnd && x.end > s.start)) return null;
  if (/(?<![\p{L}])(?:de|of|do|da|du|des|von|del)[\s\u00a0]+$/u.test(doc.text.slice(s.start, nameStart))) return null;
  const words = m[1]!.split(/[\s\u00a0]+/);
  if (words.some((w) => NOT_COMPANY.test(w) || NOT_NAME_WORD.test(w))) return null;
  // A verb of the agreement right after the name (auxiliaries and adverbs allowed).
  const lim = Math.min(before, nameEnd + 50);
  const v1 = DEAL.all(doc.text, doc.tokens, nameEnd, lim)[0];
  const v2 = RECEIVE.all(doc.text, doc.tokens, nameEnd, lim)[0];
  const verb = v1 && v2 ? (v1.start < v2.start ? v1 : v2) : v1 ?? v2;
  if (!verb || !/^[\s\u00a0]*(?:(?:has|have|had|will|would|is|was|ha|han|había|habrá|va a|tem|vai|foi|a|va|hat|wird|hatte|also|también|também|aussi|auch|on \p{L}+|el \p{L}+|le \p{L}+|am \p{L}+)[\s\u00a0]+)*$/u.test(doc.text.slice(nameEnd, verb.start))) return null;
  return surface(stripDescriptor(m[1]!));
}
const NOT_NAME_WORD = /^(?:Milliarden?|Millionen?|Mrd|Mio|Dollar|US-Dollar|Euro|Prozent|Aktien?|Shares|Reuters|Bloomberg|EFE|AFP|Europa Press|Según|According|Under|Sources|Analysts?|Los|Las|Die|The|Order|Agreement|Deal|Contract|Transaction|Company|Konzern|Unternehmen|Gruppe|These|Those|This|That|Both|Este|Esta|Ese|Esa|Esse|Essa|Aquel|Aquella|Aquele|Aquela|Dicho|Dicha|Aquellos|Aquellas|Estos|Estas|Esos|Esas|Ambos|Ambas|Aqueles|Aquelas|Estes|Esses|Essas|Ces|Cette|Cet|Ce|Les|Diese|Dieser|Dieses|Jene|Beide)$/u;

/** "lève 2,1 milliards d'euros auprès de BNP Paribas", "erhält 1,1 Mrd. Euro von Apollo": money received from named lenders. */
function financedBy(doc: Doc, m: Money, from: number, s: Range): number | null {
  const verb = RECEIVE.last(doc.text, doc.tokens, Math.max(from, m.start - 80), m.start);
  if (!verb || has(doc, ROUND, s.start, s.end)) return null;
  const after = doc.text.slice(m.end, Math.min(s.end, m.end + 60));
  const prep = /^[\s\u00a0]*(?:(?:in|en|em|de|d['’]|an)[\s\u00a0]+)?(?:[\p{Ll}-]+[\s\u00a0]+){0,3}?(?:from|von|vom|auprès d(?:e|['’])|de parte de|por parte de|junto a[lo]?|do|da|del|de)[\s\u00a0]+/iu.exec(after);
  if (!prep) return null;
  return listAt(doc, m.end + prep[0].length, s.end).companies.length ? verb.end : null;
}

// ", which also supplies OpenAI and xAI,", ", que ya trabaja con Meta,": an aside about a party names others.
// (Parentheses are left alone: they hold aliases and tickers.)
const ASIDE = /,[\s\u00a0]*(?:which|who|whose|that|also|que|quien|quienes|cuy[oa]s?|el cual|la cual|qui|dont|lequel|laquelle|die|der|das|welche[rs]?|deren|dessen)(?![\p{L}])[^,;()]{0,140},/giu;
function inAside(doc: Doc, r: Range, x: Mention): boolean {
  const part = doc.text.slice(r.start, Math.min(r.end, r.start + 900));
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(part); m; m = ASIDE.exec(part)) {
    const a = r.start + m.index;
    if (x.start > a && x.end <= a + m[0].length) return true;
    if (a > x.end) break;
  }
  return false;
}

/** The sentence that announced the agreement a follow-up sentence refers to: a deal word and a company, within three sentences back, else the headline. */
function announcing(doc: Doc, s: Range): Range | null {
  let i = doc.sentences.findIndex((r) => r.start === s.start);
  for (let k = 0; k < 3 && i > 0; k++) {
    const r = doc.sentences[--i]!;
    if (mentionsIn(doc, r.start, r.end).length && (DEAL.has(doc.text, doc.tokens, r.start, r.end) || RECEIVE.has(doc.text, doc.tokens, r.start, r.end))) return r;
  }
  const title = doc.bodyStart > 0 ? doc.sentences.find((r) => r.end <= doc.bodyStart && mentionsIn(doc, r.start, r.end).length) : undefined;
  return title ?? (i >= 0 && s.start > 0 ? sentenceOf(doc, s.start - 1) : null);
}
