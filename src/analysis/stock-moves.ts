// Share-price moves: "Oracle shares jumped 36%", "las acciones de Amazon subieron
// más de un 4 %", "Die Nvidia-Aktie fiel um 3 Prozent", "AMZN +4.2%", "Kering (+5,5 %)".
// A percentage is a move when its clause has a direction word and a share-price
// subject: a stock noun ("shares", "acciones", "Aktie") or a company right in
// subject position, with nothing like "revenue" or an index in between.
import type { StockMove } from './types.js';
import type { Company, Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { alt, INDICES, MOVE_DOWN, MOVE_UP, NOT_STOCK_SUBJECT, STOCK_NOUNS } from './lexicon.js';
import { nameAfter, nameBefore } from './names.js';
import type { Percent } from './percents.js';
import { qualifierBefore } from './qualifiers.js';
import { PhraseSet, type PhraseMatch } from './tokens.js';

const UP = new PhraseSet(MOVE_UP);
const DOWN = new PhraseSet(MOVE_DOWN);
const STOCK = new PhraseSet(STOCK_NOUNS);
const NOT_STOCK = new PhraseSet(NOT_STOCK_SUBJECT);
const INDEX = new PhraseSet(INDICES);
const STOCK_COMPOUND = /-(?:Aktie|Aktien|Papiere|Titel)(?![\p{L}])/u;
const AFTER_UP = /^[\s\u00a0]*(?:higher|more|plus|up|in gains|gain|rise|jump|rally|surge|im Plus|(?:an Wert[\s\u00a0]+)?(?:gewonnen|zugelegt)|steigen|klettern|zulegen|anziehen|zu(?=[\s\u00a0.,;]))(?![\p{L}])/iu;
const AFTER_DOWN = /^[\s\u00a0]*(?:lower|less|down|in losses|slide|drop|decline|fall|plunge|loss|retreat|im Minus|(?:an Wert[\s\u00a0]+)?(?:eingebüßt|verloren)|fallen|sinken|nachgeben|verlieren|einbrechen|absacken|nach(?=[\s\u00a0.,;]))(?![\p{L}])/iu;
const UP_TO = /^[\s\u00a0]+to(?![\p{L}])/iu;
const OF = /^[\s\u00a0]*(?:of|in|de|del|da|do|des|du|d['’]|von|der|des)[\s\u00a0]/iu;
// A company right after the figure: "una caída del 17 % de Nvidia".
const OF_AFTER = /^[\s\u00a0]*(?:of|de|del|da|do|des|du|d['’]|von|für)[\s\u00a0]*$/iu;
// "una caída del 6 % de las acciones de Alphabet": the shares named after the figure.
const SHARES_AFTER = new RegExp(`^[\\s\\u00a0]*(?:of|de|in|en|em|da|das|dos|des|der)[\\s\\u00a0]+(?:(?:the|las|los|las|as|os|les|la|el)[\\s\\u00a0]+)?(?:${alt(STOCK_NOUNS)})[\\s\\u00a0]+(?:of|de|del|da|do|des|du|von)?[\\s\\u00a0]*$`, 'iu');
// Between a company and its verb, a possessive noun means the figure is about something else ("Tesla's registrations fell").
const OTHER_SUBJECT = /['’]s[\s\u00a0]+(?!shares|stock)\p{Ll}/u;
// "the stock", "le titre", "son action", "das Papier": a share price named earlier. Plural generic "AI stocks" is not one.
const ANAPHORIC = new RegExp(`(?:(?<![\\p{L}])(?:l['’][\\s\\u00a0]*|(?:the|its|le|la|las|los|el|os|as|o|die|der|das|seine|ses|sus|seus|their|son|sa|su|seu|sua)[\\s\\u00a0]+)|^[\\s\\u00a0"“«]*)(?:${alt(STOCK_NOUNS.filter((n) => n !== 'stocks'))}|Papier|valor|valeur)(?![\\p{L}])|^[\\s\\u00a0]*(?:They|Ils|Elles|Sie)(?![\\p{L}])`, 'iu');
const RUN_JOIN = /^[\s\u00a0]*(?:,|and|y|e|et|und)[\s\u00a0]*(?:(?:un|una|um|uma|de|del)[\s\u00a0]+)?$/iu;
// "Apple, Alphabet and Tesla each fell about 0.5%": one move per company.
const EACH = /(?<![\p{L}])(?:each|both|cada una|cada uno|ambas|ambos|chacune|chacun|toutes deux|jeweils|beide)(?![\p{L}])/iu;
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivamente|respectivement|beziehungsweise|bzw\.)/iu;
/** How far before the figure a direction word may stand, and the subject. */
const VERB_WINDOW = 90;
const SUBJECT_WINDOW = 300;
/** More percentages than this in one story are not prose; the rest is ignored to bound the cost. */
const MAX_PERCENTS = 300;

function direction(doc: Doc, from: number, pos: number, right: string): 'up' | 'down' | null {
  const lo = Math.max(from, pos - VERB_WINDOW);
  let up: PhraseMatch | null = UP.last(doc.text, doc.tokens, lo, pos);
  if (up && /^up$/i.test(up.phrase) && UP_TO.test(doc.text.slice(up.end, up.end + 4))) up = null;
  const down = DOWN.last(doc.text, doc.tokens, lo, pos);
  if (up && (!down || up.start > down.start)) return 'up';
  if (down) return 'down';
  if (AFTER_UP.test(right)) return 'up';
  if (AFTER_DOWN.test(right)) return 'down';
  return null;
}

/** "le Nasdaq a perdu 1,5 %": an index right before a direction word is the subject. */
function indexIsSubject(doc: Doc, from: number, to: number): boolean {
  return INDEX.all(doc.text, doc.tokens, from, to).some((ix) =>
    UP.has(doc.text, doc.tokens, ix.end, Math.min(to, ix.end + 25)) || DOWN.has(doc.text, doc.tokens, ix.end, Math.min(to, ix.end + 25)));
}

export function stockMoves(doc: Doc, pcts: Percent[]): StockMove[] {
  const { text, tokens } = doc;
  const out: StockMove[] = [];
  let last: Company | null = null;
  let lastSentence = -1;
  let prevEnd = -1;
  let prevWindowCompanies: Company[] = [];
  let runIndex = 0;
  for (const p of pcts.slice(0, MAX_PERCENTS)) {
    const s = sentenceOf(doc, p.q.start);
    const sameSentence = s.start === lastSentence;
    const semi = text.lastIndexOf(';', p.q.start);
    const windowStart = Math.max(prevEnd, s.start, semi >= s.start ? semi + 1 : s.start, p.q.start - SUBJECT_WINDOW);
    const left = text.slice(windowStart, p.q.start);
    const right = text.slice(p.end, Math.min(s.end, p.end + 40));
    const prevOut = out[out.length - 1];
    const joined = sameSentence && prevEnd === prevOut?.span.end && RUN_JOIN.test(left);
    prevEnd = p.end;
    // "Shares of Microsoft and Amazon.com slipped 1.5% and 1.8%, respectively"
    if (joined && prevOut) {
      // "Microsoft and Amazon slipped 1.5% and 1.8%(, respectively)": as many companies as figures, in order.
      const who = prevWindowCompanies.length > 1 || RESPECTIVELY.test(text.slice(p.end, Math.min(s.end, p.end + 200))) ? prevWindowCompanies[++runIndex] : undefined;
      if (who) {
        out.push({ ...prevOut, company: who.name, ticker: who.ticker, pct: p.value, qualifier: qualifierBefore(text, p.q.start), span: { start: prevOut.span.start, end: p.end, text: text.slice(prevOut.span.start, p.end) } });
        last = who;
      }
      continue;
    }
    const ms = mentionsIn(doc, windowStart, p.q.start);
    // "..., y las de Oracle, un 2,2 %": the verb of the previous move carries over.
    const dir = p.q.sign ? (p.q.sign === '+' ? 'up' : 'down')
      : direction(doc, windowStart, p.q.start, right) ?? (sameSentence && prevOut && ms.length ? prevOut.direction : null);
    if (!dir) continue;
    if (!ms.length && indexIsSubject(doc, windowStart, p.q.start)) continue;
    const stock = STOCK.last(text, tokens, windowStart, p.q.start);
    let who: Company | null = null;
    let subjectAt = windowStart;
    if (stock) {
      ({ who, subjectAt } = stockOwner(doc, stock, ms, windowStart, p.q.start));
    } else if (ms.length && !OTHER_SUBJECT.test(text.slice(ms[0]!.end, p.q.start))
      // "Alphabet ganó 53.108 millones de dólares, un 15 % más": the figure grows the amount, not the shares.
      && !doc.money.some((x) => !x.inferred && x.start > ms[0]!.end && x.end <= p.q.start && p.q.start - x.end < 30)) {
      // Without a stock noun the company must be the subject: nothing like "die KI-Rechenleistung ... der Telekom" around it.
      who = company(ms[0]!);
      const comma = Math.max(text.lastIndexOf(',', ms[0]!.start), text.lastIndexOf(';', ms[0]!.start));
      subjectAt = Math.max(windowStart, comma);
    } else if (STOCK_COMPOUND.test(left)) {
      who = nameBefore(text, windowStart + left.search(STOCK_COMPOUND), windowStart);
    } else if (p.q.sign) {
      who = nameBefore(text, p.q.start - (text[p.q.start - 1] === '(' ? 1 : 0), windowStart);
    }
    const ofAfter = doc.mentions.find((m) => m.start >= p.end && m.start - p.end < 40
      && (OF_AFTER.test(text.slice(p.end, m.start)) || SHARES_AFTER.test(text.slice(p.end, m.start))));
    if (ofAfter && !stock) {
      who = company(ofAfter);
      subjectAt = p.q.start;
    }
    // Something that is not a share price between the subject and the figure: revenue, an index...
    if (NOT_STOCK.has(text, tokens, subjectAt, p.q.start) && !(stock && !NOT_STOCK.has(text, tokens, stock.start, p.q.start))) continue;
    if (!who) {
      // "... and were recently up 16.4%", "The stock had fallen 8%": the company of the last move.
      const anaphoric = ANAPHORIC.test(left) || (stock && OF.test(text.slice(stock.end, stock.end + 6)));
      if (!anaphoric && !(sameSentence && last)) continue;
      who = last ?? subjectBefore(doc, s.start) ?? doc.protagonists[0] ?? null;
      if (!who) continue;
    } else {
      runIndex = 0;
      prevWindowCompanies = [...new Set(ms.map(company))];
      // The run starts with the first listed company.
      if (prevWindowCompanies.length > 1 && !stock) who = prevWindowCompanies[0]!;
      else if (prevWindowCompanies.length > 1) prevWindowCompanies = prevWindowCompanies.slice(prevWindowCompanies.indexOf(who));
    }
    last = who;
    lastSentence = s.start;
    const start = Math.min(stock ? stock.start : p.q.start, ms[0]?.start ?? p.q.start, p.q.start);
    const each = !stock && EACH.test(left) ? prevWindowCompanies : [who];
    for (const c of each) {
      out.push({
        company: c.name,
        ticker: c.ticker,
        direction: dir,
        pct: p.value,
        qualifier: qualifierBefore(text, p.q.start),
        span: { start, end: p.end, text: text.slice(start, p.end) },
      });
    }
  }
  return dedupe(out);
}

/** Whose shares: "las acciones de Amazon", "l'action Nebius", "Oracle shares", "Die T-Aktie", "Shares of Kraft Heinz". */
function stockOwner(doc: Doc, stock: PhraseMatch, ms: Mention[], windowStart: number, limit: number): { who: Company | null; subjectAt: number } {
  const { text } = doc;
  // "tech stocks with Amazon.com and Nvidia down 4.5% and 10%": after a plural generic noun, the companies that follow.
  const generic = /^stocks$/i.test(stock.phrase);
  const after = ms.find((m) => m.start >= stock.end && (generic || m.start - stock.end <= 2 || OF.test(text.slice(stock.end, m.start + 1))));
  const before = [...ms].reverse().find((m) => m.end <= stock.start && stock.start - m.end <= 12);
  const around = ms.find((m) => m.start <= stock.start && m.end >= stock.end);
  const m = after ?? before ?? around;
  if (m) return { who: company(m), subjectAt: m.end };
  const of = OF.exec(text.slice(stock.end, stock.end + 8));
  const who = of ? nameAfter(text, stock.end + of[0].length, limit) : nameBefore(text, stock.start, windowStart);
  return { who, subjectAt: stock.end };
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
