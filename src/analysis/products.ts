// Companies named for what they sell: "access to Nvidia GB300 chips" names a product, not a party, unless the
// chips are bought from it ("400,000 GB200 chips from Nvidia").
import type { Mention } from './entities.js';
import { company, mentionsIn, sentenceOf, type Doc } from './doc.js';
import type { Range } from './sentences.js';
import { PURCHASE } from './deal-words.js';

// "Nvidia GB300 chips", "Nvidia AI chips", "Nvidia's next-generation AI chips": a product, named by its vendor.
const PRODUCT_AFTER = /^[\s\u00a0'’s-]*(?:(?:\p{Lu}[\p{L}\d-]*|[\p{L}\d]+-[\p{L}\d-]+|graphics|computing|gaming|networking|data[\s\u00a0]cent(?:er|re)|most|more|latest|newest|advanced|powerful|top|high-end)[\s\u00a0]+){0,3}(?:partners|suppliers|resellers|ecosystem|socios|parceiros|partenaires|Partner|GPUs?|Chips|Processors|Accelerators|Servers|chips?|processors?|accelerators?|systems?|servers?|hardware|Grafikprozessoren|GPU|puces|processadores|procesadores|[A-Z]{1,3}\d{2,3}|Blackwell|Hopper|Rubin|Grace|Instinct|TPUs?)(?![\p{L}])/u;
// "chips GB300 da Nvidia", "puces H100 de Nvidia": the vendor named after the product.
const CHIP_BEFORE = /(?:GPUs?|chips?|processors?|procesadores|processadores|puces|processeurs|accelerators?|aceleradores|accélérateurs|Grafikprozessoren|Prozessoren|Beschleuniger|Chipsystemen?|Chipsysteme|Systemen)(?:[\s\u00a0]+(?:graphiques|gráficos|gráficas|graphics|d['’]IA|de IA|IA|AI|KI)(?![\p{L}]))?(?:[\s\u00a0]+(?=[\p{L}-]*\d)[\p{L}\d-]+){0,2}[\s\u00a0]+(?:de|da|do|of|von|der)?[\s\u00a0]*$/iu;
// "buy Nvidia GB300 chips and related equipment from Dell": a seller named after the goods.
const SELLER_AFTER = /^[^.;]{0,80}?(?<![\p{L}])(?:from|de|da|do|auprès d(?:e|['’])|von|bei)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’]|der|die|dem)[\s\u00a0]+)?$/iu;

// "400 mil chips GB200 da Nvidia", "400,000 GB200 chips from Nvidia": chips and the company that sells them.
const CHIPS_FROM = /(?:GPUs?|chips?|superchips?|processors|accelerators|puces|processadores|procesadores|Chips|Grafikprozessoren|Prozessoren)(?:[\s\u00a0]+[A-Z0-9][\w-]*){0,2}[\s\u00a0]+(?:from|de|da|do|del|von|auprès de)[\s\u00a0]+$/u;

/** Spending on chips of a company the clause names as their seller: a purchase from that vendor. */
export function boughtFromVendor(doc: Doc, clause: Range): boolean {
  return mentionsIn(doc, clause.start, clause.end).some((x) => CHIPS_FROM.test(doc.text.slice(Math.max(clause.start, x.start - 40), x.start)));
}

/** A vendor named for its products ("access to Nvidia GB300 chips") is not a party, unless they are bought from it. */
export function isProductMention(doc: Doc, x: Mention): boolean {
  const before = doc.text.slice(Math.max(0, x.start - 24), x.start);
  const product = PRODUCT_AFTER.test(doc.text.slice(x.end, x.end + 48)) || CHIP_BEFORE.test(before);
  // Bought from its vendor ("buy about $40 billion of Nvidia chips"), unless a seller is named after the goods.
  // ("an order placed with Nvidia partners": its partners sold, not Nvidia.)
  if (PARTNERS_AFTER.test(doc.text.slice(x.end, x.end + 20))) return true;
  if (PURCHASE.test(before) || BOUGHT_BEFORE.test(doc.text.slice(Math.max(0, x.start - 80), x.start))) return product && sellerAfter(doc, x);
  return product;
}
const PARTNERS_AFTER = /^[\s\u00a0'’s-]*(?:partners|suppliers|resellers|ecosystem|socios|parceiros|partenaires|Partner)(?![\p{L}])/u;
const BOUGHT_BEFORE = /(?<![\p{L}])(?:buy|buys|buying|bought|purchase|purchases|purchased|comprar|comprará|compra|compró|compraron|comprado|comprou|compraram|adquirir|adquirió|adquiriu|acheter|achète|achètera|acheté|achetés|achètent|kaufen|kauft|kaufte|gekauft|erwirbt|erwarb)(?![\p{L}])[^.;,]{0,60}$/iu;

function sellerAfter(doc: Doc, x: Mention): boolean {
  const s = sentenceOf(doc, x.start);
  return mentionsIn(doc, x.end, Math.min(s.end, x.end + 120)).some((y) => company(y) !== company(x) && SELLER_AFTER.test(doc.text.slice(x.end, y.start)));
}
