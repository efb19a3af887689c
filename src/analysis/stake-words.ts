// Word lists for equity stakes (stakes.ts, referents.ts), as data, in en / es / pt / fr / de.

/** Verbs of holding, whose subject is the holder (present, past, future, conditional). */
export const HOLD_VERBS = [
  'owns', 'own', 'owned', 'owning', 'holds', 'hold', 'held', 'holding', 'controls', 'control', 'controlled', 'retains', 'retain', 'keeps', 'keep', 'kept', 'keeping', 'retaining', 'will own', 'would own', 'will hold', 'would hold',
  'controlada', 'controlado', 'participada', 'participado', 'détenue', 'détenu', 'contrôlée', 'contrôlé', 'detida', 'detido',
  'detiene', 'detienen', 'detenta', 'detentará', 'detentaría', 'posee', 'poseen', 'poseerá', 'poseería', 'controla', 'controlan', 'controlará', 'controlarán', 'controlaría',
  'tiene', 'tienen', 'tendrá', 'tendrán', 'tendría', 'tendrían', 'mantiene', 'mantendrá', 'mantendría', 'conserva', 'conservará', 'conservaría',
  'dueña de', 'dueño de', 'dueña del', 'dueño del', 'propietaria de', 'propietario de', 'propietaria del', 'propietario del',
  'se queda con', 'se quedan con', 'se quedó con', 'se quedará con', 'se quedarán con', 'se quedaría con', 'se quedarían con', 'es dueña de', 'es dueño de',
  'detém', 'detêm', 'deterá', 'deterão', 'deteria', 'passa a deter', 'passará a deter', 'vai deter', 'possui', 'possuem', 'possuirá', 'controla', 'tem', 'têm', 'terá', 'terão', 'teria',
  'dona de', 'dono de', 'proprietária de', 'proprietário de', 'mantém', 'manterá', 'manteria', 'fica com', 'ficará com', 'ficarão com', 'ficaria com', 'ficariam com', 'ficam com', 'poderá ficar com', 'conserva',
  'détient', 'détiennent', 'détiendra', 'détiendront', 'détiendrait', 'détenait', 'possède', 'possèdent', 'possédera', 'contrôle', 'contrôlent', 'contrôlera',
  'conserve', 'conservera', 'conserverait', 'garde', 'gardera', 'garderait', 'propriétaire de', 'propriétaire du',
  'hält', 'halten', 'hielt', 'hielten', 'hielte', 'hielten', 'halten wird', 'besitzt', 'besitzen', 'kontrolliert', 'gehören', 'gehört', 'gehörten', 'gehörte', 'behält', 'behalten', 'behielte',
];

/** Verbs of taking a stake ("took a 4% stake", "adquirió el 20 %", "a pris 11 %", "erwirbt 9 Prozent"): the subject is the holder. */
export const ACQUIRE_VERBS = [
  'took', 'take', 'takes', 'taking', 'acquired', 'acquire', 'acquires', 'acquiring', 'bought', 'buy', 'buys', 'buying', 'invested', 'invests', 'paid', 'pays', 'raised', 'raises', 'lifted', 'increased',
  'tomó', 'toma', 'tomará', 'adquirió', 'adquiere', 'adquirirá', 'compró', 'compra', 'comprará', 'invirtió', 'pagó', 'elevó', 'eleva', 'elevará',
  'tomou', 'toma', 'tomará', 'adquiriu', 'adquire', 'adquirirá', 'comprou', 'compra', 'comprará', 'investiu', 'pagou', 'elevou',
  'pris', 'prend', 'prendra', 'prendre', 'acquis', 'acquiert', 'acquerra', 'racheté', 'rachète', 'investi', 'payé', 'relevé', 'porté', 'porte', 'portera', 'relève',
  'übernimmt', 'übernahm', 'übernehmen', 'erwirbt', 'erwarb', 'erwerben', 'kauft', 'kaufte', 'kaufen', 'stockt', 'stockte', 'aufgestockt',
];

/** Verbs whose indirect object receives the stake ("would give the Alphabet unit roughly 8%", "leaving Microsoft with 27%"). */
export const GIVE_VERBS = [
  'give', 'gives', 'giving', 'gave', 'hand', 'hands', 'handing', 'handed', 'grant', 'grants', 'granting', 'granted', 'leave', 'leaves', 'leaving', 'left',
  'otorga', 'otorgaría', 'otorgará', 'daría', 'dará', 'dejaría', 'dejará', 'dejando a', 'dejando',
  'daria', 'dará', 'dá', 'confere', 'conferirá', 'deixando', 'deixaria', 'deixará',
  'donnerait', 'donnera', 'donne', 'donnant', 'accorde', 'accorderait', 'laissant', 'laisserait', 'laissera',
  'gibt', 'geben', 'gäbe', 'verschafft', 'verschaffen', 'sichert',
];

/** Cue words before the figure beside the verbs. */
export const STAKE_NOUNS_BEFORE = [
  'stake', 'stake of', 'shareholder', 'stockholder', 'shareholders', 'owner', 'holding of', 'equity stake', 'shareholding', 'participación', 'participação', 'participation', 'Beteiligung', 'Anteil', 'Anteile',
  'acceptances for', 'accionista', 'actionnaire', 'acionista', 'Anteilseigner', 'Aktionär', 'warrants', 'warrant', 'à hauteur de',
  'socios al', 'sócios com', 'partners with', 'associés à', 'participada al', 'participada en un', 'détenue à', 'controlada en un',
];

/** Cues that only count with a company or capital word after the figure ("con un 25 % del capital", "mit 28 Prozent an der Telekom"). */
export const WEAK_CUES = [
  'con un', 'con el', 'com', 'avec', 'mit', 'tiene', 'tienen', 'tem', 'têm', 'mantiene', 'mantém', 'conserva', 'conserve', 'hold', 'holds', 'held', 'control', 'controls',
  'take', 'takes', 'took', 'buy', 'buys', 'bought', 'invested', 'invests', 'paid', 'pays', 'raised', 'raises', 'lifted', 'increased', 'toma', 'tomó', 'compra', 'compró', 'eleva', 'elevó',
  'prend', 'porté', 'porte', 'portera', 'relève', 'kauft', 'kaufte', 'give', 'gives', 'gave', 'dá', 'donne', 'gibt', 'keep', 'keeps', 'kept', 'leave', 'leaves', 'left', 'garde',
  'tendrá', 'tendrán', 'tendría', 'tendrían', 'terá', 'terão', 'teria', 'fica com',
  // A sale names a stake only with the company sold after the figure ("la venta a Erste del 49 % de Santander Bank Polska").
  'sale of', 'sale to', 'sell', 'sells', 'sold', 'venta', 'vende', 'vendió', 'venda', 'vendeu', 'vente', 'cède', 'cession', 'Verkauf', 'verkauft',
];

/** What a percentage can measure besides a stake. */
export const NOT_STAKE = [
  'revenue', 'revenues', 'sales', 'ventas', 'ingresos', 'importe', 'pago', 'Umsatz', 'Umsatzes', 'receita', 'vendas', "chiffre d'affaires", 'aceptó', 'aceptación', 'umbral', 'premium', 'prima', 'margin', 'margen', 'marge', 'margem', 'Marge',
  'market share', 'cuota de mercado', 'cuota', 'quota de mercado', 'part de marché', 'parts de marché', 'Marktanteil', 'market', 'mercado', 'marché', 'Markt', 'Marktes', 'Weltmarkt',
  'growth', 'crecimiento', 'crescimento', 'croissance', 'Wachstum', 'increase', 'aumento', 'hausse',
  'votes', 'vote', 'voters', 'customers', 'clientes', 'clients', 'Kunden', 'employees', 'empleados', 'workforce', 'plantilla',
  'rate', 'tasa', 'taxa', 'taux', 'Zins', 'interest', 'yield', 'discount', 'descuento', 'desconto', 'remise', 'Rabatt', 'tariff', 'arancel', 'tarifa', 'Zoll', 'Zölle',
  'prepayment', 'upfront', 'anticipo', 'adelanto', 'acompte', 'Vorauszahlung', 'chance', 'probability', 'probabilidad', 'probabilidade', 'probabilité', 'Wahrscheinlichkeit',
  'bought back', 'buy back', 'buyback', 'repurchased', 'recompró', 'recompra', 'recomprou', 'rachat', 'racheté ses', 'Rückkauf', 'zurückgekauft', 'returns', 'return', 'dividend',
  // Acceptance of a tender offer (not "a accepté la vente", agreed to the sale).
  'accepted by', 'acceptance level', 'acceptance rate', 'aceptada por', 'aceptado por', 'aceptaron la oferta', 'aceita por', 'aceitaram a oferta', 'acceptée par', 'apporté leurs titres', 'angenommen', 'Annahmequote',
  'tendered', 'tender', 'threshold', 'umbral', 'seuil', 'limiar', 'Schwelle', 'angedient',
];

/** Objects of a percentage that is no stake: "holds 20% of its cash in bonds", "40 % de su cartera". */
export const NOT_STAKE_OBJECTS = [
  'cash', 'assets', 'portfolio', 'debt', 'bonds', 'deuda', 'activos', 'cartera', 'dívida', 'ativos', 'carteira', 'dette', 'actifs', 'portefeuille', 'Schulden', 'Vermögens', 'Portfolios',
  'capacity', 'capacidad', 'capacidade', 'capacité', 'Kapazität', 'Kapazitäten', 'output', 'producción', 'produção', 'production', 'Produktion', 'compute', 'chips',
  'energy', 'electricity', 'power', 'energía', 'electricidad', 'energia', 'eletricidade', 'électricité', 'énergie', 'Energie', 'Stroms',
];

/** Growth verbs before the figure: "revenue rose 30%" (after it they belong to the next clause). */
export const GREW_BEFORE = ['rose', 'grew', 'fell', 'jumped', 'creció', 'subió', 'cayó', 'cresceu', 'subiu', 'caiu', 'progressé', 'augmenté', 'stieg', 'wuchs', 'fiel', 'sank'];

/** "each" / "jeweils": one stake per holder. */
export const EACH = ['each', 'both', 'cada una', 'cada uno', 'ambas', 'ambos', 'cada', 'chacune', 'chacun', 'jeweils', 'beide', 'por igual', 'à parts égales', 'zu gleichen Teilen'];

/** Words between a subject and its verb: adverbs and auxiliaries ("will", "has agreed to", "va a", "soll"). */
export const LIGHT_WORDS = [
  'also', 'still', 'now', 'currently', 'already', 'itself', 'alone', 'directly', 'indirectly', 'together', 'jointly', 'would', 'will', 'could', 'may', 'might', 'should', 'is set to', 'is expected to', 'agreed to', 'has agreed to', 'plans to', 'is to', 'has', 'have', 'had', 'is', 'are', 'would then', 'then', 'eventually', 'ultimately',
  'ya', 'aún', 'todavía', 'además', 'actualmente', 'directamente', 'indirectamente', 'va a', 'iba a', 'pasará a', 'pasaría a', 'ha', 'han', 'había', 'habría', 'finalmente',
  'ainda', 'já', 'também', 'atualmente', 'diretamente', 'indiretamente', 'vai', 'irá', 'passa a', 'passará a', 'passaria a',
  'déjà', 'encore', 'toujours', 'aussi', 'également', 'actuellement', 'directement', 'indirectement', 'désormais', 'alors', 'va', 'a', 'ont', 'avait', 'lui-même', 'elle-même',
  'bereits', 'noch', 'derzeit', 'aktuell', 'künftig', 'zukünftig', 'nun', 'dann', 'damit', 'somit', 'direkt', 'indirekt', 'selbst', 'allein', 'insgesamt', 'wird', 'würde', 'soll', 'sollen', 'hat', 'hatte', 'auch',
  'jeweils', 'each', 'both', 'chacun', 'chacune', 'Berichten zufolge', 'reportedly', 'según fuentes',
  // modal verbs before the holding verb: "pourrait prendre jusqu'à 10 %", "podría llegar a tener", "könnte … halten"
  'pourrait', 'pourraient', 'devrait', 'devraient', 'vont', 'podría', 'podrían', 'debería', 'poderia', 'poderiam', 'deverá', 'deveria', 'könnte', 'könnten', 'dürfte', 'wird', 'werden',
];

/** Pronouns that stand for a company named before. */
export const PRONOUNS = ['it', 'esta', 'ésta', 'este', 'éste', 'ella', 'ela', 'elle', 'il', 'er', 'sie', 'es', 'this one'];

/** Holders that are shareholders as a group: "Core Scientific investors", "los accionistas de X", "die X-Aktionäre". */
export const SHAREHOLDER_NOUNS = ['shareholders', 'stockholders', 'investors', 'holders', 'accionistas', 'inversores', 'acionistas', 'investidores', 'actionnaires', 'investisseurs', 'Aktionäre', 'Anteilseigner', 'Investoren'];

/** Head nouns of descriptors that name the kind of company they stand for (config `kind`). */
export const KIND_NOUNS: [string, string[]][] = [
  ['chipmaker', ['chipmaker', 'chip maker', 'chip designer', 'chip giant', 'chip leader', 'chip company', 'semiconductor', 'chips', 'fabricante de chips', 'fabricante de semiconductores', 'diseñador de chips', 'diseñadora de chips', 'fabricante de processadores', 'fabricant de puces', 'concepteur de puces', 'géant des puces', 'Chipkonzern', 'Chiphersteller', 'Chipentwickler', 'Chipriese', 'Halbleiterkonzern', 'Halbleiterhersteller']],
  ['investor', ['asset manager', 'fund manager', 'investment firm', 'investment manager', 'private equity', 'gestora', 'gestora de fondos', 'gestora de activos', 'gestora de ativos', 'gestionnaire', "gestionnaire d'actifs", 'société de gestion', 'Vermögensverwalter', 'Finanzinvestor', 'Investmentgesellschaft', 'Fondsgesellschaft']],
  ['ai_lab', ['startup', 'start-up', 'AI lab', 'AI company', 'AI developer', 'laboratorio', 'empresa emergente', 'emergente', 'startup de IA', 'jeune pousse', 'start-up', 'KI-Start-up', 'KI-Firma', 'KI-Unternehmen', 'KI-Entwickler', 'Start-up']],
  ['miner', ['miner', 'bitcoin miner', 'minera', 'mineradora', 'mineur', 'Bitcoin-Miner', 'Schürfer']],
  ['neocloud', ['cloud provider', 'neocloud', 'proveedor de nube', 'proveedor de computación', 'provedor de nuvem', 'fournisseur de cloud', 'Cloud-Anbieter']],
  ['power', ['power company', 'power producer', 'utility', 'energy company', 'nuclear operator', 'eléctrica', 'energética', 'elétrica', 'énergéticien', 'électricien', 'Energieunternehmen', 'Energieunternehmens', 'Energiekonzern', 'Energiekonzerns', 'Versorger', 'Stromerzeuger', 'Kraftwerksbetreiber']],
  ['telecom', ['operator', 'carrier', 'telecom', 'telecoms group', 'operadora', 'teleco', 'opérateur', 'Netzbetreiber', 'Telekomkonzern', 'Mobilfunker']],
];

/** A country's adjective in each language, for states as holders ("the French state", "l'État français", "der Bund"). */
export const COUNTRIES: [string, string[]][] = [
  ['US', ['US', 'U.S.', 'American', 'estadounidense', 'norteamericano', 'americano', 'norte-americano', 'américain', 'amerikanische', 'amerikanischen', 'US-']],
  ['French', ['French', 'francés', 'francês', 'français', 'französische', 'französischen']],
  ['German', ['German', 'alemán', 'alemão', 'allemand', 'deutsche', 'deutschen']],
  ['Spanish', ['Spanish', 'español', 'espanhol', 'espagnol', 'spanische', 'spanischen']],
  ['Portuguese', ['Portuguese', 'portugués', 'português', 'portugais', 'portugiesische', 'portugiesischen']],
  ['Brazilian', ['Brazilian', 'brasileño', 'brasileiro', 'brésilien', 'brasilianische', 'brasilianischen']],
  ['Italian', ['Italian', 'italiano', 'italien', 'italienische', 'italienischen']],
  ['Dutch', ['Dutch', 'neerlandés', 'holandés', 'holandês', 'néerlandais', 'niederländische', 'niederländischen']],
  ['Belgian', ['Belgian', 'belga', 'belge', 'belgische', 'belgischen']],
  ['Norwegian', ['Norwegian', 'noruego', 'norueguês', 'norvégien', 'norwegische', 'norwegischen']],
  ['Saudi', ['Saudi', 'saudí', 'saudita', 'saoudien', 'saudische', 'saudischen']],
  ['Qatari', ['Qatari', 'catarí', 'catariano', 'qatari', 'katarische', 'katarischen']],
  ['Emirati', ['Emirati', 'emiratí', 'emiradense', 'émirati', 'emiratische', 'emiratischen']],
  ['Chinese', ['Chinese', 'chino', 'chinês', 'chinois', 'chinesische', 'chinesischen']],
  ['Japanese', ['Japanese', 'japonés', 'japonês', 'japonais', 'japanische', 'japanischen']],
  ['British', ['British', 'UK', 'U.K.', 'británico', 'britânico', 'britannique', 'britische', 'britischen']],
  ['Korean', ['Korean', 'South Korean', 'surcoreano', 'coreano', 'sud-coréen', 'südkoreanische', 'südkoreanischen']],
];

/** A country's name in each language, for "el gobierno de Estados Unidos", "o governo de Trump", "die US-Regierung". */
export const COUNTRY_NAMES: [string, string[]][] = [
  ['US', ['Estados Unidos', 'EE\\.UU\\.', 'EEUU', 'EUA', 'États-Unis', 'Etats-Unis', 'Vereinigten Staaten', 'USA', 'United States', 'Trump', 'Washington']],
  ['French', ['Francia', 'França', 'France', 'Frankreich']],
  ['German', ['Alemania', 'Alemanha', 'Allemagne', 'Deutschland', 'Germany']],
  ['Spanish', ['España', 'Espanha', 'Espagne', 'Spanien', 'Spain']],
  ['Portuguese', ['Portugal']],
  ['Brazilian', ['Brasil', 'Brésil', 'Brasilien', 'Brazil']],
  ['Italian', ['Italia', 'Itália', 'Italie', 'Italien', 'Italy']],
  ['Japanese', ['Japón', 'Japão', 'Japon', 'Japan']],
  ['Chinese', ['China', 'Chine']],
  ['British', ['Reino Unido', 'Royaume-Uni', 'Großbritannien', 'United Kingdom', 'Britain']],
  ['Saudi', ['Arabia Saudí', 'Arabia Saudita', 'Arábia Saudita', 'Arabie saoudite', 'Saudi-Arabien', 'Saudi Arabia']],
];

/** The country of a state written without an adjective, by language: "l'État" in French news is France. */
export const DEFAULT_COUNTRY: Record<string, string> = { fr: 'French', de: 'German', es: 'Spanish', pt: 'Portuguese' };
