// Vocabulary of the classifier, as data: what compute is, which verbs tie two
// companies to it, what a story is about when it is not a compute deal, and the
// boilerplate lines of scraped articles.
import { PhraseSet } from './tokens.js';
import { TokenPhrases } from './deal-words.js';

/** Things an AI-compute deal is about: capacity, chips, data centres, clouds. */
const COMPUTE_WORDS = [
  'GPU', 'GPUs', 'AI chips', 'chips', 'accelerators', 'data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'computing capacity', 'compute capacity',
  'computing power', 'cloud capacity', 'compute', 'AI infrastructure', 'supercomputer', 'TPU', 'TPUs', 'Trainium', 'Trainium2', 'colocation', 'HPC', 'high-performance computing', 'neocloud',
  'neoclouds', 'AI workloads', 'AI cloud', 'servers', 'cluster', 'clusters', 'AI factory', 'AI factories', 'AI campus', 'capacity', 'AWS', 'Azure', 'Google Cloud', 'OCI', 'GB200', 'GB300', 'H100',
  'H200', 'B200', 'B300', 'MI300X', 'MI355X', 'MI450', 'NVL72', 'DGX', 'Blackwell', 'Rubin', 'centro de datos', 'centros de datos', 'capacidad de cómputo', 'capacidad computacional',
  'capacidad de computación', 'computación en la nube', 'potencia de cálculo', 'potencia de cómputo', 'infraestructura de IA', 'superordenador', 'chips de inteligencia artificial',
  'procesadores gráficos', 'cargas de trabajo de IA', 'servidores', 'fábrica de IA', 'campus de IA', 'nube', 'capacidad', 'cloud', 'cloud computing', 'computação em nuvem', 'centro de dados',
  'centros de dados', 'capacidade de computação', 'capacidade computacional', 'capacidade de processamento', 'poder computacional', 'supercomputador', 'processadores gráficos', 'nuvem', 'capacidade',
  'informatique en nuage', 'centre de données', 'centres de données', 'capacités de calcul', 'capacité de calcul', 'puissance de calcul', 'supercalculateur', 'processeurs graphiques', 'puces',
  'serveurs', "usine d'IA", "usines d'IA", "campus d'IA", 'calcul', 'fábricas de IA', 'fábricas de inteligencia artificial', 'KI-Fabriken', 'capacités', 'Rechenzentrum', 'Rechenzentren', 'Rechenkapazität', 'Rechenkapazitäten', 'Rechenleistung', 'Grafikprozessoren', 'KI-Fabrik',
  'KI-Rechenzentrum', 'KI-Rechenzentren', 'KI-Campus', 'Cloud-Dienste', 'Cloud-Anbieter', 'Chips', 'KI-Chips', 'Speicherchips', 'Server', 'KI-Server', 'Kapazität', 'Kapazitäten', 'Rechenzentrums',
  'KI-Rechenzentrums', 'KI-Infrastruktur', 'processors', 'procesadores', 'processadores', 'processeurs', 'Prozessoren', 'hyperscaler', 'hyperscalers', 'hiperescalador', 'hiperescaladores',
  'hiperescaladora', 'Hyperscaler', 'Hyperscalers', 'campus',
];
/** Power capacity: a compute object only next to compute words (a hydro plant's megawatts are not AI's). */
const POWER_WORDS = ['gigawatts', 'gigawatt', 'megawatts', 'megawatt', 'GW', 'MW', 'gigavatios', 'gigavatio', 'megavatios', 'mégawatts', 'Megawatt', 'Gigawatt',
  // On-site power for data centres.
  'fuel cells', 'fuel cell', 'pilas de combustible', 'células de combustível', 'piles à combustible', 'Brennstoffzellen'];
export const COMPUTE_OBJECT = new PhraseSet(COMPUTE_WORDS);
export const POWER = new PhraseSet(POWER_WORDS);
/** Words that make a story about AI besides its compute words (then its megawatts are for AI). */
export const AI_WORDS = new PhraseSet(['AI', 'IA', 'KI', 'artificial intelligence', 'inteligencia artificial', 'inteligência artificial', 'intelligence artificielle', 'künstliche Intelligenz', 'künstlicher Intelligenz']);

/** Verbs and nouns that give one company compute from another, besides the agreement words of deal-words.ts. */
export const SUPPLY = new PhraseSet([
  'deploy', 'deploys', 'deploying', 'provide', 'provides', 'providing', 'deliver', 'delivers', 'delivering', 'host', 'hosts', 'reserve', 'reserves', 'reserved', 'rent', 'access', 'use', 'uses', 'expand', 'expands',
  'expanded', 'tap', 'taps', 'tapped', 'selected', 'selects', 'chose', 'install', 'installs', 'serve', 'equip', 'funded', 'financed', 'buying', 'purchasing',
  'desplegar', 'desplegará', 'despliega', 'despliegue', 'proporcionar', 'proporcionará', 'proporciona', 'entregar', 'entregará', 'alojar', 'alojará', 'albergar', 'albergará', 'reservar', 'reserva', 'usar', 'utilizar',
  'utilizará', 'acceso', 'acceder', 'ampliar', 'ampliará', 'amplía', 'amplió', 'alquila', 'alquilará', 'alimentar', 'abastecer',
  'instalar', 'instalará', 'servir', 'equipar', 'financiar', 'financiado', 'financiada', 'compra', 'comprará', 'compromete', 'comprometió',
  'implantar', 'implanta', 'fornecerá', 'fornece', 'disponibilizar', 'entregar', 'hospedar', 'reservar', 'reserva', 'usar', 'utilizar', 'acesso', 'aceder', 'acessar', 'ampliar', 'amplia', 'ampliou', 'aluga', 'alimentar', 'abastecer',
  'instalará', 'atender', 'equipar', 'financiar', 'financiado', 'financiada', 'comprará', 'compra', 'comprometeu',
  'déployer', 'déploiera', 'déploie', 'fournira', 'fournit', 'livrer', 'livrera', 'héberger', 'hébergera', 'réserver', 'réserve', 'utiliser', 'utilisera', 'accès', 'louera', 'loue', 'étendre', 'étend', 'alimenter',
  'installer', 'installera', 'servir', 'équiper', 'financer', 'financé', 'financée', 'acheter', 'achètera', 'achète', 'engage', 'engagé',
  'liefern', 'liefert', 'beliefern', 'bereitstellen', 'bereit', 'ausgestattet', 'einsetzen', 'nutzen', 'nutzt', 'Zugang', 'Zugriff', 'reservieren', 'mietet', 'beziehen', 'bezieht', 'ausbauen', 'erweitert', 'versorgen',
  'installieren', 'ausstatten', 'ausrüsten', 'vermietet', 'vermieten', 'finanziert', 'kaufen', 'kauft', 'geschlossen', 'gesichert',
  // the supply and purchase verbs of deal-words.ts DEAL, so that a clause that buys compute is told from one that buys a stake
  'supply', 'supplies', 'buy', 'buys', 'purchase', 'lease', 'leases', 'suministrar', 'suministrará', 'comprar', 'arrendar', 'fornecer', 'alugar', 'fournir', 'louer', 'liefern', 'mieten', 'anmieten',
]);
/** Agreement nouns and verbs besides deal-words.ts DEAL: letters of intent, memoranda, joint ventures, credits. */
export const MORE_DEAL = new PhraseSet([
  'letters of intent', 'memorandum of understanding', 'memoranda', 'MoU', 'joint-venture', 'credits', 'signed', 'signing',
  'cartas de intención', 'memorando de entendimiento', 'sociedad conjunta', 'empresa conjunta', 'créditos', 'firmaron', 'firmar',
  'cartas de intenção', 'memorando', 'memorandos', 'memorando de entendimento', 'assinaram', 'assinarem', 'assinar', 'empresa conjunta',
  "lettres d'intention", "protocole d'accord", 'coentreprise', 'co-entreprise', 'crédits', 'signer',
  'Absichtserklärungen', 'Kredite', 'Joint Venture', 'unterzeichneten', 'unterzeichnen',
]);
/** German compounds end in an agreement word: "Fünfjahresvertrag", "Liefervereinbarung", "Großauftrag". */
export const DEAL_SUFFIX = /(?:vertrag|verträge|vertrags|vereinbarung|vereinbarungen|auftrag|aufträge|abkommen|partnerschaft|kooperation|finanzierung|kredit|kredite|deal)$/u;

/** What two companies named together as the subject do with compute: "Telekom und Nvidia bauen …", "OpenAI, G42 to build …". */
export const JOINT = new PhraseSet([
  'build', 'builds', 'building', 'develop', 'develops', 'developing', 'create', 'creates', 'launch', 'invest', 'invests', 'unveil', 'restart',
  'construir', 'construirán', 'construyen', 'levantar', 'levantarán', 'levantan', 'desarrollar', 'desarrollarán', 'crear', 'crean', 'lanzar', 'lanzan', 'poner en marcha', 'pondrán en marcha', 'ponen en marcha',
  'invertir', 'invertirán', 'invierten', 'cierran', 'construirá', 'desarrollará', 'creará', 'lanzará', 'construye', 'desarrolla',
  'construirão', 'constroem', 'erguer', 'desenvolver', 'criar', 'criam', 'lançar', 'lançam', 'investir', 'investem', 'fecham', 'construirá', 'desenvolverá', 'criará', 'lançará', 'constrói', 'desenvolve',
  'bâtir', 'construire', 'construiront', 'construisent', 'développer', 'créer', 'créent', 'lancer', 'lancent', 'investissent', 'construira', 'développera', 'créera', 'lancera', 'construit', 'développe', 'investira', 'vont investir',
  'bauen', 'errichten', 'entwickeln', 'gründen', 'starten', 'investieren', 'eröffnen', 'baut', 'errichtet', 'entwickelt', 'gründet', 'startet', 'investiert',
]);
/** Words that are joint action by themselves: any number of companies named together as their subject are partners
 * (a joint announcement is one). */
export const RECIPROCAL = new PhraseSet([
  'announce', 'announced', 'anuncian', 'anunciaron', 'anunciam', 'anunciaram', 'annoncent', 'annoncé', 'gaben bekannt',
  'together', 'jointly', 'partner', 'partners', 'partnered', 'join forces', 'juntos', 'juntas', 'conjuntamente', 'alían', 'unen fuerzas', 'unem', 'associam',
  'ensemble', 'conjointement', 'allient', 'associent', 'gemeinsam', 'kooperieren', 'kooperiert', 'schließen sich zusammen',
]);

/** Equity, rounds and licences: money that buys no compute (README rule 3), unless the same clause also buys compute. */
export const NOT_COMPUTE_OBJECT = new PhraseSet([
  'stake', 'equity stake', 'equity', 'common stock', 'minority stake', 'license', 'licenses', 'licence', 'licences', 'licensing', 'licensed', 'intellectual property', 'acqui-hire', 'hire', 'hired', 'engineers', 'talent',
  // A share of revenue paid to a government for export licences: "agreed to give the U.S. government 15% of revenue".
  'of revenue', 'of their revenue', 'of its revenue', 'revenue share', 'revenue-sharing', 'de los ingresos', 'de sus ingresos', 'das receitas', 'da receita', 'des revenus', 'de leurs revenus', 'des Umsatzes', 'der Umsätze', 'der Einnahmen',
  'participación', 'licencia', 'licencias', 'propiedad intelectual', 'ingenieros', 'talento',
  'participação', 'licença', 'licenças', 'licenciamento', 'propriedade intelectual', 'engenheiros', 'talentos',
  'prise de participation', 'participation', 'licence', 'propriété intellectuelle', 'ingénieurs', 'talents',
  'Beteiligung', 'Anteil', 'Aktienpaket', 'Lizenz', 'Lizenzen', 'Lizenzvereinbarung', 'Lizenzgebühren', 'geistiges Eigentum', 'Ingenieure',
]);

/** Topics of hard negatives, counted over the story. */
export const NEGATIVE: [string, PhraseSet][] = [
  ['earnings', new PhraseSet(['quarterly results', 'quarterly report', 'third quarter', 'second quarter', 'fourth quarter', 'first quarter', 'earnings', 'forecast', 'net income', 'gross margin', 'half-year', 'results',
    'resultados', 'beneficio neto', 'primer semestre', 'facturación', 'trimestre', 'lucro líquido', 'resultados trimestrais', 'primeiros nove meses',
    'chiffre d\'affaires', 'résultats', 'prévisions', 'troisième trimestre', 'Quartalszahlen', 'Geschäftsquartal', 'Umsatzprognose', 'Quartal'])],
  ['launch or review', new PhraseSet(['launch', 'generally available', 'general availability', 'new generation', 'nouvelle génération', 'neue Generation', 'seventh-generation', 'review', 'benchmark', 'frames per second', 'unveiled', 'launches', 'launched', 'release', 'released', 'presentó', 'lanza', 'lanzamiento', 'apresentou', 'apresenta', 'conferência', 'dévoile', 'dévoilé', 'vorgestellt', 'präsentiert', 'nueva generación', 'next generation', 'próximas gerações'])],
  ['antitrust or regulation', new PhraseSet(['antitrust', 'antimonopolio', 'antimonopólio', 'anticoncurrentiel', 'Kartellamt', 'Kartell', 'export ban', 'export controls', 'Exportverbot', 'Exportbeschränkungen', 'Exportkontrollen', 'regulator', 'regulador', 'European Commission', 'investigación', 'investigation', 'foreign subsidies'])],
  ['market wrap', new PhraseSet(['Nasdaq Composite', 'S&P 500', 'Dow Jones', 'Ibex 35', 'CAC 40', 'DAX', 'Treasury yields', 'selloff', 'sell-off', 'Wall Street slides'])],
  // A company's own investment plan, the topic of many data-centre stories: no agreement by itself.
  ['investment plan', new PhraseSet(['investment plan', 'spending plan', 'capital expenditure', 'capital expenditures', 'capex', 'plan de inversión', 'plan de inversiones', 'inversión prevista', 'plano de investimento', 'plano de investimentos',
    "plan d'investissement", "plan d'investissements", "dépenses d'investissement", 'Investitionsplan', 'Investitionsprogramm', 'Investitionsvolumen', 'Investitionsausgaben', 'aprobación preliminar', 'licencia de obras', 'permis de construire', 'Baugenehmigung'])],
  ['takeover', new PhraseSet(['takeover', 'take-private', 'buyout', 'leveraged buyout', 'opa', 'oferta pública de adquisición', 'OPA', 'Übernahme', 'rachat', 'break-up', 'split', 'merger', 'fusión'])],
];

/** A denied report or a deal called off: whatever else the story says, no deal is reported. */
export const DENIAL = new PhraseSet(['denied', 'denies', 'no truth', 'desmintió', 'desmiente', 'negó', 'niega', 'desmentiu', 'desmente', 'negou', 'nega', 'démenti', 'dément', 'a nié', 'dementiert', 'dementierte', 'bestreitet', 'bestritt', 'not in discussions', 'no está en conversaciones']);

/** Kinds of companies (config/entities.yaml) whose agreements are about AI compute. */
export const AI_KINDS = new Set(['hyperscaler', 'chipmaker', 'neocloud', 'ai_lab', 'datacenter', 'miner', 'server', 'equipment']);

/** Lines of a scraped page that are not the story: bylines, dates, share buttons, ads, newsletter and cookie prompts, captions. */
export const BOILERPLATE = /^[\s\u00a0*»>•|-]*(?:(?:by|por|par|von)[\s\u00a0]+\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.'’-]*){0,3}[\s\u00a0]*(?:[,|·–-].*)?$|(?:published|updated|posted|last updated|publicado|actualizado|atualizado|publié|mis à jour|veröffentlicht|aktualisiert)(?![\p{L}])|stand[\s\u00a0]*:|\d{1,2}[\s\u00a0]*min(?:utes?|utos?)?\.?[\s\u00a0]+(?:read|de lectura|de leitura|de lecture)|lesezeit|listen to (?:this )?article|escuchar|ouvir|écouter|anhören|share (?:this|on)|compartir|compartilhar|partager|teilen|advertisement|publicidad|publicidade|publicité|anzeige|werbung|sponsored|subscribe|suscríbete|assine|abonnez-vous|abonnieren|sign up|newsletter|cookies?(?![\p{L}])|accept all|aceptar|aceitar|accepter|akzeptieren|(?:photo|foto|image|imagen|imagem|bild|crédit|credit)[\s\u00a0]*:|©|copyright|all rights reserved|todos los derechos|tous droits|alle rechte)/iu;

/** Headline topics besides those of deal-words.ts FRAMES: a backlog or order book is a total of many contracts, reported like results. */
export const MORE_FRAMES: [string, TokenPhrases][] = [
  ['regulation', new TokenPhrases(['probes', 'investigations', 'inquiry', 'investigaciones', 'investigações', 'inquérito', 'enquêtes', 'Ermittlungen', 'Untersuchung', 'Prüfung', 'prüft'])],
  ['backlog', new TokenPhrases(['backlog', 'order book', 'bookings', 'remaining performance obligations', 'cartera de pedidos', 'carteira de pedidos', 'carteira de encomendas', 'carnet de commandes', 'Auftragsbestand', 'Auftragsbuch'])],
];
