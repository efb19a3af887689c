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

/** Share-price moves: verbs, nouns and adverbs before the figure that carry the direction (every tense seen in market reports). */
export const MOVE_UP = [
  // en
  'rose', 'rise', 'rises', 'rising', 'risen', 'jumped', 'jump', 'jumps', 'jumping', 'soared', 'soar', 'soars', 'soaring', 'surged', 'surge', 'surges', 'surging',
  'climbed', 'climb', 'climbs', 'climbing', 'gained', 'gain', 'gains', 'gaining', 'rallied', 'rally', 'rallies', 'rallying', 'advanced', 'advance', 'advances', 'advancing', 'added', 'adds',
  'spiked', 'spike', 'leapt', 'leaped', 'leap', 'leaps', 'popped', 'pops', 'up', 'higher', 'rebounded', 'rebound', 'rebounds', 'bounced', 'bounce', 'bounces', 'recovered', 'recovers',
  'closed up', 'ended up', 'finished up', 'went up', 'goes up', 'was up', 'were up', 'traded up', 'trading up', 'firmed', 'increased', 'increase', 'skyrocketed', 'rocketed', 'shot up',
  'edged up', 'ticked up', 'tacked on', 'spurted', 'zoomed', 'outperformed',
  // es
  'subieron', 'subió', 'sube', 'suben', 'subir', 'subido', 'subida', 'subidas', 'subía', 'subían', 'subiendo',
  'avanzaron', 'avanzó', 'avanza', 'avanzan', 'avanzaba', 'avanzaban', 'avanzado', 'avanzando', 'avance', 'avances',
  'ganaron', 'ganó', 'gana', 'ganan', 'ganaba', 'ganaban', 'ganado', 'ganando', 'ganancia',
  'dispararse', 'disparó', 'dispararon', 'dispara', 'disparan', 'disparaba', 'disparaban', 'disparándose',
  'saltó', 'saltaron', 'salta', 'saltan', 'saltaba', 'saltaban', 'ascendieron', 'ascendió', 'asciende', 'ascienden', 'ascendía', 'ascendían',
  'repuntó', 'repuntaron', 'repunta', 'repuntan', 'repuntaba', 'repuntaban', 'repunte', 'rebotó', 'rebotaron', 'rebota', 'rebotaba', 'rebote',
  'escalaron', 'escaló', 'escalaba', 'escalaban', 'trepó', 'treparon', 'trepa', 'alza', 'al alza', 'alzas', 'progresión', 'se apuntó', 'se apuntaron', 'se apunta', 'se apuntaba', 'apuntado',
  'revalorizaron', 'revalorizó', 'revaloriza', 'revalorizan', 'revalorizaba', 'revalorizaban', 'revalorizado', 'revalorizada', 'revalorizados', 'revalorizadas', 'revalorización',
  'se anotaron', 'se anotó', 'se anotaba', 'se anotaban', 'sumaba', 'sumaban', 'aumentaron', 'aumentó', 'incremento',
  // pt
  'subiram', 'subiu', 'sobe', 'sobem', 'subia', 'subiam', 'subindo', 'avançaram', 'avançou', 'avança', 'avançam', 'avançava', 'avançavam', 'avançar', 'avançando', 'avanço',
  'ganharam', 'ganhou', 'ganhava', 'ganhavam', 'ganhar', 'ganhando', 'ganho', 'ganhos', 'dispararam', 'disparou', 'disparado', 'dispara', 'disparam', 'disparava', 'disparavam', 'disparar', 'disparando',
  'alta', 'em alta', 'valorizaram', 'valorizou', 'valoriza', 'valorizam', 'valorizava', 'valorizavam', 'valorizar', 'valorizado', 'valorização', 'valorizações',
  'saltaram', 'saltou', 'saltava', 'saltavam', 'saltar', 'voa', 'voam', 'voou', 'voaram', 'voava', 'voavam', 'pulou', 'pularam', 'pula', 'pulam', 'somava', 'somavam', 'subido', 'recuperou', 'recuperaram',
  // fr
  'hausse', 'en hausse', 'hausses', 'bondi', 'bondit', 'bondissait', 'bondissaient', 'bondissent', 'bond', 'grimpé', 'grimpe', 'grimpent', 'grimpait', 'grimpaient',
  'progressé', 'progresse', 'progressent', 'progressait', 'progressaient', 'progression', 'gagné', 'gagne', 'gagnent', 'gagnait', 'gagnaient', 'gain', 'gains',
  'envolée', 'envolé', 'envole', 'envolent', 'envolait', 'envolaient', 'monté', 'montait', 'remonté', 'remonte', 'avancé', 'avance', 'flambé', 'flambe', 'flambait', 'flambée',
  'pris', 'prend', 'prenait', 'prenaient', 'adjuge', 'adjugeait', 'adjugé', 'rebondi', 'rebondit', 'rebondissait', 'augmenté', 'augmente', 'augmentait',
  // de
  'stieg', 'stiegen', 'steigt', 'steigen', 'gestiegen', 'kletterte', 'kletterten', 'klettert', 'gewann', 'gewannen', 'gewinnt', 'gewonnen', 'sprang', 'sprangen', 'springt',
  'zulegen', 'zugelegt', 'legte', 'legten', 'legt', 'im Plus', 'ins Plus', 'Plus', 'Kursplus', 'Kursgewinn', 'Kursgewinne', 'Kurssprung', 'Zuwachs', 'Aufschlag',
  'verteuerte', 'verteuerten', 'verteuert', 'zog', 'zogen', 'angezogen', 'schoss', 'schossen', 'schnellte', 'schnellten', 'rückte', 'rückten', 'erholte', 'erholten', 'erholt', 'aufwärts',
];
export const MOVE_DOWN = [
  // en
  'fell', 'fall', 'falls', 'falling', 'fallen', 'dropped', 'drop', 'drops', 'dropping', 'slid', 'slide', 'slides', 'sliding', 'sank', 'sink', 'sinks', 'sinking',
  'tumbled', 'tumble', 'tumbles', 'tumbling', 'plunged', 'plunge', 'plunges', 'plunging', 'slumped', 'slump', 'slumps', 'slumping', 'lost', 'lose', 'loses', 'losing',
  'declined', 'decline', 'declines', 'declining', 'shed', 'sheds', 'shedding', 'slipped', 'slip', 'slips', 'slipping', 'eased', 'eases', 'retreated', 'retreating', 'down', 'lower',
  'dipped', 'dips', 'sagged', 'sagging', 'tanked', 'skidded', 'closed down', 'ended down', 'finished down', 'went down', 'was down', 'were down', 'traded down', 'trading down',
  'weakened', 'decreased', 'plummeted', 'plummets', 'cratered', 'crashed', 'nosedived', 'dived', 'dove', 'dive', 'gave up', 'gave back', 'edged down', 'ticked down', 'underperformed',
  'erased', 'erasing', 'wiped', 'wiping',
  // es
  'cayeron', 'cayó', 'cae', 'caen', 'caía', 'caían', 'caído', 'caer', 'cayendo', 'caída', 'caídas', 'bajaron', 'bajó', 'baja', 'bajan', 'bajaba', 'bajaban', 'bajando', 'bajada', 'bajadas',
  'retrocedieron', 'retrocedió', 'retrocede', 'retroceden', 'retrocedía', 'retrocedían', 'retrocedido', 'retroceder', 'retrocediendo', 'retroceso', 'retrocesos',
  'cedieron', 'cedió', 'cede', 'ceden', 'cedía', 'cedían', 'cedido', 'ceder', 'cediendo', 'perdieron', 'perdió', 'pierde', 'pierden', 'perdía', 'perdían', 'perdido', 'perder', 'perdiendo', 'pérdida',
  'se desplomaron', 'se desplomó', 'desplomaba', 'desplomaban', 'desplomado', 'desplomándose', 'desplome', 'se hunden', 'se hundieron', 'se hundió', 'hundía', 'hundían', 'hundido',
  'se dejaron', 'se dejó', 'dejaba', 'dejaban', 'dejó', 'dejaron', 'descenso', 'descendió', 'descendieron', 'desciende', 'descienden', 'descendía', 'disminuyeron', 'disminuyó',
  'restaba', 'restaban', 'recortaba', 'recortaban', 'recortó', 'recortaron',
  // pt
  'caíram', 'caiu', 'cai', 'caem', 'caíam', 'cair', 'caindo', 'recuaram', 'recuou', 'recua', 'recuam', 'recuava', 'recuavam', 'recuar', 'recuado', 'recuando', 'recuo',
  'perderam', 'perdeu', 'perde', 'perdem', 'perdia', 'perdiam', 'perdendo', 'perdas', 'perda', 'cedeu', 'cederam', 'cedia', 'cediam', 'descia', 'desciam', 'desceu', 'desceram', 'desce', 'descem',
  'desvalorizaram', 'desvalorizou', 'desvaloriza', 'desvalorizava', 'desvalorizavam', 'desvalorizar', 'desvalorização', 'desvalorizações', 'queda', 'quedas', 'baixa', 'em queda', 'em baixa',
  'tombaram', 'tombou', 'tomba', 'tombam', 'tombava', 'tombando', 'tombar', 'despencaram', 'despencou', 'despenca', 'despencam', 'despencava', 'despencando', 'desabou', 'desabaram',
  'afundou', 'afundaram', 'afunda', 'afundam', 'afundava', 'afundar', 'afundando', 'deslizava', 'deslizou', 'derrapou',
  // fr
  'reculé', 'recule', 'reculent', 'reculait', 'reculaient', 'recul', 'perdu', 'perd', 'perdent', 'perdait', 'perdaient', 'chuté', 'chute', 'chutent', 'chutait', 'chutaient',
  'baissé', 'baisse', 'baisses', 'en baisse', 'cédé', 'cède', 'cèdent', 'cédait', 'cédaient', 'dégringolé', 'dégringole', 'dégringolait', 'dégringolade', 'plongé', 'plonge', 'plongeait', 'plongeaient', 'plongeon',
  'lâché', 'lâche', 'lâchait', 'abandonné', 'abandonne', 'abandonnait', 'glissé', 'glisse', 'glissait', 'replié', 'replie', 'repliait', 'repli', 'dévissé', 'dévisse', 'dévissait',
  'décroché', 'décroche', 'effondré', 'effondre', 'effondrait', 'sombré', 'moins-value',
  // de
  'fiel', 'fielen', 'fällt', 'fallen', 'gefallen', 'verlor', 'verloren', 'verliert', 'sank', 'sanken', 'sinkt', 'gesunken', 'gab', 'gaben', 'nachgegeben', 'büßte', 'büßten', 'büßt', 'einbüßte', 'eingebüßt',
  'rutschte', 'rutschten', 'rutscht', 'sackte', 'sackten', 'abgesackt', 'brach', 'brachen', 'eingebrochen', 'stürzte', 'stürzten', 'abgestürzt', 'im Minus', 'ins Minus', 'Minus',
  'Kurssturz', 'Kursverlust', 'Kursverluste', 'Kursrutsch', 'Abschlag', 'verbilligte', 'verbilligten', 'verbilligt', 'abwärts',
];
/** Words right after the figure that carry the direction ("2 Prozent höher", "12% lighter", "um 4 Prozent nach oben"). */
export const MOVE_UP_AFTER = [
  'gestiegen', 'geklettert', 'gesprungen', 'angezogen', 'hochgeschnellt', 'höher', 'fester', 'nach oben', 'im Plus', 'ins Plus', 'an Wert gewonnen', 'gewonnen', 'zugelegt', 'steigen', 'klettern', 'zulegen', 'anziehen',
  'higher', 'more', 'plus', 'up', 'in gains', 'gain', 'rise', 'jump', 'rally', 'surge', 'above',
  'más', 'a mais', 'de alta', 'en hausse', 'de hausse',
];
export const MOVE_DOWN_AFTER = [
  'gefallen', 'gesunken', 'gerutscht', 'abgesackt', 'eingebrochen', 'zurückgegangen', 'tiefer', 'leichter', 'schwächer', 'nach unten', 'in den Keller', 'im Minus', 'ins Minus',
  'an Wert eingebüßt', 'eingebüßt', 'an Wert verloren', 'verloren', 'fallen', 'sinken', 'nachgeben', 'verlieren', 'einbrechen', 'absacken',
  'lower', 'lighter', 'less', 'down', 'in losses', 'slide', 'drop', 'decline', 'fall', 'plunge', 'loss', 'retreat', 'below', 'off',
  'menos', 'a menos', 'de baja', 'en baisse', 'de baisse',
];
/** German separable particles closing a clause after the figure: "legte um 2 Prozent zu", "gab um 3 Prozent nach". */
export const UP_PARTICLES = ['zu', 'vor'];
export const DOWN_PARTICLES = ['nach', 'ab', 'ein'];

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
