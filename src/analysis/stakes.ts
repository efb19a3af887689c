// Equity stakes: "a stake of about 27%", "hält rund 27 Prozent an", "con un 27 % de
// participación", "80 % de la sociedad", "environ 11 % du capital", "owns 49% of X",
// "warrants for ... about 10% of the company", "gehört zu 80 Prozent dem Bund". The holder
// is the subject of the clause (or the company a relative clause hangs on: "Berkshire,
// which owns 27.5%"; the agent after "by"/"por"; the dative after "gehört"), which may be
// a company outside the gazetteer, a state or a family. Tender acceptances, revenue and
// market shares, growth rates and margins are not stakes.
import type { Stake } from './types.js';
import type { Company, Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import { GENERIC_COMPANY, words } from './lexicon.js';
import type { Percent } from './percents.js';
import { listAround, looksProper, nameBefore, nameEndingAt, nameStartingAt, STOP } from './names.js';

// Verbs of holding, whose subject is the holder.
const HOLD_VERBS = [
  'controlada', 'controlado', 'controlled', 'participada', 'participado', 'détenue', 'détenu', 'contrôlée', 'contrôlé', 'detida', 'detido', 'controlada por',
  'owns', 'own', 'owned', 'owning', 'holds', 'hold', 'held', 'holding', 'controls', 'control', 'controlled',
  'detiene', 'detienen', 'detenta', 'posee', 'poseen', 'controla', 'controlan', 'tiene', 'tienen', 'mantiene', 'conserva', 'conservará', 'conservará el', 'tendrán', 'tendrá', 'se quedaría con', 'se quedará con', 'es dueña de', 'es dueño de',
  'detém', 'detêm', 'possui', 'possuem', 'controla', 'tem', 'têm', 'ficará com', 'poderá ficar com', 'mantém',
  'détient', 'détiennent', 'possède', 'possèdent', 'contrôle', 'contrôlent', 'conserve', 'conservera',
  'hält', 'halten', 'hielt', 'hielten', 'besitzt', 'besitzen', 'kontrolliert', 'gehören', 'gehört', 'gehörten', 'gehörte',
];
const CUE_BEFORE = words([
  ...HOLD_VERBS,
  'stake', 'stake of', 'holding of', 'participación', 'participação', 'participation', 'Beteiligung', 'Anteil', 'Anteile',
  'acceptances for', 'accionista', 'actionnaire', 'acionista', 'Anteilseigner', 'Aktionär', 'warrants', 'warrant', 'à hauteur de',
  'con un', 'con el', 'com', 'avec', 'mit',
]);
// Weak cues ("con un", "com", "avec", "mit") only with a capital word after the figure.
const WEAK = /^(?:con un|con el|com|avec|mit|tiene|tienen|tem|têm|mantiene|mantém|conserva|conserve|hold|holds|held|control|controls)$/iu;
const CUE_AFTER = /^[\s\u00a0]*(?:stake|de participación|de participação|del capital|do capital|du capital|des Kapitals|de su capital|do seu capital|de son capital|of its capital|seines Kapitals|ihres Kapitals|de la sociedad|de la compañía|de la empresa|da empresa|da companhia|de la société|de l['’]entreprise|du groupe|of the company|of the group|of its shares|of the shares|of the stock|of the outstanding|of the voting|of [\p{Lu}][\p{L}]*['’]s shares|de las acciones|de los títulos|das ações|dos títulos|des actions|des titres|des droits de vote|der Aktien|der Anteile|der Stimmrechte|an der|an dem|am|an[\s\u00a0]+\p{Lu}|in the company|restante|restant|der[\s\u00a0]+(?:Familie|Stiftung))/u;
// "of Skyline", "da Scala", "an Volkswagen", "dem Bund": a company after the figure is a stake only with a holding word before it.
const CUE_AFTER_WEAK = /^[\s\u00a0]*(?:an[\s\u00a0]+\p{Lu}|dem[\s\u00a0]+\p{Lu}|den[\s\u00a0]+\p{Lu}|der[\s\u00a0]+(?:Bund|Staat)|of[\s\u00a0]+\p{Lu}|de[\s\u00a0]+\p{Lu}|da[\s\u00a0]+\p{Lu}|do[\s\u00a0]+\p{Lu}|du[\s\u00a0]+\p{Lu}|d['’][\s\u00a0]*\p{Lu})/u;
const NOT_STAKE = words([
  'revenue', 'revenues', 'sales', 'ventas', 'ingresos', 'importe', 'pago', 'Umsatz', 'Umsatzes', 'receita', 'vendas', "chiffre d'affaires", 'aceptó', 'aceptación', 'umbral', 'premium', 'prima', 'margin', 'margen', 'marge', 'margem', 'Marge',
  'market share', 'cuota de mercado', 'cuota', 'quota de mercado', 'part de marché', 'parts de marché', 'Marktanteil', 'du marché', 'del mercado', 'do mercado', 'of the market', 'des Marktes', 'market',
  'growth', 'crecimiento', 'crescimento', 'croissance', 'Wachstum', 'increase', 'aumento', 'hausse',
  'votes', 'vote', 'voters', 'customers', 'clientes', 'clients', 'Kunden', 'employees', 'empleados', 'workforce', 'plantilla',
  'rate', 'tasa', 'taxa', 'taux', 'Zins', 'interest', 'yield', 'discount', 'descuento', 'desconto', 'remise', 'Rabatt', 'tariff', 'arancel', 'tarifa', 'Zoll', 'Zölle',
]);
// Growth verbs before the figure: "revenue rose 30%" (after it they belong to the next clause).
const GREW_BEFORE = words(['rose', 'grew', 'fell', 'jumped', 'creció', 'subió', 'cayó', 'cresceu', 'subiu', 'caiu', 'progressé', 'augmenté', 'stieg', 'wuchs', 'fiel', 'sank']);
const EACH = /(?<![\p{L}])(?:each|both|cada una|cada uno|ambas|ambos|cada|chacune|chacun|jeweils|beide)(?![\p{L}])/iu;
const RELATIVE = /,[\s\u00a0]+(?:which|who|que|qui|der|die|das|welche|lequel|laquelle|o qual|a qual|in which|en la que|na qual|dans laquelle|an der|an dem)[\s\u00a0](?:[^,]|(?<=\d),(?=\d)){0,200}$/iu;
const GIVE = /(?:give|gives|giving|gave|otorga|otorgaría|daría|dará|donnerait|donne|daria|dará|gibt|geben)[\s\u00a0]+(?:it[\s\u00a0]+)?$/iu;
const POSSESSIVE = /^['’]s[\s\u00a0]+(?:existing[\s\u00a0]+|current[\s\u00a0]+|remaining[\s\u00a0]+|roughly[\s\u00a0]+|about[\s\u00a0]+)?(?:stake|holding|shareholding)/iu;
const BY_AFTER = /^[^.;]{0,40}?(?:por|by|par|von|através da|através de|a través de|through)[\s\u00a0]+(?:(?:the|el|la|los|las|o|a|os|as|le|la|les|der|die|das|dem|den)[\s\u00a0]+|l['’])?$/iu;
// "gehört zu 80 Prozent dem Bund und zu 20 Prozent den Ländern": the dative after the figure holds it.
const DATIVE_AFTER = /^[\s\u00a0]*(?:dem|den|der)[\s\u00a0]+$/u;
const GENERIC = new RegExp(`^[\\s\\u00a0"«“]*(?:${words(GENERIC_COMPANY).source})`, 'iu');
const HOLD = words(HOLD_VERBS);
// States and public holders that are not capitalised names: "the French state", "l'État", "a União", "der Bund".
const STATE = /(?<![\p{L}])(?:(?:[Tt]he[\s\u00a0]+)?(?:(?:French|German|Spanish|Portuguese|Italian|Dutch|Norwegian|Saudi|Qatari|Emirati|Chinese|Japanese|US|U\.S\.|British|Brazilian|federal)[\s\u00a0]+)?(?:state|government)|[Ll]['’]État(?:[\s\u00a0]+(?:français|allemand|espagnol|portugais|belge|néerlandais|italien))?|[Ee]l[\s\u00a0]+Estado(?:[\s\u00a0]+(?:español|francés|alemán))?|[Ee]l[\s\u00a0]+Gobierno(?:[\s\u00a0]+(?:español|francés|alemán))?|[Oo][\s\u00a0]+Estado(?:[\s\u00a0]+(?:português|brasileiro))?|[Aa][\s\u00a0]+União|[Oo][\s\u00a0]+Governo|[Dd]e[rnm][\s\u00a0]+Bund|[Dd]er[\s\u00a0]+Staat|[Dd]as[\s\u00a0]+Land(?:[\s\u00a0]+\p{Lu}[\p{L}-]{1,20})?|[Dd]ie[\s\u00a0]+Bundesregierung)(?![\p{L}])/u;
// Words between a holder and its verb: "Bpifrance, the public bank, holds", "X also owns".
const LIGHT = /^(?:[\s\u00a0,]|also|still|now|currently|already|which|que|qui|ya|aún|ainda|déjà|encore|toujours|bereits|noch|derzeit|aktuell|jeweils|each|both|chacun|chacune|itself|directly|indirectly|directement|indirectement|directamente|indirectamente|diretamente|indiretamente|direkt|indirekt)*$/iu;

export function stakes(doc: Doc, pcts: Percent[], moved: Set<Percent>): Stake[] {
  const { text } = doc;
  const out: Stake[] = [];
  for (const p of pcts) {
    if (moved.has(p) || p.value > 100 || p.q.sign) continue;
    const s = sentenceOf(doc, p.q.start);
    const left = text.slice(Math.max(s.start, p.q.start - 120), p.q.start);
    const right = text.slice(p.end, Math.min(s.end, p.end + 60));
    const near = left.slice(-60);
    const cue = lastMatch(CUE_BEFORE, near);
    const strongAfter = CUE_AFTER.test(right);
    const cueAfter = strongAfter || (!!cue && CUE_AFTER_WEAK.test(right));
    if (!cue && !cueAfter) continue;
    if (cue && WEAK.test(cue) && !cueAfter) continue;
    if (NOT_STAKE.test(left.slice(-50)) || GREW_BEFORE.test(left.slice(-40)) || NOT_STAKE.test(right.slice(0, 45))) continue;
    // "... 36,6% do capital da Petrobras e 50,3% das ações com direito a voto": a list continues the holder.
    const prev = out[out.length - 1];
    const h = holderOf(doc, p, s.start, s.end)
      ?? (prev && prev.span.start >= s.start && p.q.start - prev.span.end < 120 && cueAfter ? { holder: surface(prev.holder ?? '') } : null);
    if (!h || !h.holder.name) continue;
    const of = ofOf(doc, p, s.start, s.end, h.holder);
    for (const holder of h.each ?? [h.holder]) {
      out.push({ holder: holder.name, of: of?.name ?? null, pct: p.value, span: { start: p.q.start, end: p.end, text: text.slice(p.q.start, p.end) } });
    }
  }
  return dedupe(out);
}

const GLOBAL = new Map<RegExp, RegExp>();
const global = (re: RegExp, flags = 'giu'): RegExp => {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, flags)));
  g.lastIndex = 0;
  return g;
};

function lastMatch(re: RegExp, s: string): string | null {
  const g = global(re);
  let last: string | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m[0];
  return last;
}

const OF_PREP = /(?:^|[\s\u00a0])(?:of|in|de|del|da|do|du|an|dans|na|no|em)[\s\u00a0]+|d['’]/iu;

const surface = (name: string): Company => ({ name, ticker: null, tickers: [], kind: null });

/** "the French state" → "French state"; "l'État français" → "État français"; "der Bund" → "Bund". */
function stateName(m: string): Company {
  return surface(m.replace(/^(?:the|el|o|a|der|den|dem|das|die)[\s\u00a0]+|^l['’]/iu, '').replace(/[\s\u00a0]+/gu, ' '));
}

interface Holder {
  holder: Company;
  /** "Den beiden Familien gehören jeweils 50 Prozent": one stake per holder. */
  each?: Company[];
}

function holderOf(doc: Doc, p: Percent, sStart: number, sEnd: number): Holder | null {
  const { text } = doc;
  // "controlada en un 82 % por Acciona", "através da Sociedade ...": the holder comes after.
  const afterText = text.slice(p.end, Math.min(sEnd, p.end + 80));
  const after = mentionsIn(doc, p.end, sEnd);
  for (const m of after) if (BY_AFTER.test(text.slice(p.end, m.start))) return { holder: company(m) };
  const by = /^[^.;]{0,40}?(?:por|by|par|von)[\s\u00a0]+(?:(?:the|el|la|o|a|le|la|der|die|das|dem|den)[\s\u00a0]+|l['’])?/iu.exec(afterText);
  if (by) {
    const st = STATE.exec(text.slice(p.end + by.index, p.end + by[0].length + 40));
    if (st && st.index <= by[0].length) return { holder: stateName(st[0]) };
    const n = nameStartingAt(text, p.end + by[0].length, sEnd);
    if (n && !STOP.has(n.company.name)) return { holder: n.company };
  }
  // "gehört zu 80 Prozent dem Bund": the dative after the figure.
  const dat = /^[\s\u00a0]*(?:dem|den|der)[\s\u00a0]+/u.exec(afterText);
  if (dat && /gehör/u.test(text.slice(sStart, p.q.start))) {
    const st = STATE.exec(afterText.slice(0, dat[0].length + 30));
    if (st && st.index === 0 + afterText.indexOf(st[0]) && st.index <= dat[0].length) return { holder: stateName(st[0]) };
    const m = after.find((x) => DATIVE_AFTER.test(text.slice(p.end, x.start)));
    if (m) return { holder: company(m) };
    const n = nameStartingAt(text, p.end + dat[0].length, sEnd);
    if (n) return { holder: n.company };
  }
  const before = mentionsIn(doc, sStart, p.q.start);
  const left = text.slice(sStart, p.q.start);
  // "PIF's existing stake of nearly 10%"
  const poss = [...before].reverse().find((m) => POSSESSIVE.test(text.slice(m.end, m.end + 30)));
  if (poss) return { holder: company(poss) };
  const possAt = left.search(/['’]s[\s\u00a0]+(?:existing[\s\u00a0]+|current[\s\u00a0]+|remaining[\s\u00a0]+)?(?:stake|holding|shareholding)(?![\p{L}])/u);
  if (possAt >= 0) {
    const n = nameBefore(text, sStart + possAt + 2, sStart);
    if (n && !STOP.has(n.name)) return { holder: n };
  }
  // "... which would give the Alphabet unit roughly an 8% stake"
  const given = [...before].reverse().find((m) => GIVE.test(text.slice(Math.max(sStart, m.start - 20), m.start)));
  if (given) return { holder: company(given) };
  const rel = RELATIVE.exec(left);
  if (rel) {
    const at = sStart + rel.index;
    // "Skyline, in which Halvard holds a 30% stake": the holder is the relative clause's own subject.
    const inWhich = /^,[\s\u00a0]+(?:in which|en la que|en el que|dans laquelle|dans lequel|na qual|no qual|an der|an dem|an welcher)[\s\u00a0]+/iu.exec(rel[0]);
    if (inWhich) {
      const inner = before.find((x) => x.start >= at + inWhich[0].length);
      if (inner) return { holder: company(inner) };
      const st = STATE.exec(text.slice(at + inWhich[0].length, p.q.start));
      if (st && st.index < 3) return { holder: stateName(st[0]) };
      const n = nameStartingAt(text, at + inWhich[0].length, p.q.start);
      if (n && !STOP.has(n.company.name)) return { holder: n.company };
    }
    const m = [...before].reverse().find((x) => x.end <= at && at - x.end < 60);
    if (m) return { holder: company(m) };
    const st = lastState(text.slice(Math.max(sStart, at - 60), at));
    if (st) return { holder: stateName(st) };
    const n = nameBefore(text, at, sStart);
    if (n && !STOP.has(n.name)) return { holder: n };
  }
  // A later clause with its own subject ("... y Meta conservará el 20 %") starts after the last figure.
  const prevPct = left.search(/\d[\s\u00a0]?%[^%]*$/u);
  const from = prevPct >= 0 ? sStart + prevPct : sStart;
  // The subject of the holding verb: a mention, a state, or a capitalised name right before it.
  const verb = lastIndex(HOLD, text.slice(from, p.q.start));
  const verbAt = verb >= 0 ? from + verb : -1;
  const own = before.filter((m) => m.start >= from && (verbAt < 0 || m.end <= verbAt));
  const subj = verbAt >= 0 ? subjectBefore(doc, from, verbAt, own, p.q.start) : null;
  if (subj) return subj;
  if (own.length) return { holder: company(own[0]!) };
  const ownAny = before.filter((m) => m.start >= from);
  if (ownAny.length && verbAt < 0) return { holder: company(ownAny[0]!) };
  if (before.length && verbAt < 0) return { holder: company(before[0]!) };
  // A state or a capitalised name opening the clause: "The French state has about 10% of..."
  const st = STATE.exec(text.slice(from, p.q.start));
  if (st) return { holder: stateName(st[0]) };
  const lead = nameStartingAt(text, from, p.q.start);
  if (lead && doc.lang !== 'de' && looksProper(text, lead, sStart) && (verbAt < 0 || lead.end <= verbAt)) {
    // "The Norwegian sovereign wealth fund owns ...": the whole noun phrase before the verb.
    const tail = verbAt >= 0 ? text.slice(lead.end, verbAt) : '';
    if (/^(?:[\s\u00a0]+\p{Ll}[\p{L}-]{1,20}){1,4}[\s\u00a0]*$/u.test(tail)) return { holder: surface(`${lead.company.name}${tail}`.trim()) };
    return { holder: lead.company };
  }
  // "Volvió a comprar acciones ... y controla además cerca del 90 %", "It owns 10%": an unnamed subject is the one of the sentence before.
  if (verbAt >= 0 && !/\p{Lu}/u.test(text.slice(from, verbAt).replace(/^[\s\u00a0"“«]*\p{Lu}/u, ''))) {
    const prev = sentenceOf(doc, sStart - 1);
    const pm = prev.start < sStart ? mentionsIn(doc, prev.start, prev.end) : [];
    // Its subject when a name opens it, else (a descriptor like "La firma japonesa") the story's main company.
    if (pm.length && pm[0]!.start - prev.start <= 30) return { holder: company(pm[0]!) };
    if (doc.protagonists[0]) return { holder: doc.protagonists[0] };
  }
  // "Der Konzern hält rund 7 Prozent": the subject of the previous sentence.
  if (GENERIC.test(left)) {
    const prev = sentenceOf(doc, sStart - 1);
    const pm = mentionsIn(doc, prev.start, prev.end);
    if (prev.start < sStart && pm.length) return { holder: company(pm[0]!) };
  }
  if (before.length) return { holder: company(before[0]!) };
  return null;
}

function lastIndex(re: RegExp, s: string): number {
  const g = global(re);
  let last = -1;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m.index;
  return last;
}

function lastState(s: string): string | null {
  const g = global(STATE, 'gu');
  let last: string | null = null;
  for (let m = g.exec(s); m; m = g.exec(s)) last = m[0];
  return last;
}

/** The holder written right before the holding verb: "Delta owns", "L'État détient", "Porsche SE hält", "Den beiden Familien gehören jeweils". */
function subjectBefore(doc: Doc, from: number, verbAt: number, own: Mention[], pos: number): Holder | null {
  const { text } = doc;
  const gap = text.slice(from, verbAt);
  const last = own[own.length - 1];
  // "Halvard and Skyline each own 50%", "X und Y gehören jeweils 50 Prozent": one stake per holder.
  const each = EACH.test(text.slice(Math.max(from, verbAt - 30), pos));
  // "Amancio Ortega, through Pontegadea, controls": the first mention of the clause is the subject.
  if (own.length) return { holder: company(own[0]!), ...(each && own.length > 1 ? { each: [...new Set(own.map(company))] } : {}) };
  const st = lastState(gap);
  if (st) return { holder: stateName(st) };
  // Walk back over light words to the name.
  const trimmed = gap.replace(/(?:[\s\u00a0,]+(?:also|still|now|currently|already|ya|aún|ainda|déjà|encore|toujours|bereits|noch|derzeit|aktuell|jeweils|each|both|chacun|chacune|directly|indirectly|directement|indirectement|directamente|indirectamente|diretamente|indiretamente|direkt|indirekt))*[\s\u00a0,]*$/iu, '');
  if (!LIGHT.test(gap.slice(trimmed.length))) return null;
  const n = nameEndingAt(text, from + trimmed.length, from);
  if (n && n.end >= from + trimmed.length - 1 && !STOP.has(n.company.name)) {
    // German nouns are capitalised: accept a name only with a legal form, in capitals, or several words.
    if (doc.lang === 'de' && !/(?:\s(?:SE|AG|KGaA|GmbH|Holding|Stiftung)|\p{Lu}{2,}|\s\p{Lu})/u.test(text.slice(n.start, n.end + 8))) return null;
    const list = each ? listAround(text, n, from, verbAt) : [];
    return { holder: n.company, ...(list.length > 1 ? { each: list } : {}) };
  }
  return last ? { holder: company(last) } : null;
}

/** Whose capital: "of Virgin Atlantic", "in Air France-KLM", "du capital d'Airbus", "an Volkswagen", else the other company of the sentence. */
function ofOf(doc: Doc, p: Percent, sStart: number, sEnd: number, holder: Company): Company | null {
  const { text } = doc;
  const lim = Math.min(sEnd, p.end + 80);
  const after = mentionsIn(doc, p.end, lim).filter((m) => company(m).name !== holder.name);
  const prep = /(?:^|[\s\u00a0])(?:of|in|en|de|del|da|do|du|d['’]|an|am|dans|no|na|em)[\s\u00a0]*$/iu;
  const m = after.find((x) => prep.test(text.slice(Math.max(p.end, x.start - 40), x.start)) && x.start - p.end < 60);
  if (m) return company(m);
  const seg = text.slice(p.end, lim);
  const g = global(OF_PREP);
  for (let x = g.exec(seg); x && x.index < 50; x = g.exec(seg)) {
    const n = nameStartingAt(text, p.end + x.index + x[0].length, lim);
    if (n && !STOP.has(n.company.name) && n.company.name !== holder.name) return n.company;
  }
  // "Halvard's stake in Skyline is about 12%": the company after "stake in" before the figure.
  const left = text.slice(Math.max(sStart, p.q.start - 100), p.q.start);
  const si = /(?:stake|holding|participación|participação|participation|Beteiligung|Anteil)[\s\u00a0]+(?:in|en|em|na|no|dans|an|am)[\s\u00a0]+(?:(?:der|dem|la|el|a|o|le)[\s\u00a0]+)?/iu.exec(left);
  if (si) {
    const at = p.q.start - left.length + si.index + si[0].length;
    const m = mentionsIn(doc, at, p.q.start).find((x) => x.start - at < 3);
    if (m && company(m).name !== holder.name) return company(m);
    const n = nameStartingAt(text, at, p.q.start);
    if (n && !STOP.has(n.company.name) && n.company.name !== holder.name) return n.company;
  }
  // "Microsoft's stake in OpenAI is about 27%": before the figure.
  const sentenceMs = mentionsIn(doc, sStart, sEnd).map(company);
  return sentenceMs.find((c) => c.name !== holder.name) ?? doc.protagonists.find((c) => c.name !== holder.name) ?? null;
}

function dedupe(xs: Stake[]): Stake[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = `${x.holder}|${x.pct}|${x.span.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
