// Compute agreements stated without a figure: a clause in which an agreement or
// supply word ties two companies ("Lambda signed an agreement with Microsoft to
// deploy … GPUs", "AMD fournira à OpenAI des puces", "Telekom und Nvidia bauen eine
// KI-Fabrik") in a sentence about compute. Many deal stories give no value; this is
// how the classifier sees them, and each one is a reason it can print.
import { company, mentionsIn, type Doc } from './doc.js';
import type { Mention } from './entities.js';
import { clauseAt, type Range } from './sentences.js';
import { BACKGROUND, DEAL, RECEIVE } from './deal-words.js';
import { isProductMention } from './deals.js';
import { AI_CONTEXT, COMPUTE, COMPUTE_OBJECT, DEAL_SUFFIX, MORE_DEAL, POWER, DENIAL, JOINT, NOT_COMPUTE_OBJECT, SUPPLY } from './classify-words.js';
import { firstStartingAt } from './bisect.js';
import { inRanges, layout } from './lead.js';
import { lowerOf, type PhraseMatch } from './tokens.js';

export interface Agreement {
  /** The clause that states it. */
  span: Range;
  parties: string[];
  cue: string;
  /** In the headline or the lead. */
  lead: boolean;
  /** Recalled from the past ("earlier this year", "im Frühjahr"). */
  past: boolean;
}

/** Sentences read per story: the news and its context come first. */
const MAX_SENTENCES = 80;

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
const PARTNER_WORDS = String.raw`with|together with|alongside|between|from|con|junto a|junto con|entre|de parte de|com|junto com|avec|auprès de|mit|zwischen|gemeinsam mit|von|vom`;
// A name the gazetteer does not know, introduced by a partner word: "com a Omnia", "with London-based Fluidstack".
const PARTNER_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${PARTNER_WORDS})[\s\u00a0]+(?:(?:the|la|el|los|las|a|o|os|as|le|les|l['’]|der|die|das|dem|den)[\s\u00a0]+)?(?:\p{Ll}[\p{L}-]*[\s\u00a0]+){0,3}(\p{Lu}[\p{L}\d&-]*(?:[\s\u00a0]+(?:de[\s\u00a0]+|dos[\s\u00a0]+)?\p{Lu}[\p{L}\d&-]*){0,3})`, 'gu');
// Right before a known name, the words that make it the other side: partner words, and "to / a / à / an" of a supply.
const PARTNER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${PARTNER_WORDS}|to|al|à|ao|aux|an|bei)[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]+){0,4}$`, 'iu');
// Spanish "a" is a preposition ("suministrará a OpenAI"); Portuguese "a" is mostly an article ("A Microsoft assinou").
const SPANISH_A = /(?<![\p{L}])a[\s\u00a0]+(?:[\p{L}'’-]+[\s\u00a0]+){0,3}$/u;
// After a known name: "Iberdrola y Echelon", "Crusoe, Blue Owl".
const COORD_NAME = /^[\s\u00a0]*(?:,|and|y|e|et|und|&)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’]|der|die|das)[\s\u00a0]+)?(?:\p{Ll}[\p{L}-]*[\s\u00a0]+){0,3}(\p{Lu}[\p{L}\d&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\d&-]*){0,2})/u;
// Capitalised words that are not companies: acronyms of the domain, words that open sentences.
const NOT_NAME = /^(?:AI|IA|KI|GPUs?|TPUs?|CPUs?|EE|UU|US|USA|EU|UE|UK|MW|GW|CEO|IPO|The|This|That|These|It|Its|In|On|At|For|And|But|After|Under|According|Shares|Analysts|Investors|El|La|Los|Las|Un|Una|En|Según|Con|Por|Para|Tras|Las|Ambas|O|A|Os|As|Um|Uma|Em|No|Na|Segundo|Com|Após|Ambas|Le|Les|Une|Selon|Dans|Avec|Pour|Après|Il|Elle|Der|Die|Das|Ein|Eine|Im|Am|Nach|Laut|Mit|Für|Bei|Auch|Zu|Er|Sie|Wall|Nasdaq|Dax|DAX|Ibex|Ibovespa|Bolsa|Bourse|Börse|Dow|S&P)$/u;
// The sentence's subject after a dateline and an article: "(EUROPA PRESS) - Telefónica y …", "A Ascenty fechou", "Der Ulmer Betreiber Northern Data".
const SUBJECT = /^[\s\u00a0"“«]*(?:[(\p{Lu}\p{N}][\p{L}\p{N} ,.'’()/-]{0,50}?[\s\u00a0]+[-–—][\s\u00a0]+)?(?:(?:[Tt]he|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Aa]|[Oo]|[Oo]s|[Aa]s|[Ll]e|[Ll]es|[Ll]['’]|[Dd]er|[Dd]ie|[Dd]as)[\s\u00a0]+)?(\p{Lu}[\p{L}\d&-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\d&-]*){0,3})/u;
// German capitalises every noun ("mit seinen Vera-Rubin-Systemen"): an unknown German name needs a second word, an
// inner capital or a digit ("Deutschen Bank", "MUFG", "OpenAI").
const GERMAN_NAME = /\p{Ll}\p{Lu}|^\p{Lu}{2}|\d/u;
// "with its partners", "mit seinen Systemen": a possessive before the name makes it the subject's own thing.
const POSSESSIVE = /(?<![\p{L}])(?:its|his|her|their|su|sus|seu|sua|seus|suas|son|sa|ses|leur|leurs|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer)[\s\u00a0]/iu;
// A number of chips or of watts: "12.600 GPU", "one million chips", "6 gigawatts", "zehn Gigawatt".
const SIZED = /(?:\d|(?<![\p{L}])(?:one|two|three|five|ten|hundreds?|thousands?|un|una|uno|dos|tres|cinco|diez|cien|mil|um|uma|deux|trois|cinq|dix|cent|ein|eine|einer|zwei|drei|fünf|zehn|hundert|tausend)(?![\p{L}]))[^.;:]{0,30}?(?<![\p{L}])(?:MW|GW|mega|giga|Mega|Giga|GPU|TPU|chips?|Chips|puces|processors|procesadores|processadores|processeurs|Prozessoren|Grafikprozessoren|servers|servidores|serveurs|Server)/u;

/** The compute agreements of the story, in text order. */
export function agreements(doc: Doc): Agreement[] {
  const { text } = doc;
  const { lead, skipped, title } = layout(doc);
  const leadStarts = new Set(lead.map((s) => s.start));
  // The lead spells out the headline: "Microsoft pagará … por capacidad de IA" + "El acuerdo se ha firmado con Nscale".
  const titleCompute = computeObject(doc, title, mentionsIn(doc, title.start, title.end), false);
  // Megawatts are a compute object when the headline or lead speaks of AI: a hydro plant's are not.
  const aiPower = AI_CONTEXT.has(doc.text, doc.tokens, 0, layout(doc).leadEnd);
  const out: Agreement[] = [];
  for (const s of doc.sentences.slice(0, MAX_SENTENCES)) {
    if (inRanges(skipped, s.start)) continue;
    const ms = mentionsIn(doc, s.start, s.end);
    if (!ms.length || !(computeObject(doc, s, ms, aiPower) || (titleCompute && leadStarts.has(s.start)))) continue;
    if (DENIAL.has(text, doc.tokens, s.start, s.end)) continue;
    const parties = partiesIn(doc, s, ms);
    if (!parties.length) continue;
    const inLead = leadStarts.has(s.start);
    for (const cue of cues(doc, s)) {
      const clause = clauseAt(text, s, cue.start);
      const inClause = parties.filter((p) => p.start >= clause.start && p.end <= clause.end);
      const linked = link(doc, cue, inClause, clause, inLead, s.end <= title.end);
      if (!linked || buysOther(doc, clause) || marketMoves(doc, clause)) continue;
      out.push({ span: clause, parties: linked, cue: cue.phrase, lead: inLead, past: BACKGROUND.in(doc.tokens, clause.start, clause.end) });
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
  if (!NOT_COMPUTE_OBJECT.has(text, tokens, r.start, r.end) && !pledgeInCompany) return false;
  return !(SUPPLY.has(text, tokens, r.start, r.end) && COMPUTE.has(text, tokens, r.start, r.end));
}

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
  /** An agreement word (deal, contract, Vertrag …), as opposed to a verb of supply or use. */
  deal: boolean;
}

function cues(doc: Doc, s: Range): Cue[] {
  const { text, tokens } = doc;
  const tag = (ms: PhraseMatch[], joint: boolean, deal: boolean): Cue[] => ms.map((m) => ({ ...m, joint, deal }));
  const out = [
    ...tag([...DEAL.all(text, tokens, s.start, s.end), ...MORE_DEAL.all(text, tokens, s.start, s.end)], false, true),
    ...tag([...RECEIVE.all(text, tokens, s.start, s.end), ...SUPPLY.all(text, tokens, s.start, s.end)], false, false),
    ...tag(JOINT.all(text, tokens, s.start, s.end), true, false),
  ];
  // German compounds: "Fünfjahresvertrag", "Großauftrag".
  for (let i = firstStartingAt(tokens, s.start); i < tokens.length && tokens[i]!.end <= s.end; i++) {
    const t = tokens[i]!;
    if (t.end - t.start > 8 && DEAL_SUFFIX.test(lowerOf(text, t))) out.push({ start: t.start, end: t.end, phrase: text.slice(t.start, t.end), joint: false, deal: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Companies of the sentence that can be party to an agreement (not a bare ticker), and unknown names after partner words. */
function partiesIn(doc: Doc, s: Range, ms: Mention[]): Party[] {
  const { text } = doc;
  const partnerAt = (start: number) => {
    const before = text.slice(Math.max(s.start, start - 60), start);
    return PARTNER_BEFORE.test(before) || (doc.lang === 'es' && SPANISH_A.test(before));
  };
  const out: Party[] = ms.filter((m) => !m.ticker).map((m) => ({ start: m.start, end: m.end, name: company(m).name, product: isProductMention(doc, m), partner: partnerAt(m.start) }));
  const known = out.length;
  // A name outside the gazetteer; in German a lone capitalised word is a noun unless it is joined to a known company.
  const add = (name: string, start: number, prefix: string, partner: boolean, joined: boolean) => {
    const end = start + name.length;
    if (out.some((p) => start < p.end && end > p.start) || POSSESSIVE.test(prefix)) return;
    const words = name.split(/[\s\u00a0]+/);
    if (words.some((w) => NOT_NAME.test(w))) return;
    if (doc.lang === 'de' && words.length === 1 && !joined && !GERMAN_NAME.test(name)) return;
    out.push({ start, end, name, product: false, partner });
  };
  const part = text.slice(s.start, s.end);
  PARTNER_NAME.lastIndex = 0;
  for (let m = PARTNER_NAME.exec(part); m; m = PARTNER_NAME.exec(part)) add(m[1]!, s.start + m.index + m[0].length - m[1]!.length, m[0], true, false);
  // The subject opening the sentence: "Solaria ha firmado con Meta", "(EUROPA PRESS) - Telefónica y Nvidia …".
  const subj = SUBJECT.exec(text.slice(s.start, Math.min(s.end, s.start + 160)));
  if (subj) {
    const start = s.start + subj[0].length - subj[1]!.length;
    const next = text.slice(start + subj[1]!.length, start + subj[1]!.length + 6);
    add(subj[1]!, start, subj[0], false, out.slice(0, known).some((p) => p.start > start && p.start - start < 60 && /^[\s\u00a0]*(?:,|and|y|e|et|und|&)[\s\u00a0]/u.test(next)));
  }
  // Joined to a known company: "Iberdrola y Echelon", "Crusoe, Blue Owl".
  for (const p of out.slice(0, known)) {
    const m = COORD_NAME.exec(text.slice(p.end, Math.min(s.end, p.end + 80)));
    if (m) add(m[1]!, p.end + m[0].length - m[1]!.length, m[0], p.partner, true);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The parties the cue ties together, or null. The subject is a company named before the cue; the
 * other side one named after it or introduced by a partner word, or a vendor named for its
 * product when something is bought (an agreement word or a number of chips or watts in the clause).
 * A verb of joint action ties only two joined subjects or a named partner. In the lead, a side may be
 * unnamed ("from a customer"), or be the story's protagonist; in a headline, its other company.
 */
function link(doc: Doc, cue: Cue, ps: Party[], clause: Range, inLead: boolean, inTitle: boolean): string[] | null {
  const names = (xs: Party[]) => [...new Set(xs.map((p) => p.name))];
  const subjects = ps.filter((p) => p.end <= cue.start && !p.product && !p.partner);
  // Joined subjects right before the cue: "Telekom und Nvidia bauen".
  for (let i = subjects.length - 1; i > 0; i--) {
    const a = subjects[i - 1]!;
    const b = subjects[i]!;
    if (a.name === b.name || !(cue.joint || cue.deal) || cue.start - b.end > 40 || !COORD.test(doc.text.slice(a.end, b.start))) continue;
    // "les services d'Amazon et de Microsoft", "companies such as Microsoft and Amazon": a genitive or examples, not the subject.
    const head = doc.text.slice(Math.max(clause.start, a.start - 16), a.start);
    if (GENITIVE.test(head) || EXAMPLES.test(head)) continue;
    return names([a, b, ...ps.filter((p) => p.partner)]);
  }
  const buys = ps.some((p) => p.product) && (hasDeal(doc, clause) || SIZED.test(doc.text.slice(clause.start, clause.end)));
  const objects = ps.filter((p) => (p.partner || (!cue.joint && p.start >= cue.end && !p.product) || (!cue.joint && p.product && buys)));
  const subject = subjects[subjects.length - 1];
  if (subject && objects.some((o) => o.name !== subject.name)) return names([subject, ...objects.filter((o) => o.name !== subject.name)]);
  if (cue.joint || !inLead) return null;
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
