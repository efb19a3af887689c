// Vocabulary of deals and of the money figures that are not deal values.
import { words } from './lexicon.js';
import { PhraseSet, phraseWords, type Token } from './tokens.js';
import { firstStartingAt } from './bisect.js';

/** Nouns and verbs of an agreement, in every language. */
export const DEAL = new PhraseSet([
  'deal', 'deals', 'agreement', 'agreements', 'contract', 'contracts', 'pact', 'lease', 'leases', 'partnership', 'order', 'orders', 'commitment', 'financing', 'package', 'expansion', 'letter of intent', 'arrangement', 'backstop',
  'debt facility', 'credit facility', 'loan facility', 'contributing', 'total contract value', 'total contract revenue', 'contract value', 'contract revenue', 'valor total del contrato', 'valor do contrato', 'valeur du contrat', 'Auftragswert', 'Vertragswert',
  'generate revenue of', 'gerar receita de', 'gerar receitas de', 'generar ingresos de', 'générer un chiffre d\'affaires de', 'contribute', 'aportará', 'aportar', 'verpflichtet', 'abnehmen', 'abzunehmen',
  'signed', 'signs', 'agreed', 'agrees', 'struck', 'inked', 'secured', 'awarded', 'partnered with', 'teamed up with', 'supply', 'supplies', 'buy', 'buys', 'purchase', 'pay', 'committed', 'commits', 'lease',
  'acuerdo', 'acuerdos', 'contrato', 'contratos', 'pacto', 'alianza', 'arrendamiento', 'operación', 'financiación', 'financiamiento', 'compromiso', 'carta de intenciones', 'carta de intención', 'carta de intenção', "lettre d'intention", 'Absichtserklärung', 'pedido', 'pedidos',
  'firmó', 'firmado', 'cerró', 'cerrado', 'cerrara', 'sellado', 'suministrar', 'comprar', 'adquirir', 'pagará',
  'acordo', 'acordos', 'parceria', 'arrendamento', 'operação', 'financiamento', 'encomenda',
  'assinou', 'assinado', 'fechou', 'fornecer',
  'accord', 'accords', 'contrat', 'contrats', 'partenariat', 'bail', 'commande', 'commandes', 'financement', 'opération',
  'signé', 'conclu', 'fournir',
  'Vertrag', 'Verträge', 'Vereinbarung', 'Abkommen', 'Partnerschaft', 'Auftrag', 'Aufträge', 'Deal', 'Projekt', 'Volumen', 'Finanzierung', 'Abnahme', 'Zusage',
  'unterzeichnet', 'abgeschlossen', 'vereinbart', 'liefern', 'mieten', 'anmieten', 'Mietvertrag', 'Kooperation', 'beziehen', 'bezieht', 'bezog',
  'rent', 'rents', 'renting', 'alquilar', 'alquiler', 'alquilará', 'alquila', 'alquiló', 'alquilarán', 'alugará', 'alugou', 'aluga', 'louera', 'a loué', 'vermietet', 'mietet', 'alugar', 'aluguel', 'louer', 'location',
  // more verb forms: "secures", "contrata", "fournira", "liefert"
  'option', 'options', 'tranche', 'opción', 'tramo', 'ampliación', 'opção', 'ampliação', 'tranche', 'Option', 'Tranche', 'Erweiterung',
  'line of credit', 'credit line', 'línea de crédito', 'linha de crédito', 'ligne de crédit', 'buy back', 'buys back', 'rachètera', 'rachète', 'racheter', 'recomprará', 'recompra', 'zurückkaufen', 'zurückkauft',
  'secures', 'sign', 'agree', 'loan', 'loans', 'credit facility', 'debt financing package', 'leased', 'leasing',
  'firmará', 'firman', 'firmaron', 'acuerda', 'acordó', 'acordado', 'acordaron', 'acuerdan', 'pactado', 'pactó', 'sellan', 'sellaron', 'joint venture', 'team up', 'teams up', 'teamed up', 
  'acordaram', 'acordou', 'fecharam', 'firmou', 'firmaram', 'schließen sich zusammen', 'Gemeinschaftsunternehmen', 'contrata', 'contrató', 'contratado', 'arrienda', 'arrendará', 'suministrará', 'suministra', 'préstamo', 'crédito sindicado',
  'assina', 'assinaram', 'contratou', 'contrata', 'fecha', 'fornecerá', 'fornece', 'empréstimo', 'arrenda',
  'signe', 'signent', 'conclut', 'fournira', 'fournit', 'louera', 'loue', 'prêt', 'crédit',
  'unterzeichnet', 'unterzeichnete', 'vereinbarte', 'schließt', 'schloss', 'liefert', 'liefern', 'mietet', 'Kredit', 'Darlehen', 'Kreditlinie',
  // purchases in every tense, joint ventures, financed amounts
  'acquire', 'acquires', 'acquired', 'acquisition', 'adquiere', 'adquieren', 'adquisición', 'adquire', 'adquirem', 'aquisição', 'acquiert', 'acquièrent', 'rachat', 'Übernahme', 'übernimmt',
  'buys', 'bought', 'will buy', 'comprará', 'compró', 'comprarán', 'compraron', 'adquirirá', 'adquirió', 'comprou', 'comprará', 'vai comprar', 'adquiriu', 'achète', 'achètera', 'a acheté', 'acheté', 'achetés', 'achètent', 'compré', 'comprado', 'gekauft', 'kauft', 'kaufte', 'erwirbt', 'Kredite',
  'sociedad conjunta', 'empresa conjunta', 'empreendimento conjunto', 'empresa comum', 'coentreprise', 'co-entreprise', 'joint-venture', 'Joint Venture',
  'financé', 'financée', 'financiado', 'financiada', 'finanziert', 'financed',
  // guarantees, purchase commitments and bond financings
  // paid in shares: "an all-stock deal", "una operación íntegramente en acciones" (the shares are the payment, not the figure)
  'all-stock', 'in stock', 'en acciones', 'em ações', 'en actions', 'in Aktien', 'contracted revenue',
  // (not "sold": in market news it is mostly a stake sold, "SoftBank sold its Nvidia stake for $5.8 billion")
  'backstopped', 'backstops', 'backstopping', 'avala', 'avaló', 'avalará', 'garantiza', 'garantizó', 'garante', 'encargo', 'encargos', 'encomienda',
  'han comprometido', 'ha comprometido', 'comprometieron', 'comprometeram', 'zugesagt', 'zugesichert',
  'transaction', 'transacción', 'transação', 'Transaktion', "s'était engagé", "s'était engagée", "s'étaient engagés", 'se había comprometido', 'tinha se comprometido', 'hatte sich verpflichtet',
  'garantía', 'aval', 'avalar', 'se comprometió', 'se ha comprometido', 'garantia', 'se comprometeu', 'comprometeu-se', "s'engage", "s'est engagé", "s'est engagée", 'acheter', 'garant', 'Bürgschaft', 'Garantie',
  'bonds', 'bond sale', 'bond issue', 'bond offering', 'debt package', 'debt deal',
  'notes offering', 'note offering', 'private offering', 'senior secured notes', 'senior notes', 'secured notes', 'convertible notes', 'emisión de bonos', 'emissão de notas', 'emprunt obligataire', 'Anleihe',
  'bonos', 'emisión', 'colocación', 'emissão', 'títulos de dívida', 'debêntures', 'émission obligataire', 'emprunt obligataire', 'Anleihe', 'Anleihen', 'Anleiheemission',
]);
/** German writes agreements as compounds ("Fünfjahresvertrag", "Liefervereinbarung", "Milliardenauftrag"): their last part. */
export const DEAL_SUFFIX_DE = ['vertrag', 'verträge', 'vertrags', 'vereinbarung', 'auftrag', 'aufträge', 'abkommen', 'kredit', 'kredite', 'darlehen', 'finanzierung', 'partnerschaft', 'deal', 'deals', 'zusage', 'volumen'];
/** Nouns of a financing: its parties are the borrower and the lenders, bond buyers or arrangers. */
export const FINANCING = new PhraseSet([
  'loan', 'loans', 'financing', 'debt', 'debt financing', 'bonds', 'bond sale', 'bond issue', 'credit facility', 'notes offering', 'senior secured notes', 'senior notes', 'secured notes', 'private offering', 'construction financing', 'project finance', 'debt package', 'private credit',
  'préstamo', 'préstamos', 'financiación', 'financiamiento', 'deuda', 'bonos', 'emisión', 'crédito', 'crédito sindicado',
  'empréstimo', 'empréstimos', 'financiamento', 'dívida', 'títulos de dívida', 'debêntures', 'emissão',
  'prêt', 'prêts', 'financement', 'dette', 'obligations', 'émission obligataire', 'emprunt',
  'Kredit', 'Kredite', 'Darlehen', 'Finanzierung', 'Anleihe', 'Anleihen', 'Schulden', 'Fremdkapital', 'Projektfinanzierung',
  'special purpose vehicle', 'SPV', 'vehículo', 'veículo de propósito específico', 'véhicule ad hoc', 'Zweckgesellschaft',
]);
/** Two companies working as one: the investment of a joint venture is their deal, not one company's spending. */
export const JOINT = new PhraseSet([
  'joint venture', 'joint-venture', 'jointly with', 'sociedad conjunta', 'empresa conjunta', 'junto con', 'conjuntamente con',
  'empreendimento conjunto', 'empresa comum', 'em conjunto com', 'juntamente com', 'coentreprise', 'co-entreprise', 'conjointement avec',
  'Gemeinschaftsunternehmen', 'Joint Venture', 'gemeinsam mit', 'gemeinsam', 'jointly', 'conjuntamente', 'conjointement',
]);
/** Receiving money from named lenders or backers ("secured a loan from", "erhält … von", "lève … auprès de"). */
export const RECEIVE = new PhraseSet(['secured', 'secures', 'receives', 'received', 'obtained', 'obtains', 'raised', 'raises', 'obtiene', 'obtuvo', 'obtenido', 'logrado', 'conseguido', 'recibido', 'obtido', 'recebido', 'obtenu', 'erhalten', 'recibe', 'recibió', 'logra', 'consigue', 'recebe', 'recebeu', 'obtém', 'obteve', 'capta', 'captou', 'obtient', 'obtenu', 'lève', 'levé', 'erhält', 'erhielt', 'sichert sich', 'sicherte sich', 'bekommt', 'bekam']);
/** A funding round, not a loan: "Series C", "tour de table". */
export const ROUND = new PhraseSet(['funding round', 'financing round', 'round', 'Series', 'ronda', 'ronda de financiación', 'rodada', 'tour de table', 'levée de fonds', 'Finanzierungsrunde', 'valuation', 'valoración', 'valorisation', 'Bewertung', 'avaliação']);

/** Figures that are something else: revenue, valuation, market value, capex, backlog, funding rounds, charges, prices. */
export const NOT_DEAL = new PhraseSet([
  'revenue', 'revenues', 'sales', 'profit', 'net income', 'earnings', 'earnings call', 'earnings calls', 'conference call', 'market value', 'market capitalization', 'market cap', 'valued at', 'valuation', 'value of its stake',
  'backlog', 'remaining performance obligations', 'capital expenditure', 'capital expenditures', 'capex', 'capital projects', 'spent', 'funding round', 'financing round', 'round',
  'operating income', 'net operating income', 'income', 'EBITDA', 'rents', 'rental income', 'rentas', 'rendas', 'loyers', 'Mieteinnahmen',
  'capital injection', 'capital increase', 'aporte de capital', 'ampliación de capital', 'aumento de capital', 'augmentation de capital', 'Kapitalerhöhung',
  'raising', 'levantou', 'levantó', 'recaudó', 'captó', 'captou', 'a levé', 'lève', 'sammelte', 'eingesammelt', 'private round', 'Series',
  'orçada em', 'orçado em', 'orçamento', 'presupuestado en', 'presupuestada en', 'presupuesto', 'budgeted at', 'budgété à', 'budgétisé', 'veranschlagt',
  'revenue bonds', 'municipal bonds', 'tax-exempt bonds', 'bonos municipales', 'obligations municipales', 'Kommunalanleihen',
  'finance leases', 'including finance leases', 'arrendamientos financieros', 'contrats de location-financement', 'Finanzierungsleasing',
  'manages', 'assets under management', 'gestiona', 'administra', 'gère', 'verwaltet',
  'proyecciones', 'projections', 'projected', 'projeções', 'Prognose',
  'consacré', 'dedicó', 'destinó', 'gastó', 'aufgewendet', 'ausgegeben',
  'dépenses', "dépenses d'investissement", 'gastos', 'gastos de capital', 'despesas', 'despesas de capital', 'Ausgaben', 'Investitionsausgaben', 'capital spending',
  'valoración', 'avaliação', 'valorisation', 'cartera', 'Schulden', 'Verschuldung', 'endettement',
  'forecast', 'guidance', 'charge', 'write-down', 'wrote down', 'fine', 'price', 'priced', 'annualized', 'burning', 'cost', 'costs', 'dis-synergies', 'raised', 'debt financing', 'per share',
  'ingresos', 'ingresó', 'ingresar', 'facturó', 'facturación', 'ventas', 'beneficio', 'capitalización', 'valorada en', 'valorado en', 'cartera de pedidos', 'inversiones', 'bienes de equipo', 'ronda', 'multa', 'precio', 'deuda neta', 'gasto',
  'valor de mercado', 'valeur de marché', 'Marktwert', 'receita', 'faturou', 'faturamento', 'vendas', 'lucro', 'capitalização', 'valorizada', 'avaliada', 'avaliada em', 'avaliado em', 'ronda de financiamento', 'rodada', 'carteira',
  "chiffre d'affaires", 'revenus', 'bénéfice', 'capitalisation', 'valorise', 'valorisé', 'valorisée', 'pesait', 'carnet de commandes', 'investissements', "dépenses d'investissement", 'tour de table', 'levé', 'levée', 'amende', 'prix',
  'stake', 'participación', 'participação', 'Beteiligung', 'Anteil', 'Anteile', 'participation', 'equity stake', 'holds equity', 'shareholding',
  // the value of shares or warrants
  'shares', 'warrants', 'warrant', 'acciones', 'ações', 'Aktien', 'Optionsscheine', 'bons de souscription',
  // money saved, not spent
  'eliminate', 'eliminates', 'eliminating', 'save', 'saves', 'savings', 'ahorro', 'ahorros', 'ahorrar', 'ahorrará', 'economia', 'economizar', 'économies', 'économiser', 'Einsparungen', 'einsparen',
  'Umsatz', 'Erlöse', 'Gesamterlöse', 'Gewinn', 'Marktkapitalisierung', 'Börsenwert', 'bewertet', 'Bewertung', 'Auftragsbestand', 'Investitionen', 'Finanzierungsrunde', 'Belastung', 'Abschreibung', 'Strafe', 'Preis', 'Ausgabepreis',
]);

/** Longer phrases that hold a word of NOT_DEAL without its meaning: "on its earnings call, Tan said ... $10 billion in orders". */
/** Opens a subordinate clause: a word of the main clause before it does not qualify a figure after it. */
export const SUBORDINATE = new PhraseSet(['after', 'tras', 'después de que', 'après que', 'après avoir', 'nachdem', 'depois que', 'depois de', 'após']);
export const NOT_DEAL_IGNORED = new Set(['earnings call', 'earnings calls', 'conference call']);

/** Phrases that state the value of something: a deal value unless the sentence says what else it is. */
/** "The value could rise to $19.4 billion": the value of the agreement just told, only right before its figure. */
export const VALUE_NEAR = new PhraseSet(['the value', 'its value', 'el valor', 'su valor', 'o valor', 'seu valor', 'la valeur', 'sa valeur', 'der Wert', 'dessen Wert', 'sein Wert']);
export const VALUE = new PhraseSet(['à hauteur de', 'a hauteur de', 'hasta un importe de','worth', 'asciende a', 'ascienden a', 'amounts to', 'amount to', "s'élève à", 'se monte à', 'beläuft sich auf', 'belaufen sich auf', 'ascende a', 'por valor de', "d'une valeur de", 'im Wert von', 'no valor de', 'amount', 'montant', 'importe', 'Betrag', 'valorado en', 'valorada en', 'avaliado em', 'avaliada em']);
/** Totals over several agreements are not one deal, whatever deal word sits between ("the total value of its contracts"). */
export const TOTAL = new PhraseSet(['the full', 'bring', 'brings', 'brought', 'add up to', 'adds up to', 'somar', 'somam', 'somariam', 'sumar', 'suman', 'sumarían', 'totalizar', 'totalizam', 'asciende ya', 'ascienden ya', 'ya asciende', 'ascende já', 'já ascende', 'now totals', 'now total', 'now amounts to', "s'élève désormais", 'beläuft sich inzwischen', 'beläuft sich mittlerweile','commitments', 'compromisos', 'compromissos', 'engagements', 'Verpflichtungen', 'somados', 'sumados', 'somando', 'sumando', 'additionnés', 'zusammengerechnet', 'total', 'totaling', 'totalling', 'in all', 'combined', 'altogether', 'en total', 'en conjunto', 'suman', 'sumar', 'au total', 'insgesamt', 'bringing', 'ao todo', 'no total', 'cumulative', 'acumulado']);
/** "the total contract value ... as much as $17.7 billion" is the ceiling of one agreement, not a total of several. */
export const TOTAL_OF_ONE = /(?:in total|en total|au total|no total|ao todo|insgesamt)[\s\u00a0]*,?[\s\u00a0]+(?:the|el|la|o|a|le|l['’]|der|die|das)[\s\u00a0]*(?:deal|agreement|contract|acuerdo|contrato|acordo|accord|contrat|Vertrag|Deal|pacto)(?![\p{L}])|(?:total|totale?)[\s\u00a0]+(?:(?:expected|potential|estimated|possible)[\s\u00a0]+)?(?:contract|contrato|contrat|Vertrag)(?![\p{L}])|(?:(?:with|for|at)[\s\u00a0]+a[\s\u00a0]+total[\s\u00a0]+value[\s\u00a0]+of|(?:por|con|com)[\s\u00a0]+(?:un|um)[\s\u00a0]+valor[\s\u00a0]+total[\s\u00a0]+de|pour[\s\u00a0]+une[\s\u00a0]+valeur[\s\u00a0]+totale[\s\u00a0]+de|mit[\s\u00a0]+einem[\s\u00a0]+Gesamtwert[\s\u00a0]+von)[\s\u00a0]*(?:US\$|\$|€|£)?[\s\u00a0]*$|(?:valor|valeur)[\s\u00a0]+total[\s\u00a0]+(?:del|do|du)[\s\u00a0]+(?:contrato|contrat)(?![\p{L}])/iu;
/** "a socios de Nvidia", "from customers of Microsoft": the company names whose partners or customers they are. */
export const RELATED_NOUN_BEFORE = /(?<![\p{L}])(?:partners|customers|clients|suppliers|socios|clientes|proveedores|parceiros|fornecedores|partenaires|fournisseurs|Partnern?|Kunden|Lieferanten)[\s\u00a0]+(?:of|de|do|da|dos|das|del|des|du|von|der)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’])[\s\u00a0]*)?$/iu;
/** "owned by", "backed by": a relation of a party, not a party. */
export const RELATION_BEFORE = /(?:owned by|backed by|controlled by|a unit of|a subsidiary of|propiedad de|respaldad[oa] por|controlad[oa] por|filial de|participad[oa] por|detid[oa] por|apoiad[oa] por|détenue? par|soutenue? par|filiale de|unterstützt von|gehört zu|Tochter von)[^,;()]{0,40}$/iu;
/** "Oracle-linked campuses", "a Microsoft-backed rival": the company only qualifies something else ("JPMorgan-led" does name a party). */
export const RELATION_AFTER = /^-(?:linked|related|owned|backed|controlled|affiliated|tied|focused|dependent|exposed|style|designed|made|branded|compatible|powered|based|listed|bound|centric)(?![\p{L}])/iu;
/** A valuation phrase right after a deal noun values the deal ("una operación valorada en"), not a company. */
export const VALUATION = /^(?:valued at|valorada en|valorado en|valorizada|avaliada|avaliada em|avaliado em|valorisé|valorisée|bewertet)$/iu;

/** Right after the figure: "in revenue", "de ingresos", "en Bourse", "of capital expenditure". */
export const NOT_DEAL_AFTER = new RegExp(`^[\\s\\u00a0]*(?:${words([
  'of net operating income', 'in net operating income', 'of operating income', 'in operating income', 'of net income', 'in net income', 'of EBITDA', 'in EBITDA',
  'in revenue', 'in annual revenue', 'of annual revenue', 'in annualized revenue', 'of annualized revenue', 'in annual recurring revenue', 'of annual recurring revenue',
  'in planned infrastructure spending', 'in planned spending', 'in infrastructure spending', 'in capital spending', 'in cumulative', 'of cumulative', 'in average annual', 'of average annual', 'in average', 'in future', 'of future', 'stake', 'minority stake', 'majority stake', 'equity stake', 'de ingresos anuales', 'de receita anual', 'de receitas anuais', "de chiffre d'affaires annuel", 'Jahresumsatz',
  'en ingresos acumulados', 'de ingresos acumulados', 'em receitas acumuladas', 'de revenus cumulés', 'kumulierten Umsatz', 'in sales', 'of revenue', 'of capital expenditure', 'in market value', 'off its market value', 'to the company\'s market value', 'a share', 'per share', 'each', 'a month', 'a year', 'per year', 'per gigawatt',
  'de ingresos', 'en ingresos', 'de facturación', 'de capitalización', 'en bienes de equipo', 'por acción', 'por cada', 'al mes', 'al año', 'por año',
  'de receita', 'em receitas', 'em receita', 'por ação', 'por mês', 'por ano',
  'en Bourse', "de chiffre d'affaires", 'par action', 'par an', 'par mois',
  'Umsatz', 'pro Aktie', 'je Aktie', 'pro Jahr', 'im Jahr',
]).source})`, 'iu');

/** Spending or investment verbs: a pledge is a deal only with a named partner. */
export const PLEDGE = new PhraseSet(['spend', 'spending', 'invest', 'invests', 'investing', 'investment', 'investments', 'pledged', 'pledge', 'inversión', 'inversiones', 'investimento', 'investimentos', 'investissement', 'investissements', 'Investition', 'Investitionen', 'invertir', 'invertirá', 'invierte', 'investir', 'investirá', 'vai investir', 'investit', 'investira', 'investieren', 'investiert', 'mobilisieren', 'gastar', 'dépenser', 'beteiligen sich', 'beteiligt sich', 'beteiligte sich', 'beteiligen', 'put', 'putting', 'puts',
  'inject', 'injects', 'injecting', 'inyectar', 'inyectará', 'inyectarán', 'injetar', 'injetará', 'injecter', 'injectera', 'injecteront', 'injizieren', 'injiziert']);
/**
 * The pledge named after its figure: German puts the verb last ("bis zu 100 Mrd. Dollar in OpenAI zu investieren", past a
 * conversion "(85,2 Mrd. Euro)"), French the noun ("20 milliards d'euros d'investissements").
 */
export const PLEDGE_AFTER = /^(?:[^.;]|(?<=Mrd|Mio|Md|Mds|ca)\.){0,60}?(?<![\p{L}])(investieren|investiert|mobilisieren|ausgeben|stecken|beteiligen|beteiligt|of investments?|in investments?|de inversión|en inversiones|de inversiones|de investimento|em investimentos|de investimentos|d['’]investissements?|en investissements?|an Investitionen)(?![\p{L}])/iu;
export const PARTNER = /(?<![\p{L}])(?:with|in|into|(?:billion|bn|million|trillion)[\s\u00a0]+on|con|en|com|em|na|no|avec|dans|mit|in|bei|junto a|purchase of|compra de|achat de|Kauf von|an|to deploy|to buy|to purchase|para desplegar|para comprar|para adquirir|para implantar|pour déployer|pour acheter|um[\s\u00a0]+\p{L}+[\s\u00a0]+zu[\s\u00a0]+kaufen)[\s\u00a0]+(?:(?:the|la|el|a|o|le|les|l['’]|der|die|das|dem|den|local operator|London-based|British|britânica|australiana|start-up)[\s\u00a0]+)*$/iu;

export const UNNAMED = new PhraseSet(['unnamed', 'undisclosed customer', 'unidentified', 'sin identificar', 'no identificado', 'non identifié', 'não identificado', 'ungenannten', 'ungenannter']);
export const GUARANTEE = new PhraseSet(['backstop', 'backstops', 'backstopped', 'backstopping', 'guaranteed', 'guarantee', 'guarantees', 'garantizar', 'garantía', 'aval', 'avalar', 'avala', 'avalará', 'garantir', 'garantia', 'garantie', 'Garantie', 'Abnahmegarantie', 'Bürgschaft', 'absichern']);
/** A deal that is denied, called off or rejected is not a deal. */
export const DEAL_OFF = new PhraseSet([
  'denied', 'denies', 'no truth', 'abandoned', 'scrapped', 'called off', 'rejected', 'voted against', 'walked away',
  'desmintió', 'desmiente', 'negó', 'niega', 'abandonó', 'rechazada', 'rechazaron', 'fracasó', 'fracaso',
  'desmentiu', 'desmente', 'negou', 'nega', 'abandonou', 'rejeitada', 'rejeitaram', 'fracassou',
  'démenti', 'dément', 'a nié', 'abandonné', 'rejetée', 'rejeté', 'échec',
  'dementiert', 'dementierte', 'bestreitet', 'bestritt', 'abgesagt', 'abgelehnt', 'gescheitert',
  // an analyst's estimate is not a reported value
  'analysts estimated', 'analysts estimate', 'analysts expect', 'los analistas esperan', 'os analistas esperam', 'les analystes attendent', 'Analysten erwarten', 'analysts said', 'the analyst', 'an analyst', 'el analista', 'o analista', "l'analyste", 'der Analyst', 'según los analistas', 'segundo os analistas', 'selon les analystes', 'schätzen Analysten', 'nach Schätzungen',
]);
/** "with partners including Oracle, Nvidia, AMD and Broadcom": a list of counterparties means a total. */
export const LIST_INTRO = new PhraseSet(['including', 'such as', 'among them', 'como', 'entre ellos', 'entre ellas', 'incluindo', 'entre eles', 'dont', 'notamment', 'comme', 'darunter', 'wie', 'etwa']);
export const PURCHASE = /(?:purchase of|buy|buying|compra de|comprar|adquirir|acheter|achat de|kaufen|Kauf von)[\s\u00a0]+$/iu;

/** Teaser lines of other stories ("Read more: …", "Lea también: …"): their figures are not this story's. */
export const TEASER = /^[\s\u00a0*»>•|-]*(?:read more|read also|see also|related|related stories|more on this|also read|recommended|watch|lea también|lee también|leer más|le puede interesar|te puede interesar|más información|noticias relacionadas|relacionado|leia também|leia mais|veja também|saiba mais|relacionadas|à lire aussi|a lire aussi|à lire également|lire aussi|sur le même sujet|voir aussi|lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|weiterlesen)(?![\p{L}])[\s\u00a0]*[:|>»-]?/iu;

/** A deal of the past recalled by the story: "earlier this year", "el año pasado", "im Frühjahr". */
/**
 * Phrases looked up only inside a short range (a clause, a headline): one hash lookup per token of the range,
 * so these lists cost nothing on the rest of the story (unlike a PhraseSet, which is scanned over every story)
 * and compile no large regex.
 */
export class TokenPhrases {
  /** Phrases by the id of their first word: the ids of the remaining words. */
  private readonly first = new Map<number, number[][]>();
  constructor(phrases: readonly string[]) {
    for (const p of new Set(phrases)) {
      const parts = phraseWords(p);
      if (!parts.length) continue;
      const list = this.first.get(parts[0]!) ?? [];
      list.push(parts.slice(1));
      this.first.set(parts[0]!, list);
    }
  }
  /** Does a phrase occur, on token boundaries, among the tokens of [from, to)? */
  in(toks: Token[], from: number, to: number): boolean {
    const lo = firstStartingAt(toks, from);
    for (let i = lo; i < toks.length && toks[i]!.end <= to && i - lo < 400; i++) {
      const rests = this.first.get(toks[i]!.id);
      if (!rests) continue;
      for (const rest of rests) {
        let k = 0;
        while (k < rest.length && i + 1 + k < toks.length && toks[i + 1 + k]!.end <= to && toks[i + 1 + k]!.id === rest[k]) k++;
        if (k === rest.length) return true;
      }
    }
    return false;
  }
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_PT = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const BACKGROUND = (() => {
  const years = Array.from({ length: 16 }, (_, i) => String(2010 + i));
  const x = (heads: string[], tails: string[]) => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));
  return new TokenPhrases([
    'earlier this year', 'earlier this month', ...x(['last'], ['year', 'month', 'spring', 'summer', 'autumn', 'fall', 'winter']),
    ...x(['a', 'one', 'two', 'three', 'several'], ['year ago', 'years ago', 'month ago', 'months ago']),
    ...x(['in', 'in early', 'in late', 'back in'], [...MONTHS_EN, ...years]), 'previously', 'already signed', 'prior agreement', 'previous agreement', 'earlier deal', 'earlier agreement',
    'a principios de año', 'a principios del año', 'a principios de mes', ...x(['el'], ['año pasado', 'mes pasado', 'verano pasado', 'otoño pasado', 'invierno pasado']),
    ...x(['en'], [...MONTHS_ES, ...years]), ...x(['hace'], x(['un', 'dos', 'tres', 'varios'], ['año', 'años', 'meses'])), 'anteriormente',
    ...x(['ya había', 'ya habían'], ['firmado', 'cerrado', 'acordado']),
    'no ano passado', 'o ano passado', 'no mês passado', 'no início do ano', ...x(['em', 'no início de'], [...MONTHS_PT, ...years]),
    ...x(['há'], x(['um', 'dois', 'três', 'vários'], ['ano', 'anos', 'meses'])), ...x(['já tinha', 'tinha', 'tinham', 'já havia'], ['assinado', 'fechado']),
    "l'an dernier", "l'année dernière", 'le mois dernier', 'plus tôt cette année', ...x(['en', 'début', 'fin'], [...MONTHS_FR, ...years]),
    ...x(['il y a'], x(['un', 'deux', 'trois', 'plusieurs'], ['an', 'ans', 'mois'])), 'précédemment', 'avait signé', 'avait conclu',
    ...x(['im'], ['Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter', 'Vorjahr', 'vergangenen Jahr', 'Vormonat', ...MONTHS_DE]), 'letztes Jahr', 'vergangenes Jahr',
    'Anfang des Jahres', ...x(['Anfang'], years), 'zuvor', ...x(['hatte'], ['unterzeichnet', 'vereinbart', 'abgeschlossen']),
    ...x(['vor'], x(['einem', 'zwei', 'drei', 'mehreren'], ['Jahr', 'Jahren', 'Monaten'])),
    // Recalled by the company or the writer: "A empresa recordou que a OpenAI já se comprometeu", "has already agreed".
    'recalled that', 'reminded that', 'recordó que', 'recordou que', 'a rappelé que', 'rappelle que', 'erinnerte daran', 'erinnert daran',
    // "impulsada por un reciente acuerdo con Microsoft": an agreement that explains the news, not the news.
    'recent deal', 'recent agreement', 'recent contract', 'reciente acuerdo', 'reciente contrato', 'recente acordo', 'recente contrato', 'récent accord', 'récent contrat',
    'jüngsten Vertrag', 'jüngsten Deal', 'jüngsten Vereinbarung',
    'already agreed', 'already committed', 'already has', 'ya se comprometió', 'ya se comprometieron', 'já se comprometeu', 'já se comprometeram', "s'est déjà engagé", 'hat bereits', 'haben bereits',
  ]);
})();

/** An agreement called off: the story is about its end, not a deal. */
export const CANCELLED = new PhraseSet([
  'cancelled', 'canceled', 'cancels', 'cancel', 'cancelling', 'walked away', 'walks away', 'walking away', 'pulled out', 'pulls out', 'terminated', 'terminates', 'scrapped', 'scraps', 'abandoned', 'abandons', 'backed out', 'backs out', 'called off',
  'cancela', 'canceló', 'cancelado', 'cancelada', 'cancelan', 'cancelar', 'rescinde', 'rescindió', 'rescindido', 'abandona', 'abandonó', 'renuncia', 'renunció',
  'cancelou', 'cancelado', 'cancelada', 'rescindiu', 'rescinde', 'desiste', 'desistiu', 'abandonou',
  'annule', 'annulé', 'annulée', 'résilie', 'résilié', 'renonce', 'renoncé', 'abandonne', 'abandonné',
  'kündigt', 'gekündigt', 'storniert', 'abgesagt', 'beendet',
]);

/** What the headline is about when it is not a new agreement (looked up in the headline only). */
export const FRAMES: [string, TokenPhrases][] = [
  ['results', new TokenPhrases([
    'results', 'earnings', 'quarterly', 'quarter', 'beats estimates', 'misses estimates', 'profit', 'revenue', 'revenues', 'sales', 'guidance', 'forecast', 'outlook', 'capex', 'spending', 'net income',
    'resultados', 'beneficio', 'beneficios', 'beneficio neto', 'ingresos', 'ventas', 'facturación', 'previsión', 'previsiones', 'trimestre', 'ganancias', 'pérdidas',
    'lucro', 'receita', 'receitas', 'vendas', 'faturamento', 'balanço', 'prejuízo',
    'résultats', 'bénéfice', "chiffre d'affaires", 'ventes', 'prévisions', 'trimestre', 'perte',
    'Quartalszahlen', 'Zahlen', 'Gewinn', 'Umsatz', 'Prognose', 'Quartal', 'Bilanz', 'Verlust', 'Jahreszahlen',
  ])],
  ['regulation', new TokenPhrases([
    'rule', 'rules', 'export controls', 'export curbs', 'export restrictions', 'ban', 'bans', 'regulators', 'regulator', 'probe', 'antitrust', 'tax', 'tax break', 'tax breaks', 'incentives', 'subsidies', 'law', 'bill',
    'regla', 'norma', 'restricciones', 'exportaciones', 'prohibición', 'regulador', 'investigación', 'impuesto', 'régimen', 'incentivos', 'ley', 'decreto',
    'regra', 'restrições', 'exportações', 'proibição', 'regime', 'regime especial', 'incentivos', 'isenção', 'imposto', 'medida provisória', 'lei', 'decreto',
    'règle', 'restrictions', 'exportations', 'interdiction', 'régulateur', 'enquête', 'régime', 'fiscal', 'loi', 'décret', 'incitations',
    'Exportkontrollen', 'Exportbeschränkungen', 'Exportverbot', 'Regel', 'Verbot', 'Behörde', 'Kartellamt', 'Steuer', 'Förderung', 'Gesetz', 'Verordnung', 'Subventionen',
  ])],
  ['review', new TokenPhrases([
    'year in review', 'the year', 'year of', 'looking back', 'retrospective', 'recap',
    'el año', 'balance del año', 'repaso', 'retrospectiva', 'o ano', 'balanço do ano', "l'année", 'bilan', 'rétrospective', 'Rückblick', 'Jahresrückblick', 'das Jahr', 'Jahr der',
  ])],
  ['merger', new TokenPhrases(['takeover', 'takeover bid', 'merger', 'buyout', 'acquire', 'acquires', 'acquisition', 'OPA', 'fusión', 'adquisición', 'adquiere', 'compra', 'fusão', 'aquisição', 'adquire', 'rachat', 'fusion', 'rachète', 'acquisition', 'Übernahme', 'Fusion', 'übernimmt', 'kauft'])],
  ['launch', new TokenPhrases(['launch', 'launches', 'unveils', 'unveiled', 'debuts', 'review', 'lanza', 'presenta', 'lança', 'apresenta', 'lance', 'dévoile', 'stellt vor', 'präsentiert'])],
];
