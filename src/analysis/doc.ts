// One story prepared once for every extractor: language, sentences, company
// mentions, quantities and money. Everything after this reads these arrays.
import type { Company, Gazetteer, Mention } from './entities.js';
import type { Language } from './language.js';
import type { Money, MoneyReader } from './money.js';
import type { Quantity } from './numbers.js';
import type { Range } from './sentences.js';
import { detectLanguage } from './language.js';
import { scanQuantities } from './numbers.js';
import { sentenceAt, splitSentences } from './sentences.js';
import type { StoryInput } from './types.js';
import { tokenize, type Token } from './tokens.js';
import { firstStartingAt } from './bisect.js';
import { nameStartingAt, NOT_A_NAME, STOP } from './names.js';

export interface Doc {
  text: string;
  /** Offset where the body starts (after title + "\n\n"); 0 without a title. */
  bodyStart: number;
  lang: Language | 'und';
  sentences: Range[];
  tokens: Token[];
  /** Company mentions, in text order. */
  mentions: Mention[];
  quantities: Quantity[];
  money: Money[];
  /** Who the story is about: the companies of the title, else the most mentioned ones. */
  protagonists: Company[];
}

/** Text longer than this is cut: no news story is that long, and the cost stays bounded. */
const MAX_TEXT = 200_000;

function storyText(story: StoryInput): { text: string; bodyStart: number } {
  const body = story.text ?? '';
  const text = story.title ? `${story.title}\n\n${body}` : body;
  return { text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, bodyStart: story.title ? story.title.length + 2 : 0 };
}

export function prepare(story: StoryInput, gazetteer: Gazetteer, money: MoneyReader): Doc {
  const { text, bodyStart } = storyText(story);
  const tokens = tokenize(text);
  const lang = detectLanguage(text, story.lang, tokens);
  const quantities = scanQuantities(text, lang, tokens);
  const mentions = gazetteer.find(text, tokens);
  return {
    text,
    bodyStart,
    lang,
    sentences: splitSentences(text),
    tokens,
    mentions,
    quantities,
    money: money.read(text, quantities, lang),
    protagonists: protagonists(text, mentions, bodyStart),
  };
}

// A wire prefix before a headline's subject: "ROUNDUP:", "UPDATE 2-", "EXCLUSIVE-".
const WIRE_PREFIX = /^[\s\u00a0]*(?:\p{Lu}{2,}(?:[\s\u00a0]+\d+)?[\s\u00a0]*[:-][\s\u00a0]*)?/u;

function protagonists(text: string, ms: Mention[], bodyStart: number): Company[] {
  const inTitle = [...new Set(ms.filter((m) => m.end <= bodyStart).map((m) => m.companies[0]!))];
  if (inTitle.length) return inTitle;
  const n = new Map<Company, number>();
  for (const m of ms) n.set(m.companies[0]!, (n.get(m.companies[0]!) ?? 0) + 1);
  const most = [...n.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([c]) => c);
  // A headline opening with a name the gazetteer does not know ("Henkel erwartet …", "Galaxy Secures $1.4B …"): that company,
  // when the body names it again; the companies the body names most are then analysts, rivals or partners.
  const at = WIRE_PREFIX.exec(text)![0].length;
  const name = bodyStart > 0 ? nameStartingAt(text, at, bodyStart) : null;
  if (!name || name.start !== at || STOP.has(name.company.name) || NOT_A_NAME.has(name.company.name)) return most;
  const again = text.indexOf(name.company.name, bodyStart);
  return again >= 0 && !/[\p{Ll}]/u.test(text[again - 1] ?? ' ') ? [name.company, ...most] : most;
}

/** Mentions inside [start, end). */
export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  const ms = doc.mentions;
  const lo = firstStartingAt(ms, start);
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.end <= end; i++) out.push(ms[i]!);
  return out;
}

/** [start, end) lies inside a company's name ("Pacific Investment Management"): its words are the name's, not the sentence's. */
export function insideMention(doc: Doc, start: number, end: number): boolean {
  const m = doc.mentions[firstStartingAt(doc.mentions, start + 1) - 1];
  return !!m && m.end >= end;
}

export function sentenceOf(doc: Doc, pos: number): Range {
  return doc.sentences[sentenceAt(doc.sentences, pos)] ?? { start: 0, end: doc.text.length };
}

export const company = (m: Mention): Company => m.companies[0]!;
