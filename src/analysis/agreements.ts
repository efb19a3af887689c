// Compute agreements stated without a figure: a clause in which an agreement or
// supply word ties two companies ("Lambda signed an agreement with Microsoft to
// deploy … GPUs", "AMD fournira à OpenAI des puces", "Telekom und Nvidia bauen eine
// KI-Fabrik") in a sentence about compute. Many deal stories give no value; this is
// how the classifier sees them, and each one is a reason it can print.
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import type { Mention } from './entities.js';
import { clauseAt, type Range } from './sentences.js';
import { BACKGROUND, DEAL, RECEIVE, ROUND } from './deal-words.js';
import { isProductMention } from './products.js';
import { AI_WORDS, COMPUTE_OBJECT, DEAL_SUFFIX, DENIAL, JOINT, MORE_DEAL, NOT_COMPUTE_OBJECT, POWER, RECIPROCAL, SUPPLY } from './classify-words.js';
import { firstStartingAt } from './bisect.js';
import { layout } from './lead.js';
import { joined, lowerOf, PhraseSet, type PhraseMatch, type Token } from './tokens.js';
import { DEMONYM, nameStartingAt, STOP } from './names.js';
import { stateSpanAt } from './referents.js';

export interface Agreement {
  /** The clause that states it. */
  span: Range;
  parties: string[];
  cue: string;
  /** Recalled from the past ("earlier this year", "im Frühjahr"). */
  past: boolean;
}

interface Party {
  start: number;
  end: number;
  name: string;
  /** A vendor named for its product ("Nvidia GPUs", "Google Cloud TPUs"): the seller, if anything is bought. */
  product: boolean;
  /** Introduced by a partner or object word ("with Fluidstack", "à OpenAI", "an Oracle"): the other side. */
  partner: boolean;
}

// Two names joined as one subject: "OpenAI and Abu Dhabi's G42", "Iberdrola y el desarrollador irlandés Echelon".
const COORD = /^[\s\u00a0]*(?:,|and|y|e|et|und|&|\/)[\s\u00a0]*(?:[\p{L}'’.-]+[\s\u00a0]+){0,3}$/iu;
// Words that introduce the other side of an agreement: "with Fluidstack", "com a Omnia", "mit dem Anbieter Nscale".
const PARTNER = new Set(['with', 'alongside', 'between', 'from', 'con', 'junto', 'entre', 'com', 'avec', 'auprès', 'mit', 'zwischen', 'von', 'vom']);
// Before a known name only, the object of a supply: "to Microsoft", "à OpenAI", "an Oracle" (Spanish "a" too; Portuguese "a" is an article).
const OBJECT = new Set(['to', 'al', 'à', 'au', 'ao', 'aux', 'an', 'bei']);
const ARTICLES = new Set(['the', 'la', 'el', 'los', 'las', 'a', 'o', 'os', 'as', 'le', 'les', 'l', 'der', 'die', 'das', 'dem', 'den', 'des', 'del', 'do', 'da']);
// "with its partners", "mit seinen Systemen": a possessive before the name makes it the subject's own thing.
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'su', 'sus', 'seu', 'sua', 'seus', 'suas', 'son', 'sa', 'ses', 'leur', 'leurs', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer']);
/** Words between a partner word and its name: "with London-based", "mit dem britischen Anbieter". */
const PARTNER_GAP = 5;
// After a known name: "Iberdrola y Echelon", "Crusoe, Blue Owl".
const COORD_NAME = /^[\s\u00a0]*(?:,|and|y|e|et|und|&)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’]|der|die|das)[\s\u00a0]+)?(?:\p{Ll}[\p{L}-]*[\s\u00a0]+){0,3}(\p{Lu}[\p{L}\d&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\d&-]*){0,2})/u;
// Capitalised words that are not companies: acronyms of the domain, words that open sentences.
const NOT_NAME = /^(?:AI|IA|KI|GPUs?|TPUs?|CPUs?|EE|UU|US|USA|EU|UE|UK|MW|GW|CEO|IPO|The|This|That|These|It|Its|In|On|At|For|And|But|After|Under|According|Shares|Analysts|Investors|El|La|Los|Las|Un|Una|En|Según|Con|Por|Para|Tras|Las|Ambas|O|A|Os|As|Um|Uma|Em|No|Na|Segundo|Com|Após|Ambas|Le|Les|Une|Selon|De|Dans|Avec|Pour|Après|Il|Elle|Der|Die|Das|Ein|Eine|Im|Am|Nach|Laut|Mit|Für|Bei|Auch|Zu|Er|Sie|Wall|Nasdaq|Dax|DAX|Ibex|Ibovespa|Bolsa|Bourse|Börse|Dow|S&P)$/u;
// The sentence's subject after a dateline and an article: "(EUROPA PRESS) - Telefónica y …", "A Ascenty fechou", "Der Ulmer Betreiber Northern Data".
const SUBJECT = /^[\s\u00a0"“«]*(?:[(\p{Lu}\p{N}][\p{L}\p{N} ,.'’()/-]{0,50}?[\s\u00a0]+[-–—][\s\u00a0]+)?(?:(?:[Tt]he|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Aa]|[Oo]|[Oo]s|[Aa]s|[Ll]e|[Ll]es|[Ll]['’]|[Dd]er|[Dd]ie|[Dd]as)[\s\u00a0]+)?(\p{Lu}[\p{L}\d&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\d&-]*){0,3})/u;
// German capitalises every noun ("mit seinen Vera-Rubin-Systemen"): an unknown German name needs a second word, an
// inner capital or a digit ("Deutschen Bank", "MUFG", "OpenAI").
const GERMAN_NAME = /\p{Ll}\p{Lu}|^\p{Lu}{2}|\d/u;
// A number of chips or of watts: "12.600 GPU", "one million chips", "6 gigawatts", "zehn Gigawatt".
const SIZED = /(?:\d|(?<![\p{L}])(?:one|two|three|five|ten|hundreds?|thousands?|un|una|uno|dos|tres|cinco|diez|cien|mil|um|uma|deux|trois|cinq|dix|cent|ein|eine|einer|zwei|drei|fünf|zehn|hundert|tausend)(?![\p{L}]))[^.;:]{0,30}?(?<![\p{L}])(?:MW|GW|mega|giga|Mega|Giga|GPU|TPU|chips?|Chips|puces|processors|procesadores|processadores|processeurs|Prozessoren|Grafikprozessoren|servers|servidores|serveurs|Server)/u;

/**
 * The compute agreements stated in the headline and the lead, in text order. Only there: an
 * agreement further down is as likely the background of other news (deal figures deeper in the
 * body are read by deals.ts).
 */
export function agreements(doc: Doc): Agreement[] {
  const { text } = doc;
  const { lead, leadEnd, title, dated } = layout(doc);
  const all = cues(doc, dated.length ? dated[dated.length - 1]!.end : leadEnd);
  if (!all.length) return [];
  const leadStarts = new Set(lead.map((s) => s.start));
  // The lead spells out the headline: "Microsoft pagará … por capacidad de IA" + "El acuerdo se ha firmado con Nscale".
  const titleCompute = computeObject(doc, title, mentionsIn(doc, title.start, title.end), false);
  // Megawatts are a compute object when the headline or lead speaks of AI: a hydro plant's are not.
  const aiPower = AI_WORDS.has(text, doc.tokens, 0, leadEnd) || COMPUTE_OBJECT.has(text, doc.tokens, 0, leadEnd);
  // Power bought by an AI-compute company from a power company, in a story that speaks of AI or data centres anywhere.
  const storyAi = aiPower || AI_WORDS.has(text, doc.tokens, 0, text.length) || COMPUTE_OBJECT.has(text, doc.tokens, 0, text.length);
  const out: Agreement[] = [];
  for (const s of [...lead, ...dated]) {
    const lo = firstStartingAt(all, s.start);
    if (lo >= all.length || all[lo]!.end > s.end) continue;
    const ms = mentionsIn(doc, s.start, s.end);
    if (!ms.length || !(computeObject(doc, s, ms, aiPower) || (titleCompute && leadStarts.has(s.start)) || (storyAi && powerForCompute(ms)))) continue;
    if (DENIAL.has(text, doc.tokens, s.start, s.end)) continue;
    const parties = partiesIn(doc, s, ms);
    // Cues of one clause share its parties: the clause is read once.
    let clause: Range = { start: -1, end: -1 };
    let inClause: Party[] = [];
    for (let i = lo; i < all.length && all[i]!.end <= s.end; i++) {
      const cue = all[i]!;
      if (cue.start < clause.start || cue.start >= clause.end) {
        clause = clauseAt(text, s, cue.start);
        inClause = parties.filter((p) => p.start >= clause.start && p.end <= clause.end);
      }
      // "ha cerrado una ronda de financiación": the cue is, or its object is, a funding round.
      if (!inClause.length || ROUND.all(text, doc.tokens, Math.max(clause.start, cue.start - 30), Math.min(clause.end, cue.end + 40)).some((r) => r.end >= cue.start)) continue;
      const linked = link(doc, cue, inClause, clause, s.end <= title.end);
      if (!linked || buysOther(doc, clause) || marketMoves(doc, clause)) continue;
      out.push({ span: clause, parties: linked, cue: cue.phrase, past: BACKGROUND.in(doc.tokens, clause.start, clause.end) });
      break;
    }
  }
  return out;
}

/**
 * Money or an agreement for a stake, a licence or talent buys no compute (README rule 3), unless the
 * same clause also buys or supplies compute ("takes a stake … and will deploy 6 GW of its chips").
 */
export function buysOther(doc: Doc, r: Range, pledgeInCompany = false): boolean {
  const { text, tokens } = doc;
  // A company bought is a takeover; of a company that runs data centres or AI clouds it buys their capacity
  // ("to acquire Aligned Data Centers", "uma empresa especializada em centros de dados").
  const taken = takenCompany(doc, sentenceOf(doc, r.start));
  if (taken) return taken === 'other';
  if (!NOT_COMPUTE_OBJECT.has(text, tokens, r.start, r.end) && !pledgeInCompany) return false;
  return !(SUPPLY.has(text, tokens, r.start, r.end) && hasCompute(doc, r.start, r.end));
}

// A takeover: a buying verb whose object is a company ("comprará a Aligned Data Centers", "to acquire Core Scientific"),
// not its products ("buy Nvidia chips"). Spanish "comprar a X" buys from X: only an article may stand between.
const TAKEOVER = new PhraseSet(['acquire', 'acquires', 'acquired', 'acquiring', 'buy', 'buys', 'bought', 'buying', 'take over', 'takes over', 'took over',
  'adquirir', 'adquiere', 'adquirirá', 'adquirió', 'comprar', 'compra', 'comprará', 'compró', 'adquire', 'adquiriu', 'comprou',
  'racheter', 'rachète', 'rachètera', 'a racheté', 'acquérir', 'acquiert', 'a acquis', 'übernehmen', 'übernimmt', 'übernahm', 'kauft', 'kaufte', 'erwirbt', 'erwarb']);
const OBJECT_ARTICLE: Record<string, string> = {
  es: String.raw`(?:(?:la|el)[\s\u00a0]+)?`,
  pt: String.raw`(?:(?:a|o)[\s\u00a0]+)?`,
  fr: String.raw`(?:(?:la|le|les)[\s\u00a0]+|l['’][\s\u00a0]*)?`,
  de: String.raw`(?:(?:die|den|das)[\s\u00a0]+)?`,
  en: String.raw`(?:the[\s\u00a0]+)?`,
};
// Lower-case descriptors of the company bought ("chip designer Ampere", "empresa de centros de dados"), not a
// preposition ("buy capacity from cloud provider Nebius" buys capacity).
const DESCRIBED = String.raw`(?:(?!(?:from|to|for|with|of|del|des|von|für|mit|con|com|avec|para|pour|auprès)[\s\u00a0])[\p{Ll}-]{3,}[\s\u00a0]+){0,3}`;
const COMPANY_NOUN = String.raw`(?:company|firm|operator|startup|start-up|rival|designer|maker|developer|empresa|compañía|companhia|operadora|operador|société|entreprise|groupe|opérateur|concepteur|fabricant|Unternehmen|Firma|Betreiber|Konzern|Hersteller|Entwickler)(?![\p{L}])`;
// A name the gazetteer does not know, ending the object: "to buy Ampere Computing, a designer of …", "Ampere Computing for $6.5 billion".
const NAME_OBJECT_END = /^[\s\u00a0]*(?:[,.;(]|(?:for|por|pour|für|from|de|à|a|von|in a|en una|em uma|dans le cadre)(?![\p{L}]))/u;
const TAKEN = Object.fromEntries(Object.entries(OBJECT_ARTICLE).map(([lang, art]) => [lang, {
  gap: new RegExp(String.raw`^[\s\u00a0]+${art}${DESCRIBED}$`, 'u'),
  noun: new RegExp(String.raw`^[\s\u00a0]+${art}${DESCRIBED}${COMPANY_NOUN}`, 'iu'),
}]));

/** The company a takeover in [r) buys: one that hosts AI compute ('compute'), another ('other'), or none. */
function takenCompany(doc: Doc, r: Range): 'compute' | 'other' | null {
  const o = TAKEN[doc.lang] ?? TAKEN.en!;
  let found: 'compute' | 'other' | null = null;
  for (const v of TAKEOVER.all(doc.text, doc.tokens, r.start, r.end)) {
    const noun = o.noun.exec(doc.text.slice(v.end, v.end + 80));
    const n = noun ? null : nameStartingAt(doc.text, v.end, Math.min(r.end, v.end + 80));
    const m = mentionsIn(doc, v.end, r.end)[0];
    const object = noun ? { start: v.end, end: v.end + noun[0].length }
      : n && !STOP.has(n.company.name) && o.gap.test(doc.text.slice(v.end, n.start)) && !mentionsIn(doc, n.start, n.end).length
        && NAME_OBJECT_END.test(doc.text.slice(n.end, n.end + 20)) ? n
      : m && !m.ticker && o.gap.test(doc.text.slice(v.end, m.start)) && !isProductMention(doc, m) ? m : null;
    if (!object) continue;
    const hosts = (m && m.start === object.start && HOST_KINDS.has(company(m).kind ?? '')) || DATA_CENTRES.has(doc.text, doc.tokens, v.end, Math.min(r.end, object.end + 40));
    if (hosts) return 'compute';
    found = 'other';
  }
  return found;
}
// Companies whose business is hosting compute, and the words that describe one ("operador de centros de datos").
const HOST_KINDS = new Set(['neocloud', 'datacenter']);
const DATA_CENTRES = new PhraseSet(['data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'centro de datos', 'centros de datos', 'centro de dados', 'centros de dados', 'centre de données', 'centres de données', 'Rechenzentrum', 'Rechenzentren', 'Rechenzentrumsbetreiber', 'AI cloud', 'GPU cloud', 'neocloud']);

const COMPUTE_KINDS = new Set(['hyperscaler', 'ai_lab', 'neocloud', 'datacenter']);
/** A power company and a company that runs AI compute, in one sentence: "Meta schließt Strombezugsverträge mit Vistra ab". */
const powerForCompute = (ms: Mention[]): boolean =>
  ms.some((m) => company(m).kind === 'power') && ms.some((m) => COMPUTE_KINDS.has(company(m).kind ?? ''));

/** Compute or power words in [from, to). */
export const hasCompute = (doc: Doc, from: number, to: number): boolean =>
  COMPUTE_OBJECT.has(doc.text, doc.tokens, from, to) || POWER.has(doc.text, doc.tokens, from, to);

/** Two percentages in the clause: share moves of a market report ("Nvidia cedió un 3,2 %, Oracle un 5 %"), not an agreement. */
function marketMoves(doc: Doc, r: Range): boolean {
  const part = doc.text.slice(r.start, r.end);
  PERCENT.lastIndex = 0;
  return PERCENT.test(part) && PERCENT.test(part);
}
const PERCENT = /\d[\s\u00a0\u202f]?(?:%|percent|per cent|por ciento|por cento|pour cent|Prozent)/gu;

/** A compute word of the sentence outside company names ("Aligned Data Centers" is a name). */
function computeObject(doc: Doc, s: Range, ms: Mention[], power: boolean): boolean {
  const outside = (w: PhraseMatch) => !ms.some((m) => w.start < m.end && w.end > m.start);
  return COMPUTE_OBJECT.all(doc.text, doc.tokens, s.start, s.end).some(outside) || (power && POWER.has(doc.text, doc.tokens, s.start, s.end));
}

interface Cue {
  start: number;
  end: number;
  phrase: string;
  /** A verb of joint action ("build", "s'allient"): ties only joined subjects or a named partner. */
  joint: boolean;
  /** Joint by itself ("s'allient", "gemeinsam"): ties a list of any length; "build" ties two names only. */
  reciprocal: boolean;
  /** An agreement word (deal, contract, Vertrag …), as opposed to a verb of supply or use. */
  deal: boolean;
}

/** The cues of the story up to `end`, in text order (looked up once, then by sentence). */
const PAY_FOR = /^(?:pay|pays|paid|pagar|pagará|payer|paiera|zahlen|zahlt)$/iu;

function cues(doc: Doc, end: number): Cue[] {
  const { text, tokens } = doc;
  const out: Cue[] = [];
  const tag = (set: PhraseSet, joint: boolean, deal: boolean, reciprocal = false) => {
    for (const m of set.all(text, tokens, 0, end)) {
      // "unwinding positions to pay for a plethora of AI projects": money spent for a purpose, not an agreement.
      if (PAY_FOR.test(m.phrase) && /^[\s\u00a0]+(?:for|por|pour|für)(?![\p{L}])/u.test(text.slice(m.end, m.end + 6))) continue;
      out.push({ start: m.start, end: m.end, phrase: m.phrase, joint, deal, reciprocal });
    }
  };
  tag(DEAL, false, true);
  tag(MORE_DEAL, false, true);
  tag(RECEIVE, false, false);
  tag(SUPPLY, false, false);
  tag(JOINT, true, false);
  tag(RECIPROCAL, true, false, true);
  // German compounds: "Fünfjahresvertrag", "Großauftrag".
  for (let i = doc.lang === 'de' ? 0 : tokens.length; i < tokens.length && tokens[i]!.end <= end; i++) {
    const t = tokens[i]!;
    if (t.end - t.start > 8 && DEAL_SUFFIX.test(lowerOf(text, t))) out.push({ start: t.start, end: t.end, phrase: text.slice(t.start, t.end), joint: false, deal: true, reciprocal: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Companies of the sentence that can be party to an agreement (not a bare ticker), and unknown names after partner words. */
function partiesIn(doc: Doc, s: Range, ms: Mention[]): Party[] {
  const { text, tokens } = doc;
  const first = firstStartingAt(tokens, s.start);
  let last = first;
  while (last < tokens.length && tokens[last]!.end <= s.end) last++;
  // Tokens i and i + 1 are words of one phrase: only spacing (or an apostrophe, a hyphen) between them.
  const near = (i: number) => joined(text, tokens[i]!.end, tokens[i + 1]!.start);
  const partnerBefore = (at: number) => {
    for (let i = at - 1, k = 0; i >= first && k < PARTNER_GAP && near(i); i--, k++) {
      const w = lowerOf(text, tokens[i]!);
      if (PARTNER.has(w) || OBJECT.has(w) || (w === 'a' && doc.lang === 'es')) return true;
    }
    return false;
  };
  const out: Party[] = ms.filter((m) => !m.ticker).map((m) => ({
    start: m.start, end: m.end, name: company(m).name, product: isProductMention(doc, m), partner: partnerBefore(firstStartingAt(tokens, m.start)),
  }));
  const known = out.length;
  // A name outside the gazetteer; in German a lone capitalised word is a noun unless it is joined to a known company.
  const add = (start: number, end: number, partner: boolean, joined: boolean) => {
    if (out.some((p) => start < p.end && end > p.start)) return;
    let name = text.slice(start, end);
    let words = name.split(/[\s\u00a0]+/);
    // A headline capitalises its verbs ("OpenAI, NextDC Plan to Build …"): a name of the headline is the longest the body writes too.
    while (start < doc.bodyStart && words.length > 1 && !text.includes(name, doc.bodyStart)) {
      words = words.slice(0, -1);
      name = words.join(' ');
      end = start + name.length;
    }
    if (words.some((w) => NOT_NAME.test(w)) || STOP.has(words[0]!)) return;
    if (doc.lang === 'de' && words.length === 1 && !joined && !GERMAN_NAME.test(name)) return;
    out.push({ start, end, name, product: false, partner });
  };
  // After a partner word: an article, up to three lower-case words (not a possessive), then capitalised words.
  for (let i = first; i < last - 1; i++) {
    if (!PARTNER.has(lowerOf(text, tokens[i]!))) continue;
    let j = i + 1;
    if (near(i) && ARTICLES.has(lowerOf(text, tokens[j]!))) j++;
    for (let k = 0; k < 3 && j < last && isLower(text, tokens[j]!) && near(j - 1) && !POSSESSIVES.has(lowerOf(text, tokens[j]!)); k++) j++;
    // "with Australian data center operator NextDC": an adjective of origin and a descriptor before the name.
    if (j < last - 1 && DEMONYM.test(text.slice(tokens[j]!.start, tokens[j]!.end))) {
      j++;
      for (let k = 0; k < 4 && j < last && isLower(text, tokens[j]!) && near(j - 1); k++) j++;
    }
    if (j >= last || !near(j - 1) || !isUpper(text, tokens[j]!)) continue;
    let e = j;
    while (e + 1 < last && e - j < 3 && near(e) && isUpper(text, tokens[e + 1]!)) e++;
    add(tokens[j]!.start, tokens[e]!.end, true, false);
  }
  // A state as the other side: "un accord historique avec le gouvernement français", "with the UK government".
  for (let i = first; i < last - 1; i++) {
    if (!PARTNER.has(lowerOf(text, tokens[i]!))) continue;
    const st = stateSpanAt(doc, tokens[i]!.end, s.end);
    if (st && !out.some((p) => p.start < st.end && p.end > tokens[i]!.end)) out.push({ start: tokens[i + 1]!.start, end: st.end, name: st.company.name, product: false, partner: true });
  }
  // The subject opening the sentence: "Solaria ha firmado con Meta", "(EUROPA PRESS) - Telefónica y Nvidia …".
  const subj = SUBJECT.exec(text.slice(s.start, Math.min(s.end, s.start + 160)));
  if (subj) {
    const start = s.start + subj[0].length - subj[1]!.length;
    const next = text.slice(start + subj[1]!.length, start + subj[1]!.length + 6);
    add(start, start + subj[1]!.length, false, out.slice(0, known).some((p) => p.start > start && p.start - start < 60 && /^[\s\u00a0]*(?:,|and|y|e|et|und|&)[\s\u00a0]/u.test(next)));
  }
  // Joined to a known company: "Iberdrola y Echelon", "Crusoe, Blue Owl".
  for (const p of out.slice(0, known)) {
    const m = COORD_NAME.exec(text.slice(p.end, Math.min(s.end, p.end + 80)));
    if (m) add(p.end + m[0].length - m[1]!.length, p.end + m[0].length, p.partner, true);
  }
  return out.sort((a, b) => a.start - b.start);
}

const isUpper = (text: string, t: Token): boolean => { const c = text[t.start]!; return c !== c.toLowerCase(); };
const isLower = (text: string, t: Token): boolean => { const c = text[t.start]!; return c !== c.toUpperCase(); };

/**
 * The parties the cue ties together, or null. The subject is a company named before the cue; the
 * other side one named after it or introduced by a partner word, or a vendor named for its
 * product when something is bought (an agreement word or a number of chips or watts in the clause).
 * A verb of joint action ties only two joined subjects or a named partner. A side may be unnamed
 * ("from a customer"), or be the story's protagonist; in a headline, its other company.
 */
function link(doc: Doc, cue: Cue, ps: Party[], clause: Range, inTitle: boolean): string[] | null {
  const names = (xs: Party[]) => [...new Set(xs.map((p) => p.name))];
  const subjects = ps.filter((p) => p.end <= cue.start && !p.product && !p.partner);
  // Joined subjects right before the cue: "Telekom und Nvidia bauen"; a list of three or more is partners only of a
  // reciprocal or agreement word ("MGX, Bpifrance, Mistral AI et Nvidia s'allient", not "Microsoft, Alphabet, Amazon and Meta build").
  const lastSubject = subjects[subjects.length - 1];
  if (lastSubject && (cue.joint || cue.deal) && cue.start - lastSubject.end <= 40) {
    let i = subjects.length - 1;
    while (i > 0 && COORD.test(doc.text.slice(subjects[i - 1]!.end, subjects[i]!.start))) i--;
    const chain = subjects.slice(i);
    // "les services d'Amazon et de Microsoft", "companies such as Microsoft and Amazon": a genitive or examples, not the subject.
    const head = doc.text.slice(Math.max(clause.start, chain[0]!.start - 16), chain[0]!.start);
    const distinct = names(chain);
    if (distinct.length >= 2 && (distinct.length === 2 || cue.reciprocal || cue.deal) && !GENITIVE.test(head) && !EXAMPLES.test(head)) {
      return names([...chain, ...ps.filter((p) => p.partner)]);
    }
  }
  const buys = ps.some((p) => p.product) && (hasDeal(doc, clause) || SIZED.test(doc.text.slice(clause.start, clause.end)));
  const objects = ps.filter((p) => (p.partner || (!cue.joint && p.start >= cue.end && !p.product) || (!cue.joint && p.product && buys)));
  const subject = subjects[subjects.length - 1];
  if (subject && objects.some((o) => o.name !== subject.name)) return names([subject, ...objects.filter((o) => o.name !== subject.name)]);
  if (cue.joint) return null;
  // An unnamed other side: "OpenAI s'est engagé à acheter … au groupe de Larry Ellison", "an order from a customer";
  // in a headline, the other company of the headline: "AMD-Aktie springt: OpenAI sichert sich Chips".
  if (subject) {
    if (COUNTERPART.test(doc.text.slice(cue.end, clause.end))) return [subject.name];
    const other = inTitle ? ps.find((p) => p.name !== subject.name) : undefined;
    return other ? [subject.name, other.name] : null;
  }
  // No subject, in the lead: "El acuerdo se ha firmado con Nscale" is the headline company's.
  const other = doc.protagonists.find((c) => !objects.some((p) => p.name === c.name));
  return other && objects.length ? [other.name, ...names(objects)] : null;
}

const EXAMPLES = /(?<![\p{L}])(?:such as|like|including|como|incluindo|comme|dont|notamment|wie|etwa|darunter)[\s\u00a0]*$/iu;
const GENITIVE = /(?<![\p{L}])(?:of|de|d['’]|del|du|des|da|do|von|der)[\s\u00a0]*$/iu;
// A company left unnamed after a partner or object word: "from a customer", "au groupe de …", "mit dem Konzern".
const COUNTERPART = /(?<![\p{L}])(?:with|from|to|con|a|al|com|ao|à|au|aux|avec|auprès d[eu]|mit|von|bei|an)[\s\u00a0]+(?:(?:the|a|an|one|la|el|una|un|uma|um|o|le|l['’]|une|der|die|das|dem|den|einem|einer|ein)[\s\u00a0]+)?(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:company|firm|group|provider|operator|start-?up|customer|client|partner|developer|maker|hyperscaler|giant|gigante|géant|Riese|government|state|gobierno|Estado|governo|gouvernement|État|Etat|Regierung|Bund|compañía|empresa|grupo|proveedor|operador|cliente|socio|desarrolladora|creadora|companhia|fornecedor|operadora|parceiro|société|groupe|fournisseur|opérateur|partenaire|créateur|Konzern|Unternehmen|Anbieter|Betreiber|Kunden?|Partner|Entwickler|Hersteller)(?![\p{L}])/iu;

const hasDeal = (doc: Doc, r: Range): boolean => DEAL.has(doc.text, doc.tokens, r.start, r.end);
