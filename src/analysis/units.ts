// Figures with a unit after them: power capacity (MW / GW in every language, not
// energy in GWh) and counts of GPUs / AI chips ("500.000 chips", "50 mil GPUs",
// "one million of Google's tensor processing units", "10.000 Nvidia-Grafikprozessoren").
import type { Figure } from './types.js';
import type { Quantity } from './numbers.js';
import { alt } from './lexicon.js';
import { qualifierBefore } from './qualifiers.js';

const POWER = new RegExp(
  `^[\\s\\u00a0\\u202f-]*(?:(MW|GW)|(${alt(['megawatts', 'megawatt', 'megavatios', 'megavatio', 'mégawatts', 'mégawatt', 'Megawatt', 'gigawatts', 'gigawatt', 'gigavatios', 'gigavatio', 'gigawatts', 'Gigawatt'])}))(?![\\p{L}])(?![\\s\\u00a0-]*(?:h\\b|hora|horas|hour|hours|heure|heures|Stunde|Stunden))`,
  'u',
);
const GW = /^(GW|giga)/i;

export function powerFigures(text: string, qs: Quantity[]): Figure[] {
  const out: Figure[] = [];
  for (const q of qs) {
    if (q.scale !== 1 && q.scale !== 1e3) continue;
    const m = POWER.exec(text.slice(q.end, q.end + 24));
    if (!m) continue;
    const unit = m[1] ?? m[2]!;
    // "MW"/"GW" must be capitals; the words may be any case ("Gigawatt", "gigawatts").
    const mw = q.value * (GW.test(unit) ? 1000 : 1);
    const end = q.end + m[0].length;
    out.push({ value: mw, qualifier: qualifierBefore(text, q.start), span: { start: q.start, end, text: text.slice(q.start, end) } });
  }
  return out;
}

const CHIP_NOUNS = [
  'GPUs', 'GPU', 'chips', 'chip', 'superchips', 'processors', 'accelerators', 'TPUs', 'TPU', 'tensor processing units', 'graphics processing units', 'graphics processors',
  'procesadores', 'procesadores gráficos', 'aceleradores', 'unidades de procesamiento tensorial', 'unidades de procesamiento gráfico',
  'processadores', 'processadores gráficos', 'aceleradores', 'unidades de processamento',
  'puces', 'processeurs', 'processeurs graphiques', 'accélérateurs', 'cartes graphiques',
  'Grafikprozessoren', 'Grafikprozessor', 'Chips', 'Beschleuniger', 'KI-Chips', 'Grafikchips', 'Prozessoren',
];
// Between the count and the noun: a few model or vendor names or function words ("120,000 of its Blackwell GPUs").
const CHIP = new RegExp(
  `^(?:[\\s\\u00a0\\u202f-]+(?:of|its|their|de|da|do|des|der|von|and|y|e|et|und|&|[\\p{Lu}\\p{N}][\\p{L}\\p{N}’'.]*))*?[\\s\\u00a0\\u202f-]+(?:${alt(CHIP_NOUNS)})(?![\\p{L}])`,
  'u',
);
const LOOKAHEAD = 80;

export function chipCounts(text: string, qs: Quantity[], money: Set<Quantity>): Figure[] {
  const out: Figure[] = [];
  for (const q of qs) {
    if (money.has(q) || q.value < 2 || !Number.isInteger(q.value)) continue;
    const m = CHIP.exec(text.slice(q.end, q.end + LOOKAHEAD));
    if (!m || m[0].split(/[\s\u00a0\u202f-]+/).length > 6) continue;
    const end = q.end + m[0].length;
    out.push({ value: q.value, qualifier: qualifierBefore(text, q.start), span: { start: q.start, end, text: text.slice(q.start, end) } });
  }
  return out;
}
