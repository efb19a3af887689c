// When the clause of a figure names only one side of the agreement (or none), who
// the other side is: a pronoun's antecedent ("Last month it agreed a deal with
// Google"), the agreement a definite reference points back to ("The agreement
// includes options ... , Hut 8 said"), or nobody, when the other side is described
// but not named ("from a new, unnamed customer", "a loan" obtained with no lender).
import type { Company } from './entities.js';
import { company, mentionsIn, type Doc } from './doc.js';
import type { Range } from './sentences.js';
import { sentenceAt } from './sentences.js';
import { words } from './lexicon.js';

// The subject of the clause is a pronoun or a generic company noun ("it", "the Nasdaq-listed company",
// "la compañía", "a empresa", "la société", "der Konzern"), after at most a short time adverbial.
const PRONOUN_SUBJECT = new RegExp(String.raw`^[\s\u00a0\p{P}]*(?:[\p{L}\d]+[\s\u00a0,]+){0,3}?(?:it|they|(?:(?:the|la|el|a|o|le|l['’]|das|der|die)[\s\u00a0]*(?:[\p{L}-]+[\s\u00a0]+){0,2}(?:company|firm|group|startup|start-up|compañía|empresa|firma|grupo|companhia|société|groupe|entreprise|Unternehmen|Konzern|Firma|Gruppe))|ella|ela|elle|er|sie)(?![\p{L}])`, 'iu');

/** The company a pronoun or generic subject of the clause points back to: the first one named in the nearest earlier sentence that names one. */
export function antecedent(doc: Doc, s: Range, clause: Range, figure: number, not: Company[]): Company | null {
  const pronoun = PRONOUN_SUBJECT.exec(doc.text.slice(clause.start, figure));
  if (!pronoun || mentionsIn(doc, clause.start, clause.start + pronoun[0].length).length) return null;
  const i = sentenceAt(doc.sentences, s.start);
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const r = doc.sentences[k]!;
    if (r.end <= doc.bodyStart && doc.bodyStart > 0) break;
    const first = mentionsIn(doc, r.start, r.end).find((x) => !x.ticker);
    if (first) return not.includes(company(first)) ? null : company(first);
  }
  return null;
}

// "The partners had formed a $15 billion joint venture", "les deux groupes", "die beiden Unternehmen": several companies named before.
const PLURAL_SUBJECT = /^[\s\u00a0\p{P}]*(?:[\p{L}\d]+[\s\u00a0,]+){0,3}?(?:the|los|las|os|as|les|die)[\s\u00a0]+(?:(?:two|three|four|dos|tres|cuatro|dois|duas|três|quatro|deux|trois|quatre|beiden|drei|vier)[\s\u00a0]+)?(?:partners|sponsors|companies|firms|groups|socios|empresas|compañías|sócios|companhias|partenaires|groupes|entreprises|sociétés|Partner|Unternehmen|Konzerne)(?![\p{L}])/iu;
/** The companies listed together (joined by commas and "and") in the nearest earlier sentence that has such a list. */
export function pluralAntecedent(doc: Doc, s: Range, clause: Range, figure: number): Company[] {
  if (!PLURAL_SUBJECT.test(doc.text.slice(clause.start, figure))) return [];
  const i = sentenceAt(doc.sentences, s.start);
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const r = doc.sentences[k]!;
    const ms = mentionsIn(doc, r.start, r.end).filter((x) => !x.ticker);
    let run: Company[] = [];
    for (let j = 0; j < ms.length; j++) {
      const joined = j > 0 && LIST_GAP.test(doc.text.slice(ms[j - 1]!.end, ms[j]!.start));
      run = joined ? [...run, company(ms[j]!)] : [company(ms[j]!)];
      if (run.length >= 2 && !(j + 1 < ms.length && LIST_GAP.test(doc.text.slice(ms[j]!.end, ms[j + 1]!.start)))) return [...new Set(run)];
    }
  }
  return [];
}
// Between two names of a list: a comma or "and", an article, a few words ("Crusoe, funds managed by Blue Owl Capital's real assets platform and Primary Digital").
const LIST_GAP = /^(?:['’]s)?[^.;:()]{0,40}?(?:,|(?<![\p{L}])(?:and|y|e|et|und))[\s\u00a0]*(?:[\p{L}'’-]+[\s\u00a0]+){0,4}$/u;

// "The agreement includes three renewal options ...", "El contrato ...", "Der Vertrag ...": the story's agreement.
const DEFINITE_DEAL = new RegExp(String.raw`^[\s\u00a0"“«]*(?:the|this|that|el|la|este|esta|ese|esa|o|a|esse|essa|l['’]|le|la|ce|cet|cette|der|die|das|dieser|diese)[\s\u00a0]*(?:(?:new|nuevo|nueva|novo|nova|nouvel|nouveau|nouvelle|neue[rn]?)[\s\u00a0]+)?(?:agreement|deal|contract|order|lease|financing|transaction|acuerdo|contrato|pedido|operación|financiación|acordo|encomenda|operação|financiamento|accord|contrat|bail|commande|opération|financement|Vertrag|Deal|Vereinbarung|Auftrag|Transaktion|Finanzierung)(?![\p{L}])`, 'iu');
export const refersToStoryDeal = (doc: Doc, s: Range): boolean => DEFINITE_DEAL.test(doc.text.slice(s.start, s.start + 60));

// The other side is described, not named: "an order from a new, unnamed customer", "placed with Nvidia partners",
// "con un cliente", "auprès de banques", "von mehreren Banken".
const DESCRIBED = words([
  'customer', 'customers', 'client', 'clients', 'partner', 'partners', 'hyperscaler', 'banks', 'lenders', 'investors',
  'cliente', 'clientes', 'socio', 'socios', 'bancos', 'prestamistas', 'inversores', 'parceiro', 'parceiros', 'investidores', 'credores',
  'partenaire', 'partenaires', 'banques', 'prêteurs', 'investisseurs', 'Kunde', 'Kunden', 'Partner', 'Partnern', 'Banken', 'Geldgeber', 'Investoren',
]);
const COUNTERPART = /(?<![\p{L}])(?:with|from|to|for|con|a|al|com|para|avec|auprès d(?:e|['’])|à|pour|mit|von|bei|an|für)[\s\u00a0]+(?:[\p{L}\d,-]+[\s\u00a0]+){0,3}?$/iu;

/** Is the other side of the agreement in this clause described without a name? */
export function describedCounterpart(doc: Doc, clause: Range): boolean {
  const part = doc.text.slice(clause.start, clause.end);
  const re = new RegExp(DESCRIBED.source, 'giu');
  for (let m = re.exec(part); m; m = re.exec(part)) {
    if (COUNTERPART.test(part.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}
