// Companies outside the gazetteer: a capitalised name next to "shares" or before
// a ticker in parentheses ("Kraft Heinz Co (NASDAQ: KHC)"). Used only where the
// grammar says a company must stand (stock moves, stake holders).
import type { Company } from './entities.js';

// Capitalised words, joined by "&", "de", "dos"... only between two of them ("Sociedade Francisco Manuel dos Santos").
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:[\s\u00a0]+(?:(?:&|de|des|du|dos|da|y|e)[\s\u00a0]+)?\p{Lu}[\p{L}\p{N}&'’.-]*)*?`;
const NAME_AT_END = new RegExp(`(${NAME})(?:['’]s)?[\\s\\u00a0-]*$`, 'u');
const NAME_AT_START = new RegExp(`^[\\s\\u00a0]*(${NAME})(?=[\\s\\u00a0,()'’-]|$)`, 'u');
const TICKER = /\((?:[A-Za-z ]+\s?:\s?)?([A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?)\)/u;
const SKIP = /^(The|La|Las|Los|El|Le|Les|L|Der|Die|Das|A|As|O|Os|Shares|Stock|Its|Their|Su|Sus|Son|Sa|Ses|Seu|Sua|Seus|Sein|Seine|Ihr|Ihre|In|On|At|After|Before|They|It)$/u;

export function nameBefore(text: string, pos: number, windowStart: number): Company | null {
  const m = NAME_AT_END.exec(text.slice(Math.max(windowStart, pos - 60), pos));
  return m ? toCompany(m[1]!, text) : null;
}

export function nameAfter(text: string, pos: number, limit: number): Company | null {
  const m = NAME_AT_START.exec(text.slice(pos, Math.min(limit, pos + 60)));
  return m ? toCompany(m[1]!, text) : null;
}

// Capitalised words that are never a company (German capitalises every noun).
const NOT_NAME = /^(?:Milliarden?|Millionen?|Mrd|Mio|Dollar|US-Dollar|Euro|Pfund|Franken|Prozent|Aktien?|Papiere?|Anteile?|Umsatz|Gewinn|Börse|Handel|Index|Billion(?:en)?|Billion|Million|Milliard)$/u;

function toCompany(raw: string, text: string): Company | null {
  const words = raw.replace(/['’]s$/, '').split(/[\s\u00a0]+/).filter((w) => !SKIP.test(w));
  if (words.some((w) => NOT_NAME.test(w) || /\d/.test(w))) return null;
  const name = words.join(' ').replace(/\b(Inc|Corp|Co|Ltd|Plc|SA|AG|NV)\.?$/u, '').trim();
  if (name.length < 2) return null;
  const at = text.indexOf(name);
  const t = at >= 0 ? TICKER.exec(text.slice(at + name.length, at + name.length + 30)) : null;
  return { name, ticker: t ? t[1]! : null, tickers: [], kind: null };
}
