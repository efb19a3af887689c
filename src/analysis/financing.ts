// The lenders, arrangers and bond buyers of a financing, named after its figure or in
// the sentences that follow it: "The debt is being arranged by JPMorgan and MUFG",
// "Apollo and Diameter are among the lenders", "Pimco anchored the bond sale",
// "Geldgeber sind ein Konsortium unter Führung von JPMorgan und MUFG", "Pimco se ha
// quedado con …", "A Pimco comprou a maior parte dos títulos".
import type { Company } from './entities.js';
import { company, mentionsIn, type Doc } from './doc.js';
import type { Range } from './sentences.js';
import { sentenceAt } from './sentences.js';
import type { Money } from './money.js';
import { PhraseSet } from './tokens.js';
import { FINANCING, ROUND } from './deal-words.js';

/** Cues the names follow: "led by X", "liderado por X", "mené par X", "unter Führung von X", "Geldgeber sind X". */
const NAMES_AFTER = new PhraseSet([
  'led by', 'arranged by', 'underwritten by', 'bought by', 'anchored by', 'structured by', 'with participation from', 'lenders include', 'lenders including', 'banks include', 'lenders are', 'buyers include',
  'liderado por', 'liderada por', 'encabezado por', 'encabezada por', 'diseñada por', 'diseñado por', 'estructurada por', 'estructurado por', 'suscrito por', 'suscritos por', 'con la participación de', 'los prestamistas son',
  'liderado pelo', 'liderado pela', 'liderada pelo', 'liderada pela', 'estruturada pelo', 'estruturada pela', 'estruturado pelo', 'com participação da', 'com participação do', 'com a participação da', 'com a participação do', 'com participação de',
  'mené par', 'menée par', 'dirigé par', 'dirigée par', 'arrangé par', 'arrangée par', 'piloté par', 'pilotée par', 'souscrite par', 'avec la participation de',
  'unter Führung von', 'unter Führung der', 'unter der Führung von', 'angeführt von', 'arrangiert von', 'Geldgeber sind', 'Geldgeber ist', 'Kreditgeber sind', 'Anleihekäufer ist', 'Anleihekäufer sind', 'unter Beteiligung von',
]);
/** Cues that follow the names, their subject: "X and Y are among the lenders", "X anchored", "X se ha quedado con". */
const NAMES_BEFORE = new PhraseSet([
  'are among the lenders', 'is among the lenders', 'are administrative agents', 'are the lead arrangers', 'are lead arrangers', 'are leading', 'is leading', 'are arranging', 'is arranging', 'arranged', 'anchored', 'is also taking part', 'are also taking part', 'bought most', 'bought the bulk',
  'se ha quedado con', 'se quedó con', 'ha suscrito', 'suscribió', 'compró la mayor parte', 'lidera', 'encabeza',
  'comprou a maior parte', 'ficou com a maior parte', 'subscreveu', 'lidera',
  'a souscrit', 'a acheté', 'mène', 'a arrangé',
  'zeichnete', 'führt', 'führen', 'arrangiert',
  // investors in the vehicle: "with Nvidia putting in as much as $2 billion of the equity", "a Nvidia, que aportará até …"
  'putting in', 'is putting', 'will put', 'will invest', 'is investing', 'aportará', 'aporta', 'apportera', 'apporte', 'investiert', 'steuert',
]);
/** The owners of the vehicle that borrows: "Blue Owl will own 80% of the joint venture", "détiendra 80 %", "se quedaría con el 80 %". */
const OWNS = new PhraseSet(['will own', 'owns', 'will hold', 'holds', 'will control', 'controlarán', 'controlará', 'se quedaría con', 'se quedará con', 'ficará com', 'ficaria com', 'detendrá', 'détiendra', 'détient', 'contrôlera', 'hält', 'halten']);
const SHARE_NEXT = /^[\s\u00a0]*(?:(?:about|roughly|el|la|los|o|a|os|le|les|rund|etwa)[\s\u00a0]+)?\d+(?:[.,]\d+)?[\s\u00a0]?(?:%|percent|per cent|por ciento|por cento|pour cent|Prozent)/iu;

// After a name: a legal form and a short alias in parentheses ("Goldman Sachs Group Inc.", "Mitsubishi UFJ Financial Group Inc. (MUFG)").
const TAIL = String.raw`(?:[\s\u00a0]*,?[\s\u00a0]*(?:Inc|Corp|Co|SA|AG|NV|SE|plc|PLC|LLC|Ltd|Group)\.?(?![\p{L}]))*(?:[\s\u00a0]*\([^()]{0,24}\))?`;
/** Between two names of a list: commas, "and", an article and a few adjectives ("und der japanischen MUFG"). */
const JOIN = new RegExp(String.raw`^${TAIL}[\s\u00a0]*(?:,|and|y|e|et|und|&|,[\s\u00a0]*(?:and|y|e|et|und))?[\s\u00a0]*(?:(?:the|la|el|le|les|l['’]|o|a|der|die|das|dem|den|ein|eine|einem)[\s\u00a0]+)?(?:[\p{Ll}][\p{L}-]*[\s\u00a0]+){0,3}$`, 'u');
/** Between the last name of a subject list and its verb: a legal form, an appositive ("Valor, the Chicago-based firm run by …, is leading"), auxiliaries. */
const TO_VERB = new RegExp(String.raw`^${TAIL}(?:[\s\u00a0]*,[^;]{0,90},)?[\s\u00a0]*(?:(?:also|has|have|had|will|would|se|ha|a|hat)[\s\u00a0]+)*$`, 'u');

/** Mentions of [from, to) without tickers, one per name (an alias repeated in parentheses is the same name). */
function names(doc: Doc, from: number, to: number) {
  const out = mentionsIn(doc, from, to).filter((x) => !x.ticker);
  return out.filter((x, i) => i === 0 || company(out[i - 1]!) !== company(x) || x.start - out[i - 1]!.end > 30);
}
/** A list of names right after `pos`: the mentions joined by commas, "and" and articles. */
function listFrom(doc: Doc, pos: number, limit: number): Company[] {
  const out: Company[] = [];
  let at = pos;
  for (const x of names(doc, pos, limit)) {
    if (!JOIN.test(doc.text.slice(at, x.start))) break;
    out.push(company(x));
    at = x.end;
  }
  return out;
}
/** The subject list right before `pos` (a cue verb). */
function listBefore(doc: Doc, from: number, pos: number): Company[] {
  const ms = names(doc, from, pos);
  const out: Company[] = [];
  let at = pos;
  for (let i = ms.length - 1; i >= 0; i--) {
    const x = ms[i]!;
    if (!(out.length ? JOIN : TO_VERB).test(doc.text.slice(x.end, at))) break;
    out.unshift(company(x));
    at = x.start;
  }
  return out;
}

/**
 * The financiers of the figure `m` in sentence `s`: named after it in its sentence, or in the next two sentences
 * of its paragraph (until another financing with its own figure starts).
 */
export function financiers(doc: Doc, m: Money, s: Range, known: Company[]): Company[] {
  if (!FINANCING.has(doc.text, doc.tokens, s.start, s.end) || ROUND.has(doc.text, doc.tokens, s.start, s.end)) return [];
  const out: Company[] = [];
  const scan = (r: Range) => {
    for (const c of NAMES_AFTER.all(doc.text, doc.tokens, r.start, r.end)) out.push(...listFrom(doc, c.end, Math.min(r.end, c.end + 160)));
    for (const c of NAMES_BEFORE.all(doc.text, doc.tokens, r.start, r.end)) out.push(...listBefore(doc, r.start, c.start));
    for (const c of OWNS.all(doc.text, doc.tokens, r.start, r.end)) if (SHARE_NEXT.test(doc.text.slice(c.end, c.end + 24))) out.push(...listBefore(doc, r.start, c.start));
  };
  scan({ start: m.end, end: s.end });
  let i = sentenceAt(doc.sentences, s.start);
  for (let k = 0; k < 2; k++) {
    const r = doc.sentences[++i];
    if (!r || doc.text.slice(doc.sentences[i - 1]!.end, r.start).includes('\n')) break;
    // Another financing starts: a figure with a company of its own before it ("Last month Morgan Stanley arranged $27 billion …");
    // tranches of this one ("About $7.5 billion will come as equity …") go on.
    const figure = doc.money.find((x) => x.start >= r.start && x.end <= r.end && !x.conversion && (x.amount_usd ?? x.amount) >= 50e6);
    if (figure && FINANCING.has(doc.text, doc.tokens, r.start, r.end) && mentionsIn(doc, r.start, figure.start).some((x) => !x.ticker && !known.includes(company(x)))) break;
    scan(r);
  }
  return [...new Set(out)];
}
