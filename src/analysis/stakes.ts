// Equity stakes: "a stake of about 27%", "hält rund 27 Prozent an", "con un 27 % de
// participación", "80 % de la sociedad", "environ 11 % du capital", "owns 49% of X",
// "warrants for ... about 10% of the company", "gehört zu 80 Prozent dem Bund". The holder
// is the subject of the clause (past an appositive: "Ross, a former Google engineer, owns"),
// the company a relative clause hangs on ("Berkshire, which owns 27.5%"), the agent after
// "by"/"por", the dative after "gehört", the receiver after "give"/"hand"/"leaving", the buyer
// of a sale ("la venta a Erste del 49 %"), the recipient of warrants, or a group of
// shareholders ("Core Scientific investors"); it may be a company outside the gazetteer,
// a state or a family. Tender acceptances, revenue and market shares, growth rates and
// margins are not stakes.
import type { Stake } from './types.js';
import type { Company } from './entities.js';
import { company, insideMention, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { alt, GENERIC_COMPANY, RESPECTIVELY_WORDS, words } from './lexicon.js';
import { PhraseSet } from './tokens.js';
import type { Percent } from './percents.js';
import { listAround, looksProper, nameEndingAt, nameStartingAt, STOP } from './names.js';
import {
  ACQUIRE_VERBS, EACH as EACH_WORDS, GIVE_VERBS, GREW_BEFORE as GREW_WORDS, HOLD_VERBS, LIGHT_WORDS, NOT_STAKE as NOT_STAKE_WORDS, NOT_STAKE_OBJECTS, STAKE_NOUNS_BEFORE, WEAK_CUES,
} from './stake-words.js';
import {
  companyOf, fullName, isPronoun, kindReference, nameAfterArticle, mentionEndingAt, mentionStartingAt, previousSubject, recipientIn, resolveReference, shareholdersIn, STATE, stateAt, stateCompany, stateEndingAt, surface,
} from './referents.js';

const CUE_BEFORE = new PhraseSet([...HOLD_VERBS, ...ACQUIRE_VERBS, ...GIVE_VERBS, ...STAKE_NOUNS_BEFORE, ...WEAK_CUES]);
/** A subject was found but stands for no company ("The brothers ... own 6% each"): no stake rather than a wrong holder. */
const NOBODY: Holder = { holder: surface('') };
const WEAK = new RegExp(`^(?:${alt(WEAK_CUES)})$`, 'iu');
const CUE_AFTER = /^[\s\u00a0]*(?:stake|de participación|de participação|del capital|do capital|du capital|des Kapitals|de su capital|do seu capital|de son capital|of its capital|seines Kapitals|ihres Kapitals|de la sociedad|de la compañía|de la empresa|da empresa|da companhia|de la société|de l['’]entreprise|du groupe|of the company|of the group|of the combined|of the new|of the joint|of its shares|of the shares|of the stock|of the outstanding|of the voting|of [\p{Lu}][\p{L}]*['’]s shares|de las acciones|de los títulos|das ações|dos títulos|des actions|des titres|des droits de vote|der Aktien|der Anteile|der Stimmrechte|an der|an dem|am|an[\s\u00a0]+\p{Lu}|in the company|restante|restant|remaining|held by|owned by|en manos de|en poder de|detenido por|detenida por|détenus? par|détenues? par|detidos? por|detidas? por|gehalten von|im Besitz|der[\s\u00a0]+(?:Familie|Stiftung)|(?:the[\s\u00a0]+)?(?:largest|biggest|main|top)[\s\u00a0]+(?:shareholder|investor)|(?:el[\s\u00a0]+)?(?:mayor|primer|principal)[\s\u00a0]+accionista|(?:o[\s\u00a0]+)?(?:maior|principal)[\s\u00a0]+acionista|(?:le[\s\u00a0]+)?(?:premier|principal)[\s\u00a0]+actionnaire|(?:größter|wichtigster)[\s\u00a0]+(?:Aktionär|Anteilseigner|Eigentümer)|(?:hält|halten|hielt|hielten|besitzt|besitzen|kontrolliert|kontrollieren)(?![\p{L}]))/u;
// "of Skyline", "da Scala", "an Volkswagen", "dem Bund": a company after the figure is a stake only with a holding word before it.
// "La SEPI, con un 10 %, y Saudi Telecom, con cerca de un 9,97 %", "seguida da angolana Sonangol, com perto de 19,5%": the next holder of a list.
const NEXT_HOLDER = /(?:,|(?<![\p{L}])(?:y|e|et|and|und|seguid[oa]s? (?:de|da|do|del|por)|followed by|suivie? de|gefolgt von))[\s\u00a0]+(?:(?:la|el|a|o|le|l['’]|the|die|der)[\s\u00a0]+)?(?:\p{Ll}+[\s\u00a0]+)?\p{Lu}[\p{L}&.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}&.-]*){0,3},?[\s\u00a0]+(?:con|com|avec|with|mit)[\s\u00a0]+(?:(?:cerca de|perto de|alrededor de|environ|près de|about|around|rund|etwa)[\s\u00a0]+)?(?:(?:un|uma|um|el|o)[\s\u00a0]+)?$/u;
const CUE_AFTER_WEAK = /^[\s\u00a0]*(?:of[\s\u00a0]+the[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:company|group|firm|start-?up|maker|developer|business|entity)(?![\p{L}])|(?:de|da|do)[\s\u00a0]+(?:la|a|o)[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:empresa|compañía|companhia|sociedad|sociedade|startup)(?![\p{L}])|an[\s\u00a0]+\p{Lu}|dem[\s\u00a0]+\p{Lu}|den[\s\u00a0]+\p{Lu}|der[\s\u00a0]+(?:Bund|Staat)|of[\s\u00a0]+\p{Lu}|de[\s\u00a0]+\p{Lu}|da[\s\u00a0]+\p{Lu}|do[\s\u00a0]+\p{Lu}|du[\s\u00a0]+\p{Lu}|d['’][\s\u00a0]*\p{Lu}|in[\s\u00a0]+\p{Lu}|em[\s\u00a0]+\p{Lu}|dans[\s\u00a0]+\p{Lu})/u;
// "holds equity worth $130 billion, or about 26%": the figure restates the holding of the clause.
const RESTATED = /(?:,|\()[\s\u00a0]*(?:or|o sea|o|ou|soit|also|oder|i\.e\.)[\s\u00a0]+(?:(?:about|roughly|around|some|nearly|almost|alrededor del?|cerca del?|unos|cerca de|environ|près de|rund|etwa|knapp|gut)[\s\u00a0]+)?$/iu;
const NOT_STAKE = new PhraseSet(NOT_STAKE_WORDS);
const NOT_STAKE_OBJECT = new RegExp(`^[\\s\\u00a0]*(?:of|de|del|da|do|du|des|der)[\\s\\u00a0]+(?:(?:its|their|the|su|sus|la|el|os|as|seu|sua|son|sa|ses|leur|seines|ihres)[\\s\\u00a0]+)?(?:${alt(NOT_STAKE_OBJECTS)})(?![\\p{L}])`, 'iu');
const REST_BEFORE = /(?:remaining|other|rest of the|restantes?|otro|otra|outros?|outras?|autres?|restlichen|übrigen)[\s\u00a0]+$/iu;
const REST_AFTER = /^[\s\u00a0]+(?:restante|restantes|restant|restants|remaining|rest)(?![\p{L}])/iu;
const GREW_BEFORE = new PhraseSet(GREW_WORDS);
const EACH = new PhraseSet(EACH_WORDS);
const HOLD = new PhraseSet([...HOLD_VERBS, ...ACQUIRE_VERBS]);
const GIVE = new PhraseSet(GIVE_VERBS);
// "dejando a Microsoft con", "donnerait à Google": the preposition before the receiver.
const GIVE_TAIL = /^(?:[\s\u00a0]+(?:a|à|to))?[\s\u00a0]+/iu;
const LIGHT = new PhraseSet(LIGHT_WORDS);
const GENERIC = new RegExp(`^[\\s\\u00a0"«“]*(?:${words(GENERIC_COMPANY).source})`, 'iu');
const RELATIVE = /,[\s\u00a0]+(?:which|who|que|qui|quienes|quien|der|die|das|welche|lequel|laquelle|lesquels|lesquelles|o qual|a qual|os quais|as quais|in which|en la que|na qual|dans laquelle|an der|an dem|de la que|del que|de la cual|del cual|da qual|do qual|dont|of which|von der|von dem)[\s\u00a0](?:[^,]|(?<=\d),(?=\d)){0,200}$/iu;
// "Microsoft sigue siendo el principal socio de OpenAI, de la que posee en torno al 27 %": what is held is
// the antecedent; the holder is the subject of the main clause.
const OF_WHICH = /^,[\s\u00a0]+(?:de la que|del que|de la cual|del cual|da qual|do qual|dont|of which|von der|von dem)[\s\u00a0]/iu;
const IN_WHICH_BEFORE = /,[\s\u00a0]+(?:in which|en la que|en el que|dans laquelle|dans lequel|na qual|no qual|an der|an dem|an welcher)[\s\u00a0][^,.;]{0,60}$/iu;
const IN_WHICH = /^,[\s\u00a0]+(?:in which|en la que|en el que|dans laquelle|dans lequel|na qual|no qual|an der|an dem|an welcher)[\s\u00a0]+/iu;
const POSSESSIVE_BEFORE = /['’]s[\s\u00a0]+(?:(?:about|roughly|around|nearly|almost|some|a|an)[\s\u00a0]+)*$/iu;
const POSSESSIVE = /['’]s[\s\u00a0]+(?:existing[\s\u00a0]+|current[\s\u00a0]+|remaining[\s\u00a0]+|previous[\s\u00a0]+|equity[\s\u00a0]+)?(?:stake|holding|shareholding)(?![\p{L}])/u;
const BY_AFTER = /^[^.;%\d]{0,40}?(?<![\p{L}])(?:por|pelo|pela|pelos|pelas|by|par|von|através da|através de|a través de|through|en manos de|en poder de|nas mãos de|nas mãos da|entre les mains de|im Besitz von|in den Händen von)[\s\u00a0]+/iu;
const REL_AFTER = /^[\s\u00a0]*(?:stake|holding|participación|participação|participation|Anteil|Beteiligung)?[\s\u00a0,]*(?:that|which|que|qui|den|die|das)[\s\u00a0]+/iu;
const EACH_AFTER = /^[^.;]{0,40}?(?:por|by|par|von)[\s\u00a0]+(?:cada[\s\u00a0]+un[oa]|each|chacun|chacune|jedem|jeder|ambos|ambas|cada[\s\u00a0]+socio|both)(?![\p{L}])/iu;
// "socios al 50 %", "partners with 50% each", "à parts égales": the holders listed before.
const PARTNERS = /(?:socios|sócios|partners|associés|Partner)[\s\u00a0]+(?:al|a|com|with|à|zu|mit)[\s\u00a0]+$/iu;
const SALE = /(?:venta|venda|vente|sale|cession|Verkauf|vende|vendió|vendeu|vend|cède|sells|sold|verkauft)[\s\u00a0]+(?:a|à|to|an|para)[\s\u00a0]+/giu;
const SALE_VERB = /(?:sell|sells|sold|selling|vender|vende|vendió|venderá|vendeu|venderá|vend|vendra|cède|cédera|verkauft|verkaufte)(?![\p{L}])/iu;
const SALE_TO = /[\s\u00a0](?:to|a|à|an|para)[\s\u00a0]+/iu;
const DATIVE = /^[\s\u00a0]*(?:dem|den|der|(?:Fonds|Fonds des|Fonds der)[\s\u00a0])/u;
// A clause opens after these: ";", a dash, ", and", ", while", ", but" (the subject before them belongs to another clause).
const CLAUSE_BREAK = /(?:;|[\s\u00a0][—–-][\s\u00a0]|,[\s\u00a0]+(?:and|y|e|et|und|while|whereas|but|mientras|pero|enquanto|mas|tandis que|mais|während|aber|sondern)[\s\u00a0])/giu;
// An opening phrase before the subject: "En el caso de Cipher, Google avala", "Under the new structure, the non-profit holds".
const OPENER = /^[\s\u00a0"“«]*(?:In|On|At|Under|After|Before|As|With|Through|For|According|Following|Since|Once|If|When|En|Con|Tras|Según|Desde|Bajo|Si|Cuando|Em|Com|Após|Segundo|Sob|Se|Quando|Dans|Avec|Après|Selon|Sous|Depuis|À|Au|Lors|S['’]il|Im|Mit|Nach|Laut|Unter|Seit|Bei|Wenn|Falls|Werden|Übt)(?![\p{L}])[^,]{0,100},[\s\u00a0]*/u;
// Conjunctions before a subject: "Aunque la compañía de Redmond sigue siendo", "and the Facebook parent".
const ORIGIN_ADJECTIVE = /^[\s\u00a0]*(?:(?:A|O|La|El|Le|a|o|la|el|le)[\s\u00a0]+|[Ll]['’])\p{Ll}[\p{Ll}-]{2,20}[\s\u00a0]+(?=\p{Lu})/u;
const LEAD_WORDS = /^[\s\u00a0"“«]*(?:(?:and|y|e|et|und|but|pero|mas|mais|aber|although|though|while|whereas|because|aunque|mientras|porque|embora|enquanto|bien que|alors que|tandis que|obwohl|während|weil)[\s\u00a0]+)?/iu;
// The last word of a subject written as a common noun phrase: "the Japanese group", "la gestora", "der Konzern".
const ARTICLE_NP = /(?:^|[\s\u00a0"“«])((?:the|this|that|el|la|los|las|esta|este|o|a|os|as|essa|esse|le|la|les|l['’]|cette|ce|der|die|das|dieser|diese)[\s\u00a0]+(?:[\p{L}.'’-]+[\s\u00a0]+){0,4}?[\p{L}'’-]+)$/iu;
// The name an appositive gives a subject: "La fondation, rebaptisée OpenAI Foundation, ...", "the non-profit, renamed the OpenAI Foundation".
const RENAMED = /,[\s\u00a0]+(?:renamed|now called|rebaptisée?|renommée?|rebautizad[ao]|renomead[ao]|umbenannt in)[\s\u00a0]+(?:the[\s\u00a0]+|la[\s\u00a0]+|el[\s\u00a0]+|a[\s\u00a0]+|o[\s\u00a0]+)?/iu;

interface Holder {
  holder: Company;
  /** "Den beiden Familien gehören jeweils 50 Prozent": one stake per holder. */
  each?: Company[];
}

const NEXT_FIGURE = /^[\s\u00a0]*(?:,|and|y|e|et|und)[\s\u00a0]+(?:(?:el|la|o|a|le|the)[\s\u00a0]+)?[\d.,]+[\s\u00a0\u202f]?(?:%|Prozent|percent|per cent|por ciento|por cento|pour cent)/u;

/** A percentage that reads as a stake: a holding word before it or a capital word after it; not a share of a market or of revenue. */
function isStakeFigure(doc: Doc, p: Percent, s: { start: number; end: number }, afterStake: boolean): boolean {
  const { text, tokens } = doc;
  const left = text.slice(Math.max(s.start, p.q.start - 120), p.q.start);
  const right = text.slice(p.end, Math.min(s.end, p.end + 60));
  // "Blue Owl will own 80% ... and the Facebook parent the remaining 20%": the rest after a stake.
  const rest = afterStake && (REST_BEFORE.test(left) || REST_AFTER.test(right) || NEXT_HOLDER.test(left));
  const near = Math.max(s.start, p.q.start - 60);
  const cues = CUE_BEFORE.all(text, tokens, near, p.q.start).map((h) => h.phrase);
  const cue = cues.length > 0;
  // "hold 12% and 7% of Halcyon": the capital word after the last figure of a list is every figure's.
  const list = NEXT_FIGURE.exec(right);
  const tail = list ? right.slice(list[0].length) : right;
  const cueAfter = CUE_AFTER.test(right) || (cue && CUE_AFTER_WEAK.test(right)) || (!!list && (CUE_AFTER.test(tail) || (cue && CUE_AFTER_WEAK.test(tail))));
  // "Skyline, in which Halvard holds 10%": the relative names the company held.
  const restated = (RESTATED.test(left) && HOLD.has(text, tokens, s.start, p.q.start)) || IN_WHICH_BEFORE.test(left)
    // "el 10 % que Marzal tiene en Norvento": a relative clause with a holding verb after the figure.
    || (REL_AFTER.test(right) && HOLD.has(text, tokens, p.end, Math.min(s.end, p.end + 60)));
  if (!cue && !cueAfter && !restated && !rest) return false;
  if (cue && cues.every((w) => WEAK.test(w)) && !cueAfter && !restated && !rest && !/stake|participa|Beteiligung|Anteil/iu.test(right.slice(0, 20))) return false;
  const before = (n: number) => Math.max(s.start, p.q.start - n);
  return !(NOT_STAKE.has(text, tokens, before(50), p.q.start) || GREW_BEFORE.has(text, tokens, before(40), p.q.start)
    || NOT_STAKE.has(text, tokens, p.end, Math.min(s.end, p.end + 45)) || NOT_STAKE_OBJECT.test(right));
}

export function stakes(doc: Doc, pcts: Percent[], moved: Set<Percent>): Stake[] {
  const { text } = doc;
  const out: Stake[] = [];
  for (const p of pcts) {
    if (moved.has(p) || p.value > 100 || p.q.sign) continue;
    const s = sentenceOf(doc, p.q.start);
    const prev = out[out.length - 1];
    if (!isStakeFigure(doc, p, s, !!prev && prev.span.start >= s.start)) continue;
    const right = text.slice(p.end, Math.min(s.end, p.end + 60));
    // "... 36,6% do capital da Petrobras e 50,3% das ações com direito a voto": a list continues the holder.
    const h = parenthesisHolder(doc, p, s.start) ?? holderOf(doc, p, s.start, s.end)
      ?? (prev && prev.span.start >= s.start && p.q.start - prev.span.end < 120 && CUE_AFTER.test(right) ? { holder: surface(prev.holder ?? '') } : null);
    if (!h || !h.holder.name) continue;
    let of = ofOf(doc, p, s.start, s.end, h.holder);
    // "receberá warrants para adquirir 24 milhões de ações da Cipher, o que representa 5,4%": the company whose shares are
    // bought is the one held, not the holder.
    if (of && !h.each && sharesOf(doc, s.start, p.q.start) === h.holder.name) [h.holder, of] = [of, h.holder];
    for (const holder of h.each ?? [h.holder]) {
      out.push({ holder: holder.name, of: of?.name ?? null, pct: p.value, span: { start: p.q.start, end: p.end, text: text.slice(p.q.start, p.end) } });
    }
  }
  return preferBody(doc, dedupe(out));
}

// "CoreWeave, backed by Nvidia (which owns 6%)": the holder is the company right before the parenthesis.
const PAREN_OWNS = /\([\s\u00a0]*(?:which|who|que|qui|die|der|das)[\s\u00a0]+(?:owns?|holds?|tiene|posee|detém|possui|détient|possède|hält|besitzt)[\s\u00a0]+(?:(?:about|some|roughly|around|nearly|unos|unas|cerca de|environ|rund|etwa)[\s\u00a0]+)?(?:(?:un|una|um|uma)[\s\u00a0]+)?$/iu;

function parenthesisHolder(doc: Doc, p: Percent, sStart: number): Holder | null {
  const left = doc.text.slice(Math.max(sStart, p.q.start - 60), p.q.start);
  const open = PAREN_OWNS.exec(left);
  if (!open) return null;
  const at = p.q.start - left.length + open.index;
  const m = mentionsIn(doc, sStart, at).pop();
  return m && at - m.end <= 2 ? { holder: company(m) } : null;
}

// "41m TeraWulf shares", "shares of TeraWulf", "ações da Cipher", "acciones de Nebius", "Aktien von Cipher".
const SHARES_AFTER_NAME = /^(?:['’]s?)?[\s\u00a0]+(?:shares|stock)(?![\p{L}])/u;
const SHARES_BEFORE_NAME = /(?<![\p{L}])(?:shares of|stock of|ações d[aoe]s?|acciones de|actions de|titres de|Aktien von|Aktien der|Aktien des)[\s\u00a0]+(?:(?:la|el|a|o|the|l['’])[\s\u00a0]*)?$/u;

/** The company whose shares the text in [from, to) names last. */
function sharesOf(doc: Doc, from: number, to: number): string | null {
  const ms = mentionsIn(doc, from, to);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (SHARES_AFTER_NAME.test(doc.text.slice(m.end, m.end + 10)) || SHARES_BEFORE_NAME.test(doc.text.slice(Math.max(from, m.start - 20), m.start))) return company(m).name;
  }
  return null;
}

const GLOBAL = new Map<RegExp, RegExp>();
const global = (re: RegExp, flags = 'giu'): RegExp => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, flags)));
  g.lastIndex = 0;
  return g;
};

function lastIndexOf(re: RegExp, s: string): { index: number; length: number } | null {
  const g = global(re);
  let last: { index: number; length: number } | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) last = { index: m.index, length: m[0].length };
  return last;
}

/** Where the clause of `pos` starts: after a clause break or an earlier percentage of the sentence. */
function clauseStart(text: string, sStart: number, pos: number): number {
  const left = text.slice(sStart, pos);
  let from = sStart;
  const br = lastIndexOf(CLAUSE_BREAK, left);
  if (br) from = sStart + br.index + br.length;
  const prevPct = left.search(/\d[\s\u00a0\u202f]?(?:%|Prozent|percent|per cent|por ciento|por cento|pour cent)[^%]*$/u);
  return prevPct >= 0 ? Math.max(from, sStart + prevPct) : from;
}

interface Ctx {
  doc: Doc;
  text: string;
  p: Percent;
  sStart: number;
  sEnd: number;
  /** Start of the figure's clause. */
  from: number;
}

function holderOf(doc: Doc, p: Percent, sStart: number, sEnd: number): Holder | null {
  const c: Ctx = { doc, text: doc.text, p, sStart, sEnd, from: clauseStart(doc.text, sStart, p.q.start) };
  return respectively(c) ?? agentAfter(c) ?? dativeAfter(c) ?? possessive(c) ?? stakeOf(c) ?? receiver(c) ?? buyer(c) ?? relative(c) ?? partners(c) ?? verbSubject(c) ?? withSubject(c) ?? gapped(c)
    ?? shareholders(c) ?? warrantHolder(c) ?? fallback(c);
}

const RESPECTIVELY = new RegExp(`(?<![\\p{L}])(?:${alt(RESPECTIVELY_WORDS)})(?![\\p{L}])`, 'iu');
const PERCENT_IN = /\d[\d.,]*[\s\u00a0\u202f]?(?:%|Prozent|percent|per cent|por ciento|por cento|pour cent)/gu;

/**
 * "Banco Santander y Nortia Capital, quienes controlan el 24,6 % y el 8,2 % del capital social respectivamente":
 * the figures of the sentence pair in order with the names listed before the first of them.
 */
function respectively(c: Ctx): Holder | null {
  const { text, p, sStart, sEnd } = c;
  if (!RESPECTIVELY.test(text.slice(p.end, sEnd))) return null;
  const firstPct = text.slice(sStart, sEnd).search(PERCENT_IN);
  if (firstPct < 0) return null;
  // The names end where the relative or the holding verb starts, past an aside in brackets.
  const head = text.slice(sStart, sStart + firstPct);
  const rel = /,[\s\u00a0]+(?:quienes|quien|who|which|que|qui|os quais|as quais|lesquels|lesquelles|die)[\s\u00a0]/iu.exec(head);
  const verb = HOLD.all(text, c.doc.tokens, sStart, sStart + firstPct)[0];
  let end = rel ? sStart + rel.index : verb ? verb.start : -1;
  if (end < 0) return null;
  end = sStart + text.slice(sStart, end).replace(/[\s\u00a0]*(?:\([^()]*\))?[\s\u00a0]*$/u, '').length;
  const n = nameEndingAt(text, end, sStart);
  const names = n && n.end >= end - 1 ? listAround(text, n, sStart, end) : [];
  const index = (text.slice(sStart + firstPct, p.end).match(PERCENT_IN) ?? []).length - 1;
  return names.length > 1 && index >= 0 && index < names.length ? { holder: fullName(c.doc, names[index]!, text.indexOf(names[index]!.name, sStart)) } : null;
}

/** "controlada en un 82 % por Acciona", "the 10% held by Corn Belt", "participada al 50 % por cada uno". */
function agentAfter(c: Ctx): Holder | null {
  const { doc, text, p, sEnd } = c;
  const after = text.slice(p.end, Math.min(sEnd, p.end + 80));
  if (EACH_AFTER.test(after)) {
    const list = listedBefore(c);
    if (list.length > 1) return { holder: list[0]!, each: list };
  }
  // "the 10% stake that Halvard holds in Skyline", "el 10 % que Marzal tiene en Norvento", "den Anteil, den die Halvard AG hält".
  const rel = REL_AFTER.exec(after);
  if (rel) {
    const at = p.end + rel[0].length;
    const m = mentionStartingAt(doc, at, sEnd);
    const n = m ? null : nameAfterArticle(text, at, sEnd);
    const end = m?.end ?? n?.end;
    if (end !== undefined && HOLD.has(text, doc.tokens, end, Math.min(sEnd, end + 40))) return { holder: m ? companyOf(doc, m) : n!.company };
  }
  const by = BY_AFTER.exec(after);
  if (!by) return null;
  const at = p.end + by[0].length;
  // "da empresa comandada por Lisa Su": the agent of a descriptor's own participle names the company, not the holder.
  if (insideMention(doc, at - 2, at - 1)) return null;
  const m = mentionStartingAt(doc, at, sEnd);
  if (m) return { holder: companyOf(doc, m) };
  const st = stateAt(doc, at, Math.min(sEnd, at + 60));
  if (st) return { holder: st };
  const n = nameAfterArticle(text, at, sEnd);
  return n ? { holder: n.company } : null;
}

/** "gehört zu 80 Prozent dem Bund", "gehört zu 80 Prozent Fonds des Vermögensverwalters Blue Owl". */
function dativeAfter(c: Ctx): Holder | null {
  const { doc, text, p, sEnd } = c;
  if (!/gehör/u.test(text.slice(c.sStart, p.q.start))) return null;
  const after = text.slice(p.end, Math.min(sEnd, p.end + 80));
  if (!DATIVE.test(after)) return null;
  const st = stateAt(doc, p.end, Math.min(sEnd, p.end + 40));
  if (st) return { holder: st };
  const clauseEnd = p.end + (/[,;]/u.exec(after)?.index ?? after.length);
  const m = mentionsIn(doc, p.end, clauseEnd)[0];
  if (m) return { holder: company(m) };
  const lead = /^[\s\u00a0]*(?:dem|den|der)[\s\u00a0]+/u.exec(after);
  const n = lead ? nameStartingAt(text, p.end + lead[0].length, sEnd) : null;
  return n ? { holder: n.company } : null;
}

/** "PIF's existing stake of nearly 10%", "the Japanese group's stake in the ChatGPT maker to about 11%". */
function possessive(c: Ctx): Holder | null {
  const { doc, text, p, sStart } = c;
  const left = text.slice(Math.max(sStart, p.q.start - 120), p.q.start);
  // "Nvidia's 7% stake in CoreWeave": the possessive right before the figure.
  const direct = POSSESSIVE_BEFORE.exec(left);
  const at = direct ? direct.index : left.search(POSSESSIVE);
  if (at < 0) return null;
  const pos = p.q.start - left.length + at;
  const m = mentionEndingAt(doc, sStart, pos);
  if (m) return { holder: company(m) };
  const n = nameEndingAt(text, pos, sStart);
  if (n && n.end >= pos - 1 && !STOP.has(n.company.name) && /\p{Lu}/u.test(text[n.start] ?? '')) return { holder: n.company };
  const np = ARTICLE_NP.exec(text.slice(sStart, pos));
  if (np) {
    const r = described(c, np[1]!, pos);
    if (r) return { holder: r };
  }
  return null;
}

/**
 * The company a descriptor in mid-sentence stands for ("giving the U.S. chip designer a stake", "lifting the Japanese
 * group's stake"): the recipient of new shares, a company of the kind, the sentence's subject, then the one before.
 */
function described(c: Ctx, phrase: string, pos: number): Company | null {
  const { doc, sStart } = c;
  return recipientIn(doc, sStart, pos) ?? kindReference(doc, phrase, pos, sStart) ?? known(clauseSubject(c, sStart, pos)) ?? resolveReference(doc, phrase, pos, sStart);
}

// "la participación de Marzal en Norvento asciende al 15 %", "die Beteiligung von Halvard an Skyline beträgt".
const STAKE_OF = /(?:stake|holding|participación|participação|participation|Beteiligung|Anteil)[\s\u00a0]+(?:of|de|del|da|do|von|des|der)[\s\u00a0]+/iu;

/** The holder named after the stake noun of the clause: "la participation de Dorval dans Valmont atteint 15 %". */
function stakeOf(c: Ctx): Holder | null {
  const { doc, text, p } = c;
  const left = text.slice(c.from, p.q.start);
  const g = lastIndexOf(STAKE_OF, left);
  if (!g) return null;
  const at = c.from + g.index + g.length;
  // "a stake of about 27%": the figure itself follows.
  if (/^[^\p{L}]*\d|^(?:about|around|roughly|some|nearly|almost|up to|more than|less than|alrededor|cerca|unos|environ|près|rund|etwa|knapp|gut|bis|mehr|até|mais|menos|hasta|más|plus|moins)(?![\p{L}])/iu.test(text.slice(at, p.q.start))) return null;
  const m = mentionStartingAt(doc, at, p.q.start);
  if (m) return { holder: companyOf(doc, m) };
  const st = stateAt(doc, at, p.q.start);
  if (st) return { holder: st };
  const n = nameAfterArticle(text, at, p.q.start);
  return n ? { holder: fullName(doc, n.company, n.start) } : null;
}

/** "which would give the Alphabet unit roughly an 8% stake", "could hand OpenAI a stake", "leaving Microsoft with 27%". */
function receiver(c: Ctx): Holder | null {
  const { doc, text, p, sStart } = c;
  const winStart = Math.max(sStart, p.q.start - 100);
  const g = GIVE.last(text, doc.tokens, winStart, p.q.start);
  if (!g) return null;
  const tail = GIVE_TAIL.exec(text.slice(g.end, p.q.start));
  if (!tail) return null;
  const at = g.end + tail[0].length;
  const m = mentionStartingAt(doc, at, p.q.start);
  if (m) return { holder: companyOf(doc, m) };
  const rest = text.slice(at, p.q.start);
  const word = /^[\p{L}]+/u.exec(rest)?.[0] ?? '';
  if (word && isPronoun(word, doc.lang === 'und' ? 'en' : doc.lang)) {
    const subj = known(clauseSubject(c, sStart, at)) ?? recipientIn(doc, sStart, at);
    return subj ? { holder: subj } : null;
  }
  const np = /^(?:the|el|la|o|a|le|la|l['’]|der|die|das|dem)[\s\u00a0]+(?:[\p{L}.'’-]+[\s\u00a0]+){0,4}?[\p{L}'’-]+(?=[\s\u00a0]+(?:a|an|un|una|um|uma|une|ein|eine|einen|roughly|about|some|with|con|com|avec|mit|\d))/iu.exec(rest);
  if (np) {
    const r = described(c, np[0], at);
    if (r) return { holder: r };
  }
  const n = nameStartingAt(text, at, p.q.start);
  return n && !STOP.has(n.company.name) ? { holder: n.company } : null;
}

/** "la venta a Erste del 49 % de Santander Bank Polska", "sold 49% of Skyline to Halvard": the buyer holds it. */
function buyer(c: Ctx): Holder | null {
  const { doc, text, p, sEnd } = c;
  const left = text.slice(c.from, p.q.start);
  const g = lastIndexOf(SALE, left);
  if (g && left.length - g.index < 80) {
    const at = c.from + g.index + g.length;
    const m = mentionStartingAt(doc, at, p.q.start);
    if (m) return { holder: company(m) };
    const n = nameAfterArticle(text, at, p.q.start);
    if (n) return { holder: n.company };
  }
  if (!SALE_VERB.test(left.slice(-60))) return null;
  // "sold 49% of Skyline to Porto Capital", "verkauft 49 Prozent an Skyline an die Porto Capital" (the first "an" names the company sold).
  const after = text.slice(p.end, Math.min(sEnd, p.end + 90)).split(/[.;]/u)[0]!;
  const g2 = global(SALE_TO);
  for (let x = g2.exec(after); x; x = g2.exec(after)) {
    if (x.index < 2 && /an/iu.test(x[0])) continue;
    const at = p.end + x.index + x[0].length;
    const m = mentionStartingAt(doc, at, sEnd);
    if (m) return { holder: company(m) };
    const n = nameAfterArticle(text, at, sEnd);
    if (n) return { holder: n.company };
  }
  return null;
}

/** "Berkshire, which owns 27.5%", "JAB Holding, the investment vehicle of the Reimann family, which owns", "Skyline, in which Halvard holds". */
function relative(c: Ctx): Holder | null {
  const { doc, text, p, sStart } = c;
  const left = text.slice(sStart, p.q.start);
  const rel = RELATIVE.exec(left);
  if (!rel) return null;
  const at = sStart + rel.index;
  // "..., que ficará com 80%; a Meta manterá os 20%": a relative clause before a clause break belongs to another clause.
  const br = lastIndexOf(CLAUSE_BREAK, left);
  if (br && sStart + br.index > at) return null;
  if (OF_WHICH.test(rel[0])) {
    const s = clauseSubject(c, sStart, at);
    return s === UNKNOWN ? NOBODY : s ? { holder: s } : null;
  }
  const inWhich = IN_WHICH.exec(rel[0]);
  if (inWhich) {
    const inner = at + inWhich[0].length;
    const m = mentionStartingAt(doc, inner, p.q.start) ?? mentionsIn(doc, inner, p.q.start)[0];
    if (m) return { holder: companyOf(doc, m) };
    const st = stateAt(doc, inner, p.q.start);
    if (st) return { holder: st };
    const n = nameAfterArticle(text, inner, p.q.start);
    if (n) return { holder: n.company };
  }
  return antecedent(c, at);
}

/** The noun phrase before a comma at `at`, past an appositive: "Geely, qui", "JAB Holding, the investment vehicle of X, which". */
function antecedent(c: Ctx, at: number): Holder | null {
  const { text, sStart } = c;
  const appositive = /,[\s\u00a0]+(?:the|a|an|el|la|un|una|o|um|uma|le|une|der|die|das|ein|eine)[\s\u00a0][^,]{0,80}$/iu.exec(text.slice(sStart, at));
  if (appositive) {
    const head = sStart + appositive.index;
    const h = phraseEndingAt(c, head);
    if (h) return h;
  }
  return phraseEndingAt(c, at);
}

/** The holder written right before `end`: a mention, a state, a capitalised name, a pronoun or a descriptor. */
function phraseEndingAt(c: Ctx, end: number): Holder | null {
  const { doc, text, sStart } = c;
  const m = mentionEndingAt(doc, sStart, end);
  if (m) return { holder: companyOf(doc, m) };
  const st = stateEndingAt(doc, Math.max(sStart, end - 60), end);
  if (st) return { holder: st };
  const sh = shareholdersIn(doc, Math.max(sStart, end - 60), end);
  if (sh && sh.end >= end - 2) return { holder: sh.company };
  const word = /([\p{L}]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(sStart, end - 20), end))?.[1] ?? '';
  if (word && isPronoun(word, doc.lang === 'und' ? 'en' : doc.lang) && !/\p{Lu}/u.test(word.slice(1))) {
    const r = resolveReference(doc, word, end, sStart);
    return r ? { holder: r } : null;
  }
  const n = nameEndingAt(text, end, sStart);
  if (n && n.end >= end - 2 && !STOP.has(n.company.name) && properAt(c, n)) return { holder: fullName(doc, n.company, n.start) };
  const np = ARTICLE_NP.exec(text.slice(Math.max(sStart, end - 80), end).trimEnd());
  if (np && !/\d/u.test(np[1]!)) {
    const r = resolveReference(doc, np[1]!, end, sStart);
    if (r) return { holder: r };
  }
  return null;
}

/** A capitalised run is a name: in German (every noun is capitalised) only with a legal form, capitals or several words. */
function properAt(c: Ctx, n: { start: number; end: number; company: Company }): boolean {
  const { doc, text } = c;
  if (doc.lang === 'de' && !/(?:\s(?:SE|AG|KGaA|GmbH|Holding|Stiftung)|\p{Lu}{2,}|\s\p{Lu})/u.test(text.slice(n.start, n.end + 8))) return false;
  return n.start > c.sStart + 3 || looksProper(text, { company: n.company, start: n.start, end: n.end }, c.sStart);
}

/** "socios al 50 % en el proyecto", "partners with 50% each": the names listed before. */
function partners(c: Ctx): Holder | null {
  const { text, p } = c;
  if (!PARTNERS.test(text.slice(Math.max(c.sStart, p.q.start - 20), p.q.start))) return null;
  const names = listedBefore(c);
  return names.length > 1 ? { holder: names[0]!, each: names } : null;
}

// The last of two names joined by "and": "la británica Nscale y el grupo noruego Aker", "Iberdrola y el desarrollador irlandés Echelon Data Centres".
const SECOND_NAME = /(?:^|[\s\u00a0])(?:y|e|and|et|und)[\s\u00a0]+(?:[\p{Ll}'’]+[\s\u00a0]+){0,4}(\p{Lu}[\p{L}&-]+(?:[\s\u00a0]+\p{Lu}[\p{L}&-]+){0,3})/u;

/** The companies of the sentence before the figure, with a name outside the gazetteer joined to them by "and". */
function listedBefore(c: Ctx): Company[] {
  const { doc, text, p } = c;
  const ms = [...new Set(mentionsIn(doc, c.sStart, p.q.start).map(company))];
  const m = SECOND_NAME.exec(text.slice(c.sStart, p.q.start));
  if (!m) return ms;
  const known = (name: string) => ms.some((x) => name.includes(x.name) || x.name.includes(name));
  const conj = c.sStart + m.index;
  const first = nameEndingAt(text, conj, c.sStart);
  if (first && first.end >= conj - 1 && !STOP.has(first.company.name) && !known(first.company.name)) ms.unshift(first.company);
  if (!known(m[1]!)) ms.push(surface(m[1]!));
  return ms;
}

/** End of [from, to) without the adverbs and auxiliaries it ends with: "Microsoft will also " → "Microsoft". */
function withoutLight(doc: Doc, from: number, to: number): number {
  const light = LIGHT.all(doc.text, doc.tokens, from, to);
  let end = to;
  for (let i = light.length - 1; i >= 0 && /^[\s\u00a0]*$/u.test(doc.text.slice(light[i]!.end, end)); i--) end = light[i]!.start;
  while (end > from && /[\s\u00a0]/u.test(doc.text[end - 1]!)) end--;
  return end;
}

/** The subject of the holding or buying verb of the clause: "Delta owns", "L'État détient", "Meta invested ... for a 49% stake". */
function verbSubject(c: Ctx): Holder | null {
  const { doc, text, p } = c;
  const v = HOLD.last(text, doc.tokens, c.from, p.q.start);
  if (!v) return null;
  const verbAt = v.start;
  const end = withoutLight(doc, c.from, verbAt);
  const trimmed = text.slice(c.from, end);
  const each = EACH.has(text, doc.tokens, Math.max(c.from, verbAt - 30), p.q.start);
  const opener = OPENER.exec(trimmed);
  if (!trimmed.trim() || (doc.lang === 'de' && opener && opener[0].length >= trimmed.length)) {
    // Inversion: "hielte der ChatGPT-Entwickler rund 10 Prozent"; "Übt OpenAI alle Scheine aus, hielte das Unternehmen": the opener's company.
    const after = v.end;
    const m = mentionStartingAt(doc, after, p.q.start);
    if (m) return { holder: companyOf(doc, m) };
    const st = stateAt(doc, after, p.q.start);
    if (st) return { holder: st };
    const inOpener = opener ? mentionsIn(doc, c.from, c.from + opener[0].length)[0] : undefined;
    if (inOpener && SUBJECT_AFTER_VERB.test(text.slice(after, p.q.start))) return { holder: companyOf(doc, inOpener) };
    const s = known(clauseSubject(c, c.from, verbAt));
    return s ? { holder: s } : null;
  }
  // "Ross, a former Google engineer, owns", "Iberdrola, a través de su filial, se queda con": the subject opens the clause.
  if (/,[\s\u00a0]*$/u.test(trimmed) || /(?:^|[\s\u00a0])(?:and|y|e|et|und)[\s\u00a0]*$/iu.test(trimmed)) {
    const s = clauseSubject(c, c.from, verbAt);
    return s === UNKNOWN ? NOBODY : s ? { holder: s } : null;
  }
  const h = phraseEndingAt(c, end);
  if (!h) return null;
  if (each) {
    const own = [...new Set(mentionsIn(doc, c.from, end).map(company))];
    if (own.length > 1) return { holder: own[0]!, each: own };
    const n = nameEndingAt(text, end, c.from);
    if (n) {
      const list = listAround(text, n, c.from, verbAt);
      if (list.length > 1) return { holder: list[0]!, each: list };
    }
  }
  return h;
}

/** "A China Three Gorges, maior acionista da EDP, com cerca de 21%", "Microsoft, with a stake of about 27%": the clause's subject. */
function withSubject(c: Ctx): Holder | null {
  const { doc, text, p } = c;
  const winStart = Math.max(c.from, p.q.start - 50);
  const w = WITH_BEFORE.exec(text.slice(winStart, p.q.start));
  if (!w) return null;
  // "Größter Aktionär ist die Porto Capital mit 20 Prozent", "The largest holder is Halvard with 18%": the name after the copula.
  const withAt = winStart + w.index;
  const m = mentionEndingAt(doc, c.from, withAt);
  const n = m ? null : nameEndingAt(text, withAt, c.from);
  const npStart = m?.start ?? n?.start;
  if (npStart !== undefined && COPULA_BEFORE.test(text.slice(c.from, npStart))) return { holder: m ? companyOf(doc, m) : n!.company };
  const s = clauseSubject(c, c.from, p.q.start);
  return s === UNKNOWN ? NOBODY : s ? { holder: s } : null;
}

const WITH_BEFORE = /(?<![\p{L}])(?:with|con|com|avec|mit)(?:[\s\u00a0]+(?:un|una|um|uma|une|a|an|el|la|los|o|os|einer?|einem|rund|knapp|gut|about|roughly|around|cerca de|cerca del|alrededor del|environ|près de|otro|otra|outro|outra|another|un autre|weiteren|[\p{L}]+[\s\u00a0]+(?:of|de|d['’]|von)))*[\s\u00a0]*$/iu;
const COPULA_BEFORE = /(?:^|[\s\u00a0])(?:is|are|ist|sind|es|son|é|são|est|sont)[\s\u00a0]+(?:(?:der|die|das|the|el|la|los|las|o|a|os|as|le|les)[\s\u00a0]+|l['’])?$/iu;

// "... and Skyline the remaining 30%", "y la matriz de Facebook con el 20 % restante": a clause without its verb.
const GAPPED = /(?:^|[\s\u00a0,;])(?:and|y|e|et|und|while|mientras|enquanto|tandis que|während)[\s\u00a0]+/iu;

/** After an earlier figure of the sentence, the name that opens a clause whose verb is left out holds the figure. */
function gapped(c: Ctx): Holder | null {
  const { doc, text, p } = c;
  if (c.from <= c.sStart) return null;
  const g = lastIndexOf(GAPPED, text.slice(c.from, p.q.start));
  if (!g) return null;
  const at = c.from + g.index + g.length;
  const m = mentionStartingAt(doc, at, p.q.start);
  if (m) return { holder: companyOf(doc, m) };
  const st = stateAt(doc, at, p.q.start);
  if (st) return { holder: st };
  const n = nameAfterArticle(text, at, p.q.start);
  return n ? { holder: n.company } : null;
}

/** "Core Scientific investors will own less than 10%", "sollen die bisherigen Norfolk-Aktionäre rund 27 Prozent halten". */
function shareholders(c: Ctx): Holder | null {
  const s = shareholdersIn(c.doc, c.from, c.p.q.start);
  return s ? { holder: s.company } : null;
}

/** "warrants for up to 160 million shares, roughly 10% of the company": the warrants' recipient. */
function warrantHolder(c: Ctx): Holder | null {
  const r = recipientIn(c.doc, c.sStart, c.p.q.start);
  return r ? { holder: r } : null;
}

/**
 * The subject that opens the clause [from, to), past an opening phrase ("En el caso de Cipher,", "Last month")
 * and an appositive ("Echelon, propiedad del fondo Starwood, tendrá"); a descriptor or pronoun is resolved.
 * UNKNOWN: a subject is written but stands for no company ("The brothers").
 */
function clauseSubject(c: Ctx, from: number, to: number): Company | typeof UNKNOWN | null {
  const { doc, text } = c;
  let at = from;
  const seg = text.slice(from, to);
  const op = OPENER.exec(seg);
  if (op && op[0].length < seg.length) at = from + op[0].length;
  at += TIME_OPENER.exec(text.slice(at, to))![0].length;
  at += LEAD_WORDS.exec(text.slice(at, to))![0].length;
  // "A chinesa Fosun continua …", "la saudí STC": an adjective of origin between the article and the name.
  const origin = ORIGIN_ADJECTIVE.exec(text.slice(at, to));
  if (origin) at += origin[0].length;
  // "Skyline's largest shareholder, Halvard, owns", "El principal accionista de Norvento, Marzal, controla": the name after the role.
  const role = ROLE_FIRST.exec(text.slice(at, to));
  if (role) {
    const r = at + role[0].length;
    const rm = mentionStartingAt(doc, r, to);
    if (rm) return companyOf(doc, rm);
    const rn = nameAfterArticle(text, r, to);
    if (rn) return rn.company;
  }
  const m = mentionStartingAt(doc, at, to);
  if (m) return companyOf(doc, m);
  const st = stateAt(doc, at, to);
  if (st) return st;
  const sh = shareholdersIn(doc, at, Math.min(to, at + 60));
  if (sh && sh.start <= at + 5) return sh.company;
  const n = nameStartingAt(text, at, to);
  if (n && !STOP.has(n.company.name) && properAt(c, n)) {
    // "The Norwegian sovereign wealth fund owns ...": the whole noun phrase up to the verb.
    const tail = /^(?:[\s\u00a0]+\p{Ll}[\p{L}-]{1,20}){1,4}(?=[\s\u00a0]+(?:owns|holds|controls|has|détient|possède|detiene|posee|controla|detém|possui)(?![\p{L}]))/u.exec(text.slice(n.end, to));
    return tail ? surface(`${n.company.name}${tail[0]}`.trim()) : fullName(doc, n.company, n.start);
  }
  // "La fondation à but non lucratif, rebaptisée OpenAI Foundation, ...": the name it was given.
  const renamed = RENAMED.exec(text.slice(at, to));
  if (renamed) {
    const r = at + renamed.index + renamed[0].length;
    const rm = mentionStartingAt(doc, r, to);
    if (rm) return companyOf(doc, rm);
    const rn = nameAfterArticle(text, r, to);
    if (rn) return rn.company;
  }
  const word = /^[\p{L}]+/u.exec(text.slice(at, to))?.[0] ?? '';
  if (word && isPronoun(word, doc.lang === 'und' ? 'en' : doc.lang)) return resolveReference(doc, word, at, c.sStart) ?? UNKNOWN;
  const np = SUBJECT_NP.exec(text.slice(at, to));
  if (np) return resolveReference(doc, np[0], at, c.sStart) ?? UNKNOWN;
  return null;
}
const UNKNOWN = 'unknown' as const;
const ROLE_FIRST = /^[^,]{0,60}?(?:shareholder|stockholder|investor|owner|accionista|inversor|acionista|investidor|actionnaire|investisseur|Aktionär|Anteilseigner|Investor|Eigentümer)(?:[\s\u00a0]+(?:of|in|de|del|da|do|du|von)[\s\u00a0]+[^,]{1,40})?,[\s\u00a0]*/iu;
const known = (s: Company | typeof UNKNOWN | null): Company | null => (s === UNKNOWN ? null : s);
// A common noun as subject after an inverted verb: "hielte das Unternehmen rund 10 Prozent".
const SUBJECT_AFTER_VERB = /^[\s\u00a0]+(?:der|die|das)[\s\u00a0]+[\p{L}-]+(?=[\s\u00a0])/u;
// A common noun phrase as subject, up to a comma or an auxiliary or holding verb.
const SUBJECT_NP = /^(?:the|el|la|los|las|o|a|os|as|le|la|les|l['’]|der|die|das)[\s\u00a0]+(?:[\p{L}.'’-]+[\s\u00a0]+){0,4}?[\p{L}'’-]+(?=[\s\u00a0]*,|[\s\u00a0]+(?:will|would|has|also|still|now|se|a|est|va|vai|ist|hat|wird|selbst|owns|own|holds|hold|controls|détient|detiene|tendrá|detém|hält))/iu;
// "Last month", "Days earlier", "El año pasado", "L'an dernier", "Im Vorjahr": time before the subject, with or without a comma.
const TIME_WORDS = ['last', 'this', 'earlier', 'later', 'next', 'days', 'weeks', 'months', 'years', 'a day', 'a week', 'a month', 'a year', 'week', 'month', 'year', 'quarter', 'ago', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'el año pasado', 'el mes pasado', 'este año', 'este mes', 'no ano passado', 'este ano', "l'an dernier", "l'année dernière", 'le mois dernier', 'cette année', 'im Vorjahr', 'im vergangenen Jahr', 'letztes Jahr', 'en', 'em', 'in', 'on', 'im'];
const TIME_OPENER = new RegExp(`^(?:[\\s\\u00a0]*(?:${alt(TIME_WORDS)}|\\d{4})(?![\\p{L}\\p{N}])){1,4}(?:[\\s\\u00a0]*,)?[\\s\\u00a0]*|^`, 'iu');

/** Last resorts: the first company of the clause, a state opening it, the subject of the sentence before. */
function fallback(c: Ctx): Holder | null {
  const { doc, text, p, sStart } = c;
  const subj = clauseSubject(c, c.from, p.q.start);
  if (subj === UNKNOWN) return NOBODY;
  if (subj) return { holder: subj };
  const own = mentionsIn(doc, c.from, p.q.start);
  if (own.length) return { holder: companyOf(doc, own[0]!) };
  const before = mentionsIn(doc, sStart, p.q.start);
  if (before.length && !HOLD.has(text, doc.tokens, c.from, p.q.start)) return { holder: companyOf(doc, before[0]!) };
  const st = STATE.exec(text.slice(c.from, p.q.start));
  if (st) return { holder: stateCompany(st[0], doc.lang) };
  const left = text.slice(sStart, p.q.start);
  // "Volvió a comprar acciones ... y controla además cerca del 90 %", "It owns 10%": an unnamed subject is the one of the sentence before.
  const verb = HOLD.last(text, doc.tokens, c.from, p.q.start);
  if ((verb && !/\p{Lu}/u.test(text.slice(c.from, verb.start).replace(/^[\s\u00a0"“«]*\p{Lu}/u, ''))) || GENERIC.test(left)) {
    const s = previousSubject(doc, sStart);
    if (s) return { holder: s };
  }
  if (before.length) return { holder: companyOf(doc, before[0]!) };
  return null;
}

/** Whose capital: "of Virgin Atlantic", "in Air France-KLM", "du capital d'Airbus", "an Volkswagen", else the other company of the sentence. */
function ofOf(doc: Doc, p: Percent, sStart: number, sEnd: number, holder: Company): Company | null {
  const { text } = doc;
  const lim = Math.min(sEnd, p.end + 80);
  const after = mentionsIn(doc, p.end, lim).filter((m) => company(m).name !== holder.name);
  const prep = /(?:^|[\s\u00a0])(?:of|in|en|de|del|da|do|du|d['’]|an|am|dans|no|na|em)[\s\u00a0]*$/iu;
  const m = after.find((x) => prep.test(text.slice(Math.max(p.end, x.start - 40), x.start)) && x.start - p.end < 60);
  if (m) return company(m);
  const seg = text.slice(p.end, lim);
  const g = global(OF_PREP);
  for (let x = g.exec(seg); x && x.index < 50; x = g.exec(seg)) {
    const n = nameStartingAt(text, p.end + x.index + x[0].length, lim);
    if (n && !STOP.has(n.company.name) && n.company.name !== holder.name) return n.company;
  }
  // "Halvard's stake in Skyline is about 12%": the company after "stake in" before the figure.
  const left = text.slice(Math.max(sStart, p.q.start - 100), p.q.start);
  // "o maior acionista do BCP, com uma participação de cerca de 20%": the company of which the holder is a shareholder.
  const si = /(?:(?:stake|holding|participación|participação|participation|Beteiligung|Anteil)[\s\u00a0]+(?:in|en|em|na|no|dans|an|am)|(?:shareholder|investor|accionista|acionista|actionnaire|Aktionär|Anteilseigner)[\s\u00a0]+(?:of|de|del|da|do|du|des|der|von|d['’]))[\s\u00a0]+(?:(?:der|dem|la|el|a|o|le|the)[\s\u00a0]+)?/iu.exec(left);
  if (si) {
    const at = p.q.start - left.length + si.index + si[0].length;
    const sm = mentionsIn(doc, at, p.q.start).find((x) => x.start - at < 3);
    if (sm && company(sm).name !== holder.name) return company(sm);
    const n = nameStartingAt(text, at, p.q.start);
    if (n && !STOP.has(n.company.name) && n.company.name !== holder.name) return n.company;
  }
  const sentenceMs = mentionsIn(doc, sStart, sEnd).map(company);
  return sentenceMs.find((c) => c.name !== holder.name) ?? doc.protagonists.find((c) => c.name !== holder.name) ?? null;
}
const OF_PREP = /(?:^|[\s\u00a0])(?:of|in|de|del|da|do|du|an|dans|na|no|em)[\s\u00a0]+|d['’]/iu;

function dedupe(xs: Stake[]): Stake[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.holder}|${x.pct}|${x.span.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A stake of the title repeats one of the body (labels come from the body): keep the body's. */
function preferBody(doc: Doc, xs: Stake[]): Stake[] {
  const body = new Set(xs.filter((x) => x.span.start >= doc.bodyStart).map((x) => x.pct));
  return xs.filter((x) => x.span.start >= doc.bodyStart || !body.has(x.pct));
}
