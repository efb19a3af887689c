// Figures with a unit after them: power capacity (MW / GW in every language, not
// energy in GWh) and counts of GPUs / AI chips ("500.000 chips", "50 mil GPUs",
// "one million of Google's tensor processing units", "10.000 Nvidia-Grafikprozessoren").
import type { Figure } from './types.js';
import { isVague, type Quantity } from './numbers.js';
import { alt } from './lexicon.js';
import { qualifierBefore } from './qualifiers.js';

const POWER_WORDS = ['megawatts', 'megawatt', 'megavatios', 'megavatio', 'mégawatts', 'mégawatt', 'Megawatt', 'gigawatts', 'gigawatt', 'gigavatios', 'gigavatio', 'Gigawatt'];
const ENERGY_AFTER = String.raw`(?![\s\u00a0-]*(?:h\b|hora|horas|hour|hours|heure|heures|Stunde|Stunden))`;
const POWER = new RegExp(`^[\\s\\u00a0\\u202f-]*(?:(MW|GW)|(${alt(POWER_WORDS)}))(?![\\p{L}])${ENERGY_AFTER}`, 'u');
const GW = /^(GW|giga)/i;
// "the world's first gigawatt-scale cluster", "a gigawatt-class campus": a size class, not a figure.
const SIZE_CLASS = /^-(?:scale|class|size|sized|level)(?![\p{L}])/u;
// "another gigawatt", "ein erstes Gigawatt", "otro gigavatio": one more unit, in words the number reader leaves out.
const ONE_MORE = /(?<![\p{L}\p{N}])(?:another|a further|an additional|erstes|weiteres|otro|outro|un autre)[\s\u00a0]+$/iu;
const RANGE_JOIN = /^[\s\u00a0]*(?:to|and|-|–|y|e|et|à|bis|und|a)[\s\u00a0]*$/u;
const UNIT_WORD = new RegExp(`^(?:${alt(POWER_WORDS)})(?![\\p{L}])${ENERGY_AFTER}`, 'iu');

export function powerFigures(text: string, qs: Quantity[], bodyStart = 0, lang = 'und'): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i]!;
    if ((q.scale !== 1 && q.scale !== 1e3) || isVague(text, q)) continue;
    const m = POWER.exec(text.slice(q.end, q.end + 24));
    if (!m) continue;
    const end = q.end + m[0].length;
    if (q.word && SIZE_CLASS.test(text.slice(end, end + 8))) continue;
    const unit = m[1] ?? m[2]!;
    // "MW"/"GW" must be capitals; the words may be any case ("Gigawatt", "gigawatts").
    const factor = GW.test(unit) ? 1000 : 1;
    // "100 to 300 megawatts", "entre 250 y 500 MW": the low end of a range is a figure of its own.
    const low = qs[i - 1];
    if (low && low.scale === 1 && !low.word && low.value < q.value && RANGE_JOIN.test(text.slice(low.end, q.start))) {
      out.push({ value: low.value * factor, qualifier: qualifierBefore(text, low.start), span: { start: low.start, end, text: text.slice(low.start, end) } });
    }
    out.push({ value: q.value * factor, qualifier: qualifierBefore(text, q.start), span: { start: q.start, end, text: text.slice(q.start, end) } });
  }
  // The unit words are found by their middle ("gigaWatt", "megaVatio"): a plain search is much faster than a regex over the text.
  for (const mid of ['gaw', 'gav']) {
    for (let i = text.indexOf(mid); i >= 0; i = text.indexOf(mid, i + 1)) {
      const at = i - 2;
      const unit = at >= 0 ? UNIT_WORD.exec(text.slice(at, at + 24)) : null;
      const more = unit ? ONE_MORE.exec(text.slice(Math.max(0, at - 24), at)) : null;
      if (unit && more) out.push({ value: GW.test(unit[0]) ? 1000 : 1, qualifier: 'exact', span: { start: at - more[0].length, end: at + unit[0].length, text: text.slice(at - more[0].length, at + unit[0].length) } });
    }
  }
  out.sort((a, b) => a.span.start - b.span.start);
  return withoutAnaphora(text, withoutLeadRepeats(text, out, bodyStart), lang);
}

// "Los 10 gigavatios -una medida de potencia…", "the 400 MW of capacity": the figure told before, named again.
// (Portuguese "o" only in Portuguese, English "a" being indefinite, Portuguese "a" also "to"; not "the first gigawatt", a part of the whole.)
const DEFINITE_BEFORE = /(?<![\p{L}])(?:the|this|that|these|those|its|el|los|las|la|este|estos|esos|esse|esses|estes|le|les|ce|ces|l['’]|der|die|das|den|dem|diese|diesen)[\s\u00a0]+$/iu;
const DEFINITE_BEFORE_PT = /(?<![\p{L}])(?:o|os|as|este|esta|esse|essa|estes|esses)[\s\u00a0]+$/iu;
const ORDINAL = /^(?:first|second|primer|primeiro|premier|ersten?|zweiten?)(?![\p{L}])/iu;

/** A figure written again with a definite article, after the same value, is one fact (labels count facts, not mentions). */
function withoutAnaphora(text: string, figs: Figure[], lang: string): Figure[] {
  const definite = (before: string) => DEFINITE_BEFORE.test(before) || (lang === 'pt' && DEFINITE_BEFORE_PT.test(before));
  return figs.filter((f, i) => !(definite(text.slice(Math.max(0, f.span.start - 8), f.span.start)) && !ORDINAL.test(f.span.text)
    && figs.slice(0, i).some((g) => g.value === f.value)));
}

const CHIP_NOUNS = [
  'GPUs', 'GPU', 'chips', 'chip', 'superchips', 'processors', 'accelerators', 'TPUs', 'TPU', 'tensor processing units', 'graphics processing units', 'graphics processors',
  // Other accelerators: Groq LPUs, NPUs, Graphcore IPUs, Broadcom XPUs, Cerebras wafer-scale engines.
  'LPUs', 'LPU', 'NPUs', 'NPU', 'IPUs', 'IPU', 'XPUs', 'XPU', 'WSEs', 'wafer-scale engines',
  'procesadores', 'procesadores gráficos', 'aceleradores', 'unidades de procesamiento tensorial', 'unidades de procesamiento gráfico', 'unidades de procesamiento', 'unités de traitement',
  'processadores', 'processadores gráficos', 'aceleradores', 'unidades de processamento',
  'puces', 'processeurs', 'processeurs graphiques', 'accélérateurs', 'cartes graphiques',
  'Grafikprozessoren', 'Grafikprozessor', 'Chips', 'Beschleuniger', 'KI-Chips', 'Grafikchips', 'Prozessoren',
  // "12.600 placas gráficas", "18.000 superpuces", "10.000 Halbleiter".
  'placas gráficas', 'tarjetas gráficas', 'unidades gráficas', 'superpuces', 'Superchips', 'Halbleiter',
];
// Lower-case words that may stand between a count and its noun ("18,000 of its own GPUs",
// "500,000 of Nvidia's most advanced AI chips", "4.600 dieser GPUs"), beside names and function words.
const CHIP_MODIFIERS = [
  'of', 'the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'such', 'own', 'most', 'more', 'advanced', 'latest', 'new',
  'los', 'las', 'os', 'as', 'les', 'recientes', 'recentes', 'récentes', 'newest', 'custom', 'additional', 'powerful', 'high-end', 'next-generation', 'cutting-edge',
  'fastest', 'best', 'top', 'top-end', 'high-performance', 'leading-edge', 'specialized', 'specialised', 'top-tier', 'state-of-the-art', 'flagship', 'leading', 'premium', 'current', 'previous', 'older', 'next-gen', 'state-of-the-art', 'graphics', 'data-center', 'datacenter', 'AI',
  'de', 'sus', 'estos', 'esos', 'esas', 'estas', 'propios', 'nuevos', 'más', 'avanzados', 'avanzadas', 'nuevas', 'potentes', 'rápidos', 'últimos', 'última', 'generación',
  'da', 'do', 'dos', 'das', 'seus', 'suas', 'destes', 'desses', 'destas', 'dessas', 'próprios', 'novos', 'mais', 'avançados', 'potentes', 'rápidos', 'últimos', 'geração',
  'des', 'ses', 'leurs', 'ces', 'nouveaux', 'nouvelles', 'plus', 'avancées', 'propres', 'puissantes', 'rapides', 'dernières', 'génération',
  'der', 'von', 'dieser', 'diese', 'solcher', 'seiner', 'ihrer', 'eigenen', 'neuen', 'neuesten', 'modernsten', 'schnellsten', 'leistungsstärksten', 'aktuellen',
  'and', 'y', 'e', 'et', 'und', '&',
];
// Models stand for the chips: "100,000 H100s", "20,000 GB200s", "6,000 MI300Xs", "4.000 Nvidia B300";
// "units" and "Exemplare" only after a chip's name: "3.6 million Blackwell units", "18.000 Exemplare des GB300".
const MODEL_PLURAL = String.raw`(?:(?:[HBA]|GB|MI)\d{2,3}[A-Z]?s?|(?<=(?:Blackwell|Hopper|Rubin|Instinct|Trainium\d?|TPUs?|(?:[HBA]|GB|MI)\d{2,3}[A-Z]?)[\s\u00a0]+)(?:units|unidades|unités|Einheiten))`;
const EXEMPLARE = /^[\s\u00a0]+(?:Exemplare|ejemplares|exemplaires|exemplares|units|unidades)[\s\u00a0]+(?:(?:des|der|de|del|do|da|of)[\s\u00a0]+)?(?:(?:the|el|la|o|a|le|l['’])[\s\u00a0]*)?(?:chip[\s\u00a0]+)?(?:(?:Nvidia|NVIDIA)(?:['’]s)?[\s\u00a0]+)?(?:(?:next-generation|latest|new|newest)[\s\u00a0]+)?(?:[HBA]|GB|MI)\d{2,3}[A-Z]?(?![\p{L}\d])/u;
// Between the count and the noun: a few model or vendor names or modifiers ("120,000 of its Blackwell GPUs").
// ("250,000+ Nvidia GPUs"; "200,000 NVIDIA Corp. (NASDAQ:NVDA) GB300 GPUs": a ticker in parentheses after the vendor.)
const CHIP = new RegExp(
  `^\\+?(?:[\\s\\u00a0\\u202f-]+(?:(?:${alt(CHIP_MODIFIERS)})(?![\\p{L}])|[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'.]*|\\([A-Za-z ]{1,12}:[\\s\\u00a0]?[A-Z]{1,6}\\)))*?[\\s\\u00a0\\u202f-]+(?:${alt(CHIP_NOUNS)}|${MODEL_PLURAL})(?![\\p{L}])`,
  'u',
);
// The chip noun qualifying another noun is no count of chips: "5,000 chip designers", "10,000 GPU hours".
const NOT_COUNTED = /^[\s\u00a0-]+(?:equivalents?|equivalentes?|équivalents?|Äquivalent\p{L}*|servers?|servidores|serveurs|Server|hours?|horas?|heures?|Stunden|designers?|engineers?|makers?|stocks?|shares?|sales|exports?|start-?ups?|companies|firms|jobs|workers|plants?|factory|factories|fabs?)(?![\p{L}])/iu;
// German joins count and noun in a compound: "ein 18.000-Chip-Deal".
const GLUED_CHIP = /^-(?:Chip|GPU|Grafikprozessor)(?=-\p{L})/u;
const POWER_UNIT = /(?<![\p{L}])(?:GW|MW|gigawatts?|megawatts?|Gigawatt|Megawatt|gigavatios|megavatios)(?![\p{L}])/u;
// "by 2030 GPUs will ...": a year before the noun.
const YEAR_BEFORE = /(?:by|in|until|since|from|to|through|en|em|hasta|até|desde|d['’]ici|dès|bis|seit|im|ab)[\s\u00a0]+$/iu;
// Shader units of one graphics card, not chips: "6,144 stream processors", "4 096 processeurs de flux".
const SHADERS = /stream|shader/iu;
const SHADERS_AFTER = /^[\s\u00a0]+(?:de flux|de flujo|de fluxo|de sombreado)(?![\p{L}])/iu;
// "Colossus 2 chips", "Stargate 1 GPUs": a small number right after a name is part of the name.
const NAME_NUMBER = /\p{Lu}[\p{L}-]*[\s\u00a0]$/u;
// A bare count after a chip count in the same sentence counts the same things: "8,000 GPUs and could
// grow to 31,000 over time", "another 50,000 for robotics", "plans to deploy 300,000 globally".
const BARE_AFTER = /^(?:[\s\u00a0]*[.,;:)]|[\s\u00a0]+(?:over|by|in|for|across|globally|worldwide|overall|each|this|next|within|más|en|para|a|por|em|até|dans|pour|d['’]ici|au|bis|im|für|weltweit|insgesamt)(?![\p{L}]))/iu;
const LOOKAHEAD = 80;

export function chipCounts(text: string, qs: Quantity[], money: Set<Quantity>, bodyStart = 0): Figure[] {
  const out: Figure[] = [];
  let lastChip: Figure | null = null;
  for (const q of qs) {
    if (money.has(q) || q.value < 2 || !Number.isInteger(q.value)) continue;
    const after = text.slice(q.end, q.end + LOOKAHEAD);
    const m = CHIP.exec(after) ?? EXEMPLARE.exec(after) ?? GLUED_CHIP.exec(after);
    if (m && m[0].split(/[\s\u00a0\u202f-]+/).length <= 7 && countsChips(text, q, m[0])) {
      const end = q.end + m[0].length;
      out.push((lastChip = { value: q.value, qualifier: qualifierBefore(text, q.start), span: { start: q.start, end, text: text.slice(q.start, end) } }));
      continue;
    }
    if (lastChip && (isBareCount(text, q, lastChip) || refersBack(text, q, lastChip))) {
      out.push((lastChip = { value: q.value, qualifier: qualifierBefore(text, q.start), span: { start: q.start, end: q.end, text: text.slice(q.start, q.end) } }));
    }
  }
  return withoutLeadRepeats(text, out, bodyStart);
}

/** Not shader units, a name's number ("Colossus 2 chips"), a chip noun used as an adjective, or a year. */
function countsChips(text: string, q: Quantity, match: string): boolean {
  const nounEnd = q.end + match.length;
  const next = text.slice(nounEnd, nounEnd + 16);
  // ("6 GW of GPUs": power, not a count.)
  if (SHADERS.test(match) || SHADERS_AFTER.test(next) || NOT_COUNTED.test(next) || POWER_UNIT.test(match)) return false;
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  if (!q.word && q.value < 100 && NAME_NUMBER.test(before)) return false;
  return !(!q.word && q.value >= 1990 && q.value <= 2099 && /^\d{4}$/u.test(text.slice(q.start, q.end)) && YEAR_BEFORE.test(before));
}

/** A count of a thousand or more, in digits with a separator, after a chip count of the same sentence and before no noun. */
function isBareCount(text: string, q: Quantity, last: Figure): boolean {
  if (q.word || q.value < 1000 || q.scale !== 1 || !/\d[.,\u00a0\u202f ]\d{3}/u.test(text.slice(q.start, q.end))) return false;
  const gap = text.slice(last.span.end, q.start);
  return gap.length < 160 && !/[.!?;\n]/u.test(gap) && BARE_AFTER.test(text.slice(q.end, q.end + 16));
}

// "Another 23,000 will go to Loughton", "The remaining 52,000 or so", "more than 1 million of them": chips counted in a sentence before.
const BACK_BEFORE = /(?<![\p{L}])(?:another|a further|the remaining|the other|otros|otras|los restantes|las restantes|outros|outras|os restantes|as restantes|les autres|weitere|die restlichen|die übrigen)[\s\u00a0]+(?:(?:about|some|roughly|around|unos|unas|cerca de|environ|rund|etwa)[\s\u00a0]+)?$/iu;
const BACK_AFTER = /^[\s\u00a0]*(?:or so[\s\u00a0]+)?(?:of them|de ellos|de ellas|deles|delas|d['’]entre eux|davon)(?![\p{L}])/iu;
const BACK_VERB = /^[\s\u00a0]*(?:or so[\s\u00a0]+)?(?:will|are|were|go|went|van|irán|vão|irão|iront|vont|sollen|gehen)(?![\p{L}])/iu;

function refersBack(text: string, q: Quantity, last: Figure): boolean {
  if (q.value < 1000 || q.start - last.span.end > 400) return false;
  const after = text.slice(q.end, q.end + 24);
  return BACK_AFTER.test(after) || (BACK_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) && BACK_VERB.test(after));
}

/**
 * A figure of the lead (dek, key points or first paragraph) that the body repeats is one fact,
 * labelled once: keep the body's, as for the title's.
 */
function withoutLeadRepeats(text: string, figs: Figure[], bodyStart: number): Figure[] {
  const leadEnd = leadEndOf(text, bodyStart);
  return figs.filter((f) => f.span.start < bodyStart || f.span.start >= leadEnd || !figs.some((g) => g.span.start >= leadEnd && g.value === f.value));
}

/** End of the lead: the first paragraph of the body with a figure or long enough to be a sentence (not a "KEY POINTS" heading). */
function leadEndOf(text: string, bodyStart: number): number {
  let start = bodyStart;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start >= 60 || nl < 0 || /\d/u.test(text.slice(start, end))) return end;
    start = nl + 1;
  }
}
