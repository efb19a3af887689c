// Vocabulary of deals and of the money figures that are not deal values.
import { words } from './lexicon.js';
import { PhraseSet } from './tokens.js';

/** Nouns and verbs of an agreement, in every language. */
export const DEAL = new PhraseSet([
  'deal', 'deals', 'agreement', 'agreements', 'contract', 'contracts', 'pact', 'lease', 'leases', 'partnership', 'order', 'orders', 'commitment', 'financing', 'package', 'expansion', 'letter of intent', 'arrangement', 'backstop',
  'contributing', 'total contract value', 'total contract revenue', 'contract value', 'contract revenue', 'valor total del contrato', 'valor do contrato', 'valeur du contrat', 'Auftragswert', 'Vertragswert',
  'generate revenue of', 'gerar receita de', 'gerar receitas de', 'generar ingresos de', 'générer un chiffre d\'affaires de', 'contribute', 'aportará', 'aportar', 'verpflichtet', 'abnehmen', 'abzunehmen',
  'signed', 'signs', 'agreed', 'agrees', 'struck', 'inked', 'secured', 'awarded', 'supply', 'supplies', 'buy', 'buys', 'purchase', 'pay', 'committed', 'commits', 'lease',
  'acuerdo', 'acuerdos', 'contrato', 'contratos', 'pacto', 'alianza', 'arrendamiento', 'operación', 'financiación', 'financiamiento', 'compromiso', 'carta de intenciones', 'carta de intención', 'carta de intenção', "lettre d'intention", 'Absichtserklärung', 'pedido', 'pedidos',
  'firmó', 'firmado', 'firma', 'cerró', 'cerrado', 'cerrara', 'sellado', 'suministrar', 'comprar', 'adquirir', 'pagará',
  'acordo', 'acordos', 'parceria', 'arrendamento', 'operação', 'financiamento', 'encomenda',
  'assinou', 'assinado', 'fechou', 'fornecer',
  'accord', 'accords', 'contrat', 'contrats', 'partenariat', 'bail', 'commande', 'commandes', 'financement', 'opération',
  'signé', 'conclu', 'fournir',
  'Vertrag', 'Verträge', 'Vereinbarung', 'Abkommen', 'Partnerschaft', 'Auftrag', 'Aufträge', 'Deal', 'Projekt', 'Volumen', 'Finanzierung', 'Abnahme', 'Zusage',
  'unterzeichnet', 'abgeschlossen', 'vereinbart', 'liefern', 'mieten', 'anmieten', 'Mietvertrag', 'Kooperation',
  'rent', 'rents', 'renting', 'alquilar', 'alquiler', 'alugar', 'aluguel', 'louer', 'location',
]);

/** Figures that are something else: revenue, valuation, market value, capex, backlog, funding rounds, charges, prices. */
export const NOT_DEAL = new PhraseSet([
  'revenue', 'revenues', 'sales', 'profit', 'net income', 'earnings', 'market value', 'market capitalization', 'market cap', 'valued at', 'valuation', 'value of its stake',
  'backlog', 'remaining performance obligations', 'capital expenditure', 'capital expenditures', 'capex', 'capital projects', 'spent', 'funding round', 'financing round', 'round',
  'operating income', 'net operating income', 'income', 'EBITDA', 'rents', 'rental income', 'rentas', 'rendas', 'loyers', 'Mieteinnahmen',
  'capital injection', 'capital increase', 'aporte de capital', 'ampliación de capital', 'aumento de capital', 'augmentation de capital', 'Kapitalerhöhung',
  'raising', 'levantou', 'levantó', 'recaudó', 'captó', 'captou', 'a levé', 'lève', 'sammelte', 'eingesammelt', 'private round', 'Series',
  'finance leases', 'including finance leases', 'arrendamientos financieros', 'contrats de location-financement', 'Finanzierungsleasing',
  'manages', 'assets under management', 'gestiona', 'administra', 'gère', 'verwaltet',
  'proyecciones', 'projections', 'projected', 'projeções', 'Prognose',
  'consacré', 'dedicó', 'destinó', 'gastó', 'aufgewendet', 'ausgegeben',
  'forecast', 'guidance', 'charge', 'write-down', 'wrote down', 'fine', 'price', 'priced', 'annualized', 'burning', 'cost', 'costs', 'dis-synergies', 'raised', 'debt financing', 'per share',
  'ingresos', 'ingresó', 'ingresar', 'facturó', 'facturación', 'ventas', 'beneficio', 'capitalización', 'valorada en', 'valorado en', 'cartera de pedidos', 'inversiones', 'bienes de equipo', 'ronda', 'multa', 'precio', 'deuda neta', 'gasto',
  'valor de mercado', 'valeur de marché', 'Marktwert', 'receita', 'faturou', 'faturamento', 'vendas', 'lucro', 'capitalização', 'valorizada', 'avaliada', 'avaliada em', 'avaliado em', 'ronda de financiamento', 'rodada', 'carteira',
  "chiffre d'affaires", 'revenus', 'bénéfice', 'capitalisation', 'valorise', 'valorisé', 'valorisée', 'pesait', 'carnet de commandes', 'investissements', "dépenses d'investissement", 'tour de table', 'levé', 'levée', 'amende', 'prix',
  'stake', 'participación', 'participação', 'Beteiligung',
  'Umsatz', 'Erlöse', 'Gesamterlöse', 'Gewinn', 'Marktkapitalisierung', 'Börsenwert', 'bewertet', 'Bewertung', 'Auftragsbestand', 'Investitionen', 'Finanzierungsrunde', 'Belastung', 'Abschreibung', 'Strafe', 'Preis', 'Ausgabepreis',
]);

/** Phrases that state the value of something: a deal value unless the sentence says what else it is. */
export const VALUE = new PhraseSet(['worth', 'asciende a', 'ascienden a', 'amounts to', 'amount to', "s'élève à", 'se monte à', 'beläuft sich auf', 'belaufen sich auf', 'ascende a', 'por valor de', "d'une valeur de", 'im Wert von', 'no valor de', 'amount', 'montant', 'importe', 'Betrag', 'valorado en', 'valorada en', 'avaliado em', 'avaliada em']);
/** Totals over several agreements are not one deal, whatever deal word sits between ("the total value of its contracts"). */
export const TOTAL = new PhraseSet(['commitments', 'compromisos', 'compromissos', 'engagements', 'Verpflichtungen', 'somados', 'sumados', 'somando', 'sumando', 'additionnés', 'zusammengerechnet', 'total', 'totaling', 'totalling', 'in all', 'combined', 'altogether', 'en total', 'en conjunto', 'suman', 'sumar', 'au total', 'insgesamt', 'bringing', 'ao todo', 'no total', 'cumulative', 'acumulado']);
/** "the total contract value ... as much as $17.7 billion" is the ceiling of one agreement, not a total of several. */
export const TOTAL_OF_ONE = /(?:total|totale?)[\s\u00a0]+(?:contract|contrato|contrat|Vertrag)(?![\p{L}])|(?:valor|valeur)[\s\u00a0]+total[\s\u00a0]+(?:del|do|du)[\s\u00a0]+(?:contrato|contrat)(?![\p{L}])/iu;
/** "owned by", "backed by": a relation of a party, not a party. */
export const RELATION_BEFORE = /(?:owned by|backed by|controlled by|a unit of|a subsidiary of|propiedad de|respaldad[oa] por|controlad[oa] por|filial de|participad[oa] por|detid[oa] por|apoiad[oa] por|détenue? par|soutenue? par|filiale de|unterstützt von|gehört zu|Tochter von)[^,;()]{0,40}$/iu;
/** A valuation phrase right after a deal noun values the deal ("una operación valorada en"), not a company. */
export const VALUATION = /^(?:valued at|valorada en|valorado en|valorizada|avaliada|avaliada em|avaliado em|valorisé|valorisée|bewertet)$/iu;

/** Right after the figure: "in revenue", "de ingresos", "en Bourse", "of capital expenditure". */
export const NOT_DEAL_AFTER = new RegExp(`^[\\s\\u00a0]*(?:${words([
  'in revenue', 'in annual revenue', 'in sales', 'of revenue', 'of capital expenditure', 'in market value', 'off its market value', 'to the company\'s market value', 'a share', 'per share', 'each', 'a month', 'a year', 'per year', 'per gigawatt',
  'de ingresos', 'en ingresos', 'de facturación', 'de capitalización', 'en bienes de equipo', 'por acción', 'por cada', 'al mes', 'al año', 'por año',
  'de receita', 'em receitas', 'em receita', 'por ação', 'por mês', 'por ano',
  'en Bourse', "de chiffre d'affaires", 'par action', 'par an', 'par mois',
  'Umsatz', 'pro Aktie', 'je Aktie', 'pro Jahr', 'im Jahr',
]).source})`, 'iu');

/** Spending or investment verbs: a pledge is a deal only with a named partner. */
export const PLEDGE = new PhraseSet(['spend', 'spending', 'invest', 'invests', 'investing', 'investment', 'pledged', 'pledge', 'inversión', 'investimento', 'investissement', 'Investition', 'invertir', 'invertirá', 'invierte', 'investir', 'investirá', 'vai investir', 'investit', 'investira', 'investieren', 'investiert', 'mobilisieren', 'gastar', 'dépenser']);
export const PARTNER = /(?<![\p{L}])(?:with|in|into|con|en|com|em|na|no|avec|dans|mit|in|bei|junto a|purchase of|compra de|achat de|Kauf von)[\s\u00a0]+(?:(?:the|la|el|a|o|le|les|l['’]|der|die|das|dem|den|local operator|London-based|British|britânica|australiana|start-up)[\s\u00a0]+)*$/iu;

export const UNNAMED = new PhraseSet(['unnamed', 'undisclosed customer', 'unidentified', 'sin identificar', 'no identificado', 'non identifié', 'não identificado', 'ungenannten', 'ungenannter']);
export const GUARANTEE = new PhraseSet(['backstop', 'backstops', 'guarantee', 'guarantees', 'garantizar', 'garantía', 'garantir', 'garantie', 'Garantie', 'Abnahmegarantie', 'absichern']);
/** A deal that is denied, called off or rejected is not a deal. */
export const DEAL_OFF = new PhraseSet([
  'denied', 'denies', 'no truth', 'abandoned', 'scrapped', 'called off', 'rejected', 'voted against', 'walked away',
  'desmintió', 'desmiente', 'negó', 'abandonó', 'rechazada', 'rechazaron', 'fracasó', 'fracaso',
  'desmentiu', 'desmente', 'abandonou', 'rejeitada', 'rejeitaram', 'fracassou',
  'démenti', 'dément', 'dément', 'abandonné', 'rejetée', 'rejeté', 'échec',
  'dementiert', 'dementierte', 'abgesagt', 'abgelehnt', 'gescheitert',
  // an analyst's estimate is not a reported value
  'analysts estimated', 'analysts estimate', 'analysts said', 'the analyst', 'an analyst', 'el analista', 'o analista', "l'analyste", 'der Analyst', 'según los analistas', 'segundo os analistas', 'selon les analystes', 'schätzen Analysten', 'nach Schätzungen',
]);
/** "with partners including Oracle, Nvidia, AMD and Broadcom": a list of counterparties means a total. */
export const LIST_INTRO = new PhraseSet(['including', 'such as', 'among them', 'como', 'entre ellos', 'entre ellas', 'incluindo', 'entre eles', 'dont', 'notamment', 'comme', 'darunter', 'wie', 'etwa']);
export const PURCHASE = /(?:purchase of|buy|buying|compra de|comprar|adquirir|acheter|achat de|kaufen|Kauf von)[\s\u00a0]+$/iu;
