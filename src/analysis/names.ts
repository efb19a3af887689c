// Companies outside the gazetteer: a capitalised name next to "shares" or before
// a ticker in parentheses ("Kraft Heinz Co (NASDAQ: KHC)"), in subject position of
// a share-move verb, or holding a stake. Used only where the grammar says a company
// must stand (stock moves, stake holders). Every pattern is bounded (at most six
// words, 60-80 characters of input), so the cost per call is constant.
import type { Company } from './entities.js';
import { DESCRIPTOR_NOUNS } from './lexicon.js';

// One capitalised word: "Mota-Engil", "Air", "AT&T", "L'Oréal", "Carrefour's". Elided articles ("l'", "d'") are cut later.
const WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]{0,30}`;
// Capitalised words, joined by "&", "de", "dos", "of"... only between two of them ("Sociedade Francisco Manuel dos Santos", "Bank of America").
const NAME = String.raw`${WORD}(?:[\s\u00a0]{1,2}(?:(?:&|de|des|du|dos|da|do|of|von)[\s\u00a0]{1,2})?${WORD}){0,5}`;
const NAME_AT_END = new RegExp(`(${NAME})(?:['’]s)?[\\s\\u00a0-]*$`, 'u');
const NAME_AT_START = new RegExp(`^[\\s\\u00a0]*(?:[dDlL]['’])?(${NAME})(?=[\\s\\u00a0,;:()'’-]|[.!?]|$)`, 'u');
const ACRONYM_AT_END = /\((\p{Lu}[\p{Lu}\d&-]{1,9})\)[\s\u00a0]*,?[\s\u00a0]*$/u;
const TICKER = /\((?:[A-Za-z ]{1,20}\s?:\s?)?([A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?)\)/u;
/** Words that begin a capitalised run without being part of the name ("The", "Shares", "Rival"). */
const SKIP = new Set([
  'The', 'La', 'Las', 'Los', 'El', 'Le', 'Les', 'L', 'Der', 'Die', 'Das', 'Den', 'Dem', 'A', 'As', 'O', 'Os', 'Un', 'Una', 'Une', 'Um', 'Uma',
  'Shares', 'Share', 'Stock', 'Stocks', 'Its', 'Their', 'Su', 'Sus', 'Son', 'Sa', 'Ses', 'Seu', 'Sua', 'Seus', 'Suas', 'Sein', 'Seine', 'Ihr', 'Ihre',
  'By', 'In', 'On', 'At', 'After', 'Before', 'They', 'It', 'And', 'But', 'While', 'Meanwhile', 'Also', 'Elsewhere', 'However',
  'Although', 'Though', 'Despite', 'Since', 'Because', 'Even', 'When', 'Once', 'Until', 'Amid', 'Aunque', 'Embora', 'Obwohl', 'Malgré', 'Bien',
  'Following', 'Lucro', 'Lucros', 'Beneficio', 'Bénéfice', 'Receita', 'Receitas', 'Ingresos', 'Resultado', 'Resultados', 'Résultats', 'Results',
  'Apesar', 'Pese', 'Malgrado', 'Nachdem', 'Als', 'Weil', 'Wenn', 'Seit', 'Bevor', 'Sobald', 'Dass', 'Tras', 'Después', 'Cuando', 'Depois', 'Quando', 'Após', 'Après', 'Quand', 'Lorsque', 'Puisque',
  'Rival', 'Rivals', 'Competitor', 'Competitors', 'Peer', 'Peers', 'Fellow', 'Chipmaker', 'Chipmakers', 'Carrier', 'Airline', 'Retailer', 'Lender', 'Insurer',
  'Automaker', 'Carmaker', 'Miner', 'Bank', 'Utility', 'Group', 'Parent', 'Owner', 'Listed', 'US', 'U.S.', 'European', 'French', 'German', 'Spanish', 'British', 'American',
  'Y', 'E', 'Et', 'Und', 'Mientras', 'Enquanto', 'Tandis', 'Während', 'Además', 'También', 'Também', 'Aussi', 'Auch', 'Por', 'Pelo', 'Quant', 'Selon', 'Según', 'Segundo', 'Laut',
  'Acciones', 'Ações', 'Títulos', 'Papéis', 'Action', 'Actions', 'Titre', 'Titres', 'Aktie', 'Aktien', 'Papiere', 'Titel', 'Valor', 'Valeur',
]);
// Capitalised words that are never a company (German capitalises every noun; markets, currencies, commodities).
const HARD_NOT_NAME = /^(?:Milliarden?|Millionen?|Mrd|Mio|Dollar|US-Dollar|Euros?|Pfund|Franken|Prozent|Aktien?|Papiere?|Anteile?|Umsatz|Gewinn|Billionen?|Milliard|Wert|Kurs)$/u;
// Cities where shares trade: no company alone, but the first word of some ("Tokyo Electron", "London Stock Exchange").
const CITIES = ['Frankfurt', 'Madrid', 'Lisboa', 'Paris', 'London', 'Londres', 'Tokyo', 'Seoul', 'Seúl', 'Séoul', 'Shanghai', 'Taipei', 'Amsterdam', 'Ámsterdam', 'Fráncfort', 'Francfort',
  'Zurich', 'Zürich', 'Milan', 'Milán', 'Mailand', 'Toronto', 'Sydney', 'Mumbai'];
const CITY = new Set(CITIES);
export const NOT_A_NAME = new Set([
  'Milliarde', 'Milliarden', 'Million', 'Millionen', 'Mrd', 'Mio', 'US-Dollar', 'Euro', 'Euros', 'Pfund', 'Franken', 'Prozent', 'Aktie', 'Aktien', 'Papier', 'Papiere',
  'Anteil', 'Anteile', 'Umsatz', 'Gewinn', 'Börse', 'Handel', 'Index', 'Billion', 'Billionen', 'Milliard', 'Titel', 'Wert', 'Kurs', 'Vormittag', 'Nachmittag', 'Vortag', 'Jahresbeginn',
  'Bitcoin', 'Ether', 'Ethereum', 'Gold', 'Silver', 'Oil', 'Brent', 'WTI', 'Copper', 'Treasury', 'Treasuries', 'Yields', 'Yen', 'Yuan', 'Sterling', 'Crude',
  'Nasdaq', 'Dow', 'S&P', 'Ibex', 'CAC', 'DAX', 'Dax', 'MDax', 'TecDax', 'Stoxx', 'PSI', 'FTSE', 'Nikkei', 'Bovespa', 'Ibovespa', 'Kospi', 'Hang', 'Seng', 'Euro Stoxx',
  'Wall', 'Street', 'Bolsa', 'Bourse', 'Xetra', 'NYSE', 'NASDAQ', ...CITIES,
  'IPCA', 'IPC', 'CPI', 'PIB', 'GDP', 'BIP', 'Selic', 'IGP-M', 'HICP', 'PMI', 'Fed', 'BCE', 'ECB', 'EZB', 'Copom',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  // Titles before a person's name ("le Président américain Donald Trump").
  'President', 'Président', 'Presidente', 'Präsident', 'Präsidentin', 'Minister', 'Ministre', 'Ministro', 'Ministra', 'Ministerin', 'Chancellor', 'Chancelier', 'Kanzler', 'Kanzlerin',
  'Governor', 'Gouverneur', 'Gobernador', 'Governador', 'Secretary', 'Senator', 'Sénateur', 'Senador', 'King', 'Roi', 'Rey', 'Rei', 'König', 'Prince', 'Prinz', 'Príncipe', 'Emir', 'Sheikh', 'Cheikh', 'Jeque',
  'Chairman', 'Chairwoman', 'Chief', 'Director', 'Directeur', 'Directora', 'Pope', 'Premier', 'Founder', 'Cofounder', 'Co-founder', 'Fundador', 'Fundadora', 'Fondateur', 'Gründer',
  // News agencies and outlets that report a deal are not its parties ("según Reuters", "citing Bloomberg").
  'Reuters', 'Bloomberg', 'AFP', 'AP', 'EFE', 'Efe', 'Lusa', 'dpa', 'dpa-AFX', 'CNBC', 'WSJ', 'Axios', 'Handelsblatt', 'Expansión', 'Europa', 'Press',
  // Legal suffixes left after a name ("Procter & Gamble Co", "Bauer AG"); listed receipts ("ADRs of the Dutch titan").
  'Co', 'Corp', 'Inc', 'Ltd', 'Plc', 'PLC', 'LLC', 'AG', 'SA', 'SE', 'NV', 'ADR', 'ADRs', 'BDR', 'BDRs',
  // German indefinite articles open a noun phrase, never a name ("Ein Nuklearreaktor des ...").
  'Ein', 'Eine', 'Einer', 'Einen', 'Einem', 'Eines',
  'Revenue', 'Sales', 'Profit', 'Earnings', 'EBITDA', 'Ebitda', 'Inflation', 'GDP', 'Q1', 'Q2', 'Q3', 'Q4', 'AI', 'IA', 'KI', 'CEO', 'CFO', 'I', 'We', 'He', 'She', 'Il', 'Elle', 'Er', 'Sie', 'Es', 'Ele', 'Ela',
]);

// "Tokyo-listed", "U.S.-listed", "Paris-based": where a company trades or sits, not its name.
const PLACE = /^(?:Brazil|China|Japan|India|France|Germany|Spain|Italy|Britain|UK|U\.K\.|US|U\.S\.|America|Korea|South Korea|Taiwan|Saudi Arabia|Abu Dhabi|Dubai|the UAE|UAE|Qatar|Norway|Sweden|Finland|Denmark|the Netherlands|Netherlands|Switzerland|Canada|Australia|Mexico|Argentina|Chile|Portugal|Israel|Singapore|Malaysia|Indonesia|Europe|Asia|Texas|California|Japan|Hong Kong)$/u;
/** English adjectives of origin, capitalised: in "Danish pharmaceutical giant Novo Nordisk" the name comes after ("Saudi Telecom" is one). */
export const DEMONYM = /^(?:American|British|Chinese|Japanese|South|North|Korean|Taiwanese|Dutch|Danish|Swedish|Norwegian|Finnish|Nordic|Scandinavian|German|French|Spanish|Italian|Swiss|Austrian|Belgian|Irish|Israeli|Indian|Saudi|Emirati|Qatari|Canadian|Australian|Brazilian|Mexican|Russian|Polish|Portuguese|Singaporean|Malaysian|Indonesian|Thai|Vietnamese|Turkish|Greek|Argentine|Chilean|Colombian|European|Asian|Texan|Californian)$/u;
// After an adjective of origin, the descriptor in lower case and the name: " pharmaceutical giant Novo Nordisk".
export const AFTER_DEMONYM = /^(?:[\s\u00a0]+[\p{Ll}-]+){1,4}[\s\u00a0]+(?=\p{Lu})/u;
export const LISTED = /^[\p{L}.]+-(?:listed|based|quoted|registered|headquartered|traded)$/u;
/** A Reuters instrument code ("NVDA.O", "ENR1n.DE"). */
export const RIC_CODE = '[A-Z0-9]{1,6}[a-z]?\\.[A-Z]{1,2}';
const RIC = new RegExp(`^${RIC_CODE}$`, 'u');
const CITY_OF = /^,[\s\u00a0]+\p{Lu}[\p{L}.]*-(?:based|headquartered)(?![\p{L}])/u;
// A German noun naming what a company is ("Chipzulieferers", "Softwarekonzern"), with its case ending.
export const GERMAN_DESCRIPTOR = new RegExp(`^\\p{Lu}\\p{Ll}*(?:${DESCRIPTOR_NOUNS.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()).join('|')})(?:s|es|n|en)?$`, 'u');

const VERBISH = /(?:ó|ió|aba|aban|ía|ían|ou|eu|iu|ava|avam|ait|aient|ieron|aron|aram|eram|iram|aste|ado|ido|ando|endo|indo|ndo)$/u;

/** Capitalised words that open sentences without naming a company. */
export const STOP = new Set([
  'Analysts', 'Analyst', 'Investors', 'Traders', 'Markets', 'Stocks', 'Shares', 'Prices', 'Futures', 'Bonds', 'Europe', 'Asia', 'Banks', 'Tech', 'Energy', 'Chipmakers',
  'Traffic', 'Ridership', 'Attendance', 'Turnover', 'Employment', 'Wages', 'Rents', 'Orders', 'Bookings', 'Subscriptions', 'Margins', 'Costs', 'Rates', 'Yields', 'Tariffs', 'Consumption', 'Capacity', 'Shipments', 'Deliveries',
  'Sales', 'Revenue', 'Revenues', 'Profit', 'Profits', 'Demand', 'Output', 'Exports', 'Imports', 'Spending', 'Traffic', 'Volume', 'Volumes', 'Inflation', 'Unemployment', 'Growth',
  'Los', 'Las', 'Les', 'Os', 'As', 'The', 'Analistas', 'Inversores', 'Investidores', 'Analystes', 'Investisseurs', 'Ventas', 'Vendas', 'Ventes', 'Ingresos', 'Receitas',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'When', 'If', 'As', 'For', 'With', 'From', 'By', 'To', 'Over', 'Since', 'During', 'Despite', 'Yet', 'So', 'Still', 'Now', 'Today', 'Earlier', 'Later',
  'Solo', 'Sólo', 'Only', 'Just', 'Seulement', 'Nur', 'Apenas', 'Some', 'About', 'Around', 'Roughly', 'Nearly', 'Cerca', 'Alrededor', 'Environ', 'Rund', 'Knapp', 'Etwa',
  'En', 'Em', 'Au', 'Aux', 'Im', 'Am', 'Al', 'Del', 'No', 'Na', 'Nos', 'Pero', 'Sin', 'Aun', 'Aún', 'Así', 'Mas', 'Mais', 'Aber', 'Doch', 'Nach', 'Vor', 'Seit', 'Bei', 'Mit', 'Production', 'Trading',
  // Openers that are no subject: demonstratives, "even", sources, quantifiers ("Cet accord …", "Mesmo com a queda", "Recent deals include …").
  'Recent', 'Other', 'Previous', 'Similar', 'Several', 'Many', 'Most', 'Such', 'Both', 'All',
  'Cet', 'Ces', 'Cela', 'Ceci', 'Mesmo', 'Mesma', 'Mismo', 'Misma', 'Incluso', 'Inclusive', 'Même', 'Fuentes', 'Fontes', 'Sources', 'Quellen', 'People', 'Officials', 'Executives',
  // Sentence adverbs ("Asimismo, IBM subía un 3 %").
  'Asimismo', 'Igualmente', 'Finalmente', 'Entretanto', 'Contudo', 'Todavia', 'Porém', 'Ademais', 'Enfim', 'Cependant', 'Toutefois', 'Néanmoins', 'Enfin', 'Ailleurs', 'Parallèlement',
  'Diese', 'Dieser', 'Dieses', 'Diesen', 'Damit', 'Dabei', 'Dadurch', 'Daher', 'Deshalb', 'Darüber', 'Danach', 'Dazu', 'Dennoch', 'Trotzdem', 'Jetzt', 'Heute', 'Gestern', 'Zuletzt', 'Bisher',
  'Ebenso', 'Außerdem', 'Zudem', 'Allerdings', 'Dagegen', 'Jedoch', 'Ferner', 'Indes', 'Zwischenzeitlich', 'Zunächst', 'Anschließend', 'Inzwischen', 'Mittlerweile', 'Schließlich', 'Vergangenen', 'Vergangene', 'Letzten', 'Letzte', 'Bereits', 'Zuletzt', 'Similarly', 'Likewise', 'Separately', 'Additionally', 'Furthermore', 'Moreover', 'Overall',
  'Nonetheless', 'Nevertheless', 'Instead', 'Finally', 'Meanwhile', 'However', 'Elsewhere', 'Also', 'Besides', 'Notably', 'Conversely', 'Otherwise',
  'Entre', 'Among', 'Parmi', 'Unter', 'Two', 'Three', 'Dos', 'Tres', 'Dois', 'Três', 'Deux', 'Trois', 'Zwei', 'Drei', 'Este', 'Esta', 'Ese', 'Esa', 'Con', 'Para', 'Desde', 'Tras', 'Durante', 'Hoy', 'Ayer', 'Cette', 'Ce', 'Avec', 'Pour', 'Depuis', 'Après', 'Dans', 'Sur', 'Com', 'Após', 'Hoje', 'Ontem', 'Também',
]);

const OPENING_PREPOSITIONS = new Set(['En', 'Em', 'In', 'Au', 'Aux', 'Dans', 'Sur', 'Im', 'Am', 'Auf', 'Bei', 'Na', 'No', 'Nos', 'Nas', 'At', 'On', 'Across', 'Outside', 'Fuera', 'Hors']);

/** Generic nouns that open a name when a connector follows ("Bank of America", "Group of ..."). */
const GENERIC_HEAD = new Set(['Bank', 'Group', 'Utility', 'Carrier', 'Airline', 'Parent', 'Owner']);
const CONNECTOR = /^(?:de|des|du|dos|da|do|y|e|of|von|und|&)$/;

export interface Name {
  company: Company;
  /** Offsets of the cleaned name in the text. */
  start: number;
  end: number;
}

/** The capitalised name that ends right before `pos` ("Halvorsen's shares", "Vonovia-Titel"). */
export function nameBefore(text: string, pos: number, windowStart: number): Company | null {
  return nameEndingAt(text, pos, windowStart)?.company ?? null;
}

export function nameEndingAt(text: string, pos: number, windowStart: number): Name | null {
  const from = Math.max(windowStart, pos - 80);
  // "la Sociedad Estatal de Participaciones Industriales (SEPI)": the short form in parentheses names it.
  const short = ACRONYM_AT_END.exec(text.slice(from, pos));
  if (short) return { company: { name: short[1]!, ticker: null, tickers: [], kind: null }, start: from + short.index + 1, end: from + short.index + 1 + short[1]!.length };
  const m = NAME_AT_END.exec(text.slice(from, pos));
  return m ? clean(m[1]!, from + m.index, text) : null;
}

/** The capitalised name that starts right after `pos` ("l'action Renault", "shares of Kinross Gold"). */
export function nameAfter(text: string, pos: number, limit: number): Company | null {
  return nameStartingAt(text, pos, limit)?.company ?? null;
}

export function nameStartingAt(text: string, pos: number, limit: number): Name | null {
  const m = NAME_AT_START.exec(text.slice(pos, Math.min(limit, pos + 80)));
  return m ? clean(m[1]!, pos + m[0].length - m[1]!.length, text) : null;
}

/** A name as written: no article, elision, possessive, trailing hyphen or legal suffix; null if it is a common word. */
function clean(raw: string, at: number, text: string): Name | null {
  let start = at;
  let s = raw;
  // "L'action", "d'Airbus": the elided article is not part of the name.
  const el = /^(?:[LlDd]['’])/.exec(s);
  if (el) {
    s = s.slice(el[0].length);
    start += el[0].length;
  }
  // "L'action", "d'entreprise": what follows the elision must itself be a name.
  if (!/^\p{Lu}/u.test(s)) return null;
  // "SoftBank's Tokyo-listed", "Nokia's Helsinki-listed": the name is the possessor.
  const poss = /['’]s[\s\u00a0]/u.exec(s);
  // "Brazil's Suzano", "Saudi Arabia's Humain": after a place, the possessive names the company.
  if (poss && PLACE.test(s.slice(0, poss.index)) && /^\p{Lu}/u.test(s.slice(poss.index + 3))) {
    start += poss.index + 3;
    s = s.slice(poss.index + 3);
  } else if (poss) s = s.slice(0, poss.index);
  s = s.replace(/['’]s$/u, '').replace(/[-.'’]+$/u, '');
  const words = s.split(/[\s\u00a0]+/);
  // "En Europa, Siemens Energy se dejó …", "Na bolsa, …": an opening adverbial, not a name.
  if (OPENING_PREPOSITIONS.has(words[0]!) && words.length > 1 && text[start + s.length] === ',') return null;
  // "Amsterdam-listed JDE Peet", "des Chipzulieferers Aixtron": a listing adjective or German descriptor noun before the name.
  while (words.length > 1 && (LISTED.test(words[0]!) || GERMAN_DESCRIPTOR.test(words[0]!))) {
    const w = words.shift()!;
    start = text.indexOf(words[0]!, start + w.length);
  }
  if (words.length === 1 && LISTED.test(words[0]!)) return null;
  if (words.length === 1 && DEMONYM.test(words[0]!)) {
    const end = start + words[0]!.length;
    const d = AFTER_DEMONYM.exec(text.slice(end, end + 60));
    return d ? nameStartingAt(text, end + d[0].length, end + d[0].length + 80) : null;
  }
  while (words.length && (SKIP.has(words[0]!) && (!CONNECTOR.test(words[1] ?? '') || !GENERIC_HEAD.has(words[0]!)) || /^(?:de|des|du|dos|da|do|y|e|of|von|und|&)$/.test(words[0]!))) {
    const w = words.shift()!;
    start = text.indexOf(words[0] ?? '', start + w.length);
  }
  // "ABB ABBN.S", "Siemens Energy ENR1n.DE": a Reuters instrument code after the name is its ticker.
  while (words.length > 1 && RIC.test(words[words.length - 1]!)) words.pop();
  while (words.length && /^(?:de|des|du|dos|da|do|y|e|of|von|und|&)$/.test(words[words.length - 1]!)) words.pop();
  if (!words.length || start < 0) return null;
  // ("Dollar Tree", "Family Dollar": a currency word beside a name's own word is part of it; "Milliarden Dollar" is not a name.)
  if ((NOT_A_NAME.has(words[0]!) && !(CITY.has(words[0]!) && words.length > 1)) || 2 * words.filter((w) => HARD_NOT_NAME.test(w)).length > words.length || words.some((w) => /\d/.test(w) && !/^\p{Lu}+\d*$/u.test(w) && !/^\p{Lu}\d\.\p{Ll}+$/u.test(w) && !/^\p{Lu}\p{L}*\.\d$/u.test(w))) return null;
  let name = words.join(' ');
  name = name.replace(/[\s\u00a0]+(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|S\.A|AG|NV|N\.V|Corporation)\.?$/u, '').trim();
  if (name.length < 2 || !/\p{L}{2}/u.test(name)) return null;
  const end = start + name.length;
  // "The Austin, Texas-based company": a city before its state.
  if (CITY_OF.test(text.slice(end, end + 40))) return null;
  const t = TICKER.exec(text.slice(end, end + 40));
  return { company: { name, ticker: t ? t[1]! : null, tickers: [], kind: null }, start, end };
}

/**
 * Whether a capitalised word at a sentence start is a name, not a common noun: it is
 * written in capitals, has several words, a ticker after it, or appears capitalised
 * again inside a sentence elsewhere in the text.
 */
export function looksProper(text: string, n: Name, sentenceStart: number): boolean {
  if (STOP.has(n.company.name)) return false;
  const head = text.slice(sentenceStart, n.start);
  // After an article ("A Sonae", "La Redoute") a capital marks a name, except in German where every noun has one.
  if (!/^[\s\u00a0"“«(¿¡]*$/u.test(head) && !/^[\s\u00a0"“«(¿¡]*(?:Der|Die|Das|Den|Dem)[\s\u00a0]+$/u.test(head)) return true;
  if (/[\s&-]/u.test(n.company.name) || /^\p{Lu}{2,}/u.test(n.company.name) || n.company.ticker) return true;
  // A common noun shows up in lower case somewhere ("Traffic rose 5%" ... "air traffic"); a name does not.
  // A window around the name keeps the cost bounded on huge inputs (a story is a few KB).
  const base = Math.max(0, n.start - 8000);
  const hay = text.length > 16000 ? text.slice(base, n.start + 8000) : text;
  const at = text.length > 16000 ? n.start - base : n.start;
  const lower = n.company.name.toLowerCase();
  let i = hay.indexOf(lower);
  for (let k = 0; i >= 0 && k < 20; k++, i = hay.indexOf(lower, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(hay[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(hay[i + lower.length] ?? ' ')) return false;
  }
  // Written again elsewhere with its capital: a name.
  let j = hay.indexOf(n.company.name);
  for (let k = 0; j >= 0 && k < 20; k++, j = hay.indexOf(n.company.name, j + 1)) {
    if (j !== at && !/[\p{L}\p{N}]/u.test(hay[j - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(hay[j + n.company.name.length] ?? ' ')) return true;
  }
  // Spanish and Portuguese drop the subject: "Volvió a comprar", "Subiu 3%" open sentences with a verb.
  return !VERBISH.test(n.company.name);
}

const LIST_BEFORE = /(?:,|[\s\u00a0](?:and|y|e|et|und))(?:[\s\u00a0]+(?:the|die|der|das|la|el|le|a|o|l['’]))?[\s\u00a0]*$/u;
const LIST_AFTER = /^[\s\u00a0]*(?:,|(?:and|y|e|et|und)(?=[\s\u00a0]))(?:[\s\u00a0]+(?:the|die|der|das|la|el|le|a|o)(?=[\s\u00a0]))?[\s\u00a0]*/u;

/** "Halvard, Skyline and Norvento": the capitalised names listed with `n` (at most four each side), in order. */
export function listAround(text: string, n: Name, from: number, limit: number): Company[] {
  const before: Company[] = [];
  let at = n.start;
  for (let k = 0; k < 4; k++) {
    const j = LIST_BEFORE.exec(text.slice(Math.max(from, at - 14), at));
    if (!j) break;
    const m = nameEndingAt(text, at - j[0].length, from);
    if (!m || m.end < at - j[0].length - 13) break;
    before.unshift(m.company);
    at = m.start;
  }
  const after: Company[] = [];
  let end = n.end;
  for (let k = 0; k < 4; k++) {
    const j = LIST_AFTER.exec(text.slice(end, Math.min(limit, end + 14)));
    if (!j) break;
    const m = nameStartingAt(text, end + j[0].length, limit);
    if (!m || m.start > end + j[0].length + 1) break;
    after.push(m.company);
    end = m.end;
  }
  return [...before, n.company, ...after];
}
