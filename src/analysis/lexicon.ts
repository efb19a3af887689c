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
  'shares', 'share price', 'share prices', 'stock price', 'stock prices', 'stock', 'stocks', 'share',
  'acciones', 'acción', 'títulos', 'título', 'valores',
  'ações', 'ação', 'papéis', 'papel', 'títulos',
  'action', 'actions', 'titre', 'titres', 'valeur',
  'Aktie', 'Aktien', 'Papiere', 'Papier', 'Anteilsscheine', 'Titel', 'Kurs', 'Aktienkurs',
  'cotización', 'cotação', 'ADR', 'ADRs', 'BDR', 'BDRs',
];

/** Share-price moves: verbs, nouns and adverbs before the figure that carry the direction (every tense seen in market reports). */
export const MOVE_UP = [
  // en
  'rose', 'rise', 'rises', 'rising', 'risen', 'jumped', 'jump', 'jumps', 'jumping', 'soared', 'soar', 'soars', 'soaring', 'surged', 'surge', 'surges', 'surging',
  'climbed', 'climb', 'climbs', 'climbing', 'gained', 'gain', 'gains', 'gaining', 'rallied', 'rally', 'rallies', 'rallying', 'advanced', 'advance', 'advances', 'advancing', 'added', 'adds',
  'spiked', 'spike', 'leapt', 'leaped', 'leap', 'leaps', 'popped', 'pops', 'up', 'higher', 'rebounded', 'rebound', 'rebounds', 'bounced', 'bounce', 'bounces', 'recovered', 'recovers',
  'closed up', 'ended up', 'finished up', 'went up', 'goes up', 'was up', 'were up', 'traded up', 'trading up', 'firmed', 'increased', 'increase', 'skyrocketed', 'rocketed', 'shot up',
  'edged up', 'ticked up', 'tacked on', 'spurted', 'zoomed', 'outperformed', 'shot up', 'boosting', 'lifting', 'strengthened', 'adding', 'added', 'ascent',
  // es
  'subieron', 'subió', 'sube', 'suben', 'subir', 'subido', 'subida', 'subidas', 'subía', 'subían', 'subiendo', 'subieran', 'subiera', 'avanzaran', 'ganaran',
  'avanzaron', 'avanzó', 'avanza', 'avanzan', 'avanzaba', 'avanzaban', 'avanzado', 'avanzando', 'avance', 'avances',
  'ganaron', 'ganó', 'gana', 'ganan', 'ganaba', 'ganaban', 'ganado', 'ganando', 'ganancia',
  'dispararse', 'disparó', 'dispararon', 'dispara', 'disparan', 'disparaba', 'disparaban', 'disparándose',
  'saltó', 'saltaron', 'salta', 'saltan', 'saltaba', 'saltaban', 'ascendieron', 'ascendió', 'asciende', 'ascienden', 'ascendía', 'ascendían',
  'repuntó', 'repuntaron', 'repunta', 'repuntan', 'repuntaba', 'repuntaban', 'repunte', 'rebotó', 'rebotaron', 'rebota', 'rebotaba', 'rebote',
  'avanzar', 'ganar', 'repuntar', 'escalar', 'saltar', 'revalorizarse', 'dispararse', 'remontar', 'remontó', 'remontaron', 'remonta', 'remontan', 'remontaba', 'remontaban',
  'escalaron', 'escaló', 'escalaba', 'escalaban', 'trepó', 'treparon', 'trepa', 'alza', 'al alza', 'alzas', 'progresión', 'se apuntó', 'se apuntaron', 'se apunta', 'se apuntaba', 'apuntado',
  'revalorizaron', 'revalorizó', 'revaloriza', 'revalorizan', 'revalorizaba', 'revalorizaban', 'revalorizado', 'revalorizada', 'revalorizados', 'revalorizadas', 'revalorización',
  'se anotaron', 'se anotó', 'se anotaba', 'se anotaban', 'sumaba', 'sumaban', 'aumentaron', 'aumentó', 'incremento',
  // pt
  'subiram', 'subiu', 'sobe', 'sobem', 'subia', 'subiam', 'subindo', 'avançaram', 'avançou', 'avança', 'avançam', 'avançava', 'avançavam', 'avançar', 'avançando', 'avanço',
  'ganharam', 'ganhou', 'ganhava', 'ganhavam', 'ganhar', 'ganhando', 'ganho', 'ganhos', 'dispararam', 'disparou', 'disparado', 'dispara', 'disparam', 'disparava', 'disparavam', 'disparar', 'disparando',
  'em alta', 'alta de', 'altas', 'valorizaram', 'valorizou', 'valoriza', 'valorizam', 'valorizava', 'valorizavam', 'valorizar', 'valorizado', 'valorização', 'valorizações',
  'subirem', 'avançarem', 'dispararem', 'valorizarem', 'saltarem',
  'saltaram', 'saltou', 'saltava', 'saltavam', 'saltar', 'voa', 'voam', 'voou', 'voaram', 'voava', 'voavam', 'pulou', 'pularam', 'pula', 'pulam', 'somava', 'somavam', 'subido', 'recuperou', 'recuperaram',
  'somou', 'somaram', 'soma', 'somam', 'somando', 'valorizando', 'escalou', 'escalaram', 'escalando', 'acumulou', 'acumularam',
  // fr
  'hausse', 'en hausse', 'hausses', 'bondi', 'bondit', 'bondissait', 'bondissaient', 'bondissent', 'bond', 'grimpé', 'grimpe', 'grimpent', 'grimpait', 'grimpaient',
  'progressé', 'progresse', 'progressent', 'progressait', 'progressaient', 'progression', 'gagné', 'gagne', 'gagnent', 'gagnait', 'gagnaient', 'gain', 'gains',
  'envolée', 'envolé', 'envole', 'envolent', 'envolait', 'envolaient', 'monté', 'montait', 'remonté', 'remonte', 'avancé', 'avance', 'flambé', 'flambe', 'flambait', 'flambée',
  'pris', 'prend', 'prenait', 'prenaient', 'adjuge', 'adjugeait', 'adjugé', 'rebondi', 'rebondit', 'rebondissait', 'augmenté', 'augmente', 'augmentait',
  'grimper', 'bondir', 'progresser', 'monter', 'gagner', 'envoler', 'flamber', 'rebondir', 'remonter',
  'augmentant', 'progressant', 'gagnant', 'grimpant', 'bondissant', 'avançant', 'montant', 'propulsé', 'propulse',
  'apprécié', 'appréciée', "s'est apprécié", "s'est appréciée", "s'apprécie", 'apreciou', 'se apreció',
  // what lifted the shares: "El anuncio impulsó las acciones de Oracle más de 40 %", "the deal lifted Nebius shares 20%"
  'impulsó', 'impulsaron', 'impulsa', 'impulsan', 'impulsaba', 'elevó', 'lifted', 'boosted', 'sent', 'impulsionou', 'impulsionaram', 'impulsiona', 'beflügelte', 'beflügelten', 'trieb',
  // de
  'stieg', 'stiegen', 'steigt', 'steigen', 'gestiegen', 'kletterte', 'kletterten', 'klettert', 'gewann', 'gewannen', 'gewinnt', 'gewonnen', 'sprang', 'sprangen', 'springt',
  'zulegen', 'zugelegt', 'legte', 'legten', 'legt', 'im Plus', 'ins Plus', 'Plus', 'Kursplus', 'Kursgewinn', 'Kursgewinne', 'Kurssprung', 'Zuwachs', 'Aufschlag',
  'gewinnen', 'steigen', 'klettern', 'springen', 'verbessern sich', 'verbessert sich', 'verbesserte sich', 'verbesserten sich', 'verteuern sich', 'verteuert sich',
  'verteuerte', 'verteuerten', 'verteuert', 'zog', 'zogen', 'angezogen', 'schoss', 'schossen', 'schnellte', 'schnellten', 'rückte', 'rückten', 'erholte', 'erholten', 'erholt', 'aufwärts',
];
export const MOVE_DOWN = [
  // en
  'fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'dropping', 'dip', 'dips', 'dipped', 'dipping', 'weakened', 'slid', 'slide', 'slides', 'sliding', 'sank', 'sink', 'sinks', 'sinking',
  'tumbled', 'tumble', 'tumbles', 'tumbling', 'plunged', 'plunge', 'plunges', 'plunging', 'slumped', 'slump', 'slumps', 'slumping', 'lost', 'lose', 'loses', 'losing',
  'declined', 'decline', 'declines', 'declining', 'shed', 'sheds', 'shedding', 'slipped', 'slip', 'slips', 'slipping', 'eased', 'eases', 'retreated', 'retreating', 'down', 'lower',
  'dipped', 'dips', 'sagged', 'sagging', 'tanked', 'skidded', 'closed down', 'ended down', 'finished down', 'went down', 'was down', 'were down', 'traded down', 'trading down',
  'weakened', 'decreased', 'plummeted', 'plummets', 'cratered', 'crashed', 'nosedived', 'dived', 'dove', 'dive', 'gave up', 'gave back', 'edged down', 'ticked down', 'underperformed',
  'erased', 'erasing', 'wiped', 'wiping',
  // es
  'cayeron', 'cayó', 'cae', 'caen', 'caía', 'caían', 'caído', 'caer', 'cayendo', 'caída', 'caídas', 'cayeran', 'cayera', 'bajaran', 'retrocedieran', 'cedieran', 'bajaron', 'bajó', 'baja', 'bajan', 'bajaba', 'bajaban', 'bajando', 'bajada', 'bajadas',
  'retrocedieron', 'retrocedió', 'retrocede', 'retroceden', 'retrocedía', 'retrocedían', 'retrocedido', 'retroceder', 'retrocediendo', 'retroceso', 'retrocesos',
  'cedieron', 'cedió', 'cede', 'ceden', 'cedía', 'cedían', 'cedido', 'ceder', 'cediendo', 'perdieron', 'perdió', 'pierde', 'pierden', 'perdía', 'perdían', 'perdido', 'perder', 'perdiendo', 'pérdida',
  'se desplomaron', 'se desplomó', 'desplomaba', 'desplomaban', 'desplomado', 'desplomándose', 'desplome', 'se hunden', 'se hundieron', 'se hundió', 'hundía', 'hundían', 'hundido',
  'se dejaron', 'se dejó', 'dejaba', 'dejaban', 'dejó', 'dejaron', 'descenso', 'descendió', 'descendieron', 'desciende', 'descienden', 'descendía', 'disminuyeron', 'disminuyó',
  'restaba', 'restaban', 'recortaba', 'recortaban', 'recortó', 'recortaron', 'bajar', 'desplomarse', 'hundirse', 'dejarse',
  // pt
  'caíram', 'caiu', 'cai', 'caem', 'caíam', 'cair', 'caindo', 'recuaram', 'recuou', 'recua', 'recuam', 'recuava', 'recuavam', 'recuar', 'recuado', 'recuando', 'recuo',
  'perderam', 'perdeu', 'perde', 'perdem', 'perdia', 'perdiam', 'perdendo', 'perdas', 'perda', 'cedeu', 'cederam', 'cedia', 'cediam', 'descia', 'desciam', 'desceu', 'desceram', 'desce', 'descem',
  'desvalorizaram', 'desvalorizou', 'desvaloriza', 'desvalorizava', 'desvalorizavam', 'desvalorizar', 'desvalorização', 'desvalorizações',
  // Spanish "se queda con" keeps: the Portuguese noun only with its preposition.
  'em queda', 'queda de', 'queda do', 'queda da', 'quedas', 'em baixa', 'baixa de',
  'tombaram', 'tombou', 'tomba', 'tombam', 'tombava', 'tombando', 'tombar', 'despencaram', 'despencou', 'despenca', 'despencam', 'despencava', 'despencando', 'desabou', 'desabaram',
  'derreteu', 'derreteram', 'derrete', 'derretem', 'derretia', 'derretiam', 'derretendo', 'retrocedeu', 'retrocederam', 'retrocedendo', 'retrocedia', 'retrocediam',
  'caírem', 'recuarem', 'despencarem', 'desvalorizarem', 'tombarem',
  'afundou', 'afundaram', 'afunda', 'afundam', 'afundava', 'afundar', 'afundando', 'deslizava', 'deslizou', 'derrapou', 'despencar', 'tombar',
  // fr
  'reculé', 'recule', 'reculent', 'reculait', 'reculaient', 'recul', 'perdu', 'perd', 'perdent', 'perdait', 'perdaient', 'chuté', 'chute', 'chutent', 'chutait', 'chutaient',
  'baissé', 'baisse', 'baisses', 'en baisse', 'cédé', 'cède', 'cèdent', 'cédait', 'cédaient', 'dégringolé', 'dégringole', 'dégringolait', 'dégringolade', 'plongé', 'plonge', 'plongeait', 'plongeaient', 'plongeon',
  'lâché', 'lâche', 'lâchait', 'abandonné', 'abandonne', 'abandonnait', 'glissé', 'glisse', 'glissait', 'replié', 'replie', 'repliait', 'repli', 'dévissé', 'dévisse', 'dévissait',
  'décroché', 'décroche', 'effondré', 'effondre', 'effondrait', 'sombré', 'moins-value',
  'reculer', 'chuter', 'baisser', 'perdre', 'céder', 'plonger', 'dévisser', 'dégringoler', 'effondrer', 'glisser', 'lâcher',
  'reculant', 'perdant', 'cédant', 'chutant', 'baissant', 'plongeant', 'glissant',
  // what dragged the shares down
  'hundió', 'hundieron', 'lastró', 'lastraron', 'lastra', 'dragged', 'hammered', 'derrubou', 'derrubaram', 'derruba', 'plombé', 'plombe', 'plombait', 'belastete', 'belasteten', 'drückte', 'drückten',
  // de
  'fiel', 'fielen', 'fällt', 'fallen', 'gefallen', 'verlor', 'verloren', 'verliert', 'verlieren', 'sank', 'sanken', 'sinkt', 'sinken', 'gesunken', 'rutschen', 'geben nach', 'gibt nach',
  'verschlechtern sich', 'verschlechtert sich', 'verschlechterte sich', 'verschlechterten sich', 'verbilligen sich', 'verbilligt sich', 'gab', 'gaben', 'nachgegeben', 'büßte', 'büßten', 'büßt', 'einbüßte', 'eingebüßt',
  'rutschte', 'rutschten', 'rutscht', 'sackte', 'sackten', 'abgesackt', 'brach', 'brachen', 'eingebrochen', 'stürzte', 'stürzten', 'abgestürzt', 'im Minus', 'ins Minus', 'Minus',
  'Kurssturz', 'Kursverlust', 'Kursverluste', 'Kursrutsch', 'Abschlag', 'verbilligte', 'verbilligten', 'verbilligt', 'abwärts',
  // distance from a high: "entfernten sich um 20 Prozent vom Rekordhoch"
  'entfernt', 'entfernte', 'entfernten',
];
/** Words right after the figure that carry the direction ("2 Prozent höher", "12% lighter", "um 4 Prozent nach oben"). */
export const MOVE_UP_AFTER = [
  'gestiegen', 'geklettert', 'gesprungen', 'angezogen', 'hochgeschnellt', 'höher', 'fester', 'nach oben', 'aufwärts',
  // German subordinate clauses put the finite verb last: "..., dessen Aktie um 4 Prozent stieg"
  'stieg', 'stiegen', 'gewann', 'gewannen', 'zulegte', 'zulegten', 'kletterte', 'kletterten', 'sprang', 'sprangen', 'anzog', 'anzogen', 'im Plus', 'ins Plus', 'an Wert gewonnen', 'gewonnen', 'zugelegt', 'steigen', 'klettern', 'zulegen', 'anziehen',
  'higher', 'more', 'plus', 'up', 'in gains', 'gain', 'rise', 'jump', 'rally', 'surge', 'above',
  'de alta', 'en hausse', 'de hausse', 'al alza', 'em alta',
];
export const MOVE_DOWN_AFTER = [
  'gefallen', 'gesunken', 'gerutscht', 'abgesackt', 'eingebrochen', 'zurückgegangen', 'tiefer', 'niedriger', 'leichter', 'schwächer', 'nach unten', 'abwärts', 'in den Keller', 'in die Tiefe',
  'fiel', 'fielen', 'sank', 'sanken', 'verlor', 'nachgab', 'nachgaben', 'einbrach', 'einbrachen', 'absackte', 'absackten', 'abrutschte', 'zurückging', 'im Minus', 'ins Minus',
  'an Wert eingebüßt', 'eingebüßt', 'an Wert verloren', 'verloren', 'fallen', 'sinken', 'nachgeben', 'verlieren', 'einbrechen', 'absacken',
  'lower', 'lighter', 'less', 'down', 'in losses', 'slide', 'drop', 'decline', 'fall', 'plunge', 'loss', 'retreat', 'below', 'off',
  'de baixa', 'en baisse', 'de baisse', 'a la baja', 'em baixa',
];
/** German separable particles closing a clause after the figure: "legte um 2 Prozent zu", "gab um 3 Prozent nach". */
export const UP_PARTICLES = ['zu', 'vor'];
export const DOWN_PARTICLES = ['nach', 'ab', 'ein'];

/** What a percentage can measure besides a share price; seen between subject and figure, it is not a stock move. */
export const NOT_STOCK_SUBJECT = [
  'stake', 'participation', 'participación', 'participação', 'Beteiligung', 'Anteil',
  'market value', 'market cap', 'market capitalization', 'capitalización', 'capitalisation', 'Börsenwert', 'revenue', 'revenues', 'sales', 'profit', 'profits', 'earnings', 'margin', 'income', 'growth', 'faster', 'slower', 'yield', 'yields', 'index', 'valuation', 'orders', 'bookings', 'premium',
  'ingresos', 'ventas', 'beneficio', 'beneficios', 'facturación', 'facturó', 'margen', 'crecimiento', 'índice', 'ganancias', 'utilidades', 'utilidad',
  'receita', 'receitas', 'vendas', 'lucro', 'faturamento', 'faturou', 'margem', 'índice', 'crescimento',
  "chiffre d'affaires", 'ventes', 'bénéfice', 'marge', 'croissance', 'indice', 'revenus', 'recettes', 'résultat', 'résultats',
  'Umsatz', 'Umsätze', 'Gewinn', 'Erlöse', 'Marge', 'Wachstum', 'Index', 'Rechenleistung',
  'registrations', 'deliveries', 'vehicles', 'shipments', 'matriculaciones', 'entregas', 'immatriculations', 'livraisons', 'Zulassungen', 'Auslieferungen',
  'margins', 'márgenes', 'margens', 'marges', 'Margen', 'capex', 'capital expenditures', 'expenditures', 'spending', 'investment', 'inversión', 'investimento', 'investissement', 'Investitionen',
  'Auftragseingang', 'Auftragseingänge', 'Aufträge', 'Bestellungen', 'pedidos', 'encomendas', 'commandes', 'backlog', 'cartera de pedidos',
  'demand', 'demanda', 'demande', 'Nachfrage', 'capacity', 'capacidad', 'capacidade', 'capacité', 'Kapazität', 'production', 'producción', 'produção', 'Produktion',
  'prices', 'precio', 'precios', 'preço', 'preços', 'tarifs', 'Preis', 'Preise', 'dividend', 'dividendo', 'dividende', 'Dividende', 'debt', 'deuda', 'dívida', 'dette', 'Schulden',
  'Rendite', 'Renditen', 'rendimiento', 'rendimento', 'rendement', 'Basispunkte', 'basis points', 'puntos básicos', 'pontos-base', 'points de base',
  'bonds', 'bond', 'bonos', 'obligations', 'obrigações', 'Anleihen', 'Anleihe',
  'ETF', 'ETFs', 'fund', 'funds', 'fondo', 'fondos', 'fundo', 'fundos', 'fonds', 'Fonds',
  'Nasdaq Composite', 'S&P 500', 'S&P', 'Dow Jones', 'Dow', 'Ibex 35', 'Ibex', 'CAC 40', 'PSI', 'DAX', 'Stoxx', 'Nikkei', 'FTSE', 'Bovespa', 'Euro Stoxx',
];

/** Stock indices: "le Nasdaq a perdu 1,5 %" is the market, not a company. */
export const INDICES = ['Nasdaq 100', 'SBF 120', 'Stoxx Europe 600', 'Russell 2000', 'PHLX Semiconductor Index', 'Philadelphia Semiconductor Index', 'S&P/BMV IPC', 'FTSE BIVA', 'MSCI', 'VIX', 'Nasdaq', 'Nasdaq Composite', 'S&P 500', 'S&P', 'Dow Jones', 'Dow', 'Ibex 35', 'Ibex', 'CAC 40', 'CAC', 'PSI', 'PSI 20', 'DAX', 'Dax', 'MDax', 'TecDax', 'Stoxx 600', 'Euro Stoxx 50', 'Nikkei', 'FTSE 100', 'FTSE', 'Bovespa', 'Ibovespa', 'Hang Seng', 'Kospi', 'the index', 'el índice', 'o índice', "l'indice", 'der Index', 'the market', 'el mercado', 'le marché'];


/** "respectively" in a list of figures: "1.5% and 1.8%, respectively", "1,4 beziehungsweise 0,8 Prozent". */
export const RESPECTIVELY_WORDS = ['respectively', 'respectivamente', 'respetivamente', 'respectivement', 'beziehungsweise', 'bzw.', 'bzw'];
/** Words opening a range of two figures ("entre un 2 y un 6,5 %", "between 3 and 5%", "zwischen 2 und 4 Prozent"). */
export const RANGE_OPENERS = ['between', 'entre', 'zwischen'];

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

/**
 * Nouns that name a company by what it is ("la operadora", "o banco", "le groupe", "the chipmaker"):
 * as a subject they point back to a company named before. German compounds end in these ("Softwarekonzern").
 */
export const DESCRIPTOR_NOUNS = [
  'company', 'group', 'firm', 'carrier', 'bank', 'lender', 'retailer', 'chipmaker', 'airline', 'utility', 'insurer', 'automaker', 'carmaker', 'miner', 'operator',
  'telecom', 'developer', 'maker', 'giant', 'conglomerate', 'manufacturer', 'startup', 'supplier', 'designer', 'provider', 'producer',
  'compañía', 'empresa', 'grupo', 'firma', 'sociedad', 'operadora', 'teleco', 'eléctrica', 'energética', 'petrolera', 'constructora', 'aerolínea', 'entidad', 'banco',
  'aseguradora', 'tecnológica', 'fabricante', 'cotizada', 'farmacéutica', 'gestora', 'inmobiliaria', 'multinacional', 'gigante', 'compañía aérea', 'filial', 'matriz', 'socimi',
  'companhia', 'elétrica', 'petrolífera', 'petroleira', 'estatal', 'construtora', 'cotada', 'mineradora', 'varejista', 'retalhista', 'papeleira', 'seguradora',
  'société', 'groupe', 'entreprise', 'opérateur', 'constructeur', 'fabricant', 'banque', 'équipementier', 'géant', 'spécialiste', 'assureur', 'énergéticien', 'pétrolier',
  'distributeur', 'compagnie', 'motoriste', 'industriel', 'concepteur', 'producteur', 'fournisseur',
  'productor', 'proveedor', 'produtor', 'fornecedor',
  'Konzern', 'Unternehmen', 'Gruppe', 'Hersteller', 'Bank', 'Versorger', 'Versicherer', 'Zulieferer', 'Anbieter', 'Entwickler', 'Riese', 'Gigant', 'Ausrüster', 'Betreiber',
  'Händler', 'Spezialist', 'Produzent', 'Dienstleister', 'Firma', 'Bauer', 'Fluggesellschaft', 'Tochter',
];
/** Share classes written where a company name could stand ("Petrobras (ON +5,2%, PN +3,9%)"). */
export const SHARE_CLASSES = ['ON', 'PN', 'PNA', 'PNB', 'Unit', 'Units', 'ADR', 'ADRs', 'BDR', 'BDRs', 'Vz', 'Vorzüge', 'Stämme', 'Class A', 'Class B', 'Class C'];
/** Pronouns for a share or company named before ("they slipped", "elas chegaram a cair", "entfernten sie sich"). */
export const MOVE_PRONOUNS = ['they', 'it', 'ellas', 'ellos', 'elas', 'eles', 'ela', 'ele', 'ils', 'elles', 'elle', 'sie'];
/** German impersonal moves: "ging es um 4 Prozent abwärts", "es ging nach oben". */
export const IMPERSONAL = ['ging es', 'es ging', 'geht es', 'es geht'];
/** "X and Y each fell 3%": one figure for every listed company. */
export const EACH_WORDS = ['each', 'both', 'cada una', 'cada uno', 'ambas', 'ambos', 'chacune', 'chacun', 'toutes deux', 'tous deux', 'tous les deux', 'toutes les deux', 'jeweils', 'beide', 'cada um', 'cada uma', 'as duas', 'os dois', 'ambas as', 'ambos os'];
/** "seguida de Banorte, con 2,3 %", "followed by X (+2.4%)": the next item of a ranking, same direction. */
export const FOLLOWED_BY = ['followed by', 'seguida de', 'seguido de', 'seguida por', 'seguido por', 'seguidas de', 'seguidos de', 'seguida pela', 'seguido pelo', 'seguida pelo', 'seguido pela', 'suivi de', 'suivie de', 'suivi par', 'suivie par', 'gefolgt von'];
/** Verbs that carry a move noun ("recorded a decline of 6.9%", "cerró con una caída del", "a signé la plus forte baisse"), skipped between a subject and the move word. */
export const LIGHT_VERBS = [
  'recorded', 'posted', 'suffered', 'saw', 'booked', 'closed', 'ended', 'finished', 'opened', 'took', 'notched', 'logged', 'registered', 'experienced', 'marked', 'with', 'at', 'by',
  'registró', 'registraron', 'sufrió', 'sufrieron', 'experimentó', 'cerró', 'cerraron', 'cerraba', 'terminó', 'terminaron', 'acabó', 'finalizó', 'abrió', 'vivió', 'anotó', 'marcó', 'con', 'apuntado', 'apuntó',
  'registou', 'registrou', 'registaram', 'registraram', 'apresentou', 'apresentaram', 'sofreu', 'sofreram', 'teve', 'tiveram', 'fechou', 'fecharam', 'fechava', 'terminou', 'abriu', 'operava', 'operavam', 'opera', 'operam', 'com',
  'enregistre', 'enregistré', 'enregistrait', 'affiche', 'affiché', 'affichait', 'signe', 'signé', 'connu', 'connaît', 'subi', 'subit', 'termine', 'terminé', 'clôturé', 'clôture', 'ouvert', 'avec',
  'essuyé', 'essuie', 'accusé', 'accuse', 'concédé', 'concède', 'réalisé', 'réalise', 'protagonizó', 'encadenó', 'firmó', 'amargou', 'amarga', 'somou',
  'verbuchte', 'verbuchten', 'verzeichnete', 'verzeichneten', 'erlitt', 'erlitten', 'schloss', 'schlossen', 'ging', 'gingen', 'lag', 'lagen', 'notierte', 'notierten', 'mit',
  'accumulates', 'acumula', 'acumulan', 'acumulaba', 'acumuló', 'acumulou', 'acumulam', 'acumulava', 'accumule', 'accumulé', 'kommt', 'kam',
];
/** "lideró las ganancias con una progresión del 4 %": gains and losses of a ranking, not earnings. */
export const LEADER_PHRASES = [
  'led the gains', 'led gains', 'led the losses', 'led losses', 'among the gains', 'lideró las ganancias', 'lideró las subidas', 'lideró las pérdidas', 'lideró las caídas',
  'encabezó las ganancias', 'encabezó las subidas', 'encabezó las pérdidas', 'encabezó las caídas', 'lideraba las ganancias', 'encabezaba las ganancias', 'las mayores ganancias',
  'liderou os ganhos', 'liderou as altas', 'liderou as perdas', 'liderou as quedas', 'mené les gains', 'mène les gains',
];
/** German compounds end in what they measure ("Gesamtumsatz", "Betriebsergebnis", "Neuzulassungen"): not a share price. */
export const NOT_STOCK_DE_HEADS = [
  'umsatz', 'umsätze', 'gewinn', 'gewinne', 'ergebnis', 'erlös', 'erlöse', 'marge', 'margen', 'wachstum', 'auftragseingang', 'aufträge', 'zulassungen', 'auslieferungen',
  'absatz', 'nachfrage', 'kapazität', 'kapazitäten', 'rendite', 'renditen', 'dividende', 'investitionen', 'schulden', 'index', 'preis', 'preise', 'kosten', 'ausgaben', 'produktion',
];
/** Move nouns that may take the level they reached ("réduisant sa moins-value à 65 %", "its loss to 40%"). */
export const MOVE_NOUNS_TO_LEVEL = ['moins-value', 'plus-value', 'perte', 'pertes', 'loss', 'losses', 'gain', 'gains', 'pérdida', 'pérdidas', 'ganancia', 'perda', 'perdas', 'ganho', 'ganhos', 'Minus', 'Plus', 'Verlust', 'Verluste',
  'valorização', 'valorización', 'revalorización', 'desvalorização', 'hausse', 'baisse'];
