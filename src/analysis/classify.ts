// Is the story an AI-compute deal? A transparent linear score over features that
// can be read back as reasons: deal figures with named parties, deal vocabulary,
// compute vocabulary, AI-compute companies, and the topics of hard negatives
// (earnings, launches, reviews, antitrust, market wraps, non-AI takeovers).
import type { Doc } from './doc.js';
import { DEAL_CONTEXT, teaserRanges, type DealCandidate } from './deals.js';
import { CANCELLED, DEAL, FRAMES, RECEIVE } from './deal-words.js';
import { PhraseSet } from './tokens.js';

const COMPUTE = new PhraseSet([
  'GPU', 'GPUs', 'AI chips', 'accelerators', 'data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'computing capacity', 'compute capacity', 'computing power', 'cloud capacity', 'compute',
  'AI infrastructure', 'supercomputer', 'TPU', 'TPUs', 'Trainium', 'colocation', 'HPC', 'high-performance computing', 'gigawatts', 'gigawatt', 'megawatts', 'neocloud', 'neoclouds', 'AI workloads', 'AI cloud',
  'centro de datos', 'centros de datos', 'capacidad de cómputo', 'computación en la nube', 'potencia de cálculo', 'potencia de cómputo', 'infraestructura de IA', 'superordenador', 'gigavatios', 'gigavatio', 'megavatios', 'chips de inteligencia artificial', 'procesadores gráficos', 'cargas de trabajo de IA',
  'cloud', 'cloud computing', 'computação em nuvem', 'informatique en nuage', 'centro de dados', 'centros de dados', 'capacidade de computação', 'poder computacional', 'supercomputador', 'processadores gráficos', 'nuvem',
  'centre de données', 'centres de données', 'capacités de calcul', 'capacité de calcul', 'puissance de calcul', 'supercalculateur', 'processeurs graphiques', 'puces', 'mégawatts',
  'Rechenzentrum', 'Rechenzentren', 'Rechenkapazität', 'Rechenkapazitäten', 'Rechenleistung', 'Grafikprozessoren', 'KI-Fabrik', 'KI-Rechenzentrum', 'Cloud-Dienste', 'Cloud-Anbieter', 'Megawatt', 'Gigawatt',
]);
const NEGATIVE: [string, PhraseSet][] = [
  ['earnings', new PhraseSet(['quarterly results', 'quarterly report', 'third quarter', 'second quarter', 'fourth quarter', 'first quarter', 'earnings', 'forecast', 'net income', 'gross margin', 'half-year', 'results',
    'resultados', 'beneficio neto', 'primer semestre', 'facturación', 'trimestre', 'lucro líquido', 'resultados trimestrais', 'primeiros nove meses',
    'chiffre d\'affaires', 'résultats', 'prévisions', 'troisième trimestre', 'Quartalszahlen', 'Geschäftsquartal', 'Umsatzprognose', 'Quartal'])],
  ['launch or review', new PhraseSet(['launch', 'generally available', 'general availability', 'new generation', 'nouvelle génération', 'neue Generation', 'seventh-generation', 'review', 'benchmark', 'frames per second', 'unveiled', 'launches', 'launched', 'release', 'released', 'presentó', 'lanza', 'lanzamiento', 'apresentou', 'apresenta', 'conferência', 'dévoile', 'dévoilé', 'vorgestellt', 'präsentiert', 'nueva generación', 'next generation', 'próximas gerações'])],
  ['antitrust or regulation', new PhraseSet(['antitrust', 'antimonopolio', 'antimonopólio', 'anticoncurrentiel', 'Kartellamt', 'Kartell', 'export ban', 'export controls', 'Exportverbot', 'Exportbeschränkungen', 'Exportkontrollen', 'regulator', 'regulador', 'European Commission', 'investigación', 'investigation', 'foreign subsidies'])],
  ['market wrap', new PhraseSet(['Nasdaq Composite', 'S&P 500', 'Dow Jones', 'Ibex 35', 'CAC 40', 'DAX', 'Treasury yields', 'selloff', 'sell-off', 'Wall Street slides'])],
  ['takeover', new PhraseSet(['takeover', 'take-private', 'buyout', 'leveraged buyout', 'opa', 'oferta pública de adquisición', 'OPA', 'Übernahme', 'rachat', 'break-up', 'split', 'merger', 'fusión'])],
];
/** A denied report or a deal called off: whatever else the story says, no deal is reported. */
const DENIAL = new PhraseSet(['denied', 'denies', 'no truth', 'desmintió', 'desmiente', 'negó', 'niega', 'desmentiu', 'desmente', 'negou', 'nega', 'démenti', 'dément', 'a nié', 'dementiert', 'dementierte', 'bestreitet', 'bestritt', 'not in discussions', 'no está en conversaciones']);
const AI_KINDS = new Set(['hyperscaler', 'chipmaker', 'neocloud', 'ai_lab', 'datacenter', 'miner', 'server', 'equipment']);

const count = (set: PhraseSet, doc: Doc, cap: number): number => set.count(doc.text, doc.tokens, 0, doc.text.length, cap);

export interface Features {
  deals: number;
  /** Deals the story recalls from the past ("earlier this year", "im Frühjahr"): kept as entries, not news. */
  pastDeals: number;
  /** A new deal in the headline or lead, or between companies of the headline (true when no deal figure at all). */
  newsInLead: boolean;
  /** New deals whose own sentence names compute (data centres, GPUs, cloud capacity, power for AI). */
  computeObject: number;
  dealsWithTwoParties: number;
  dealWords: number;
  computeWords: number;
  aiCompanies: number;
  power: number;
  negatives: Record<string, number>;
}

/** The headline and the first two sentences of the body, without a teaser line. */
function leadRange(doc: Doc): number {
  const i = doc.sentences.findIndex((r) => r.start >= doc.bodyStart);
  const end = i < 0 ? doc.text.length : doc.sentences[Math.min(doc.sentences.length - 1, i + 1)]!.end;
  const teaser = teaserRanges(doc).find((r) => r.start < end);
  return teaser ? teaser.start : end;
}

export function features(doc: Doc, ds: DealCandidate[], powerCount: number): Features {
  const negatives: Record<string, number> = {};
  for (const [name, re] of NEGATIVE) {
    const n = count(re, doc, 6);
    if (n) negatives[name] = n;
  }
  // A denial in the headline or lead is what the story is about.
  const lead = Math.min(doc.text.length, doc.bodyStart + 400);
  const denial = DENIAL.count(doc.text, doc.tokens, 0, lead, 1);
  if (denial) negatives['denied report'] = 20;
  const aiCompanies = doc.mentions.map((m) => m.companies[0]!).filter((c) => c.kind && AI_KINDS.has(c.kind)).map((c) => c.name);
  const ai = new Set(aiCompanies);
  // A deal counts for the story when an AI-compute company is party to it, or its sentence is about compute
  // (a data-centre loan from banks): a take-over between chemical groups does not.
  const inComputeSentence = (d: DealCandidate) => {
    const s = DEAL_CONTEXT.get(d)?.sentence;
    return !!s && COMPUTE.has(doc.text, doc.tokens, s.start, s.end);
  };
  const computeDeal = (d: DealCandidate) => {
    if (d.parties.some((p) => ai.has(p))) return true;
    const s = DEAL_CONTEXT.get(d)?.sentence;
    return !!s && COMPUTE.has(doc.text, doc.tokens, s.start, s.end);
  };
  const all = ds.filter(computeDeal);
  // Only this story's news counts: a deal recalled from the past does not make the story a deal.
  const title = doc.bodyStart > 0 ? { start: 0, end: doc.bodyStart } : doc.sentences[0] ?? { start: 0, end: 0 };
  const titleDeal = DEAL.has(doc.text, doc.tokens, title.start, title.end);
  const titleCompanies = new Set(doc.mentions.filter((m) => m.end <= title.end && m.start >= title.start).map((m) => m.companies[0]!.name));
  // A deal dated in the past ("in August") that the headline reports between its companies is still the news.
  const headlined = (d: DealCandidate) => titleDeal && d.parties.filter((p) => titleCompanies.has(p)).length >= Math.min(2, d.parties.length);
  const aiDeals = all.filter((d) => !DEAL_CONTEXT.get(d)?.background || headlined(d));
  const pastDeals = all.length - aiDeals.length;
  // The headline (or the first sentence) frames the story: results, a rule, a review of the year, a takeover, a launch.
  const titleCompute = COMPUTE.has(doc.text, doc.tokens, title.start, title.end);
  for (const [name, phrases] of FRAMES) {
    if (!phrases.in(doc.tokens, title.start, Math.min(title.end, title.start + 400))) continue;
    // A takeover of a compute company or a launch with a deal in the headline is still news of a deal.
    if (titleDeal && (name !== 'results' && name !== 'review')) continue;
    if (name === 'merger' && titleCompute) continue;
    negatives[`frame: ${name}`] = titleDeal ? 1 : 3;
  }
  // An agreement cancelled, abandoned or walked away from, in the headline or the lead.
  const leadEnd = Math.min(doc.text.length, doc.bodyStart + 300);
  if (CANCELLED.has(doc.text, doc.tokens, 0, leadEnd) && !teaserRanges(doc).some((r) => r.start < leadEnd)) negatives['cancelled'] = 4;
  if (!aiDeals.length && pastDeals) negatives['only past deals'] = 2;
  // No new deal figure and no agreement in the headline or lead: the deal words of a long story are background.
  const leadEnd2 = leadRange(doc);
  const leadDeal = DEAL.has(doc.text, doc.tokens, 0, leadEnd2) || RECEIVE.has(doc.text, doc.tokens, 0, leadEnd2);
  // Two AI-compute companies in the headline ("OpenAI y G42 pondrán en marcha …") are partners in something.
  const titleAi = new Set(doc.mentions.filter((m) => m.end <= title.end && m.start >= title.start).map((m) => m.companies[0]!).filter((c) => c.kind && AI_KINDS.has(c.kind)));
  if (!aiDeals.length && !leadDeal && titleAi.size < 2) negatives['no agreement in the lead'] = 3;
  // The story's news is in its headline and lead: a deal met only deep in the body, between no company of the
  // headline, is context (a feature, an analysis), not what is reported.
  const news = aiDeals.filter((d) => d.span.start < leadEnd2 || d.parties.some((p) => titleCompanies.has(p)));
  if (aiDeals.length && !news.length) negatives['deals only deep in the body'] = 2;
  return {
    deals: news.length,
    pastDeals,
    newsInLead: news.length > 0 || !aiDeals.length,
    computeObject: news.filter(inComputeSentence).length,
    dealsWithTwoParties: news.filter((d) => d.parties.length >= 2).length,
    // Money received from named lenders ("erhält … von", "lève … auprès de") is a financing agreement.
    dealWords: count(DEAL, doc, 12) + 2 * aiDeals.filter((d) => d.cue === 'financed by').length,
    computeWords: count(COMPUTE, doc, 12),
    aiCompanies: ai.size,
    power: powerCount,
    negatives,
  };
}

/** Weights of the linear score; set by hand on the dev corpus and the project's own stories. */
const W = { vocabWithoutNews: 0.6, computeObject: 0.7, bias: -4.2, deal: 1.1, deal2: 0.9, dealWord: 0.28, compute: 0.32, ai: 0.45, power: 0.45, negative: 0.45, noCompute: 2 };

export function score(f: Features): number {
  const neg = Object.entries(f.negatives).reduce((a, [k, n]) => a + (k === 'denied report' ? n : Math.min(n, 4)), 0);
  const z = W.bias
    + W.deal * Math.min(f.deals, 3)
    + W.deal2 * Math.min(f.dealsWithTwoParties, 2)
    + W.computeObject * Math.min(f.computeObject, 2)
    // Without a new deal in the lead, the vocabulary of a long story says less: it saturates on any AI feature.
    + (f.newsInLead ? 1 : W.vocabWithoutNews) * (W.dealWord * Math.min(f.dealWords, 10)
    + W.compute * Math.min(f.computeWords, 10)
    + W.ai * Math.min(f.aiCompanies, 4)
    + W.power * Math.min(f.power, 2))
    - W.negative * neg
    // No compute vocabulary at all: whatever the money, not an AI-compute story.
    - (f.computeWords === 0 ? W.noCompute : 0);
  return 1 / (1 + Math.exp(-z));
}

export function reasons(f: Features, ds: DealCandidate[]): string[] {
  const r: string[] = [];
  for (const d of ds.slice(0, 3)) r.push(`deal '${d.cue}' ${d.span.text} (${d.parties.join(', ') || 'no party'})${DEAL_CONTEXT.get(d)?.background ? ' [past]' : ''}`);
  r.push(`${f.dealWords} deal terms`, `${f.computeWords} compute terms`, `${f.aiCompanies} AI-compute companies`);
  if (f.power) r.push(`${f.power} power figures`);
  for (const [k, n] of Object.entries(f.negatives)) r.push(`negative: ${k} (${n})`);
  return r;
}
