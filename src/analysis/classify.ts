// Is the story an AI-compute deal? A transparent linear score over features that
// can be read back as reasons: deal figures with named parties, deal vocabulary,
// compute vocabulary, AI-compute companies, and the topics of hard negatives
// (earnings, launches, reviews, antitrust, market wraps, non-AI takeovers).
import type { Doc } from './doc.js';
import type { DealCandidate } from './deals.js';
import { DEAL } from './deal-words.js';
import { words } from './lexicon.js';

const g = (re: RegExp) => new RegExp(re.source, re.flags + 'g');

const COMPUTE = g(words([
  'GPU', 'GPUs', 'AI chips', 'accelerators', 'data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'computing capacity', 'compute capacity', 'computing power', 'cloud capacity', 'compute',
  'AI infrastructure', 'supercomputer', 'TPU', 'TPUs', 'Trainium', 'colocation', 'HPC', 'high-performance computing', 'gigawatts', 'gigawatt', 'megawatts', 'neocloud', 'neoclouds', 'AI workloads', 'AI cloud',
  'centro de datos', 'centros de datos', 'capacidad de cómputo', 'computación en la nube', 'potencia de cálculo', 'potencia de cómputo', 'infraestructura de IA', 'superordenador', 'gigavatios', 'gigavatio', 'megavatios', 'chips de inteligencia artificial', 'procesadores gráficos', 'cargas de trabajo de IA',
  'centro de dados', 'centros de dados', 'capacidade de computação', 'poder computacional', 'supercomputador', 'processadores gráficos', 'nuvem',
  'centre de données', 'centres de données', 'capacités de calcul', 'capacité de calcul', 'puissance de calcul', 'supercalculateur', 'processeurs graphiques', 'puces', 'mégawatts',
  'Rechenzentrum', 'Rechenzentren', 'Rechenkapazität', 'Rechenkapazitäten', 'Rechenleistung', 'Grafikprozessoren', 'KI-Fabrik', 'KI-Rechenzentrum', 'Cloud-Dienste', 'Cloud-Anbieter', 'Megawatt', 'Gigawatt',
], 'u'));
const NEGATIVE: [string, RegExp][] = [
  ['earnings', g(words(['quarterly results', 'quarterly report', 'third quarter', 'second quarter', 'fourth quarter', 'first quarter', 'earnings', 'forecast', 'net income', 'gross margin', 'half-year', 'results',
    'resultados', 'beneficio neto', 'primer semestre', 'facturación', 'trimestre', 'lucro líquido', 'resultados trimestrais', 'primeiros nove meses',
    'chiffre d\'affaires', 'résultats', 'prévisions', 'troisième trimestre', 'Quartalszahlen', 'Geschäftsquartal', 'Umsatzprognose', 'Quartal']))],
  ['launch or review', g(words(['review', 'benchmark', 'frames per second', 'unveiled', 'launches', 'launched', 'release', 'released', 'presentó', 'lanza', 'lanzamiento', 'apresentou', 'apresenta', 'conferência', 'dévoile', 'dévoilé', 'vorgestellt', 'präsentiert', 'nueva generación', 'next generation', 'próximas gerações']))],
  ['antitrust or regulation', g(words(['antitrust', 'antimonopolio', 'antimonopólio', 'anticoncurrentiel', 'Kartellamt', 'Kartell', 'export ban', 'export controls', 'Exportverbot', 'Exportbeschränkungen', 'Exportkontrollen', 'regulator', 'regulador', 'European Commission', 'investigación', 'investigation', 'foreign subsidies']))],
  ['market wrap', g(words(['Nasdaq Composite', 'S&P 500', 'Dow Jones', 'Ibex 35', 'CAC 40', 'DAX', 'Treasury yields', 'selloff', 'sell-off', 'Wall Street slides']))],
  ['takeover', g(words(['takeover', 'take-private', 'buyout', 'leveraged buyout', 'opa', 'oferta pública de adquisición', 'OPA', 'Übernahme', 'rachat', 'break-up', 'split', 'merger', 'fusión']))],
];
const AI_KINDS = new Set(['hyperscaler', 'chipmaker', 'neocloud', 'ai_lab', 'datacenter', 'miner', 'server', 'equipment']);

function count(re: RegExp, s: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s)) n++;
  return n;
}

export interface Features {
  deals: number;
  dealsWithTwoParties: number;
  dealWords: number;
  computeWords: number;
  aiCompanies: number;
  power: number;
  negatives: Record<string, number>;
}

export function features(doc: Doc, ds: DealCandidate[], powerCount: number): Features {
  const negatives: Record<string, number> = {};
  for (const [name, re] of NEGATIVE) {
    const n = count(re, doc.text, 6);
    if (n) negatives[name] = n;
  }
  const aiCompanies = doc.mentions.map((m) => m.companies[0]!).filter((c) => c.kind && AI_KINDS.has(c.kind)).map((c) => c.name);
  const ai = new Set(aiCompanies);
  // A deal counts for the story when an AI-compute company is party to it: a take-over between chemical groups does not.
  const aiDeals = ds.filter((d) => d.parties.some((p) => ai.has(p)));
  return {
    deals: aiDeals.length,
    dealsWithTwoParties: aiDeals.filter((d) => d.parties.length >= 2).length,
    dealWords: count(DEAL, doc.text, 12),
    computeWords: count(COMPUTE, doc.text, 12),
    aiCompanies: ai.size,
    power: powerCount,
    negatives,
  };
}

/** Weights of the linear score; set by hand on the dev corpus and the project's own stories. */
const W = { bias: -4.2, deal: 1.1, deal2: 0.9, dealWord: 0.28, compute: 0.32, ai: 0.45, power: 0.45, negative: 0.45, noCompute: 2 };

export function score(f: Features): number {
  const neg = Object.values(f.negatives).reduce((a, b) => a + Math.min(b, 4), 0);
  const z = W.bias
    + W.deal * Math.min(f.deals, 3)
    + W.deal2 * Math.min(f.dealsWithTwoParties, 2)
    + W.dealWord * Math.min(f.dealWords, 10)
    + W.compute * Math.min(f.computeWords, 10)
    + W.ai * Math.min(f.aiCompanies, 4)
    + W.power * Math.min(f.power, 2)
    - W.negative * neg
    // No compute vocabulary at all: whatever the money, not an AI-compute story.
    - (f.computeWords === 0 ? W.noCompute : 0);
  return 1 / (1 + Math.exp(-z));
}

export function reasons(f: Features, ds: DealCandidate[]): string[] {
  const r: string[] = [];
  for (const d of ds.slice(0, 3)) r.push(`deal '${d.cue}' ${d.span.text} (${d.parties.join(', ') || 'no party'})`);
  r.push(`${f.dealWords} deal terms`, `${f.computeWords} compute terms`, `${f.aiCompanies} AI-compute companies`);
  if (f.power) r.push(`${f.power} power figures`);
  for (const [k, n] of Object.entries(f.negatives)) r.push(`negative: ${k} (${n})`);
  return r;
}
