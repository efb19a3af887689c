// Word lists shared by the extractors. Every list is plain data; the modules that
// use them compile them into regexes once per process (see `words()`).

/** Alternation of phrases for a regex: longest first so "mil millones" wins over "mil". */
export function alt(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]+').replace(/'/g, "['’]"))
    .join('|');
}

/** A regex that finds any of the phrases as whole words (letters/digits on neither side). */
export function words(list: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(list)})(?![\\p{L}\\p{N}])`, flags);
}

/** Nouns for the share price of a company ("shares", "las acciones", "die Aktie"). */
export const STOCK_NOUNS = [
  'shares', 'share price', 'stock price', 'stock', 'stocks', 'share',
  'acciones', 'acción', 'títulos', 'título', 'valores',
  'ações', 'ação', 'papéis', 'papel', 'títulos',
  'action', 'actions', 'titre', 'titres', 'valeur',
  'Aktie', 'Aktien', 'Papiere', 'Papier', 'Anteilsscheine', 'Titel',
];

/** Share-price moves: verbs, nouns and adverbs that carry the direction. */
export const MOVE_UP = [
  // en
  'rose', 'rise', 'rises', 'rising', 'risen', 'jumped', 'jump', 'jumps', 'soared', 'soar', 'soars', 'surged', 'surge', 'surges',
  'climbed', 'climb', 'climbs', 'gained', 'gain', 'gains', 'rallied', 'rally', 'advanced', 'advance', 'added', 'spiked', 'leapt', 'leaped',
  'popped', 'up', 'higher', 'rebounded', 'closed up', 'ended up', 'firmed', 'increased', 'increase', 'skyrocketed', 'rocketed', 'shot up', 'edged up', 'ticked up', 'advancing', 'gaining', 'climbing', 'jumping', 'surging', 'soaring',
  // es
  'subieron', 'subió', 'sube', 'suben', 'subir', 'subido', 'subida', 'avanzaron', 'avanzó', 'avanza', 'avanzan', 'ganaron', 'ganó', 'gana', 'ganan',
  'dispararse', 'disparó', 'dispararon', 'dispara', 'disparan', 'repuntó', 'repuntaron', 'repunte', 'escalaron', 'escaló', 'alza', 'al alza', 'revalorizaron', 'revalorizó', 'revalorización',
  'subiendo', 'avanzando', 'ganando', 'disparándose', 'subindo', 'avançando', 'ganhando', 'disparando',
  'se anotaron', 'se anotó', 'subidas', 'alzas', 'aumentaron', 'aumentó', 'incremento', 'repuntaban', 'suben', 'sube', 'subía', 'subían', 'avanzaba', 'avanzaban', 'ganaba', 'ganaban', 'revalorización',
  // pt
  'subiram', 'subiu', 'sobe', 'sobem', 'avançaram', 'avançou', 'ganharam', 'ganhou', 'dispararam', 'disparou', 'disparado', 'alta', 'em alta', 'valorizaram', 'valorizou', 'valorização', 'saltaram', 'saltou', 'subia', 'subiam', 'ganho', 'ganhavam', 'avançava', 'avançavam',
  // fr
  'hausse', 'en hausse', 'bondi', 'bondit', 'grimpé', 'grimpe', 'progressé', 'progresse', 'gagné', 'gagne', 'envolée', 'envolé', 'envole', 'monté', 'avancé', 'avance', 'flambé', 'pris', 'prend', 'progressait', 'gagnait', 'grimpait',
  // de
  'stieg', 'stiegen', 'steigt', 'steigen', 'gestiegen', 'kletterte', 'kletterten', 'klettert', 'gewann', 'gewannen', 'gewinnt', 'sprang', 'sprangen', 'springt', 'zulegen', 'zugelegt', 'legte', 'legten', 'legt', 'im Plus', 'Plus', 'verteuerte', 'verteuerten', 'gewonnen', 'zugelegt',
];
export const MOVE_DOWN = [
  // en
  'fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'slid', 'slide', 'slides', 'sank', 'sink', 'sinks', 'tumbled', 'tumble', 'tumbles',
  'plunged', 'plunge', 'plunges', 'slumped', 'slump', 'lost', 'lose', 'loses', 'declined', 'decline', 'declines', 'shed', 'sheds', 'slipped', 'slip', 'slips', 'eased', 'eases',
  'retreated', 'down', 'lower', 'dipped', 'dips', 'sagged', 'tanked', 'skidded', 'closed down', 'ended down', 'weakened', 'decreased', 'plummeted', 'cratered', 'nosedived', 'dived', 'dove', 'gave up', 'edged down', 'ticked down', 'sliding', 'tumbling', 'sinking', 'dropping', 'losing',
  // es
  'cayeron', 'cayó', 'cae', 'caen', 'caído', 'bajaron', 'bajó', 'baja', 'bajan', 'retrocedieron', 'retrocedió', 'retrocede', 'cedieron', 'cedió', 'cede', 'perdieron', 'perdió', 'pierde',
  'cayendo', 'bajando', 'perdiendo', 'retrocediendo', 'cediendo', 'desplomándose', 'caindo', 'recuando', 'perdendo', 'despencando',
  'se desplomaron', 'se desplomó', 'bajadas', 'caídas', 'retrocesos', 'disminuyeron', 'disminuyó', 'se hunden', 'caen', 'desplome', 'descenso', 'caída', 'bajada', 'retroceso', 'se dejaron', 'se dejó', 'se hundieron', 'se hundió', 'caía', 'caían', 'bajaba', 'bajaban', 'perdía', 'perdían', 'cedía', 'cedían', 'retrocedía', 'retrocedían',
  // pt
  'caíram', 'caiu', 'cai', 'caem', 'recuaram', 'recuou', 'perderam', 'perdeu', 'desvalorizaram', 'desvalorizou', 'queda', 'baixa', 'em queda', 'em baixa', 'recuo', 'tombaram', 'despencaram', 'despencou', 'caía', 'caíam', 'recuava', 'recuavam', 'perdia', 'perdiam',
  // fr
  'reculé', 'recule', 'perdu', 'perd', 'chuté', 'chute', 'baissé', 'baisse', 'en baisse', 'cédé', 'cède', 'dégringolé', 'plongé', 'plonge', 'lâché', 'abandonné', 'glissé', 'replié', 'reculait', 'perdait', 'cédait', 'chutait',
  // de
  'fiel', 'fielen', 'fällt', 'fallen', 'gefallen', 'verlor', 'verloren', 'verliert', 'sank', 'sanken', 'sinkt', 'gesunken', 'gab', 'gaben', 'nachgegeben', 'büßte', 'büßten', 'rutschte', 'rutschten',
  'brach', 'brachen', 'im Minus', 'Minus', 'eingebüßt', 'verloren', 'verbilligte', 'verbilligten',
];

/** What a percentage can measure besides a share price; seen between subject and figure, it is not a stock move. */
export const NOT_STOCK_SUBJECT = [
  'stake', 'participation', 'participación', 'participação', 'Beteiligung', 'Anteil',
  'market value', 'market cap', 'market capitalization', 'capitalización', 'capitalisation', 'Börsenwert', 'revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'margin', 'income', 'growth', 'faster', 'slower', 'yield', 'yields', 'index', 'valuation', 'orders', 'bookings', 'premium',
  'ingresos', 'ventas', 'beneficio', 'beneficios', 'facturación', 'facturó', 'margen', 'crecimiento', 'índice', 'ganancias',
  'receita', 'receitas', 'vendas', 'lucro', 'faturamento', 'faturou', 'margem', 'índice', 'crescimento',
  "chiffre d'affaires", 'ventes', 'bénéfice', 'marge', 'croissance', 'indice',
  'Umsatz', 'Umsätze', 'Gewinn', 'Erlöse', 'Marge', 'Wachstum', 'Index', 'Rechenleistung',
  'registrations', 'deliveries', 'vehicles', 'shipments', 'matriculaciones', 'entregas', 'immatriculations', 'livraisons', 'Zulassungen', 'Auslieferungen',
  'Nasdaq Composite', 'S&P 500', 'S&P', 'Dow Jones', 'Dow', 'Ibex 35', 'Ibex', 'CAC 40', 'PSI', 'DAX', 'Stoxx', 'Nikkei', 'FTSE', 'Bovespa', 'Euro Stoxx',
];

/** Stock indices: "le Nasdaq a perdu 1,5 %" is the market, not a company. */
export const INDICES = ['Nasdaq', 'Nasdaq Composite', 'S&P 500', 'S&P', 'Dow Jones', 'Dow', 'Ibex 35', 'Ibex', 'CAC 40', 'CAC', 'PSI', 'PSI 20', 'DAX', 'Dax', 'MDax', 'TecDax', 'Stoxx 600', 'Euro Stoxx 50', 'Nikkei', 'FTSE 100', 'FTSE', 'Bovespa', 'Ibovespa', 'Hang Seng', 'Kospi', 'the index', 'el índice', 'o índice', "l'indice", 'der Index', 'the market', 'el mercado', 'le marché'];


/** Percent as a word after the number. */
export const PERCENT_WORDS = ['percent', 'per cent', 'pct', 'por ciento', 'por cento', 'pour cent', 'Prozent', 'pc'];
/** "percentage points" is a difference of rates, never a move. */
export const POINTS_AFTER = ['percentage point', 'percentage points', 'puntos porcentuales', 'punto porcentual', 'pontos percentuais', 'ponto percentual', 'points de pourcentage', 'point de pourcentage', 'Prozentpunkte', 'Prozentpunkten', 'Prozentpunkt', 'points', 'basis points'];

/** Words that make a sentence's subject a generic company ("Der Konzern hält ..."), pointing back. */
export const GENERIC_COMPANY = [
  'the company', 'the group', 'the firm', 'the stock', 'the shares',
  'la compañía', 'la empresa', 'el grupo', 'la firma', 'los títulos', 'las acciones', 'la sociedad',
  'a empresa', 'a companhia', 'o grupo', 'os papéis', 'as ações',
  'la société', 'le groupe', "l'entreprise", 'le titre', "l'action",
  'der Konzern', 'das Unternehmen', 'die Gruppe', 'die Aktie', 'die Papiere',
];
