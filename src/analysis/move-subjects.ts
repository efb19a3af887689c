// Whose share price moved: the company a move figure belongs to. Stock moves try these
// readers in order: the owner of a stock noun ("las acciones de X", "Die X-Aktie"), the
// subject before the verb (a list of names, skipping relative clauses and insertions),
// the company after the figure ("caídas del 14 % de X", "pour l'action X"), and
// companies named before ("the stock", "elas", "La operadora", "der Kurs").
import type { Company, Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { kindReference } from './referents.js';
import { sentenceAt, type Range } from './sentences.js';
import { alt, DESCRIPTOR_NOUNS, EACH_WORDS, GENERIC_COMPANY, IMPERSONAL, INDICES, LIGHT_VERBS, MOVE_PRONOUNS, SHARE_CLASSES, STOCK_NOUNS, words } from './lexicon.js';
import { GERMAN_DESCRIPTOR, looksProper, nameAfter, nameBefore, nameEndingAt, nameStartingAt, NOT_A_NAME, RIC_CODE, STOP, type Name } from './names.js';
import type { PhraseMatch } from './tokens.js';

const SP = String.raw`[\s\u00a0]`;
const ARTICLES = ['the', 'la', 'las', 'los', 'el', 'le', 'les', 'a', 'as', 'o', 'os', 'der', 'die', 'das', 'des', 'dem', 'den', 'un', 'una', 'une', 'um', 'uma', 'ein', 'eine'];
/** An article in either case ("the" / "The"), for patterns that must keep case elsewhere. */
const ARTICLE_ANY_CASE = [...ARTICLES, 'l'].map((a) => `[${a[0]}${a[0]!.toUpperCase()}]${a.slice(1)}`).join('|');

/** A company found for a figure, with where its phrase starts (for the span and the not-a-share check). */
export interface Subject {
  who: Company;
  /** Companies listed with it ("Nvidia and Micron fell 0.7%"), in order, itself included. */
  list: Company[];
  at: number;
  /** Where what moved is read from, when not `at`: after an aside ("AMD, which ... capacity, fell"). */
  from?: number;
  /** Where that aside opens. */
  open?: number;
}

export const OF = /^[\s\u00a0]*(?:of|in|de|del|da|do|des|du|d['’]|von|der|des)[\s\u00a0]/iu;

// Words that may stand between a subject and its verb: auxiliaries, reflexives, "de son côté", "por su parte", relative pronouns.
const BETWEEN = new Set([
  'se', 's', 'a', 'ont', 'avait', 'avaient', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'which', 'that', 'who', 'que', 'qui', 'then', 'alone', 'itself', 'meanwhile', 'however', 'in', 'turn',
  'de', 'son', 'sa', 'leur', 'côté', 'pour', 'part', 'quant', 'à', 'elle', 'lui', 'por', 'su', 'parte', 'pelo', 'seu', 'lado', 'sua', 'vez', 'sí', 'ha', 'han', 'había', 'habían', 'tem', 'têm', 'tinha', 'chegou', 'chegaram', 'llegó', 'llegaron', 'chegado', 'ter', 'haber', 'habido',
  'hat', 'haben', 'ist', 'sind', 'ihrerseits', 'seinerseits', 'dagegen', 'wiederum', 'indes', 'too', 'likewise', 'each', 'both', 'cada', 'una', 'uno', 'un', 'um', 'uma', 'une', 'jeweils', 'tous', 'toutes', 'deux',
  'shares', 'stock', 'as', 'las', 'les', 'the', 'perdas', 'ganhos', 'pérdidas', 'ganancias', 'subidas', 'quedas', 'caídas', 'losses', 'gains', 'pertes', 'hausses', 'baisses', 'led', 'mené', 'lideró', 'liderou', 'ao', 'al', 'en', 'em', 'bolsa', 'trading', 'negociava', 'cotizaba', 'cotava', 'estaba', 'estava', 'liderando',
  'einem', 'einer', 'einen', 'ein', 'eine', 'également', 'también', 'também', 'aussi', 'auch', 'ebenfalls', ...EACH_WORDS.filter((w) => !w.includes(' ')),
  'went', 'goes', 'ging', 'gingen', 'took', 'an', 'sharp', 'steep', 'strong', 'fuerte', 'forte', 'significant', 'significativa', 'significative', 'plus', 'la', 'el', 'o', 'los', 'os', 'du', 'des',
  ...LIGHT_VERBS,
]);
const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\u00a0\p{L}\p{N}]/gu;

/** Position before the light words that end text[from, pos), commas kept. */
export const skipLightWords = (text: string, from: number, pos: number): number => skipLight(text, from, pos, false);

/** Position before the light words and commas that end text[from, pos) ("Vinci, de son côté, a pris" -> after "Vinci"). */
function skipLight(text: string, from: number, pos: number, commas = true): number {
  const gap = text.slice(Math.max(from, pos - 60), pos);
  const parts = gap.match(TOKEN_RE) ?? [];
  let cut = gap.length;
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = parts[i]!;
    if ((commas && w === ',') || w === "'" || w === '’' || (BETWEEN.has(w) && w === w.toLowerCase())) {
      cut = gap.lastIndexOf(w, cut - 1);
      continue;
    }
    break;
  }
  return pos - (gap.length - cut);
}

// "(NYSE: HAL)", "(matriz de Google)": an aside between a name and what follows.
const PAREN_END = /\([^()]{1,40}\)[\s\u00a0]*$/u;
const PAREN_START = /^[\s\u00a0]*\([^()]{1,40}\)/u;

const GERMAN_FUNCTION = new Set(['des', 'der', 'den', 'dem', 'von', 'vom', 'zum', 'zur', 'im', 'am', 'seit', 'nach', 'vor', 'bei', 'mit', 'für', 'über', 'unter', 'laut', 'trotz', 'wegen', 'ab', 'bis', 'durch', 'gegen', 'ohne', 'aus', 'auf', 'an', 'in', 'zu', 'um', 'auch', 'zuletzt', 'zudem']);

/** German capitalises every noun: a single capitalised word is a company only when nothing marks it as a noun. */
function germanProper(text: string, n: Name): boolean {
  const w = n.company.name;
  const parts = w.split(/[\s\u00a0]+/u);
  // "Seit Jahresbeginn", "Im Oktober", "Gesamtumsatz des Konzerns": a preposition or a genitive makes a noun phrase.
  if (parts.some((x) => STOP.has(x) || GERMAN_FUNCTION.has(x.toLowerCase()))) return false;
  if (n.company.ticker || /^\p{Lu}{2,}/u.test(w) || parts.length > 1) return !GERMAN_DESCRIPTOR.test(parts[0]!);
  if (GERMAN_DESCRIPTOR.test(w) || /(?:ung|heit|keit|schaft|tion|tät|nis|tum|ismus|enz|anz|ei|chen|gang|stand|zahl|zahlen|kurs|preis|markt|handel|wert|werte)$/u.test(w)) return false;
  // A noun takes an article somewhere in the story ("der Umsatz", "die Nachfrage"); a name rarely does.
  const art = new RegExp(`(?<![\\p{L}])(?:der|die|das|des|dem|den|ein|eine|einen|einem|eines|vom|zum|zur|im|am|beim|ins)${SP}+${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
  return !art.test(text);
}

/** The capitalised name standing as the subject of the verb at `verbAt` (only light words in between). */
export function subjectName(doc: Doc, from: number, verbAt: number, sentenceStart: number): Name | null {
  const { text } = doc;
  let end = skipLight(text, from, verbAt);
  // A ticker in parentheses between the name and the verb: "Halvorsen (NYSE: HAL) rose".
  const par = PAREN_END.exec(text.slice(Math.max(from, end - 45), end));
  if (par) end -= par[0].length;
  const n = nameEndingAt(text, end, from);
  // ("MediaTek Inc. rose": the legal suffix left out of the name stands before the verb.)
  if (!n || (n.end < end - 3 && !LEGAL_SUFFIX.test(text.slice(n.end, end))) || SHARE_CLASS.test(n.company.name) || PLACE_BEFORE.test(text.slice(Math.max(from, n.start - 8), n.start))) return null;
  if (doc.lang === 'de' && !germanProper(text, n)) return null;
  if (!looksProper(text, n, sentenceStart)) return null;
  return n;
}

const LEGAL_SUFFIX = /^[\s\u00a0,]*(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|SE|Corporation)\.?[\s\u00a0,]*$/u;
// "vom Rekordhoch entfernten sie sich", "in New York rose": after these prepositions a name is no subject.
const PLACE_BEFORE = /(?<![\p{L}])(?:in|at|on|from|to|for|with|en|em|no|na|à|au|aux|dans|im|am|vom|zum|beim|aus|bei|mit|über|unter|seit)[\s\u00a0]+$/u;
// "in Seoul and SK Hynix gained": a name after a preposition is a place or an object, not a listed subject.
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|at|on|from|to|for|with|en|em|no|na|à|au|aux|dans|a|im|am|nach|aus|bei|mit|de|da|do|von)[\s\u00a0]+$/u;
const SHARE_CLASS = new RegExp(`^(?:${alt(SHARE_CLASSES)})$`, 'u');
const LIST_SEP = new RegExp(`(?:,|${SP}(?:and|y|e|et|und|&))${SP}*(?:(?:the|la|el|le|a|o|die|der|das|l['’])${SP}+)?$`, 'u');
const LIST_NEXT = new RegExp(`^${SP}*(?:,|(?:and|y|e|et|und|&)(?=${SP}))${SP}*(?:(?:the|la|el|le|a|o|die|der|das)(?=${SP}))?${SP}*(?:(?:de|del|da|do|das|dos|des|du|of|von)${SP}+)?`, 'u');

/** A mention or a proper name ending right at `end` (after a possessive or an aside). */
function itemEndingAt(doc: Doc, ms: Mention[], from: number, end: number, sentenceStart: number): { who: Company; start: number } | null {
  const { text } = doc;
  const par = PAREN_END.exec(text.slice(Math.max(from, end - 45), end));
  const e = par ? end - par[0].length : end;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.end <= e && e - m.end <= 3 && /^(?:['’]s)?[\s\u00a0-]*$/u.test(text.slice(m.end, e))) return { who: company(m), start: m.start };
    if (m.end < e - 3) break;
  }
  const n = nameEndingAt(text, e, from);
  if (!n || n.end < e - 3 || SHARE_CLASS.test(n.company.name) || NOT_A_NAME.has(n.company.name)) return null;
  if (doc.lang === 'de' ? !germanProper(text, n) : !looksProper(text, n, sentenceStart)) return null;
  return { who: n.company, start: n.start };
}

/**
 * The subject ending (light words aside) right before `verbAt`, with the names listed before it:
 * "Nvidia and Micron fell", "Amazon, Alphabet (matriz de Google) y Meta retrocedían".
 */
export function subjectRun(doc: Doc, ms: Mention[], from: number, verbAt: number, sentenceStart: number): Subject | null {
  const { text } = doc;
  const end = skipLight(text, from, verbAt);
  const first = itemEndingAt(doc, ms, from, end, sentenceStart);
  if (!first) return null;
  const list = [first.who];
  let at = first.start;
  for (let k = 0; k < 5; k++) {
    const sep = LIST_SEP.exec(text.slice(Math.max(from, at - 14), at));
    if (!sep) break;
    const prev = itemEndingAt(doc, ms, from, at - sep[0].length, sentenceStart);
    if (!prev || PREPOSITION_BEFORE.test(text.slice(Math.max(from, prev.start - 12), prev.start))) break;
    list.unshift(prev.who);
    at = prev.start;
  }
  return { who: list[0]!, list: uniq(list), at };
}

/** Companies listed after `n` up to `limit` ("Die Papiere von Siemens Energy und Schneider Electric"). */
export function listFrom(doc: Doc, ms: Mention[], who: Company, end: number, limit: number): Company[] {
  const { text } = doc;
  const out = [who];
  let pos = end;
  for (let k = 0; k < 5; k++) {
    const paren = PAREN_START.exec(text.slice(pos, pos + 45));
    if (paren) pos += paren[0].length;
    // "Intel Corporation INTC and Broadcom Inc. AVGO": a legal suffix and a bare ticker after each name.
    const suffix = SUFFIX_TICKER.exec(text.slice(pos, pos + 30));
    if (suffix) pos += suffix[0].length;
    const j = LIST_NEXT.exec(text.slice(pos, Math.min(limit, pos + 14)));
    if (!j || !j[0].trim()) break;
    const at = pos + j[0].length;
    const m = ms.find((x) => x.start === at);
    if (m) {
      out.push(company(m));
      pos = m.end;
      continue;
    }
    const n = nameStartingAt(text, at, limit);
    if (!n || n.start > at + 1 || SHARE_CLASS.test(n.company.name)) break;
    out.push(n.company);
    pos = n.end;
  }
  return uniq(out);
}

const SUFFIX_TICKER = /^(?:[\s\u00a0]*,?[\s\u00a0]*(?:Inc|Corp|Corporation|Co|Ltd|Plc|AG|SA|NV)\.?)?(?:[\s\u00a0]+[A-Z]{2,5}(?![\p{L}]))?/u;
const uniq = (cs: Company[]): Company[] => cs.filter((c, i) => cs.findIndex((d) => d.name === c.name) === i);

/**
 * The subject before an aside that closes right before the verb ("SoftBank, which holds about 90% of Arm,
 * rose 3.4%"), or before the comma of a participle ("Salesforce, desplomándose un 6,8 %").
 */
export function asideSubject(doc: Doc, sentenceStart: number, floor: number, verbAt: number): Subject | null {
  const { text } = doc;
  const end = skipLight(text, sentenceStart, verbAt, false);
  const close = text.slice(sentenceStart, end).search(/,[\s\u00a0]*$/u);
  if (close < 0 || sentenceStart + close < floor) return null;
  const comma = sentenceStart + close;
  const allMs = mentionsIn(doc, sentenceStart, comma);
  // A participle right after the subject's comma.
  const direct = itemEndingAt(doc, allMs, sentenceStart, comma, sentenceStart);
  if (direct && !text.slice(sentenceStart, direct.start).includes(',')) return { who: direct.who, list: [direct.who], at: direct.start, from: comma };
  const open = text.lastIndexOf(',', comma - 1);
  if (open < sentenceStart) return null;
  let run = subjectRun(doc, allMs.filter((m) => m.end <= open), sentenceStart, open, sentenceStart);
  // "IsuPetasys Co., which supplies components for Google, jumped 18%": a name outside the gazetteer before the aside.
  if (!run && !allMs.some((m) => m.end <= open)) {
    const n = nameEndingAt(text, skipLight(text, sentenceStart, open, false), sentenceStart);
    if (n && looksProper(text, n, sentenceStart) && (doc.lang !== 'de' || germanProper(text, n))) run = { who: n.company, list: [n.company], at: n.start };
  }
  if (!run) return null;
  // The subject opens its own stretch ("Oracle, socio de OpenAI, ganó"); a name deep inside one is a complement
  // ("Microsoft, principal socio de OpenAI, apenas variaron": not OpenAI).
  const before = text.lastIndexOf(',', run.at - 1);
  const lead = text.slice(Math.max(sentenceStart, before + 1), run.at);
  return (lead.match(/[\p{L}]+/gu) ?? []).every((w) => LEAD_WORDS.has(w.toLowerCase())) ? { ...run, from: comma, open } : null;
}

// Function words that may open a subject's stretch: "y las de Alphabet", "Auch Super Micro", "and the".
const LEAD_WORDS = new Set([
  ...ARTICLES, 'l', 'and', 'y', 'e', 'et', 'und', 'while', 'mientras', 'que', 'enquanto', 'tandis', 'während', 'but', 'pero', 'mas', 'mais', 'aber', 'sowie',
  'de', 'del', 'of', 'da', 'do', 'das', 'dos', 'des', 'du', 'd', 'von', 'also', 'auch', 'también', 'também', 'aussi', 'too', 'meanwhile',
]);

/** "Las caídas del 14,1 % y del 10,3 % de Grifols y Solaria", "pour l'action Nvidia", "off Equinix's share price": the companies after the figure(s). */
const OF_WORDS: Record<string, string> = {
  en: "of|off|for", es: 'de|del|para', pt: 'de|da|do|das|dos|para', fr: "de|du|des|d['’]|pour", de: 'von|für|bei|des|der',
};
const ARTICLES_BY_LANG: Record<string, string> = {
  en: 'the', es: 'la|las|los|el', pt: 'a|as|o|os', fr: "la|le|les|l['’]", de: 'die|der|des|den|dem',
};
const rightOf = (lang: string): RegExp => {
  const of = OF_WORDS[lang] ?? Object.values(OF_WORDS).join('|');
  const art = ARTICLES_BY_LANG[lang] ?? Object.values(ARTICLES_BY_LANG).join('|');
  return new RegExp(
    `(?:^|[\\s\\u00a0,])(?:${of})${SP}*(?:(?:${art})(?:${SP}+|(?<=['’])))?(?:(?:${alt(STOCK_NOUNS)})${SP}+(?:(?:${of})${SP}+)?(?:(?:${art})${SP}+)?)?(?=[\\p{Lu}])`,
    'gu',
  );
};
const RIGHT_OF: Record<string, RegExp> = Object.fromEntries(['en', 'es', 'pt', 'fr', 'de', 'und'].map((l) => [l, rightOf(l)]));

export function rightSubject(doc: Doc, from: number, limit: number, immediate: boolean): Subject | null {
  const { text } = doc;
  const seg = text.slice(from, limit);
  const re = RIGHT_OF[doc.lang]!;
  re.lastIndex = 0;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    if (immediate && m.index > 0) break;
    const at = from + m.index + m[0].length;
    const mention = doc.mentions.find((x) => x.start === at);
    const n = mention ? null : nameStartingAt(text, at, limit);
    const who = mention ? company(mention) : n && n.start === at && !NOT_A_NAME.has(n.company.name) && !INDEX_NAME.test(n.company.name) ? n.company : null;
    if (!who) continue;
    const end = mention ? mention.end : n!.end;
    return { who, list: listFrom(doc, mentionsIn(doc, at, limit), who, end, limit), at };
  }
  // German puts the subject after the verb: "Mit einem Kursplus von 6,9 Prozent zählte Nvidia ...".
  if (doc.lang === 'de' && !immediate) {
    const inv = /^[\s\u00a0]*(?:\p{Ll}+[\s\u00a0]+){1,2}(?=\p{Lu})/u.exec(seg);
    if (!inv) return null;
    const at = from + inv[0].length;
    const m = doc.mentions.find((x) => x.start === at);
    if (m) return { who: company(m), list: [company(m)], at: m.start };
    const n = nameStartingAt(text, at, limit);
    if (n && n.start === at && germanProper(text, n)) return { who: n.company, list: [n.company], at };
  }
  return null;
}

const INDEX_NAME = new RegExp(`^(?:${alt(INDICES)})$`, 'iu');

// "Taiwan Semiconductor Manufacturing's U.S.-listed shares", "Nokia's Helsinki-listed shares".
const OWNER_GAP = /^(?:['’]s)?(?:[\s\u00a0]+[\p{L}.]+-(?:listed|based|quoted|traded|registered))+[\s\u00a0]*$/u;
// "Oracle shares", "Nvidia's stock", "Amazon.com Inc (AMZN) shares", "la T-Aktie": nothing but a suffix, a ticker or an article
// between (not "avec AWS et vu son titre", whose shares are the subject's).
const OWNER_NEXT = /^\.?(?:['’]s?)?[\s\u00a0-]*(?:(?:Inc|Corp|Co|Ltd|Plc|PLC|AG|SA|NV|SE)\.?[\s\u00a0]*)?(?:\([^)]{1,24}\)[\s\u00a0]*)?(?:(?:the|la|le|les|l['’]|das|die|der)[\s\u00a0]*)?$/u;
// "dont l'action", "whose shares", "cuyas acciones", "deren Aktie": the shares of the relative clause's antecedent.
const WHOSE = /(?<![\p{L}])(?:dont|whose|cuy[oa]s?|cuj[oa]s?|deren|dessen)[\s\u00a0]+(?:(?:l['’]|la|le|les|the|its|die|der|das)[\s\u00a0]*)?$/iu;

/** Whose shares: "las acciones de Amazon", "l'action Nebius", "Oracle shares", "Die T-Aktie", "Shares of Kraft Heinz". */
const DESCRIPTOR_WORDS = alt(DESCRIPTOR_NOUNS);
const GERMAN_HEADS = DESCRIPTOR_NOUNS.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()).join('|');
const DESCRIBED_OWNER = new RegExp(`^(?:(?:${ARTICLE_ANY_CASE})(?:['’]|${SP}+))?(?:(?:${DESCRIPTOR_WORDS})(?![\\p{L}])|(?:[\\p{L}-]+${SP}+){0,4}?\\p{Lu}\\p{Ll}*(?:${GERMAN_HEADS})(?:s|es|n|en)?(?![\\p{L}]))`, 'u');
// A possessive naming a company by its relation to another: "TSMC's most important supplier", "Nvidia's biggest customer".
const ROLE_OF = /^['’]s[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+){0,3}(?:supplier|suppliers|customer|customers|client|rival|competitor|partner|parent|unit|subsidiary|owner|investor|shareholder|backer|lender|landlord|tenant)(?![\p{L}])/u;
const APPOSITIVE_TO = /^,[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,4}$/u;

export function stockOwner(doc: Doc, stock: PhraseMatch, ms: Mention[], windowStart: number, limit: number, verbAt: number): Subject | null {
  const { text } = doc;
  // "tech stocks with Amazon.com and Nvidia down 4.5% and 10%": after a plural generic noun, the companies that follow.
  const generic = /^stocks$/i.test(stock.phrase);
  let after = ms.find((m) => m.start >= stock.end && (generic || m.start - stock.end <= 2 || OF.test(text.slice(stock.end, m.start + 1))));
  // "the stock of TSMC's most important supplier, Dutch equipment maker ASML,": the company the role names.
  const role = after && ROLE_OF.exec(text.slice(after.end, after.end + 60));
  if (after && role) {
    const from = after.end + role[0].length;
    const named = ms.find((m) => m.start > from && APPOSITIVE_TO.test(text.slice(from, m.start)));
    if (!named) {
      // A name outside the gazetteer closing the appositive: ", Taiwanese chipmaker Halvard,".
      const close = text.indexOf(',', from + 1);
      const n = close > from && close - from < 80 ? nameEndingAt(text, close, from + 1) : null;
      return n && n.end === close && APPOSITIVE_TO.test(text.slice(from, n.start)) ? { who: n.company, list: [n.company], at: stock.start } : null;
    }
    after = named;
  }
  const before = [...ms].reverse().find((m) => m.end <= stock.start && (OWNER_NEXT.test(text.slice(m.end, stock.start)) || OWNER_GAP.test(text.slice(m.end, stock.start))));
  const around = ms.find((m) => m.start <= stock.start && m.end >= stock.end);
  const m = after ?? before ?? around;
  const whose = !m && WHOSE.exec(text.slice(Math.max(windowStart, stock.start - 20), stock.start));
  if (whose) {
    const rel = stock.start - whose[0].length;
    const prev = mentionsIn(doc, windowStart, rel).pop();
    const who = prev ? company(prev) : lastNameBefore(doc, windowStart, rel);
    return who ? { who, list: [who], at: stock.start } : null;
  }
  if (m) {
    const list = m === after ? listFrom(doc, ms, company(m), m.end, limit) : [company(m)];
    // "Nvidia and AMD shares": the names listed before the owner.
    const run = m === before ? subjectRun(doc, ms, windowStart, stock.start, windowStart) : null;
    return run && run.list.length > 1 ? run : { who: company(m), list, at: m === after ? stock.start : m.start };
  }
  const of = OF.exec(text.slice(stock.end, stock.end + 8));
  // "As ações da empresa de Santa Clara", "die Aktien des in Baltimore ansässigen Energieunternehmens": a descriptor points back.
  // ("die Aktien des Chipkonzerns Nvidia": the descriptor's own name follows.)
  if (of && !ms.some((m) => m.start >= stock.end && m.start < limit)) {
    const described = DESCRIBED_OWNER.exec(text.slice(stock.end + of[0].length, Math.min(limit, stock.end + of[0].length + 80)));
    if (described) {
      // "die Aktie des deutschen Halbleiterherstellers Infineon": a name outside the gazetteer right after the descriptor.
      const at = stock.end + of[0].length + described[0].length;
      const named = nameStartingAt(text, at, limit);
      if (named && named.start - at <= 2 && !NOT_A_NAME.has(named.company.name) && !GERMAN_DESCRIPTOR.test(named.company.name) && (doc.lang !== 'de' || germanProper(text, named))) {
        return { who: named.company, list: [named.company], at: stock.start };
      }
      // "des in Baltimore ansässigen Energieunternehmens": a company of that kind named just before, else whoever the story points back to.
      const kind = kindReference(doc, described[0], stock.start, sentenceOf(doc, stock.start).start);
      return kind ? { who: kind, list: [kind], at: stock.start } : null;
    }
  }
  if (of) {
    // "l'action Renault", "les titres Michelin", "Der Kurs des im TecDax notierten Chipzulieferers Aixtron".
    const n = nameStartingAt(text, stock.end + of[0].length, limit)
      ?? (verbAt > stock.end ? nameEndingAt(text, skipLight(text, stock.end, verbAt), stock.end) : null);
    if (!n || NOT_A_NAME.has(n.company.name) || GERMAN_DESCRIPTOR.test(n.company.name) || SHARE_CLASS.test(n.company.name)) return null;
    // "Shares of Dick's Sporting Goods surged": a possessive inside the name, capitalised words after it and then the verb.
    const whole = POSSESSIVE_NAME.exec(text.slice(n.end, n.end + 50));
    const who = whole ? { ...n.company, name: n.company.name + whole[0].replace(/[\s\u00a0]+/gu, ' ') } : n.company;
    return { who, list: listFrom(doc, ms, who, n.end + (whole?.[0].length ?? 0), limit), at: stock.start };
  }
  // "Boeing shares", "Die BASF-Aktie", "Kinross (KGC) shares".
  const par = PAREN_END.exec(text.slice(Math.max(windowStart, stock.start - 45), stock.start));
  const who = nameBefore(text, stock.start - (par?.[0].length ?? 0), windowStart)
    ?? (doc.lang === 'en' || doc.lang === 'de' ? null : nameAfter(text, stock.end, limit));
  return who && !SHARE_CLASS.test(who.name) && !GERMAN_DESCRIPTOR.test(who.name) ? { who, list: [who], at: stock.start } : null;
}

const POSSESSIVE_NAME = /^['’]s(?:[\s\u00a0]+\p{Lu}[\p{L}&-]*){1,3}(?=[\s\u00a0]+\p{Ll})/u;

/** The last proper name in [from, to) ("Stellantis, qui a annoncé ... et dont l'action"). */
function lastNameBefore(doc: Doc, from: number, to: number): Company | null {
  const re = /(?<=^|[\s\u00a0(,])\p{Lu}[\p{L}\p{N}&.-]*/gu;
  const seg = doc.text.slice(from, to);
  let best: Company | null = null;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const n = nameStartingAt(doc.text, from + m.index, to);
    if (n && !NOT_A_NAME.has(n.company.name) && !INDEX_NAME.test(n.company.name)) best = n.company;
  }
  return best;
}

/** "ON +5,2%" inside "Petrobras (ON +5,2%, PN +3,9%)": the company before the parenthesis. */
export function signedOwner(doc: Doc, pos: number, from: number, sentenceStart: number): Company | null {
  const { text } = doc;
  const at = /[(~≈][\s\u00a0]*$/u.test(text.slice(pos - 2, pos)) ? text.lastIndexOf(text.slice(pos - 2, pos).trim(), pos) : pos;
  const n = nameBefore(text, at, from);
  if (n && !SHARE_CLASS.test(n.name)) return n;
  // The parenthesis may open before an earlier figure of the same company ("(ON +5,2%, PN +3,9%)").
  const open = text.lastIndexOf('(', at);
  if (open < sentenceStart || text.slice(open, at).includes(')')) return null;
  const ms = mentionsIn(doc, sentenceStart, open);
  const m = ms[ms.length - 1];
  if (m && /^[\s\u00a0]*$/u.test(text.slice(m.end, open))) return company(m);
  return nameBefore(text, open, sentenceStart);
}

const DESCRIPTOR_HEAD = new RegExp(
  `^[\\s\\u00a0"«“]*(?:(?:${ARTICLE_ANY_CASE})(?:['’]|${SP}+))(?:\\p{Ll}+${SP}+)?(?:${alt(DESCRIPTOR_NOUNS)}|\\p{Lu}\\p{Ll}*(?:${DESCRIPTOR_NOUNS.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()).join('|')}))(?![\\p{L}])`,
  'u',
);
const GENERIC_SUBJECT = new RegExp(`^[\\s\\u00a0"«“]*(?:${words(GENERIC_COMPANY).source})`, 'iu');
const PRONOUN_AT_END = new RegExp(`(?<![\\p{L}])(?:${alt(MOVE_PRONOUNS)})[\\s\\u00a0]*$`, 'iu');
const IMPERSONAL_RE = words(IMPERSONAL);

/**
 * A clause opening with a descriptor: "La tecnológica Indra subió" names the company; "La operadora se ha
 * apuntado ...", "O banco liderado por Miguel Maya recuou ..." point back ('back'); null otherwise.
 */
export function descriptorSubject(doc: Doc, clauseStart: number, verbAt: number): Subject | 'back' | null {
  const { text } = doc;
  const d = DESCRIPTOR_HEAD.exec(text.slice(clauseStart, Math.min(verbAt, clauseStart + 60)));
  if (!d) return null;
  const at = clauseStart + d[0].length;
  // A gazetteer descriptor ("la compañía de Jeff Bezos") is a mention and is read as one.
  if (doc.mentions.some((m) => m.start <= at && m.end > clauseStart + d.index)) return null;
  // ("o grupo de software Palantir recuou 9,4 %": a complement of the descriptor before the name.)
  const named = at + (DESCRIPTOR_COMPLEMENT.exec(text.slice(at, Math.min(verbAt, at + 40)))?.[0].length ?? 0);
  for (const from of named > at ? [at, named] : [at]) {
    const m = doc.mentions.find((x) => x.start > from && x.start <= from + 2);
    if (m) return { who: company(m), list: [company(m)], at: m.start };
    const n = nameStartingAt(text, from, verbAt);
    if (n && n.start <= from + 2 && !NOT_A_NAME.has(n.company.name)) return { who: n.company, list: [n.company], at: n.start };
  }
  return 'back';
}

// ("el grupo japonés de telecomunicaciones e inversión Softbank": an adjective, then words joined by "e".)
const DESCRIPTOR_COMPLEMENT = /^(?:[\s\u00a0]+\p{Ll}[\p{Ll}-]*)?[\s\u00a0]+(?:de|da|do|of|du|des|der)[\s\u00a0]+\p{Ll}[\p{Ll}-]*(?:[\s\u00a0]+(?:(?:e|y|and|et|und)[\s\u00a0]+)?\p{Ll}[\p{Ll}-]*)?/u;

// "Bei Vonkel ging es um vier Prozent nach oben", "Für die Aktien von X ging es ... abwärts": whose shares an impersonal clause moves.
const IMPERSONAL_OWNER = new RegExp(`(?<![\\p{L}])(?:[Bb]ei|[Ff]ür)${SP}+(?:(?:der|dem|den|die)${SP}+)?(?:(?:${alt(STOCK_NOUNS)}|Titeln|Papieren)${SP}+(?:von|des|der)${SP}+)?(?=\\p{Lu})`, 'gu');

export function impersonalOwner(doc: Doc, from: number, to: number): Company | null {
  const seg = doc.text.slice(from, to);
  IMPERSONAL_OWNER.lastIndex = 0;
  for (let m = IMPERSONAL_OWNER.exec(seg); m; m = IMPERSONAL_OWNER.exec(seg)) {
    const at = from + m.index + m[0].length;
    const mention = doc.mentions.find((x) => x.start === at);
    if (mention) return company(mention);
    const n = nameStartingAt(doc.text, at, to);
    if (n && n.start === at && germanProper(doc.text, n) && !GERMAN_DESCRIPTOR.test(n.company.name)) return n.company;
  }
  return null;
}

/**
 * A subject that points back: "they slipped", "elas chegaram a cair", "entfernten sie sich", "ging es ... abwärts",
 * "La operadora ...". A pronoun counts only as the move word's subject, not inside another clause ("qu'elle remplace").
 */
export function pointsBack(doc: Doc, clauseStart: number, from: number, moveAt: number, moveEnd: number): boolean {
  const { text } = doc;
  if (descriptorSubject(doc, clauseStart, clauseStart + 60) === 'back') return true;
  if (moveAt <= from) return false;
  const end = skipLight(text, from, moveAt, false);
  if (PRONOUN_AT_END.test(text.slice(Math.max(from, end - 8), end))) return true;
  if (doc.lang !== 'de') return false;
  return /^[\s\u00a0]+(?:sie|es)(?![\p{L}])/u.test(text.slice(moveEnd, moveEnd + 5)) || IMPERSONAL_RE.test(text.slice(from, moveAt + 12));
}

const RELATIVE_OPEN = /,[\s\u00a0]*(?:qui|que|which|who|whose|that|die|der|das|welche[rs]?|cuy[oa]s?|cuj[oa]s?|dont)(?![\p{L}])/iu;

/** The company a sentence is about: a mention (or capitalised name) at its start, before `limit`. */
export function sentenceSubject(doc: Doc, r: Range, limit: number): Company | null {
  const m = mentionsIn(doc, r.start, Math.min(r.end, limit))[0];
  const head = m ? doc.text.slice(r.start, m.start) : '';
  // "Nvidia said...", "Shares of Nvidia...", "Según Reuters, la compañía de Redmond..." (at most a short lead-in).
  // (Not a company named inside a relative clause: "Le groupe, qui travaille avec Nvidia, gagne 2,7 %".)
  if (m && head.length <= 40 && !/[.;:]/u.test(head) && !RELATIVE_OPEN.test(head)) return company(m);
  // A capitalised name opening the sentence, followed by its verb in lower case ("Legrand a relevé ses prévisions"),
  // or after an opening adverbial ("Entre las cotizadas españolas, Solaria ha sido ...").
  const lead = /^[\s\u00a0]*\p{Lu}\p{Ll}*[\s\u00a0][^,.;:]{0,50},[\s\u00a0]*/u.exec(doc.text.slice(r.start, Math.min(r.end, limit)));
  for (const at of lead && STOP.has(/\p{L}+/u.exec(lead[0])![0]) ? [r.start, r.start + lead[0].length] : [r.start]) {
    const n = nameStartingAt(doc.text, at, Math.min(r.end, limit));
    // ("Kenvue — Shares of the Band-Aid maker gained 3%": a market report's heading names the company before a dash.)
    if (n && (/^[\s\u00a0]+\p{Ll}/u.test(doc.text.slice(n.end, n.end + 3)) || /^[\s\u00a0]*[—–][\s\u00a0]/u.test(doc.text.slice(n.end, n.end + 4)))
      && (doc.lang === 'de' ? germanProper(doc.text, n) : looksProper(doc.text, n, at))) return n.company;
  }
  return null;
}

/** The last company named in a sentence ("A maior pressão veio do BCP.", "Gewinnmitnahmen bei Oracle."). */
function lastNamed(doc: Doc, r: Range): Company | null {
  const ms = mentionsIn(doc, r.start, r.end);
  if (ms.length) return company(ms[ms.length - 1]!);
  const { text } = doc;
  const re = /(?<=[\s\u00a0(])\p{Lu}[\p{L}\p{N}&.-]*/gu;
  const seg = text.slice(r.start, r.end);
  let best: Company | null = null;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const n = nameStartingAt(text, r.start + m.index, r.end);
    if (!n || INDEX_NAME.test(n.company.name) || NOT_A_NAME.has(n.company.name)) continue;
    if (doc.lang === 'de' ? germanProper(text, n) : looksProper(text, n, r.start)) best = n.company;
    re.lastIndex = Math.max(re.lastIndex, n.end - r.start);
  }
  return best;
}

/**
 * "The stock", "its shares", "o papel", "die Aktie": the company of the current sentence's subject,
 * else of the last move when it was in this or the previous sentence, else the subject of one of the
 * three sentences before (or the company named last in the one before), else the last move's company.
 */
const ASIDE = /^[\s\u00a0]*(?:(?:By|Por|Par|Von|Com)[\s\u00a0]+\p{Lu}[^.\n]{0,60}$|(?:Read more|Read also|See also|Related|Lea también|Leer más|Lee también|Saiba mais|Leia mais|Leia também|À lire aussi|A lire aussi|Lire aussi|Mehr zum Thema|Lesen Sie auch|Auch interessant)\b)/iu;

export function anaphoraTarget(doc: Doc, s: Range, pos: number, last: Company | null, lastSentence: number, main: Company | null): Company | null {
  const own = sentenceSubject(doc, s, pos);
  if (own) return own;
  const i = sentenceAt(doc.sentences, s.start);
  // Bylines and "Read more" teasers are not part of the prose.
  const prose: Range[] = [];
  for (let k = i - 1; k >= 0 && prose.length < 3; k--) if (!ASIDE.test(doc.text.slice(doc.sentences[k]!.start, Math.min(doc.sentences[k]!.end, doc.sentences[k]!.start + 80)))) prose.push(doc.sentences[k]!);
  const prev = prose[0];
  if (last && prev && lastSentence >= prev.start) return last;
  for (const r of prose) {
    // "La compañía que preside ...": a generic subject is the story's main company.
    if (GENERIC_SUBJECT.test(doc.text.slice(r.start, r.start + 40))) return main ?? last;
    const c = sentenceSubject(doc, r, r.end);
    if (c) return c;
  }
  return last ?? (prev ? lastNamed(doc, prev) : null) ?? main;
}

// "y las de X, un", "et X", "e a X,", "and X", "seguida de X, con": one item of a list continuing the previous move.
const ELLIPSIS_HEAD = /(?:^|[,;])[\s\u00a0]*(?:(?:and|y|e|et|und|while|mientras que|enquanto|tandis que|sowie|followed by|seguida de|seguido de|seguida por|seguido por|suivi de|suivie de|suivi par|gefolgt von)[\s\u00a0]+)?(?:(?:las|los|la|el|as|os|a|o|les|le|la|l['’]|the|die|der|das)[\s\u00a0]*)?(?:(?:de|del|da|do|das|dos|des|du|d['’]|of|von)[\s\u00a0]*)?(?:\p{Ll}[\p{Ll}-]*[\s\u00a0]+)?$/iu;
// "et le sud-coréen SK Hynix plus de 2,5 %", "AMD rund 0,8 Prozent": a qualifier may stand between.
const ELLIPSIS_TAIL = new RegExp(`^(?:['’]s)?(?:[\\s\\u00a0]+${RIC_CODE})?[\\s\\u00a0]*[,(]?[\\s\\u00a0]*(?:(?:un|una|um|uma|de|del|el|la|le|o|a|avec|mit|with|by|por|em|en|con|com|um)[\\s\\u00a0]+)?(?:(?:plus de|moins de|près de|environ|rund|etwa|knapp|gut|mehr als|más de|cerca de|alrededor de|about|nearly|almost|more than|casi|quase|mais de|perto de)[\\s\\u00a0]+(?:(?:un|una|um|uma)[\\s\\u00a0]+)?)?$`, 'iu');

const APPOSITIVE_OF = /^,[\s\u00a0]*(?:\p{Ll}[\p{L}-]*[\s\u00a0]+){1,3}(?:de|del|da|do|of|du|des|von)[\s\u00a0]+(?:(?:la|el|a|o|the|le)[\s\u00a0]+)?$/u;

/** "Acciona cayó el 1,2 %; Ferrovial, el 3,4 %": the name of an item continuing the previous move's verb. */
export function elliptical(doc: Doc, from: number, pos: number, ms: Mention[]): Company | null {
  const { text } = doc;
  if (pos - from > 90) return null;
  // "Nvidia NVDA.O de 8,4 %": the name before its own ticker.
  const byTicker = ms.length > 1 && ms[ms.length - 1]!.ticker && company(ms[ms.length - 2]!) === company(ms[ms.length - 1]!);
  // "y Alphabet, matriz de Google, un 3,21 %": the company an appositive describes, not the one it names.
  const apposed = ms.length > 1 && APPOSITIVE_OF.test(text.slice(ms[ms.length - 2]!.end, ms[ms.length - 1]!.start)) && /^[\s\u00a0]*,/u.test(text.slice(ms[ms.length - 1]!.end, pos));
  const m = ms[ms.length - (byTicker || apposed ? 2 : 1)];
  const tailFrom = apposed ? text.indexOf(',', ms[ms.length - 1]!.end) + 1 : m?.end ?? 0;
  if (m) return ELLIPSIS_HEAD.test(text.slice(from, m.start)) && ELLIPSIS_TAIL.test(text.slice(tailFrom, pos)) ? company(m) : null;
  const tail = /(?:['’]s)?[\s\u00a0]*,?[\s\u00a0]*(?:(?:un|una|um|uma|de|del|el|la|le|o|a|avec|mit|with|by|por|em|en|con|com)[\s\u00a0]+)?$/iu.exec(text.slice(from, pos));
  const end = pos - (tail ? tail[0].length : 0);
  const n = nameEndingAt(text, end, from);
  if (!n || n.end < end - 1 || !ELLIPSIS_HEAD.test(text.slice(from, n.start)) || NOT_A_NAME.has(n.company.name) || SHARE_CLASS.test(n.company.name)) return null;
  return doc.lang === 'de' && !germanProper(text, n) ? null : n.company;
}
