// Share-price moves: "Oracle shares jumped 36%", "las acciones de Amazon subieron
// más de un 4 %", "Die Nvidia-Aktie fiel um 3 Prozent", "AMZN +4.2%", "Kering (+5,5 %)".
// A percentage is a move when its clause has a direction word and a share-price
// subject: a stock noun ("shares", "acciones", "Aktie") or a company right in
// subject position, with nothing like "revenue" or an index in between.
import type { StockMove } from './types.js';
import type { Company, Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { sentenceAt, type Range } from './sentences.js';
import { alt, DOWN_PARTICLES, GENERIC_COMPANY, INDICES, words, MOVE_DOWN, MOVE_DOWN_AFTER, MOVE_UP, MOVE_UP_AFTER, NOT_STOCK_SUBJECT, STOCK_NOUNS, UP_PARTICLES } from './lexicon.js';
import { listAround, looksProper, nameAfter, nameBefore, nameEndingAt, nameStartingAt, type Name } from './names.js';
import type { Percent } from './percents.js';
import { qualifierBefore } from './qualifiers.js';
import { PhraseSet, type PhraseMatch } from './tokens.js';

const UP = new PhraseSet(MOVE_UP);
const DOWN = new PhraseSet(MOVE_DOWN);
const STOCK = new PhraseSet(STOCK_NOUNS);
const NOT_STOCK = new PhraseSet(NOT_STOCK_SUBJECT);
const INDEX = new PhraseSet(INDICES);
const STOCK_COMPOUND = /-(?:Aktie|Aktien|Papiere|Titel)(?![\p{L}])/u;
// A separable particle closes the clause: "legte um 2 Prozent zu.", "gab um 3 Prozent nach, während ...".
const particle = (list: readonly string[]) => `(?:${alt(list)})(?=[\\s\\u00a0]*(?:[.,;:!?)]|$|(?:und|während|nachdem|als|weil|wobei|sowie)(?![\\p{L}])))`;
const AFTER_UP = new RegExp(`^[\\s\\u00a0]*(?:${alt(MOVE_UP_AFTER)}|${particle(UP_PARTICLES)})(?![\\p{L}])`, 'iu');
const AFTER_DOWN = new RegExp(`^[\\s\\u00a0]*(?:${alt(MOVE_DOWN_AFTER)}|${particle(DOWN_PARTICLES)})(?![\\p{L}])`, 'iu');
const UP_TO = /^[\s\u00a0]+to(?![\p{L}])/iu;
const OF = /^[\s\u00a0]*(?:of|in|de|del|da|do|des|du|d['’]|von|der|des)[\s\u00a0]/iu;
// A company right after the figure: "una caída del 17 % de Nvidia".
const OF_AFTER = /^[\s\u00a0]*(?:of|de|del|da|do|des|du|d['’]|von|für)[\s\u00a0]*$/iu;
// "una caída del 6 % de las acciones de Alphabet": the shares named after the figure.
const SHARES_AFTER = new RegExp(`^[\\s\\u00a0]*(?:of|de|in|en|em|da|das|dos|des|der)[\\s\\u00a0]+(?:(?:the|las|los|las|as|os|les|la|el)[\\s\\u00a0]+)?(?:${alt(STOCK_NOUNS)})[\\s\\u00a0]+(?:of|de|del|da|do|des|du|von)?[\\s\\u00a0]*$`, 'iu');
// Between a company and its verb, a possessive noun means the figure is about something else ("Tesla's registrations fell").
const OTHER_SUBJECT = /['’]s[\s\u00a0]+(?!shares|stock)\p{Ll}/u;
// "the stock", "le titre", "son action", "das Papier": a share price named earlier. Plural generic "AI stocks" is not one.
const ANAPHORIC = new RegExp(`(?:(?<![\\p{L}])(?:l['’][\\s\\u00a0]*|(?:the|its|le|la|las|los|el|os|as|o|die|der|das|seine|ses|sus|seus|suas|their|son|sa|su|seu|sua|ihre|leurs|leur|deren|dessen|(?:the[\\s\\u00a0]+)?(?:company|group|firm|carrier|bank|lender|retailer|chipmaker|airline|utility)['’]s)[\\s\\u00a0]+)|^[\\s\\u00a0"“«]*)(?:${alt(STOCK_NOUNS.filter((n) => n !== 'stocks'))}|Papier|valor|valeur)(?![\\p{L}])|^[\\s\\u00a0]*(?:They|Ils|Elles|Sie)(?![\\p{L}])`, 'iu');
const NEW_SUBJECT = /(?<![\p{L}])(?:after|as|while|when|since|because|whereas|although|though|tras|después de que|mientras|cuando|porque|aunque|après que|alors que|tandis que|quand|car|bien que|nachdem|während|weil|als|obwohl|após|enquanto|quando|embora|ao passo que)[\s\u00a0]+(?:[\p{L}'’&-]+[\s\u00a0]+){0,4}?(?:prices?|yields?|rates?|index|indices|markets?|oil|crude|gold|bitcoin|dollar|euro|bonds?|futures|inflation|precios?|petróleo|índices?|mercados?|preços?|prix|pétrole|marchés?|taux|or|Preise?|Ölpreis|Zinsen|Renditen|Märkte|Nasdaq|S&P|Dow|Ibex|CAC|PSI|Dax|DAX|Stoxx|FTSE|Nikkei|Bovespa|Ibovespa)(?![\p{L}])/iu;
const VERB_TO_FIGURE = /^(?:[\s\u00a0,]|(?<![\p{L}])(?:by|of|up|down|about|nearly|almost|roughly|around|approximately|more|than|as|much|some|another|further|over|sharply|slightly|still|just|zu|um|bis|zu|rund|knapp|etwa|fast|mehr|als|gut|zuletzt|weitere|de|du|del|des|un|una|uma|um|en|em|por|ciento|cerca|alrededor|más|casi|hasta|mais|menos|quase|até|près|environ|plus|moins|presque|jusqu|à|a|el|la|le|o|al|do|da|se|s|ont|a|se|dejaba|dejaban|dejó|dejaron|chegou|chegaram|llegó|llegaron|valorizar|subir|cair|recuar|ganhar|perder|avançar|alors|encore|ya|já|déjà|bereits|schon|also|still|yet|sich)(?![\p{L}])|['’])*$/iu;
const RUN_JOIN = /^[\s\u00a0]*(?:,|and|y|e|et|und)[\s\u00a0]*(?:(?:un|una|um|uma|de|del)[\s\u00a0]+)?$/iu;
// "Apple, Alphabet and Tesla each fell about 0.5%": one move per company.
const EACH = /(?<![\p{L}])(?:each|both|cada una|cada uno|ambas|ambos|chacune|chacun|toutes deux|jeweils|beide)(?![\p{L}])/iu;
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivamente|respectivement|beziehungsweise|bzw\.)/iu;
/** How far before the figure a direction word may stand, and the subject. */
const VERB_WINDOW = 90;
const SUBJECT_WINDOW = 300;
/** More percentages than this in one story are not prose; the rest is ignored to bound the cost. */
const MAX_PERCENTS = 300;

type Dir = 'up' | 'down';

/** The last match of a direction set in [lo, pos); German nouns ("Plus", "Minus") only as written, so French "plus de" is no move. */
function lastDirectionWord(doc: Doc, set: PhraseSet, lo: number, pos: number): PhraseMatch | null {
  const ms = set.all(doc.text, doc.tokens, lo, pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (/^\p{Lu}/u.test(m.phrase) && !/^\p{Lu}/u.test(doc.text[m.start]!)) continue;
    // "up to 10%" is a ceiling, not a rise.
    if (/^up$/i.test(m.phrase) && UP_TO.test(doc.text.slice(m.end, m.end + 4))) continue;
    return m;
  }
  return null;
}

/** The direction of the move and where its word starts (the figure itself when the word follows it). */
function direction(doc: Doc, from: number, pos: number, right: string): { dir: Dir; at: number } | null {
  const lo = Math.max(from, pos - VERB_WINDOW);
  const up = lastDirectionWord(doc, UP, lo, pos);
  const down = lastDirectionWord(doc, DOWN, lo, pos);
  if (up && (!down || up.start > down.start)) return { dir: 'up', at: up.start };
  if (down) return { dir: 'down', at: down.start };
  if (AFTER_UP.test(right)) return { dir: 'up', at: pos };
  if (AFTER_DOWN.test(right)) return { dir: 'down', at: pos };
  return null;
}

/** "le Nasdaq a perdu 1,5 %": an index right before a direction word is the subject. */
function indexIsSubject(doc: Doc, from: number, to: number): boolean {
  // "(NASDAQ: OBTX)" names a listing, not the index.
  return INDEX.all(doc.text, doc.tokens, from, to).some((ix) => !/^[\s\u00a0]?:/u.test(doc.text.slice(ix.end, ix.end + 2)) &&
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
    const prevEnd0 = prevEnd;
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
    // "..., y las de Warner Bros, un 6 %", "et Bouygues 0,6 %", "e a Galp, 0,6%": the verb of the previous move carries over.
    const ellipsis = sameSentence && prevOut && prevEnd0 === prevOut.span.end ? elliptical(doc, windowStart, p.q.start, ms) : null;
    const found = p.q.sign ? null : direction(doc, windowStart, p.q.start, right);
    const dir: Dir | null = p.q.sign ? (p.q.sign === '+' ? 'up' : 'down')
      : found?.dir ?? (sameSentence && prevOut && (ms.length || ellipsis) ? prevOut.direction : null);
    if (!dir) continue;
    if (!ms.length && indexIsSubject(doc, windowStart, p.q.start)) continue;
    const stock = STOCK.last(text, tokens, windowStart, p.q.start);
    let who: Company | null = null;
    let subjectAt = windowStart;
    if (ellipsis && !found) {
      who = ellipsis;
      subjectAt = p.q.start;
    } else if (stock) {
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
    } else if (found && found.at < p.q.start && !ms.length
      && !doc.money.some((x) => !x.inferred && x.start > found.at && x.end <= p.q.start)) {
      // "Carrefour perdió un 1,2 %", "Vinci, de son côté, a pris 1,5 %": a capitalised name right before the verb.
      const n = subjectName(doc, windowStart, found.at, s.start);
      // "Halvard raised prices by 5%": only qualifiers and prepositions between the verb and the figure.
      const verbEnd = found.at + (/^[\p{L}]+/u.exec(text.slice(found.at, found.at + 30))?.[0].length ?? 0);
      if (n && VERB_TO_FIGURE.test(text.slice(verbEnd, p.q.start))) {
        who = n.company;
        subjectAt = n.start;
      }
    }
    // "Halvard and Skyline slipped 1.5% and 2.5%", "las acciones de Marzal y Norvento": a list of names outside the gazetteer.
    let nameList: Company[] = [];
    if (who && !ms.length && !who.tickers.length) {
      const at = text.lastIndexOf(who.name, p.q.start);
      if (at >= windowStart) nameList = listAround(text, { company: who, start: at, end: at + who.name.length }, windowStart, found?.at ?? p.q.start).filter((c) => c.name !== who!.name || true);
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
      // "... after oil prices rose 3%": a subordinate clause brings its own subject.
      const cont = sameSentence && last && !NEW_SUBJECT.test(text.slice(windowStart, found?.at ?? p.q.start));
      if (!anaphoric && !cont) continue;
      who = anaphoraTarget(doc, s, p.q.start, last, lastSentence, out.find((m) => m.span.start >= doc.bodyStart) ? companyOf(out.find((m) => m.span.start >= doc.bodyStart)!) : doc.protagonists[0] ?? null) ?? doc.protagonists[0] ?? null;
      if (!who) continue;
    } else {
      runIndex = 0;
      prevWindowCompanies = [...new Set(ms.map(company))];
      // The run starts with the first listed company.
      if (prevWindowCompanies.length > 1 && !stock && !ellipsis) who = prevWindowCompanies[0]!;
      else if (prevWindowCompanies.length > 1) prevWindowCompanies = prevWindowCompanies.slice(Math.max(0, prevWindowCompanies.indexOf(who)));
      if (nameList.length > 1 && prevWindowCompanies.length < 2) {
        prevWindowCompanies = nameList;
        who = nameList[0]!;
      }
      // "Delta and United each fell 3%": names outside the gazetteer in the list.
      if (!stock && EACH.test(left) && prevWindowCompanies.length < 2) prevWindowCompanies = listBefore(doc, windowStart, found?.at ?? p.q.start, s.start, who);
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
  // "l'action Renault", "les titres Michelin", "Boeing shares", "Die BASF-Aktie".
  const who = of ? nameAfter(text, stock.end + of[0].length, limit)
    : nameBefore(text, stock.start - (/\([^()]{1,25}\)[\s\u00a0]*$/u.exec(text.slice(Math.max(windowStart, stock.start - 30), stock.start))?.[0].length ?? 0), windowStart) ?? (doc.lang === 'en' || doc.lang === 'de' ? null : nameAfter(text, stock.end, limit));
  return { who, subjectAt: stock.end };
}

/** The company a sentence is about: a mention (or capitalised name) at its start, before `limit`. */
function sentenceSubject(doc: Doc, r: Range, limit: number): Company | null {
  const m = mentionsIn(doc, r.start, Math.min(r.end, limit))[0];
  const head = m ? doc.text.slice(r.start, m.start) : '';
  // "Nvidia said...", "Shares of Nvidia...", "Según Reuters, la compañía de Redmond..." (at most a short lead-in).
  if (m && head.length <= 40 && !/[.;:]/u.test(head)) return company(m);
  // A capitalised name opening the sentence, followed by its verb in lower case ("Legrand a relevé ses prévisions").
  const n = nameStartingAt(doc.text, r.start, Math.min(r.end, limit));
  if (n && doc.lang !== 'de' && /^[\s\u00a0]+\p{Ll}/u.test(doc.text.slice(n.end, n.end + 3)) && looksProper(doc.text, n, r.start)) return n.company;
  return null;
}

/**
 * "The stock", "its shares", "o papel", "die Aktie": the company of the current sentence's subject,
 * else of the last move when it was in this or the previous sentence, else the subject of one of the
 * three sentences before, else the last move's company.
 */
const ASIDE = /^[\s\u00a0]*(?:(?:By|Por|Par|Von|Com)[\s\u00a0]+\p{Lu}[^.\n]{0,60}$|(?:Read more|Read also|See also|Related|Lea también|Leer más|Lee también|Saiba mais|Leia mais|Leia também|À lire aussi|A lire aussi|Lire aussi|Mehr zum Thema|Lesen Sie auch|Auch interessant)\b)/iu;
const GENERIC_SUBJECT = new RegExp(`^[\\s\\u00a0"«“]*(?:${words(GENERIC_COMPANY).source})`, 'iu');

function anaphoraTarget(doc: Doc, s: Range, pos: number, last: Company | null, lastSentence: number, main: Company | null): Company | null {
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
  return last ?? main;
}

// Words that may stand between a subject and its verb: auxiliaries, reflexives, "de son côté", "por su parte".
const BETWEEN = new Set([
  'se', 's', 'a', 'ont', 'avait', 'avaient', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'also', 'which', 'that', 'then', 'alone', 'itself', 'meanwhile', 'however', 'in', 'turn',
  'de', 'son', 'sa', 'leur', 'côté', 'pour', 'part', 'quant', 'à', 'elle', 'lui', 'por', 'su', 'parte', 'pelo', 'seu', 'lado', 'sua', 'vez', 'por', 'sí', 'ha', 'han', 'había', 'habían', 'tem', 'têm', 'tinha', 'chegou', 'chegaram', 'llegó', 'llegaron',
  'hat', 'haben', 'ist', 'sind', 'ihrerseits', 'seinerseits', 'dagegen', 'wiederum', 'indes', 'also', 'too', 'likewise', 'each', 'both', 'cada', 'una', 'uno', 'jeweils',
  'shares', 'stock', 'as', 'las', 'les', 'the', 'perdas', 'ganhos', 'pérdidas', 'ganancias', 'subidas', 'quedas', 'caídas', 'losses', 'gains', 'pertes', 'hausses', 'baisses', 'led', 'mené', 'lideró', 'liderou', 'lideró', 'ao', 'al', 'a', 'en', 'em', 'bolsa', 'was', 'trading', 'negociava', 'cotizaba', 'cotava', 'estaba', 'estava', 'liderando',
]);
const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\u00a0\p{L}\p{N}]/gu;

/** A capitalised name standing as the subject of the verb at `verbAt` (only light words in between). */
function subjectName(doc: Doc, from: number, verbAt: number, sentenceStart: number): Name | null {
  const { text } = doc;
  // Walk back over light words and commas to the end of the name.
  let end = verbAt;
  const gap = text.slice(Math.max(from, verbAt - 40), verbAt);
  const parts = gap.match(TOKEN_RE) ?? [];
  let i = parts.length - 1;
  let cut = gap.length;
  for (; i >= 0; i--) {
    const w = parts[i]!;
    if (w === ',' || w === "'" || w === '’' || BETWEEN.has(w) && w === w.toLowerCase()) {
      cut = gap.lastIndexOf(w, cut - 1);
      continue;
    }
    break;
  }
  end = verbAt - (gap.length - cut);
  // A ticker in parentheses between the name and the verb: "Halvorsen (NYSE: HAL) rose".
  const par = /\([^()]{1,25}\)[\s\u00a0]*$/u.exec(text.slice(Math.max(from, end - 30), end));
  if (par) end -= par[0].length;
  const n = nameEndingAt(text, end, from);
  if (!n || n.end < end - 3) return null;
  // German capitalises every noun: only a name with a stock word or ticker, or written in capitals.
  if (doc.lang === 'de' && !n.company.ticker && !/^\p{Lu}{2,}/u.test(n.company.name)) return null;
  if (!looksProper(text, n, sentenceStart)) return null;
  return n;
}

// "y las de X, un", "et X", "e a X,", "and X": one item of a list continuing the previous move.
const ELLIPSIS_HEAD = /^[\s\u00a0]*(?:[,;][\s\u00a0]*)?(?:(?:and|y|e|et|und|while|mientras que|enquanto|tandis que|sowie)[\s\u00a0]+)?(?:(?:las|los|la|el|as|os|a|o|les|le|la|l['’]|the|die|der|das)[\s\u00a0]*)?(?:(?:de|del|da|do|das|dos|des|du|d['’]|of|von)[\s\u00a0]*)?$/iu;
const ELLIPSIS_TAIL = /^(?:['’]s)?[\s\u00a0]*,?[\s\u00a0]*(?:(?:un|una|um|uma|de|del|avec|mit|with|by|por|em|en)[\s\u00a0]+)?$/iu;

function elliptical(doc: Doc, from: number, pos: number, ms: Mention[]): Company | null {
  const { text } = doc;
  if (pos - from > 70) return null;
  const m = ms[ms.length - 1];
  if (m) {
    return ELLIPSIS_HEAD.test(text.slice(from, m.start)) && ELLIPSIS_TAIL.test(text.slice(m.end, pos)) ? company(m) : null;
  }
  const tail = /(?:['’]s)?[\s\u00a0]*,?[\s\u00a0]*(?:(?:un|una|um|uma|de|del|avec|mit|with|by|por|em|en)[\s\u00a0]+)?$/iu.exec(text.slice(from, pos));
  const end = pos - (tail ? tail[0].length : 0);
  const n = nameEndingAt(text, end, from);
  if (!n || n.end < end - 1 || !ELLIPSIS_HEAD.test(text.slice(from, n.start))) return null;
  return n.company;
}

/** "Delta and United each fell 3%": the capitalised names joined by commas and "and" before the verb. */
function listBefore(doc: Doc, from: number, verbAt: number, sentenceStart: number, first: Company): Company[] {
  const { text } = doc;
  const seg = text.slice(Math.max(from, verbAt - 120), verbAt);
  const out: Company[] = [];
  for (const part of seg.split(/,|\b(?:and|y|e|et|und)\b/u)) {
    const n = nameStartingAt(part, 0, part.length);
    if (n) out.push(n.company);
  }
  // One of them a proper name (not only capitalised at the sentence start) vouches for the list.
  return out.length > 1 && out.some((c) => looksProper(text, { company: c, start: text.indexOf(c.name, Math.max(from, verbAt - 120)), end: 0 }, sentenceStart)) ? out : [first];
}

const companyOf = (m: StockMove): Company => ({ name: m.company, ticker: m.ticker, tickers: [], kind: null });

function dedupe(ms: StockMove[]): StockMove[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.company}|${m.direction}|${m.pct}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
