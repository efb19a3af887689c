// Share-price moves: "Oracle shares jumped 36%", "las acciones de Amazon subieron
// más de un 4 %", "Die Nvidia-Aktie fiel um 3 Prozent", "AMZN +4.2%", "Kering (+5,5 %)".
// A percentage is a move when its clause has a direction (a word before the figure,
// one right after it, or a sign) and a share-price subject (see move-subjects.ts),
// with nothing like "revenue" or an index as what moved. Lists pair in order
// ("1.5% and 1.8%, respectively") or share one figure ("Nvidia and Micron fell 0.7%").
import type { StockMove } from './types.js';
import type { Company, Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { clauseAt, lastIndexIn, sentenceAt, type Range } from './sentences.js';
import {
  alt, DOWN_PARTICLES, INDICES, LEADER_PHRASES, LIGHT_VERBS, MOVE_DOWN, MOVE_NOUNS_TO_LEVEL, MOVE_DOWN_AFTER, MOVE_UP, MOVE_UP_AFTER, NOT_STOCK_DE_HEADS, NOT_STOCK_SUBJECT, RESPECTIVELY_WORDS, STOCK_NOUNS, UP_PARTICLES, words,
} from './lexicon.js';
import { nameBefore } from './names.js';
import { longerName } from './referents.js';
import { withListedFigures, type Percent } from './percents.js';
import { qualifierBefore } from './qualifiers.js';
import type { Qualifier } from './types.js';
import { PhraseSet, type PhraseMatch } from './tokens.js';
import { SUBORDINATE } from './deal-words.js';
import {
  anaphoraTarget, asideSubject, descriptorSubject, elliptical, impersonalOwner, listFrom, OF, skipLightWords, pointsBack, rightSubject, sentenceSubject, signedOwner, stockOwner, subjectName, subjectRun, type Subject,
} from './move-subjects.js';

const UP = new PhraseSet(MOVE_UP);
const DOWN = new PhraseSet(MOVE_DOWN);
const STOCK = new PhraseSet(STOCK_NOUNS);
const NOT_STOCK = new PhraseSet(NOT_STOCK_SUBJECT);
const LEADER = new PhraseSet(LEADER_PHRASES);
const INDEX = new PhraseSet(INDICES);
// "owns 7% of Skyline", "La participación de X en Y asciende al 15 %": what a holder owns, not a share price move.
const STAKE_NOUNS = new PhraseSet(['stake', 'stakes', 'participación', 'participaciones', 'participação', 'participações', 'participation', 'Beteiligung', 'Beteiligungen']);
const OWNS_BEFORE = /(?<![\p{L}])(?:owns?|owned|holds?|held|controls?|posee|poseía|tiene|tenía|controla|detém|detinha|possui|détient|détenait|possède|hält|hielt|besitzt|kontrolliert)[\s\u00a0]+(?:[\p{L}]+[\s\u00a0]+){0,2}$/iu;
const STOCK_COMPOUND = /-(?:Aktie|Aktien|Papiere|Titel)(?![\p{L}])/u;
// A separable particle closes the clause: "legte um 2 Prozent zu.", "gab um 3 Prozent nach, während ...".
const particle = (list: readonly string[]) => `(?:${alt(list)})(?=[\\s\\u00a0]*(?:[.,;:!?)]|$|(?:und|während|nachdem|als|weil|wobei|sowie)(?![\\p{L}])))`;
// The level reached may stand between the figure and the verb or particle: "um 2,7 Prozent auf 8,70 Euro nach", "auf ein Rekordhoch geklettert".
const LEVEL_REACHED = String.raw`(?:[\s\u00a0]+auf[\s\u00a0]+(?:ein(?:en|em)?[\s\u00a0]+[\p{L}-]+|[\d.,]+[\s\u00a0]+(?:Euro|Dollar|US-Dollar|Franken|Pfund|Punkte|Cent)))?`;
const AFTER_UP = new RegExp(`^${LEVEL_REACHED}[\\s\\u00a0]*(?:${alt(MOVE_UP_AFTER)}|${particle(UP_PARTICLES)})(?![\\p{L}])`, 'iu');
const AFTER_DOWN = new RegExp(`^${LEVEL_REACHED}[\\s\\u00a0]*(?:${alt(MOVE_DOWN_AFTER)}|${particle(DOWN_PARTICLES)})(?![\\p{L}])`, 'iu');
const GREEN_AFTER = /^[\s\u00a0]*(?:renewable|renovables?|renovável|renováveis|renouvelables?|erneuerbare?n?|carbon-free|libre de carbono|sem carbono|décarbonée?|CO2-frei|clean energy|green)(?![\p{L}])/iu;
const SEGMENT_BEFORE = /(?<![\p{L}])\p{Ll}[\p{Ll}-]*[\s\u00a0]*\([\s\u00a0]*$/u;
const FROM_LEVEL = /^[\s\u00a0]+from(?![\p{L}])/iu;
const UP_TO = /^[\s\u00a0]+to(?![\p{L}])/iu;
const GROWTH_AFTER = /^[\s\u00a0]*(?:interanual|trimestral|intertrimestral|anual|mensual|year[\s\u00a0-]on[\s\u00a0-]year|y\/y|yoy|q\/q|quarter[\s\u00a0-]on[\s\u00a0-]quarter|sequentially|secuencial|en glissement annuel|sur un an|sur un trimestre|im Jahresvergleich|gegenüber dem Vorjahr|zum Vorjahr|em termos homólogos|homólog[oa]|na comparação anual)(?![\p{L}])/iu;
const BESIDES = /(?:Besides|Apart from|Aside from|Además de|Aparte de|Al igual que|Além de|À parte|Outre|En plus de|Neben|Außer)[\s\u00a0]+$/iu;
const GROWTH_WORD_AFTER = /^[\s\u00a0]*(?:más|menos|more|less|mais|menos|plus|moins|mehr|weniger)(?![\p{L}])/iu;
const MARKET_SHARE = /^share[\s\u00a0]+of[\s\u00a0]+(?:[\p{L}'’.-]+[\s\u00a0]+){0,3}market(?![\p{L}])/iu;
// "rückte um 2 Prozent vor" is a move; "sieht eine Vorauszahlung von 20 Prozent vor" (vorsehen) is not.
const PARTICLE_VOR = /^[\s\u00a0]*vor(?![\p{L}])/iu;
const ADVANCE_VERB = /(?<![\p{L}])(?:rückte|rückten|rückt|preschte|preschten|prescht|schob|schoben|schiebt)(?![\p{L}])/iu;
// A company right after the figure: "una caída del 17 % de Nvidia", "del 6 % de las acciones de Alphabet".
const OF_AFTER = /^[\s\u00a0]*(?:of|off|de|del|da|do|des|du|d['’]|von|für)[\s\u00a0]*$/iu;
const SHARES_AFTER = new RegExp(`^[\\s\\u00a0]*(?:of|de|in|en|em|da|das|dos|des|der)[\\s\\u00a0]+(?:(?:the|las|los|as|os|les|la|el)[\\s\\u00a0]+)?(?:${alt(STOCK_NOUNS)})[\\s\\u00a0]+(?:of|de|del|da|do|des|du|von)?[\\s\\u00a0]*$`, 'iu');
// Between a company and its verb, a possessive noun means the figure is about something else ("Tesla's registrations fell").
const OTHER_SUBJECT = /['’]s[\s\u00a0]+(?!shares|stock)\p{Ll}/u;
// "the stock", "le titre", "son action", "das Papier", "der Kurs": a share price named earlier. Plural generic "AI stocks" is not one;
// "Les actions ont bondi" (right before its verb, no "européennes") is.
const ANAPHORIC = new RegExp(`(?:(?<![\\p{L}])(?:l['’][\\s\\u00a0]*|(?:the|its|le|la|las|los|el|os|as|o|die|der|das|seine|ses|sus|seus|suas|their|son|sa|su|seu|sua|ihre|leurs|leur|deren|dessen|(?:the[\\s\\u00a0]+)?(?:company|group|firm|carrier|bank|lender|retailer|chipmaker|airline|utility)['’]s)[\\s\\u00a0]+)|^[\\s\\u00a0"“«]*)(?:${alt(STOCK_NOUNS.filter((n) => n !== 'stocks'))}|Papier|valor|valeur|título|Kursgewinn|Kursplus|Kursverlust|Kurssturz|Kursrutsch)(?![\\p{L}])|(?<![\\p{L}])les[\\s\\u00a0]+(?:actions|titres)(?=[\\s\\u00a0]+(?:ont|avaient|se|s['’]|sont|gagnent|perdent|grimpent|chutent|reculent|progressent|bondissent|montent|baissent)(?![\\p{L}]))`, 'iu');
// "a 9% drop in Google's stock price": a move noun after the figure, then whose shares.
const NOUN_IN = /^[\s\u00a0]+(?:drop|fall|decline|slide|plunge|rise|gain|jump|surge|rally|increase|decrease)[\s\u00a0]+in[\s\u00a0]+$/iu;
const OWN_STOCK = /^['’]s?[\s\u00a0]+(?:stock|shares|share price|stock price)(?![\p{L}])/iu;
const SHARE_COUNT_BEFORE = /\d[\d.,]*[\s\u00a0]*(?:millones|millón|million|millions|milhões|milhão|Millionen|Mio\.?|mil|m|bn)?[\s\u00a0]+(?:de[\s\u00a0]+|d['’]|of[\s\u00a0]+)?(?:(?:its|sus|seus|ses|ihre)[\s\u00a0]+)?$/u;
const SMALLER_KINDS = new Set(['neocloud', 'datacenter', 'miner']);
const SENDING_ITS = /(?<![\p{L}])(?:sending|pushing|driving|lifting|dragging|knocking)[\s\u00a0]+its[\s\u00a0]+(?:stock|shares|share price|stock price)(?![\p{L}])/iu;
// "Shares of the semiconductor stock dropped 6.9%": a stock noun after an article and a common noun points back.
const DESCRIBED_STOCK = /(?<![\p{L}])(?:the|its|la|el|le|die|das|o|a)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+){1,2}$/u;
// "une hausse de plus de 4 % du titre", "una subida del 3 % de la acción": the share price named after the figure.
const STOCK_AFTER = /^[\s\u00a0]*(?:du|de l['’]|de la|des|de los|de las|del|da|do|das|dos|der)[\s\u00a0]*(?:titre|titres|action|actions|título|títulos|acción|acciones|ação|ações|papel|papéis|Aktie|Papiers)(?![\p{L}])/iu;
// "... after oil prices rose 3%", "mesmo com o minério de ferro em alta": a clause with its own subject.
const NEW_SUBJECT = /(?<![\p{L}])(?:after|as|while|when|since|because|whereas|although|though|even as|even with|with|tras|después de que|mientras|cuando|porque|aunque|incluso con|con|après que|alors que|tandis que|quand|car|bien que|même avec|avec|nachdem|während|weil|als|obwohl|selbst mit|após|enquanto|quando|embora|ao passo que|mesmo com|com)[\s\u00a0]+(?:[\p{L}'’&-]+[\s\u00a0]+){0,4}?(?:prices?|yields?|rates?|index|indices|markets?|oil|crude|gold|copper|iron ore|ore|bitcoin|dollar|euro|bonds?|futures|inflation|precios?|petróleo|cobre|mineral|índices?|mercados?|preços?|minério|ferro|prix|pétrole|minerai|cuivre|marchés?|taux|or|Preise?|Ölpreis|Eisenerz|Kupfer|Zinsen|Renditen|Märkte|Nasdaq|S&P|Dow|Ibex|CAC|PSI|Dax|DAX|Stoxx|FTSE|Nikkei|Bovespa|Ibovespa)(?![\p{L}])/iu;
const VERB_TO_FIGURE = new RegExp(String.raw`^(?:[\s\u00a0,]|(?<![\p{L}])(?:by|of|up|down|about|nearly|almost|roughly|around|approximately|more|than|as|much|some|another|further|over|sharply|slightly|still|just|zu|um|bis|zu|rund|knapp|etwa|fast|mehr|als|gut|zuletzt|weitere|de|du|del|des|un|una|uma|um|en|em|por|ciento|cerca|alrededor|más|casi|hasta|mais|menos|quase|até|près|environ|plus|moins|presque|jusqu|à|a|el|la|le|o|al|do|da|se|s|ont|a|se|dejaba|dejaban|dejó|dejaron|chegou|chegaram|llegó|llegaron|valorizar|subir|cair|recuar|ganhar|perder|avançar|alors|encore|ya|já|déjà|bereits|schon|also|still|yet|sich|noch|nur|weiteren|von|significant|significantes|significativas|significatives|fuertes|fortes|importantes|${alt(RESPECTIVELY_WORDS)})(?![\p{L}])|['’~])*$`, 'iu');
// Between two figures of one list: ", ", "and", "y el", "e", "beziehungsweise".
// ("nearly 8% and more than 3%, respectively": a qualifier may open the next figure.)
const RUN_JOIN = new RegExp(`^[\\s\\u00a0]*(?:,|and|y|e|et|und|${alt(RESPECTIVELY_WORDS)})[\\s\\u00a0]*(?:(?:more than|less than|nearly|almost|about|roughly|around|over|más de|menos de|casi|cerca de|mais de|quase|plus de|près de|environ|mehr als|fast|rund|knapp)[\\s\\u00a0]+)?(?:(?:un|una|um|uma|de|del|el|la|o|a|le)[\\s\\u00a0]+)?$`, 'iu');
const RESPECTIVELY = words(RESPECTIVELY_WORDS);
// A direction word used as a noun before its figure: "caídas del 14 %", "a decline of about 6.9%", "Kursplus von".
const NOUN_TO_FIGURE = /^[\s\u00a0]*(?:of|de|del|da|do|des|du|d['’]|von)[\s\u00a0]/iu;
const GERUND = /(?:ando|endo|indo|ing|ant)$/u;
/** How far before the figure a direction word may stand, and the subject. */
const VERB_WINDOW = 90;
const SUBJECT_WINDOW = 300;
/** More percentages than this in one story are not prose; the rest is ignored to bound the cost. */
const MAX_PERCENTS = 300;

type Dir = 'up' | 'down';
interface Found {
  dir: Dir;
  /** Where the direction word starts and ends (the figure itself when the word follows it). */
  at: number;
  end: number;
}

/** The last match of a direction set in [lo, pos); German nouns ("Plus", "Minus") only capitalised outside German, so French "plus de" is no move. */
function lastDirectionWord(doc: Doc, set: PhraseSet, lo: number, pos: number): PhraseMatch | null {
  const ms = set.all(doc.text, doc.tokens, lo, pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (doc.lang !== 'de' && /^\p{Lu}/u.test(m.phrase) && !/^\p{Lu}/u.test(doc.text[m.start]!)) continue;
    // "up to 10%" is a ceiling, not a rise.
    if (/^up$/i.test(m.phrase) && UP_TO.test(doc.text.slice(m.end, m.end + 4))) continue;
    return m;
  }
  return null;
}

/** The direction of the move and where its word stands. */
function direction(doc: Doc, from: number, pos: number, right: string): Found | null {
  const lo = Math.max(from, pos - VERB_WINDOW);
  const up = lastDirectionWord(doc, UP, lo, pos);
  const down = lastDirectionWord(doc, DOWN, lo, pos);
  const w = up && (!down || up.start > down.start) ? up : down;
  // German ends its clause with the verb: "hat nur leicht an Wert gewonnen, in zwölf Monaten aber gut neun Prozent eingebüßt".
  if (w && doc.lang === 'de' && /,/u.test(doc.text.slice(w.end, pos))) {
    if (AFTER_UP.test(right) && !PARTICLE_VOR.test(right)) return { dir: 'up', at: pos, end: pos };
    if (AFTER_DOWN.test(right)) return { dir: 'down', at: pos, end: pos };
  }
  if (w) return { dir: w === up ? 'up' : 'down', at: w.start, end: w.end };
  if (AFTER_UP.test(right) && (!PARTICLE_VOR.test(right) || ADVANCE_VERB.test(doc.text.slice(lo, pos)))) return { dir: 'up', at: pos, end: pos };
  if (AFTER_DOWN.test(right)) return { dir: 'down', at: pos, end: pos };
  return null;
}

// An index stands as the object after these words ("dominierte den Dax", "du SBF 120", "in the S&P 500").
const INDEX_OBJECT = /(?:den|dem|im|am|vom|zum|des|du|au|del|al|do|da|no|na|in|on|of|de|the|sur|dans|en|em|über|unter|bei|mit|than|que|do que|sobre|pelo|pela)[\s\u00a0]+$/iu;

/** "le Nasdaq a perdu 1,5 %": an index right before a direction word is the subject. */
function indexIsSubject(doc: Doc, from: number, to: number): boolean {
  // "(NASDAQ: OBTX)" names a listing, not the index.
  // ("la performance du Nasdaq, en progression de 22 %": an apposition after the index is its own.)
  return INDEX.all(doc.text, doc.tokens, from, to).some((ix) => !/^[\s\u00a0]?:/u.test(doc.text.slice(ix.end, ix.end + 2))
    && (!INDEX_OBJECT.test(doc.text.slice(Math.max(from, ix.start - 8), ix.start)) || /^,[\s\u00a0]*(?:en|em|in|im|up|down)[\s\u00a0]/u.test(doc.text.slice(ix.end, ix.end + 6)))
    && (UP.has(doc.text, doc.tokens, ix.end, Math.min(to, ix.end + 25)) || DOWN.has(doc.text, doc.tokens, ix.end, Math.min(to, ix.end + 25))));
}

/** Something that is not a share price in [from, to) (revenue, orders, an index...), unless a stock noun comes after it. */
function notAShare(doc: Doc, from: number, to: number, stock: PhraseMatch | null): boolean {
  const { text, tokens } = doc;
  const leaders = LEADER.all(text, tokens, from, to);
  // ("The share prices of Dell": the stock noun's own word is no other measure.)
  const hits = NOT_STOCK.all(text, tokens, from, to).filter((h) => !leaders.some((l) => l.start <= h.start && l.end >= h.end)
    && !(stock && stock.start <= h.start && stock.end >= h.end)
    // "ha roto la barrera de los 110.000 millones de capitalización, tras remontar un 1,28 %": the move is the subordinate clause's.
    && !SUBORDINATE.has(text, tokens, h.end, to)
    && !TIME_REFERENCE.test(text.slice(Math.max(from, h.start - 30), h.start)));
  if (doc.lang === 'de') {
    const seg = text.slice(from, to);
    for (let m = DE_COMPOUND.exec(seg); m; m = DE_COMPOUND.exec(seg)) hits.push({ start: from + m.index, end: from + m.index + m[0].length, phrase: m[0] });
    DE_COMPOUND.lastIndex = 0;
  }
  return hits.length > 0 && !(stock && hits.every((h) => h.start < stock.start));
}

// "since the earnings report", "tras sus resultados": a point in time, not what moved.
const TIME_REFERENCE = /(?<![\p{L}])(?:since|after|before|ahead of|following|tras|después de|antes de|desde|après|avant|depuis|nach|vor|seit|após|antes de)[\s\u00a0]+(?:(?:the|its|their|la|el|los|las|sus|su|les|le|la|ses|leur|leurs|der|die|das|den|dem|seinen|ihren|os|as|o|a|seus|suas|l['’])[\s\u00a0]*)?(?:\p{L}+[\s\u00a0]+)?$/iu;
const DE_COMPOUND = new RegExp(`(?<![\\p{L}])(?!Kurs|Aktien)\\p{Lu}\\p{Ll}+(?:${NOT_STOCK_DE_HEADS.join('|')})(?![\\p{L}])`, 'gu');
// "rose to 4.6%", "stieg ... auf 2,67 Prozent", "subiu para 5%": a level reached, not a change.
const LEVEL_NOUNS = new Set(MOVE_NOUNS_TO_LEVEL.map((w) => w.toLowerCase()));
const LEVEL = /(?:(?<![\p{L}])(?:to|auf|para)|(?<!jusqu['’])(?<![\p{L}])à)[\s\u00a0]+(?:(?:the|le|la|o|a|um|uma|un|une)[\s\u00a0]+)?[~≈]?[\s\u00a0]*$/iu;

// "a 15% rise in quarterly profit", "the 12% gain in the S&P 500", "un alza del 3 % en las ventas": what the figure measures, after it.
const MEASURED_AFTER = /^[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+)?(?:in|of|for|en|de|del|em|no|na|da|do|des|du|im|beim|bei|der|des)[\s\u00a0]+(?:[\p{L}&'’-]+[\s\u00a0]+){0,2}$/iu;

/**
 * What the figure measures, named after it: "a 15% rise in quarterly profit"; "the 12% gain in the S&P 500" when a move
 * noun follows the figure (not "fell 3.4% on the Nasdaq", where the index names the market the shares trade on).
 */
function measuresOther(doc: Doc, p: Percent, limit: number, moveNounAfter: boolean): boolean {
  const from = p.end;
  const to = Math.min(limit, from + 60);
  const indices = INDEX.all(doc.text, doc.tokens, from, to);
  const other = NOT_STOCK.all(doc.text, doc.tokens, from, to).find((h) => !indices.some((ix) => ix.start <= h.start && ix.end >= h.end));
  if (other && MEASURED_AFTER.test(doc.text.slice(from, other.start))) return true;
  const index = moveNounAfter ? indices[0] : null;
  return !!index && MEASURED_AFTER.test(doc.text.slice(from, index.start));
}

// "... im Dax, der insgesamt 0,2 Prozent nachgab", "del Ibex 35, que cerró con un alza del 0,3 %": a relative clause about an index or an amount.
const RELATIVE_OPEN = /^,[\s\u00a0]*(?:der|die|das|welcher|welche|which|that|que|qui|lequel|laquelle|o qual|a qual|el cual|la cual)(?![\p{L}])/iu;

function relativeToOther(doc: Doc, from: number, pos: number): boolean {
  const comma = doc.text.lastIndexOf(',', pos);
  if (comma < from || !RELATIVE_OPEN.test(doc.text.slice(comma, comma + 14))) return false;
  const near = (m: PhraseMatch) => comma - m.end <= 3;
  return INDEX.all(doc.text, doc.tokens, Math.max(from, comma - 40), comma).some(near) || NOT_STOCK.all(doc.text, doc.tokens, Math.max(from, comma - 40), comma).some(near);
}

/** "~5%", "≈ 3 %" read as "about"; other qualifiers as words before the figure. */
function qualifierOf(text: string, start: number): Qualifier {
  return /[~≈][\s\u00a0]*$/u.test(text.slice(Math.max(0, start - 3), start)) ? 'about' : qualifierBefore(text, start);
}

/** Where the clause of a figure starts: after a semicolon or colon, or after a clause boundary that follows the previous figure. */
function clauseStart(doc: Doc, s: Range, pos: number, prevEnd: number): number {
  const { text } = doc;
  let colon = lastIndexIn(text, ':', s.start, pos);
  // "(NYSE: HGRD)", "10:30": a colon inside a ticker or a time opens nothing.
  if (colon >= s.start && (!/[\s\u00a0]/u.test(text[colon + 1] ?? '') || text.lastIndexOf('(', colon) > text.lastIndexOf(')', colon))) colon = -1;
  const semi = Math.max(lastIndexIn(text, ';', s.start, pos), colon);
  const start = semi >= s.start ? semi + 1 : s.start;
  if (prevEnd <= start) return start;
  const c = clauseAt(text, s, pos).start;
  return c >= prevEnd ? Math.max(start, c) : start;
}

const LIGHT = new Set(LIGHT_VERBS);

/**
 * A clause's subject carries a move noun through a light verb: "Dassault Systèmes a enregistré une dégringolade",
 * "Infineon dominierte den Dax mit einem Zuwachs" (lower-case words, one of them light; index names aside).
 */
function lightlyLinked(doc: Doc, from: number, to: number): boolean {
  let gap = doc.text.slice(from, to);
  for (const ix of INDEX.all(doc.text, doc.tokens, from, to)) gap = gap.replace(doc.text.slice(ix.start, ix.end), ' ');
  const ws = gap.trim().split(/[\s\u00a0]+/u).filter(Boolean);
  return ws.length <= 8 && ws.every((w) => /^\p{Ll}[\p{L}'’-]*$/u.test(w)) && ws.some((w) => LIGHT.has(w.replace(/^\p{L}['’]/u, '')));
}

interface State {
  out: StockMove[];
  last: Company | null;
  lastSentence: number;
  prevEnd: number;
  /** Companies of the current list of figures, paired in order ("1.5% and 1.8%, respectively"). */
  run: Company[];
  runIndex: number;
}

/** "UnitedHealth Group (UNH) stock slumped 10.4%" … "the UNH stock sell-off. The stock fell 22%": a ticker written as a name is its company's. */
function byTicker(moves: StockMove[]): StockMove[] {
  const named = new Map(moves.filter((m) => m.ticker && m.company !== m.ticker).map((m) => [m.ticker!, m] as const));
  return moves.map((m) => {
    const owner = m.company === m.ticker || /^[A-Z.]{2,6}$/.test(m.company) ? named.get(m.company) : undefined;
    return owner && owner !== m ? { ...m, company: owner.company, ticker: owner.ticker } : m;
  });
}

export function stockMoves(doc: Doc, pcts: Percent[]): StockMove[] {
  const figs = withListedFigures(doc, pcts).slice(0, MAX_PERCENTS);
  const st: State = { out: [], last: null, lastSentence: -1, prevEnd: -1, run: [], runIndex: 0 };
  for (let i = 0; i < figs.length; i++) readFigure(doc, figs, i, st);
  return dedupe(doc, byTicker(st.out)).filter((m) => !FUND.test(m.company));
}

function readFigure(doc: Doc, figs: Percent[], i: number, st: State): void {
  const { text, tokens } = doc;
  const p = figs[i]!;
  const s = sentenceOf(doc, p.q.start);
  const sameSentence = s.start === st.lastSentence;
  const cStart = clauseStart(doc, s, p.q.start, st.prevEnd);
  const windowStart = Math.max(st.prevEnd, cStart, p.q.start - SUBJECT_WINDOW);
  const left = text.slice(windowStart, p.q.start);
  const right = text.slice(p.end, Math.min(s.end, p.end + 40));
  const prevOut = st.out[st.out.length - 1];
  const follows = sameSentence && !!prevOut && st.prevEnd === prevOut.span.end;
  st.prevEnd = p.end;
  // "entre un 2 % y un 6,5 %": no figure of its own for any company.
  if (p.range) return;
  // "ganó 3.426 millones de euros en el semestre, un 24% más": the growth of the amount just named.
  if (GROWTH_WORD_AFTER.test(right) && doc.money.some((x) => !x.inferred && x.end <= p.q.start && x.start >= s.start && p.q.start - x.end < 40 && !/[.;]/u.test(text.slice(x.end, p.q.start)))) return;
  // "(+6% trimestral y +56% interanual)", "up 56% year-on-year": a growth rate of a business figure.
  if (GROWTH_AFTER.test(right)) return;
  // "les revenus ont atteint 623,6 M€ pour le cloud privé (+7,7%)": a signed figure after a common noun, in a sentence about revenue.
  if (p.q.sign && SEGMENT_BEFORE.test(text.slice(Math.max(s.start, p.q.start - 30), p.q.start)) && notAShare(doc, s.start, p.q.start, null)) return;
  const sign: Dir | null = p.q.sign ? (p.q.sign === '+' ? 'up' : 'down') : null;
  // "4% do BCP e 3% da Galp": a company named right after the figure, read for figures that continue a move.
  const own = follows ? rightSubject(doc, p.end, Math.min(s.end, p.end + 50), true) : null;
  // "Shares of Microsoft and Amazon.com slipped 1.5% and 1.8%, respectively": the next company of the list.
  if (follows && RUN_JOIN.test(left)) {
    // "del 14,1 % y del 10,3 % de Grifols y Solaria": the list named after the figures pairs in order.
    const listed = own && !(st.run.length > 1 && own.who.name === st.run[0]!.name) ? own.who : undefined;
    const who = listed ?? (st.run.length > 1 || RESPECTIVELY.test(text.slice(p.end, Math.min(s.end, p.end + 200))) ? st.run[++st.runIndex] : undefined);
    if (who) {
      const start = prevOut!.span.start;
      st.out.push({ ...prevOut!, company: who.name, ticker: who.ticker, direction: sign ?? prevOut!.direction, pct: p.value, qualifier: qualifierOf(text, p.q.start), span: { start, end: p.end, text: text.slice(start, p.end) } });
      st.last = who;
    }
    return;
  }
  const ms = mentionsIn(doc, windowStart, p.q.start);
  // "..., y las de Warner Bros, un 6 %", "et Bouygues 0,6 %", "e a Galp, 0,6%": the verb of the previous move carries over.
  const ellipsis = follows ? elliptical(doc, windowStart, p.q.start, ms) : null;
  const found = direction(doc, windowStart, p.q.start, right);
  const dir: Dir | null = sign ?? found?.dir ?? (ellipsis || own ? prevOut!.direction : null);
  // "rose to 4.6%" is a level; "réduisant sa moins-value à 65 %" still names the move.
  if (!dir || (LEVEL.test(text.slice(Math.max(windowStart, p.q.start - 16), p.q.start)) && !(found && LEVEL_NOUNS.has(text.slice(found.at, found.end).toLowerCase())))) return;
  // "operar con energía 100 % renovable": a share of the energy mix.
  if (GREEN_AFTER.test(right)) return;
  // "down from a prior target of 13% to 21%": the level before, not a move.
  if (found && found.end <= p.q.start && FROM_LEVEL.test(text.slice(found.end, p.q.start))) return;
  if (!ms.length && indexIsSubject(doc, windowStart, p.q.start)) return;
  const verbAt = found && found.at < p.q.start ? found.at : p.q.start;
  // "Indra, uno de los valores más ligados a la tecnología, se dejaba un 2,9 %": a stock noun inside an aside is not the subject's.
  const aside = found && found.at < p.q.start ? asideSubject(doc, s.start, windowStart, verbAt) : null;
  let stock = STOCK.last(text, tokens, windowStart, p.q.start);
  // "vendió 32.1 millones de acciones de Nvidia, provocando una caída de hasta 10%": a number of shares traded, not a share price.
  if (stock && SHARE_COUNT_BEFORE.test(text.slice(Math.max(windowStart, stock.start - 30), stock.start))) stock = null;
  // "Nvidia's share of China's market for AI accelerators has fallen from about 95%": a market share, not a share price.
  if (stock && MARKET_SHARE.test(text.slice(stock.start, stock.end + 40))) return;
  if (stock && aside?.open !== undefined && stock.start > aside.open && stock.start < aside.from!) stock = null;
  let subj: Subject | null = null;
  let npStart = windowStart;
  if (ellipsis && !found) subj = { who: ellipsis, list: [ellipsis], at: p.q.start };
  else if (stock) subj = stockOwner(doc, stock, ms, windowStart, p.q.start, verbAt);
  else subj = subjectBefore(doc, p, s, cStart, windowStart, ms, found, verbAt, aside);
  if (subj) npStart = subj.from ?? headStart(doc, subj.at, windowStart);
  // "una caída del 17 % de Nvidia": the company named right after the figure wins over one before.
  const ofAfter = doc.mentions.find((m) => m.start >= p.end && m.start - p.end < 40
    && (OF_AFTER.test(text.slice(p.end, m.start)) || SHARES_AFTER.test(text.slice(p.end, m.start))
      || (NOUN_IN.test(text.slice(p.end, m.start)) && OWN_STOCK.test(text.slice(m.end, m.end + 20)))));
  if (ofAfter && !stock) {
    subj = { who: company(ofAfter), list: [company(ofAfter)], at: p.q.start };
    npStart = p.q.start;
  }
  // "As desvalorizações de 4% do BCP", "+4 % ... pour l'action Nvidia": nothing before, the company after.
  if (!subj && !stock && !ms.length && (sign || !found || found.at === p.q.start || NOUN_TO_FIGURE.test(text.slice(found.end, p.q.start)) || doc.lang === 'de')) {
    subj = rightSubject(doc, p.end, Math.min(clauseAt(text, s, p.end).end, p.end + 120), false);
    if (subj) npStart = p.q.start;
  }
  // "The downgrade wiped 7% off Morland's share price": the company right after the figure.
  if (!subj && !stock) {
    subj = rightSubject(doc, p.end, Math.min(s.end, p.end + 50), true);
    if (subj) npStart = p.q.start;
  }
  if (!stock && (OWNS_BEFORE.test(text.slice(Math.max(cStart, p.q.start - 40), p.q.start)) || STAKE_NOUNS.has(text, doc.tokens, cStart, p.q.start))) return;
  // Something that is not a share price between the subject and the figure, or named right after it: revenue, an index...
  // (A share price named right after the figure is what moved, whatever comes before: "Ces résultats ont entraîné une hausse de 4 % du titre".)
  const stockAfter = !stock && STOCK_AFTER.test(right) ? { start: p.end, end: p.end, phrase: '' } : null;
  if (notAShare(doc, npStart, p.q.start, stock ?? stockAfter) || measuresOther(doc, p, s.end, found?.at === p.q.start) || relativeToOther(doc, s.start, p.q.start)) return;
  let who = subj?.who ?? null;
  // "Meta secures a $27 billion deal with cloud company Nebius, sending its stock up 14%": when a hyperscaler signs with a GPU
  // cloud, a data-centre host or a miner, the shares that move are the smaller company's, named last ("Cipher signed a lease
  // with AWS, sending its shares up 22%" stays the subject's).
  const sending = who ? null : SENDING_ITS.exec(left);
  if (sending) {
    const named = mentionsIn(doc, s.start, windowStart + sending.index).filter((m) => !m.ticker);
    const first = named[0];
    const last = named[named.length - 1];
    if (first && last && company(first).kind === 'hyperscaler' && SMALLER_KINDS.has(company(last).kind ?? '')) who = company(last);
  }
  if (!who) {
    // "... and were recently up 16.4%", "The stock had fallen 8%", "La operadora ...", "elas chegaram a cair": a company named before.
    const back = ANAPHORIC.test(left) || !!stockAfter || (!!stock && DESCRIBED_STOCK.test(text.slice(Math.max(windowStart, stock.start - 40), stock.start)) && !ms.length) || (stock && OF.test(text.slice(stock.end, stock.end + 6))) || pointsBack(doc, cStart, windowStart, verbAt, found?.end ?? verbAt);
    // "... after oil prices rose 3%": a subordinate clause brings its own subject.
    const cont = sameSentence && st.last && !NEW_SUBJECT.test(text.slice(windowStart, found?.at ?? p.q.start));
    // Spanish and Portuguese drop the subject: "En lo que va de año acumulan una revalorización del 97 %" continues the last move.
    const dropped = !back && !cont && st.last && (doc.lang === 'es' || doc.lang === 'pt') && previousSentence(doc, s) === st.lastSentence
      && PRO_DROP.test(text.slice(cStart, skipLightWords(text, cStart, verbAt)));
    if (!back && !cont && !dropped) return;
    if (dropped) {
      who = st.last;
    } else {
      const firstBody = st.out.find((m) => m.span.start >= doc.bodyStart);
      who = anaphoraTarget(doc, s, p.q.start, st.last, st.lastSentence, firstBody ? companyOf(firstBody) : doc.protagonists[0] ?? null) ?? doc.protagonists[0] ?? null;
    }
    if (!who) return;
  }
  // "Además de Nvidia, Broadcom se dejaba un 4,5 %": a company set beside the subject is not one.
  const beside = (c: Company) => mentionsIn(doc, cStart, p.q.start).some((m) => company(m) === c && BESIDES.test(text.slice(Math.max(cStart, m.start - 16), m.start)));
  const named = subj && subj.list.length > 1 ? subj.list.filter((c) => !beside(c)) : [];
  const list = named.length ? named : [who];
  const next = figs[i + 1];
  const joinedNext = !!next && next.q.start < s.end && RUN_JOIN.test(text.slice(p.end, next.q.start));
  // "Nvidia and Micron fell 0.7%", "X and Y each fell 3%": one figure for all; else the first of the list, the others follow in order.
  const each = list.length > 1 && !joinedNext ? list : [list[0]!];
  st.run = list;
  st.runIndex = 0;
  st.last = each[each.length - 1]!;
  st.lastSentence = s.start;
  const start = Math.min(stock ? stock.start : p.q.start, subj ? Math.min(subj.at, p.q.start) : p.q.start, ms[0]?.start ?? p.q.start);
  const qualifier = qualifierOf(text, p.q.start);
  for (const c of each.map((x) => fullName(doc, x, st.out, start))) {
    st.out.push({ company: c.name, ticker: c.ticker, direction: dir, pct: p.value, qualifier, span: { start, end: p.end, text: text.slice(start, p.end) } });
  }
}

/** The subject before the figure when no stock noun names it: a mention or name in subject position. */
function subjectBefore(doc: Doc, p: Percent, s: Range, cStart: number, windowStart: number, ms: Mention[], found: Found | null, verbAt: number, aside: Subject | null): Subject | null {
  const { text } = doc;
  // "Alphabet ganó 53.108 millones de dólares, un 15 % más": the figure grows the amount, not the shares.
  if (doc.money.some((x) => !x.inferred && x.start >= verbAt && x.end <= p.q.start)) return null;
  // "com altas da Micron (6%), Palantir (4,9%)": after a move word, a figure in parentheses right after its company.
  if (found && found.at < p.q.start) {
    const m = ms[ms.length - 1];
    if (m && /^[\s\u00a0]*\([\s\u00a0]*$/u.test(text.slice(m.end, p.q.start))) return { who: company(m), list: [company(m)], at: m.start };
  }
  // "Walmex (+2.94 %)", "Micron -12%", "Petrobras (ON +5,2%)": a signed figure right after its company.
  if (p.q.sign && (!found || found.at === p.q.start)) {
    const m = ms[ms.length - 1];
    // ("Nvidia cerró en 210,90 dólares (+4,91 %)": the closing price may stand between.)
    if (m && (/^[\s\u00a0,(~≈]*$/u.test(text.slice(m.end, p.q.start)) || PRICE_THEN_PAREN.test(text.slice(m.end, p.q.start)))) return { who: company(m), list: [company(m)], at: m.start };
    const who = signedOwner(doc, p.q.start, windowStart, s.start);
    return who ? { who, list: [who], at: p.q.start } : null;
  }
  // "La tecnológica Indra", "O banco liderado por ...": a descriptor opening the clause names the company or points back.
  const desc = descriptorSubject(doc, cStart, verbAt);
  if (desc === 'back') return null;
  if (desc) return desc;
  // "SoftBank, which holds about 90% of Arm, rose 3.4%": the subject before the aside.
  if (aside) return aside;
  // "Nvidia and Micron fell 0.7%", "Oracle was 1.6% lower".
  const run = subjectRun(doc, ms, windowStart, verbAt, s.start);
  if (run && verbFollows(doc, run.at, found, cStart)) return run;
  if (ms.length && !OTHER_SUBJECT.test(text.slice(ms[0]!.end, p.q.start))
    // "Alphabet ganó 53.108 millones de dólares, un 15 % más": the figure grows the amount, not the shares.
    && !doc.money.some((x) => !x.inferred && x.start > ms[0]!.end && x.end <= p.q.start && p.q.start - x.end < 30)
    && verbFollows(doc, ms[0]!.start, found, cStart)) {
    const comma = Math.max(text.lastIndexOf(',', ms[0]!.start), text.lastIndexOf(';', ms[0]!.start));
    return { who: company(ms[0]!), list: listFrom(doc, ms, company(ms[0]!), ms[0]!.end, verbAt), at: Math.max(windowStart, comma) };
  }
  const left = text.slice(windowStart, p.q.start);
  if (STOCK_COMPOUND.test(left)) {
    const who = nameBefore(text, windowStart + left.search(STOCK_COMPOUND), windowStart);
    return who ? { who, list: [who], at: windowStart } : null;
  }
  // "El descenso de AMD era del 2 %": a move noun whose complement is a company of the gazetteer.
  if (found && ms.length && found.end <= ms[0]!.start && OF_AFTER.test(text.slice(found.end, ms[0]!.start))) return { who: company(ms[0]!), list: [company(ms[0]!)], at: found.at };
  if (!found || ms.length) return null;
  // "Der Kurssturz bei Vonkel lag bei 14 Prozent", "la caída de Marzal fue del 5 %": the company a move noun names.
  if (found.at < p.q.start) {
    const of = rightSubject(doc, found.end, p.q.start, true);
    if (of) return of;
  }
  if (found.at < p.q.start) {
    // "Halvard raised prices by 5%": only qualifiers and prepositions between the move word and the figure (an index aside).
    let tail = text.slice(found.end, p.q.start);
    for (const ix of INDEX.all(text, doc.tokens, found.end, p.q.start)) tail = tail.replace(text.slice(ix.start, ix.end), ' ');
    if (!VERB_TO_FIGURE.test(tail)) return null;
  }
  // "Bei Vonkel ging es um vier Prozent nach oben".
  const imp = doc.lang === 'de' ? impersonalOwner(doc, cStart, p.q.start) : null;
  if (imp) return { who: imp, list: [imp], at: cStart };
  // "Carrefour perdió un 1,2 %", "Vinci, de son côté, a pris 1,5 %", "Halvard was 3% lower": a capitalised name right before the verb.
  const n = subjectName(doc, windowStart, found.at, s.start);
  if (n) return { who: n.company, list: [n.company], at: n.start };
  // "Dassault Systèmes a enregistré une dégringolade de 19,8 %", "A Altri foi a cotada mais castigada, tombando 3,4%": the clause's subject.
  const word = text.slice(found.at, found.end);
  const cs = sentenceSubject(doc, { start: cStart, end: s.end }, found.at);
  const csAt = cs ? text.indexOf(cs.name, cStart) : -1;
  if (cs && csAt >= 0 && csAt < found.at && (lightlyLinked(doc, csAt + cs.name.length, found.at) || GERUND.test(word) && /,[\s\u00a0]*$/u.test(text.slice(cStart, found.at)))) {
    return { who: cs, list: [cs], at: csAt };
  }
  return null;
}

/**
 * The subject comes before its verb in English and Romance prose: a company named between the move
 * word and the figure is an object ("soar 24% after a deal that gives the ChatGPT maker 10%"), unless
 * the verb opens the clause ("Sube Inditex un 2 %"). German puts the verb second and the subject after it.
 */
function verbFollows(doc: Doc, subjectAt: number, found: Found | null, cStart: number): boolean {
  if (!found || found.at >= subjectAt || doc.lang === 'de') return true;
  return /^[\s\u00a0"«“]*$/u.test(doc.text.slice(cStart, found.at));
}

// "Le chiffre d'affaires de Soitec", "Der Auftragseingang von Siemens Energy": the head noun whose complement the company is.
const HEAD_OF = /[\p{L}'’-]+(?:[\s\u00a0]+[\p{L}'’-]+){0,2}[\s\u00a0]+(?:de|del|of|von|do|da|des|du|d['’])[\s\u00a0]*(?:(?:la|el|the|der|die|das|o|a|l['’])[\s\u00a0]*)?$/iu;

function headStart(doc: Doc, at: number, windowStart: number): number {
  const m = HEAD_OF.exec(doc.text.slice(Math.max(windowStart, at - 60), at));
  return m ? Math.max(windowStart, at - 60) + m.index : at;
}

// A time adverbial alone before the verb: "En lo que va de año", "No ano,", "Desde enero".
const PRO_DROP = /^[\s\u00a0]*(?:(?:en|desde|durante|no|na|em|nos|nas|neste|nesta|este|esta|hasta|até|a lo largo de)[\s\u00a0]+(?:[\p{L}\d]+[\s\u00a0]+){0,5}?(?:año|ejercicio|semana|mes|sesión|jornada|ano|mês|sessão|pregão|enero|janeiro|\d{4})[\s\u00a0]*,?[\s\u00a0]*)?$/iu;

function previousSentence(doc: Doc, s: Range): number {
  const i = sentenceAt(doc.sentences, s.start);
  return i > 0 ? doc.sentences[i - 1]!.start : -2;
}

/**
 * "die Norfolk-Aktie" after "Norfolk Southern", "Core" after "Core Scientific", "JetBlue" after "JetBlue Airways": a one-word
 * form outside the gazetteer takes the full name of an earlier move, of a company of the story, or written before in the body
 * (a headline capitalises every word).
 */
function fullName(doc: Doc, c: Company, out: StockMove[], at: number): Company {
  // "a C&A ON recuava 5,93 %": the class of shares after the name is not part of it.
  const cls = SHARE_CLASS_AFTER.exec(c.name);
  if (cls && !c.tickers.length) return { ...c, name: c.name.slice(0, cls.index) };
  if (c.ticker || c.tickers.length || c.kind || c.name.includes(' ')) return c;
  const long = out.find((m) => m.company.startsWith(`${c.name} `));
  if (long) return companyOf(long);
  const known = doc.mentions.find((m) => m.start < at && company(m).name.startsWith(`${c.name} `));
  if (known) return company(known);
  const name = longerName(doc, c.name, at, doc.bodyStart);
  return name === c.name ? c : { ...c, name };
}

const PRICE_THEN_PAREN = /^[^.;()%]{0,40}?(?:\d[\d.,]*[\s\u00a0]*(?:dólares|dollars|euros|reais|yenes|yens|Euro|Dollar)|(?:US\$|R\$|\$|€)[\s\u00a0]*\d[\d.,]*)[\s\u00a0]*\([\s\u00a0]*$/u;
// Exchange-traded funds are no companies: "the Technology Select Sector SPDR (XLK)".
const FUND = /(?:^|[\s\u00a0])(?:SPDR|ETF|iShares|Invesco QQQ)(?:$|[\s\u00a0])/u;
const SHARE_CLASS_AFTER = / (?:ON|PN|PNA|PNB|Unit|Units)$/u;
const companyOf = (m: StockMove): Company => ({ name: m.company, ticker: m.ticker, tickers: [], kind: null });

/** One move per company, direction and figure; a headline copy and its body copy stay apart (the caller prefers the body). */
function dedupe(doc: Doc, ms: StockMove[]): StockMove[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = `${m.company}|${m.direction}|${m.pct}|${m.span.start >= doc.bodyStart}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
