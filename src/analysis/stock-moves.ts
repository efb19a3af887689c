// Share-price moves: "Oracle shares jumped 36%", "las acciones de Amazon subieron
// más de un 4 %", "Die Nvidia-Aktie fiel um 3 Prozent", "AMZN +4.2%", "Kering (+5,5 %)".
// A percentage is a move when its clause has a direction word and a share-price
// subject: a stock noun ("shares", "acciones", "Aktie") or a company right in
// subject position, with nothing like "revenue" or an index in between.
import type { StockMove } from './types.js';
import type { Company, Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { alt, INDICES, MOVE_DOWN, MOVE_UP, NOT_STOCK_SUBJECT, STOCK_NOUNS, words } from './lexicon.js';
import { nameAfter, nameBefore } from './names.js';
import type { Percent } from './percents.js';
import { qualifierBefore } from './qualifiers.js';

const g = (re: RegExp) => new RegExp(re.source, re.flags + 'g');
const UP = g(words(MOVE_UP));
const DOWN = g(words(MOVE_DOWN));
const STOCK = g(words(STOCK_NOUNS));
const STOCK_COMPOUND = /-(?:Aktie|Aktien)(?![\p{L}])/u;
const NOT_STOCK = words(NOT_STOCK_SUBJECT);
const AFTER_UP = /^[\s\u00a0]*(?:higher|more|plus|up|in gains|gain|rise|jump|rally|surge|im Plus|(?:an Wert[\s\u00a0]+)?(?:gewonnen|zugelegt)|zu(?=[\s\u00a0.,;]))(?![\p{L}])/iu;
const AFTER_DOWN = /^[\s\u00a0]*(?:lower|less|down|in losses|slide|drop|decline|fall|plunge|loss|retreat|im Minus|(?:an Wert[\s\u00a0]+)?(?:eingebüßt|verloren)|nach(?=[\s\u00a0.,;]))(?![\p{L}])/iu;
const INDEX_SUBJECT = new RegExp(`(?<![\\p{L}])(?:${alt(INDICES)})(?![\\p{L}])(?:[\\s\\u00a0]+[\\p{L}\\p{N}]+){0,2}[\\s\\u00a0]+(?:${alt([...MOVE_UP, ...MOVE_DOWN])})(?![\\p{L}])`, 'iu');
// A company right after the figure: "una caída del 17 % de Nvidia".
const OF_AFTER = /^[\s\u00a0]*(?:of|de|del|da|do|des|du|d['’]|von|für)[\s\u00a0]*$/iu;
// Between a company and its verb, a number or a possessive noun means the figure is about something else ("Tesla's registrations fell").
const OTHER_SUBJECT = /['’]s[\s\u00a0]+(?!shares|stock)\p{Ll}/u;
const UP_TO = /^[\s\u00a0]+to(?![\p{L}])/iu;
const OF = /^[\s\u00a0]*(?:of|de|del|da|do|des|du|d['’]|von|der|des)[\s\u00a0]/iu;
// "the stock", "le titre", "son action", "das Papier": a share price named earlier. Plural generic "AI stocks" is not one.
const ANAPHORIC = new RegExp(`(?:(?<![\\p{L}])(?:l['’][\\s\\u00a0]*|(?:the|its|le|la|las|los|el|os|as|o|die|der|das|seine|ses|sus|seus|their|son|sa|su|seu|sua)[\\s\\u00a0]+)|^[\\s\\u00a0"“«]*)(?:${alt(STOCK_NOUNS.filter((n) => n !== 'stocks'))}|Papier|valor|valeur)(?![\\p{L}])|^[\\s\\u00a0]*(?:They|Ils|Elles|Sie)(?![\\p{L}])`, 'iu');
const RUN_JOIN = /^[\s\u00a0]*(?:,|and|y|e|et|und)[\s\u00a0]*(?:(?:un|una|um|uma|de|del|um)[\s\u00a0]+)?$/iu;
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivamente|respectivement|beziehungsweise|bzw\.)/iu;
/** How far before the figure a direction word may stand. */
const VERB_WINDOW = 90;

function lastMatch(re: RegExp, s: string): { index: number; text: string } | null {
  re.lastIndex = 0;
  let last: { index: number; text: string } | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) last = { index: m.index, text: m[0] };
  return last;
}

function direction(left: string, right: string): 'up' | 'down' | null {
  const tail = left.slice(-VERB_WINDOW);
  const up = lastMatch(UP, tail);
  const down = lastMatch(DOWN, tail);
  const upOk = up && !(/^up$/i.test(up.text) && UP_TO.test(tail.slice(up.index + 2)));
  if (upOk && (!down || up.index > down.index)) return 'up';
  if (down) return 'down';
  if (AFTER_UP.test(right)) return 'up';
  if (AFTER_DOWN.test(right)) return 'down';
  return null;
}

export function stockMoves(doc: Doc, pcts: Percent[]): StockMove[] {
  const { text } = doc;
  const out: StockMove[] = [];
  let last: Company | null = null;
  let lastSentence = -1;
  let prevEnd = -1;
  let prevWindowCompanies: Company[] = [];
  let runIndex = 0;
  for (const p of pcts) {
    const s = sentenceOf(doc, p.q.start);
    const sameSentence = s.start === lastSentence;
    const semi = text.lastIndexOf(';', p.q.start);
    const windowStart = Math.max(prevEnd, s.start, semi >= s.start ? semi + 1 : s.start);
    const left = text.slice(windowStart, p.q.start);
    const right = text.slice(p.end, Math.min(s.end, p.end + 40));
    const prevOut = out[out.length - 1];
    const joined = sameSentence && prevEnd === prevOut?.span.end && RUN_JOIN.test(left);
    prevEnd = p.end;
    // "Shares of Microsoft and Amazon.com slipped 1.5% and 1.8%, respectively"
    if (joined && prevOut) {
      const who = RESPECTIVELY.test(text.slice(p.end, s.end)) ? prevWindowCompanies[++runIndex] : undefined;
      if (who) {
        out.push({ ...prevOut, company: who.name, ticker: who.ticker, pct: p.value, qualifier: qualifierBefore(text, p.q.start), span: { start: prevOut.span.start, end: p.end, text: text.slice(prevOut.span.start, p.end) } });
        last = who;
      }
      continue;
    }
    const ms = mentionsIn(doc, windowStart, p.q.start);
    // "..., y las de Oracle, un 2,2 %": the verb of the previous move carries over.
    const dir: 'up' | 'down' | null = p.q.sign ? (p.q.sign === '+' ? 'up' : 'down')
      : direction(left, right) ?? (sameSentence && prevOut && ms.length ? prevOut.direction : null);
    if (!dir) continue;
    if (INDEX_SUBJECT.test(left) && !ms.length) continue;
    const ofAfter = doc.mentions.find((m) => m.start >= p.end && m.start - p.end < 12 && OF_AFTER.test(text.slice(p.end, m.start)));
    const stock = lastMatch(STOCK, left);
    let who: Company | null = null;
    let subjectAt = windowStart;
    if (stock) {
      const noun = windowStart + stock.index;
      const nounEnd = noun + stock.text.length;
      // "las acciones de Amazon", "l'action Nebius", "Die Aktie des Ausrüsters ASML"
      const after = ms.find((m) => m.start >= nounEnd && (m.start - nounEnd <= 2 || OF.test(text.slice(nounEnd, m.start + 1))));
      const before = [...ms].reverse().find((m) => m.end <= noun && noun - m.end <= 12);
      const around = ms.find((m) => m.start <= noun && m.end >= nounEnd); // "T-Aktie"
      const m = after ?? before ?? around ?? null;
      const of = OF.exec(text.slice(nounEnd));
      if (m) who = company(m);
      else if (of) who = nameAfter(text, nounEnd + of[0].length, p.q.start);
      else who = nameBefore(text, noun, windowStart);
      subjectAt = m ? m.end : noun + stock.text.length;
    } else if (ms.length && !OTHER_SUBJECT.test(text.slice(ms[0]!.end, p.q.start))) {
      const first: Mention = ms[0]!;
      who = company(first);
      subjectAt = first.end;
    } else if (STOCK_COMPOUND.test(left)) {
      who = nameBefore(text, windowStart + left.search(STOCK_COMPOUND), windowStart);
    } else if (p.q.sign) {
      who = nameBefore(text, p.q.start - (text[p.q.start - 1] === '(' ? 1 : 0), windowStart);
    }
    if (ofAfter && !stock) {
      who = company(ofAfter);
      subjectAt = p.q.start;
    }
    // Something that is not a share price between the subject and the figure: revenue, an index...
    if (NOT_STOCK.test(text.slice(subjectAt, p.q.start)) && !(stock && !NOT_STOCK.test(text.slice(windowStart + stock.index, p.q.start)))) continue;
    if (!who) {
      // "... and were recently up 16.4%", "The stock had fallen 8%": the company of the last move.
      const anaphoric = ANAPHORIC.test(left) || (stock && OF.test(text.slice(windowStart + stock.index + stock.text.length)));
      if (!anaphoric && !(sameSentence && last)) continue;
      who = last ?? subjectBefore(doc, s.start) ?? doc.protagonists[0] ?? null;
      if (!who) continue;
    } else {
      runIndex = 0;
      prevWindowCompanies = [...new Set(ms.map(company))];
    }
    last = who;
    lastSentence = s.start;
    const start = Math.min(stock ? windowStart + stock.index : p.q.start, ms[0]?.start ?? p.q.start, p.q.start);
    out.push({
      company: who.name,
      ticker: who.ticker,
      direction: dir,
      pct: p.value,
      qualifier: qualifierBefore(text, p.q.start),
      span: { start, end: p.end, text: text.slice(start, p.end) },
    });
  }
  return dedupe(out);
}

/** The first company of the sentence before ("Nvidia n'a pas commenté. Son action a reculé"). */
function subjectBefore(doc: Doc, sentenceStart: number): Company | null {
  const prev = sentenceOf(doc, sentenceStart - 1);
  if (prev.start >= sentenceStart) return null;
  const m = mentionsIn(doc, prev.start, prev.end)[0];
  return m ? company(m) : null;
}

function dedupe(ms: StockMove[]): StockMove[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.company}|${m.direction}|${m.pct}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
