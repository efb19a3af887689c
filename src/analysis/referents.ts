// Who a noun phrase stands for, for stake holders: a company of the gazetteer, a state
// ("l'État français" → French government), a pronoun or a descriptor outside the gazetteer
// ("it", "esta", "the AI chip leader", "la gestora", "der Konzern") resolved to a company
// of the same kind nearby or to the subject of the sentence before, and the recipient of
// warrants or new shares ("AMD issued OpenAI a warrant", "a favor de", "au profit de").
// Every search is bounded to a sentence or a window of a few dozen characters.
import type { Company, Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { alt, words } from './lexicon.js';
import { nameStartingAt, STOP } from './names.js';
import { COUNTRIES, COUNTRY_NAMES, DEFAULT_COUNTRY, KIND_NOUNS, PRONOUNS, SHAREHOLDER_NOUNS } from './stake-words.js';

const S = String.raw`[\s\u00a0]+`;
export const surface = (name: string): Company => ({ name, ticker: null, tickers: [], kind: null });

// ---------------------------------------------------------------- states

const ADJ = alt(COUNTRIES.flatMap(([, a]) => a));
const NAMES = COUNTRY_NAMES.flatMap(([, n]) => n).join('|');
const STATE_SOURCE = [
  // "el gobierno de Estados Unidos", "o governo de Trump", "le gouvernement des États-Unis", "die Regierung der Vereinigten Staaten", "the United States government".
  `(?:[Ee]l${S})?[Gg]obierno${S}de${S}(?:los${S})?(?:${NAMES})`,
  `(?:[Oo]${S})?[Gg]overno${S}(?:de|do|dos|da)${S}(?:${NAMES})`,
  `(?:[Ll]e${S})?gouvernement${S}(?:de|des|du|d['’])${S}?(?:${NAMES})`,
  `(?:[Dd]ie${S})?Regierung${S}(?:von|der)${S}(?:${NAMES})`,
  `(?:[Tt]he${S})?(?:${NAMES})${S}(?:government|administration)`,
  `(?:[Dd]ie${S})?US-Regierung`,
  `(?:[Tt]he${S})?(?:(?:${ADJ})${S})?(?:federal${S})?(?:state|government)`,
  `[Ee]l${S}(?:Estado|Gobierno)(?:${S}(?:${ADJ}))?`,
  `[Oo]${S}(?:Estado|[Gg]overno)(?:${S}(?:${ADJ}|federal))?`,
  `[Aa]${S}União`,
  `[Ll]['’](?:État|Etat)(?:${S}(?:${ADJ}))?`,
  `[Ll]e${S}gouvernement(?:${S}(?:${ADJ}))?`,
  `[Dd]e[rnm]${S}Bund`,
  `[Dd]ie${S}Bundesregierung`,
  `[Dd]e[rnm]${S}(?:(?:${ADJ})${S})?Staat`,
  `[Dd]as${S}Land(?:${S}\\p{Lu}[\\p{L}-]{1,20})?`,
].join('|');
/** States and public holders that are not capitalised names. */
export const STATE = new RegExp(`(?<![\\p{L}])(?:${STATE_SOURCE})(?![\\p{L}])`, 'u');
const STATE_G = new RegExp(STATE.source, 'gu');
const ADJ_G = new RegExp(`(?<![\\p{L}])(?:${ADJ})(?![\\p{L}])`, 'u');
const COUNTRY_OF = new Map(COUNTRIES.flatMap(([c, a]) => a.map((w) => [w.toLowerCase(), c] as const)));
const NAME_OF: [RegExp, string][] = COUNTRY_NAMES.map(([c, n]) => [new RegExp(`(?<![\\p{L}])(?:${n.join('|')})(?![\\p{L}])`, 'u'), c]);

/** "the French state" → French government; "der Bund" → German government; "das Land Hessen" → Land Hessen. */
export function stateCompany(m: string, lang: string): Company {
  const flat = m.replace(/[\s\u00a0]+/gu, ' ');
  const land = /Land(?: \p{Lu}[\p{L}-]+)?$/u.exec(flat);
  if (land && /^[Dd]as /u.test(flat)) return surface(land[0]);
  const adj = ADJ_G.exec(flat);
  const named = NAME_OF.find(([re]) => re.test(flat))?.[1] ?? (/US-Regierung/u.test(flat) ? 'US' : undefined);
  const country = named ?? (adj ? COUNTRY_OF.get(adj[0].toLowerCase()) : /Bund/u.test(flat) ? 'German' : /União/u.test(flat) ? 'Brazilian' : /^(?:the |[Tt]he )?(?:state|government)$/u.test(flat) ? undefined : DEFAULT_COUNTRY[lang]);
  return surface(country ? `${country} government` : 'government');
}

const STATE_AT = new RegExp(`^[\\s\\u00a0"“«]{0,3}(${STATE_SOURCE})(?![\\p{L}])`, 'u');

/** The state written at [from, to) starting within a few characters of `from`. */
export function stateAt(doc: Doc, from: number, to: number): Company | null {
  return stateSpanAt(doc, from, to)?.company ?? null;
}

/** The state at `from` and where its phrase ends. */
export function stateSpanAt(doc: Doc, from: number, to: number): { company: Company; end: number } | null {
  const m = STATE_AT.exec(doc.text.slice(from, Math.min(to, from + 80)));
  return m ? { company: stateCompany(m[1]!, doc.lang), end: from + m[0].length } : null;
}

/** The state written last in [from, to), if it ends within a few characters of `to`. */
export function stateEndingAt(doc: Doc, from: number, to: number): Company | null {
  const s = doc.text.slice(from, to);
  STATE_G.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = STATE_G.exec(s); m; m = STATE_G.exec(s)) last = m;
  return last && s.length - (last.index + last[0].length) <= 2 ? stateCompany(last[0], doc.lang) : null;
}

// ---------------------------------------------------------------- companies as written

// "OpenAI Foundation", "Fundación Bancaria": a foundation of a company is a holder of its own.
const FOUNDATION = /^[\s\u00a0]+(?:Foundation|Fundación|Fundação|Fondation|Stiftung)(?![\p{L}])/u;

/** The company of a mention, or its foundation when the word follows the name. */
export function companyOf(doc: Doc, m: Mention): Company {
  const f = FOUNDATION.exec(doc.text.slice(m.end, m.end + 14));
  return f ? surface(`${doc.text.slice(m.start, m.end)}${f[0].replace(/[\s\u00a0]+/u, ' ')}`) : company(m);
}

/** The mention that starts within a few characters after `pos`. */
export function mentionStartingAt(doc: Doc, pos: number, limit: number): Mention | null {
  const m = mentionsIn(doc, pos, Math.min(limit, pos + 80))[0];
  return m && m.start - pos <= 6 && /^[\s\u00a0]*(?:(?:the|el|la|los|las|o|a|os|as|le|les|der|die|das|dem|den)[\s\u00a0]+|l['’])?$/iu.test(doc.text.slice(pos, m.start)) ? m : null;
}

/** The mention that ends within a couple of characters before `pos`. */
export function mentionEndingAt(doc: Doc, from: number, pos: number): Mention | null {
  const ms = mentionsIn(doc, from, pos);
  const m = ms[ms.length - 1];
  return m && pos - m.end <= 2 ? m : null;
}

/** A capitalised single name that a person or company had in full before: "Ross" → "Jonathan Ross". */
export function fullName(doc: Doc, c: Company, before: number): Company {
  if (c.ticker || /[\s\u00a0]/u.test(c.name) || c.name.length < 3) return c;
  const { text } = doc;
  // A plain search for the name, then a look at the word before it (no regex over the whole text).
  for (let i = text.indexOf(c.name, Math.max(0, before - 6000)); i >= 0 && i < before; i = text.indexOf(c.name, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[i + c.name.length] ?? ' ')) continue;
    const w = WORD_BEFORE.exec(text.slice(Math.max(0, i - 24), i));
    if (w && !STOP.has(w[1]!) && !TITLE_WORDS.has(w[1]!)) return surface(`${w[1]} ${c.name}`);
  }
  return c;
}
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[\s\u00a0]+$/u;
const TITLE_WORDS = new Set(['Chief', 'Executive', 'President', 'Chairman', 'Founder', 'Director', 'Mr', 'Mrs', 'Ms', 'Dr', 'Herr', 'Frau', 'Señor', 'Monsieur', 'Madame', 'Senhor']);

/** A short name written in full before: "Norfolk" → "Norfolk Southern". */
export function longerName(doc: Doc, name: string, before: number, from = 0): string {
  const { text } = doc;
  for (let i = text.indexOf(name, Math.max(from, before - 6000)); i >= 0 && i < before; i = text.indexOf(name, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) continue;
    const m = WORDS_AFTER.exec(text.slice(i + name.length, i + name.length + 50));
    if (m) return `${name}${m[0].replace(/[\s\u00a0]+/gu, ' ')}`;
  }
  return name;
}
const WORDS_AFTER = /^(?:[\s\u00a0]+\p{Lu}[\p{L}'’-]+){1,2}/u;

// ---------------------------------------------------------------- shareholders as a group

const SH = alt(SHAREHOLDER_NOUNS);
// "Core Scientific investors", "die bisherigen Norfolk-Aktionäre", "los accionistas de Iberdrola", "shareholders of Skyline".
const SH_AFTER_NAME = new RegExp(`(\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:[\\s\\u00a0]+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,3})(?:[\\s\\u00a0]+|-)(?:${SH})(?![\\p{L}])`, 'u');
const SH_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(?:${SH})[\\s\\u00a0]+(?:of|de|da|do|des|du|von|der)[\\s\\u00a0]+(?:(?:la|el|a|o|l['’])[\\s\\u00a0]*)?(?=\\p{Lu})`, 'u');

export interface Found {
  company: Company;
  start: number;
  end: number;
}

/** "X shareholders" written in [from, to): the holder is the group, named after the company. */
export function shareholdersIn(doc: Doc, from: number, to: number): Found | null {
  const s = doc.text.slice(from, to);
  const a = SH_AFTER_NAME.exec(s);
  if (a) {
    const m = mentionsIn(doc, from + a.index, from + a.index + a[1]!.length)[0];
    const name = m ? company(m).name : longerName(doc, a[1]!.replace(/^(?:The|Los|Las|Os|As|Les|Die|Der)[\s\u00a0]+/u, ''), from + a.index);
    if (!STOP.has(name)) return { company: surface(`${name} shareholders`), start: from + a.index, end: from + a.index + a[0].length };
  }
  const b = SH_BEFORE_NAME.exec(s);
  if (b) {
    const at = from + b.index + b[0].length;
    const m = mentionStartingAt(doc, at, to);
    const n = m ? { name: company(m).name, end: m.end } : nameAfterArticle(doc.text, at, to);
    if (n && !STOP.has(n.name)) return { company: surface(`${n.name} shareholders`), start: from + b.index, end: n.end };
  }
  return null;
}

const ARTICLE = /^[\s\u00a0]*(?:(?:the|el|la|los|las|o|a|os|as|le|les|der|die|das|dem|den)[\s\u00a0]+|l['’])?/iu;

/** A capitalised name after an optional article: "a Cortelha", "el holding Criteria" is not one. */
export function nameAfterArticle(text: string, pos: number, limit: number): { name: string; start: number; end: number; company: Company } | null {
  const art = ARTICLE.exec(text.slice(pos, limit))![0].length;
  const n = nameStartingAt(text, pos + art, limit);
  return n && n.start <= pos + art + 1 && !STOP.has(n.company.name) ? { name: n.company.name, start: n.start, end: n.end, company: n.company } : null;
}

// ---------------------------------------------------------------- pronouns and descriptors

const PRONOUN_BY_LANG: Record<string, string[]> = {
  en: ['it'], es: ['esta', 'ésta', 'este', 'éste', 'ella', 'él'], pt: ['ela', 'ele', 'esta', 'este'], fr: ['elle', 'il'], de: ['er', 'sie', 'es'],
};
const pronounRe = (lang: string) => words(lang in PRONOUN_BY_LANG ? PRONOUN_BY_LANG[lang]! : PRONOUNS);
const PRONOUN_RES = new Map(Object.keys(PRONOUN_BY_LANG).map((l) => [l, new RegExp(`^(?:${pronounRe(l).source})$`, 'iu')]));

const ANY_PRONOUN = new RegExp(`^(?:${pronounRe('und').source})$`, 'iu');

export function isPronoun(word: string, lang: string): boolean {
  return (PRONOUN_RES.get(lang) ?? ANY_PRONOUN).test(word);
}

const KINDS = KIND_NOUNS.map(([kind, nouns]) => [kind, words(nouns)] as const);
// Persons in the plural are no company: "The brothers", "los hermanos", "les fondateurs".
const PEOPLE = words(['brothers', 'founders', 'family members', 'executives', 'hermanos', 'fundadores', 'irmãos', 'frères', 'fondateurs', 'Brüder', 'Gründer']);

/** Who a pronoun or a descriptor outside the gazetteer stands for, read at `pos` in the sentence starting at `sStart`. */
export function resolveReference(doc: Doc, phrase: string, pos: number, sStart: number): Company | null {
  if (PEOPLE.test(phrase)) return null;
  const k = kindReference(doc, phrase, pos, sStart);
  if (k) return k;
  const prev = sentenceOf(doc, sStart - 1);
  const r = recipientIn(doc, sStart, pos) ?? (prev.start < sStart ? recipientIn(doc, prev.start, prev.end) : null);
  return r ?? previousSubject(doc, sStart);
}

/** "the AI chip leader" → the first chipmaker named in this sentence or the one before; "la gestora" → an asset manager. */
export function kindReference(doc: Doc, phrase: string, pos: number, sStart: number): Company | null {
  const kind = KINDS.find(([, re]) => re.test(phrase))?.[0];
  if (!kind) return null;
  const prev = sentenceOf(doc, sStart - 1);
  const ms = [...mentionsIn(doc, sStart, pos), ...(prev.start < sStart ? mentionsIn(doc, prev.start, prev.end) : [])];
  const k = ms.find((m) => company(m).kind === kind);
  return k ? company(k) : null;
}

/** The subject of the sentence before `sStart`: its first company when it opens it, else the story's main company. */
export function previousSubject(doc: Doc, sStart: number): Company | null {
  const prev = sentenceOf(doc, sStart - 1);
  if (prev.start >= sStart) return doc.protagonists[0] ?? null;
  const ms = mentionsIn(doc, prev.start, prev.end);
  if (ms.length && ms[0]!.start - prev.start <= 30) return company(ms[0]!);
  // A descriptor opened it ("La firma japonesa ya vendió ..."): most often the story's main company.
  return doc.protagonists[0] ?? (ms.length ? company(ms[0]!) : null);
}

// ---------------------------------------------------------------- recipients of warrants and new shares

const RIGHTS = String.raw`(?:warrants?|options?|(?:new\s+)?shares|acciones|warrants|opciones|derechos|bônus|bonus|ações|opções|bons?|actions|options|Optionsscheine|Optionen|Warrants|Bezugsrechte|Aktien)`;
// The recipient right after the match.
const RECIPIENT_AFTER = new RegExp(
  [
    String.raw`(?:issued|issues|issue|issuing|granted|grants|grant|granting|gave|gives|give|giving|awarded|awards)(?=[\s\u00a0]+(?:the[\s\u00a0]+)?\p{Lu})(?![\s\u00a0]+(?:new|warrants?|options?)\b)`,
    String.raw`${RIGHTS}(?:[\s\u00a0]+[^\s.;]+){0,8}?[\s\u00a0]+to`,
    String.raw`a[\s\u00a0]+favor[\s\u00a0]+de`,
    String.raw`(?:emitiu|emite|emitirá|concedeu|concede|concederá|entregou|entregará)[\s\u00a0]+(?:para|à|ao|a)`,
    String.raw`au[\s\u00a0]+profit[\s\u00a0]+(?:de|d['’])`,
    String.raw`(?:attribue|attribuera|a[\s\u00a0]+attribué|émet|émettra|a[\s\u00a0]+émis|accorde|a[\s\u00a0]+accordé)[\s\u00a0]+(?:à|au)(?![\s\u00a0]+profit)`,
    String.raw`(?:erhält|erhielt|bekommt|bekam|räumt|räumte|gewährt|gewährte|gibt|gab)`,
  ].join('|'),
  'giu',
);
// The recipient right before the match: "OpenAI received warrants", "Google recibirá warrants".
const RECIPIENT_BEFORE = new RegExp(
  String.raw`^[\s\u00a0]*(?:(?:will|would|also|then)[\s\u00a0]+)?(?:received|receives|receive|receiving|gets|get|got|obtained|obtains|recibirá|recibe|recibió|obtiene|obtendrá|receberá|recebe|recebeu|obtém|reçoit|recevra|a[\s\u00a0]+reçu|obtient|obtiendra|erhält|erhielt|bekommt|bekam)(?:[\s\u00a0]+[^\s.;]+){0,3}?[\s\u00a0]+${RIGHTS}`,
  'iu',
);

/** Who receives warrants, options or new shares in [from, to). */
export function recipientIn(doc: Doc, from: number, to: number): Company | null {
  const { text } = doc;
  const s = text.slice(from, to);
  if (!/warrant|option|share|acci|derech|bônus|bonus|açõ|opçõ|bons?\b|action|Options|Aktie|Bezugsrecht/iu.test(s)) return null;
  RECIPIENT_AFTER.lastIndex = 0;
  for (let m = RECIPIENT_AFTER.exec(s); m; m = RECIPIENT_AFTER.exec(s)) {
    const at = from + m.index + m[0].length;
    const r = mentionStartingAt(doc, at, to);
    if (r) return company(r);
  }
  for (const m of mentionsIn(doc, from, to)) {
    if (RECIPIENT_BEFORE.test(text.slice(m.end, Math.min(to, m.end + 80)))) return company(m);
  }
  return null;
}
