// Agreements called off. A cancel word whose object is a right ("renonce à son droit
// de préemption", "gives up its exclusivity") ends a privilege inside a deal, not the deal.
import type { Doc } from './doc.js';
import { CANCELLED } from './deal-words.js';
import { PhraseSet, type PhraseMatch } from './tokens.js';

const RIGHT = new PhraseSet([
  'right', 'rights', 'exclusivity', 'option', 'claim', 'veto',
  'derecho', 'derechos', 'exclusividad', 'opción',
  'direito', 'direitos', 'exclusividade', 'opção',
  'droit', 'droits', 'exclusivité',
  'Recht', 'Rechte', 'Vorkaufsrecht', 'Exklusivität', 'Option', 'Anspruch',
]);

/** The object of a cancel word comes within a few words ("renonce en échange à son droit"). */
const OBJECT_REACH = 40;

export function cancellations(doc: Doc, from: number, to: number): PhraseMatch[] {
  const { text, tokens } = doc;
  return CANCELLED.all(text, tokens, from, to).filter((c) => !RIGHT.has(text, tokens, c.end, Math.min(text.length, c.end + OBJECT_REACH)));
}
