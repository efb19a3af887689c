// Dates as feeds write them: RFC 822/1123 with any zone name or none, two-digit
// years, missing seconds or weekday, W3C/ISO 8601 in full or truncated forms,
// a space instead of "T", offsets without a colon, month names in the
// languages market news is written in, and Unix timestamps. Returns ISO 8601
// (UTC) or undefined — never an invalid Date.

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'ene', 'janv', 'jän', 'gen', 'januar', 'enero', 'janeiro', 'gennaio', 'janvier'],
  ['feb', 'fév', 'fev', 'févr', 'februar', 'febrero', 'fevereiro', 'febbraio', 'février'],
  ['mar', 'mär', 'märz', 'marz', 'mars', 'marzo', 'março', 'marco'],
  ['apr', 'abr', 'avr', 'april', 'abril', 'aprile', 'avril'],
  ['may', 'mai', 'mag', 'mayo', 'maio', 'maggio'],
  ['jun', 'juin', 'giu', 'juni', 'junio', 'junho', 'giugno'],
  ['jul', 'juil', 'lug', 'juli', 'julio', 'julho', 'luglio', 'juillet'],
  ['aug', 'ago', 'août', 'aout', 'august', 'agosto'],
  ['sep', 'sept', 'set', 'september', 'septiembre', 'setembro', 'settembre', 'septembre', 'setiembre'],
  ['oct', 'okt', 'out', 'ott', 'oktober', 'octubre', 'outubro', 'ottobre', 'octobre'],
  ['nov', 'november', 'noviembre', 'novembro', 'novembre'],
  ['dec', 'dez', 'dic', 'déc', 'dezember', 'diciembre', 'dezembro', 'dicembre', 'décembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i)));
for (const full of ['january', 'february', 'march', 'june', 'july', 'october', 'december']) MONTHS[full] = MONTHS[full.slice(0, 3)]!;

// RFC 822 zones plus the North-American and European abbreviations feeds use.
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 60, WEST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180,
  MSK: 180, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480,
  HST: -600, JST: 540, KST: 540, HKT: 480, SGT: 480, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  A: -60, M: -720, N: 60, Y: 720,
};

function zoneOffsetMin(zone: string | undefined): number | undefined {
  if (!zone) return 0; // no zone: feeds mean UTC far more often than server-local time
  const z = zone.toUpperCase();
  if (z in ZONES) return ZONES[z];
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -mins : mins;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n; // RFC 2822 §4.3
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMin: number): string | undefined {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(y, mo, d, h, mi, Math.min(s, 59), ms) - offsetMin * 60_000;
  const date = new Date(t);
  return Number.isNaN(t) ? undefined : date.toISOString();
}

// 2003-12-13T18:30:02.25+01:00, 2003-12-13 18:30, 20031213T183002Z, 2003-12, 2003
const ISO = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;
// [Sun,] 06 Nov 1994 08:49[:37] [GMT], also "06-Nov-1994", "Nov 6, 1994 08:49:37 GMT" and "6 de noviembre de 2025"
const RFC822 = /^(?:[^\d\s,]+,?\s+)?(\d{1,2})(?:\.|\s+de)?[\s-]+([^\d\s,.-]+)\.?(?:\s+de)?[\s-]+(\d{2,4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(.*)$/;
const US = /^(?:[^\d\s,]+,?\s+)?([^\d\s,.]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?\s*(.*)$/i;

export function parseDate(input: string | undefined | null): string | undefined {
  const s = input?.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;

  let m = ISO.exec(s);
  if (m) {
    const off = zoneOffsetMin(m[8]);
    if (off === undefined) return undefined;
    const frac = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return build(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), frac, off);
  }
  m = RFC822.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase()];
    const off = zoneOffsetMin(m[7]?.trim().replace(/^\(|\)$/g, '') || undefined);
    if (mo !== undefined && off !== undefined) {
      return build(fullYear(m[3]!), mo, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, off);
    }
  }
  m = US.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase()];
    const off = zoneOffsetMin(m[8]?.trim() || undefined);
    let h = Number(m[4] ?? 0);
    if (m[7]?.toLowerCase() === 'pm' && h < 12) h += 12;
    if (m[7]?.toLowerCase() === 'am' && h === 12) h = 0;
    if (mo !== undefined && off !== undefined) return build(Number(m[3]), mo, Number(m[2]), h, Number(m[5] ?? 0), Number(m[6] ?? 0), 0, off);
  }
  if (/^\d{9,13}$/.test(s)) {
    const n = Number(s);
    return new Date(s.length > 10 ? n : n * 1000).toISOString();
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
