// Equity stakes: "a stake of about 27%", "hält rund 27 Prozent an", "con un 27 % de
// participación", "80 % de la sociedad", "environ 11 % du capital". The holder is the
// subject of the clause (or the company a relative clause hangs on: "Berkshire,
// which owns 27.5%"); tender acceptances, revenue shares and prepayments are not stakes.
import type { Stake } from './types.js';
import type { Company } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { GENERIC_COMPANY, words } from './lexicon.js';
import type { Percent } from './percents.js';
import { nameBefore } from './names.js';

const CUE_BEFORE = words([
  'stake', 'stake of', 'holding', 'owns', 'own', 'owned', 'controls', 'control', 'hold', 'holds', 'held',
  'participación', 'participação', 'participation', 'Beteiligung', 'Anteil', 'hält', 'halten', 'besitzt', 'controla', 'controlada', 'controlado', 'detiene', 'détient', 'contrôle', 'detém',
  'tendrán', 'tendrá', 'conservará', 'conservará el', 'se quedaría con', 'se quedará con', 'ficará com', 'poderá ficar com', 'acceptances for', 'accionista', 'actionnaire', 'acionista', 'Anteilseigner',
]);
const CUE_AFTER = /^[\s\u00a0]*(?:stake|de participación|de participação|del capital|do capital|du capital|des Kapitals|de la sociedad|de la compañía|de la empresa|da empresa|de la société|of the company|of its shares|of the shares|of [\p{Lu}][\p{L}]*['’]s shares|an der|an dem|am|in the company|restante|restant)(?![\p{L}])/u;
const NOT_STAKE = words(['revenue', 'revenues', 'sales', 'ventas', 'ingresos', 'importe', 'pago', 'Umsatz', 'receita', 'vendas', "chiffre d'affaires", 'aceptó', 'aceptación', 'umbral', 'premium', 'prima', 'margin', 'margen']);
const RELATIVE = /,[\s\u00a0]+(?:which|who|que|qui|der|die|das|welche|lequel|laquelle|o qual|a qual)[\s\u00a0][^,]*$/iu;
const GIVE = /(?:give|gives|giving|gave|otorga|otorgaría|daría|dará|donnerait|donne|daria|dará|gibt|geben)[\s\u00a0]+(?:it[\s\u00a0]+)?$/iu;
const POSSESSIVE = /['’]s[\s\u00a0]+(?:existing[\s\u00a0]+|current[\s\u00a0]+)?stake/iu;
const BY_AFTER = /^[^.;]{0,40}?(?:por|by|par|von|através da|através de|a través de|through)[\s\u00a0]+$/iu;
const GENERIC = new RegExp(`^[\\s\\u00a0"«“]*(?:${words(GENERIC_COMPANY).source})`, 'iu');

export function stakes(doc: Doc, pcts: Percent[], moved: Set<Percent>): Stake[] {
  const { text } = doc;
  const out: Stake[] = [];
  for (const p of pcts) {
    if (moved.has(p) || p.value > 100) continue;
    const s = sentenceOf(doc, p.q.start);
    const left = text.slice(Math.max(s.start, p.q.start - 120), p.q.start);
    const right = text.slice(p.end, Math.min(s.end, p.end + 40));
    if (!CUE_BEFORE.test(left.slice(-60)) && !CUE_AFTER.test(right)) continue;
    if (NOT_STAKE.test(left.slice(-50)) || NOT_STAKE.test(right.slice(0, 30))) continue;
    const holder = holderOf(doc, p, s.start, s.end);
    if (!holder) continue;
    const sentenceMs = mentionsIn(doc, s.start, s.end).map(company);
    const of = sentenceMs.find((c) => c !== holder) ?? doc.protagonists.find((c) => c !== holder) ?? null;
    out.push({ holder: holder.name, of: of?.name ?? null, pct: p.value, span: { start: p.q.start, end: p.end, text: text.slice(p.q.start, p.end) } });
  }
  return out;
}

function holderOf(doc: Doc, p: Percent, sStart: number, sEnd: number): Company | null {
  const { text } = doc;
  // "controlada en un 82 % por Acciona", "através da Sociedade ...": the holder comes after.
  const after = mentionsIn(doc, p.end, sEnd);
  for (const m of after) if (BY_AFTER.test(text.slice(p.end, m.start))) return company(m);
  const before = mentionsIn(doc, sStart, p.q.start);
  const left = text.slice(sStart, p.q.start);
  // "PIF's existing stake of nearly 10%"
  const poss = [...before].reverse().find((m) => POSSESSIVE.test(text.slice(m.end, m.end + 30)));
  if (poss) return company(poss);
  // "... which would give the Alphabet unit roughly an 8% stake"
  const given = [...before].reverse().find((m) => GIVE.test(text.slice(Math.max(sStart, m.start - 20), m.start)));
  if (given) return company(given);
  const rel = RELATIVE.exec(left);
  if (rel) {
    const at = sStart + rel.index;
    const m = [...before].reverse().find((x) => x.end <= at);
    return m ? company(m) : nameBefore(text, at, sStart);
  }
  // A later clause with its own subject ("... y Meta conservará el 20 %") starts after the last figure.
  const prevPct = left.search(/\d[\s\u00a0]?%[^%]*$/u);
  const from = prevPct >= 0 ? sStart + prevPct : sStart;
  const own = before.filter((m) => m.start >= from);
  if (own.length) return company(own[0]!);
  if (before.length) return company(before[0]!);
  // "Der Konzern hält rund 7 Prozent": the subject of the previous sentence.
  if (GENERIC.test(left)) {
    const prev = sentenceOf(doc, sStart - 1);
    const pm = mentionsIn(doc, prev.start, prev.end);
    if (prev.start < sStart && pm.length) return company(pm[0]!);
  }
  return null;
}
