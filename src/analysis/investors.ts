// Several investors in one sentence, each with its own figure: an absolute clause ("with Microsoft
// contributing up to $5 billion"), a left-out verb ("Nvidia will invest up to $10 billion and Microsoft
// up to $5 billion") and a clause set beside the one before (", enquanto a Nvidia poderá investir …").
import type { Company, Mention } from './entities.js';
import type { Money } from './money.js';
import { company, mentionsIn, type Doc } from './doc.js';
import { sentenceAt, type Range } from './sentences.js';
import type { PhraseMatch } from './tokens.js';
import { isProductMention } from './products.js';

// "…a combined $15 billion into Anthropic, with Microsoft contributing up to $5 billion and Nvidia adding up to $10 billion":
// each figure of the absolute clause is its investor's, with the recipient of the main clause.
const ABSOLUTE = /,[\s\u00a0]+(?:with|con|com|avec)[\s\u00a0]+$/iu;
const GERUND_TO_FIGURE = /^[\s\u00a0]+\p{L}+(?:ing|ando|endo|indo|ant)(?:[\s\u00a0]+(?:up to|about|more than|hasta|até|jusqu['’]à|environ))?[\s\u00a0]*(?:US\$|\$|€|£)?[\s\u00a0]*$/iu;
const RECIPIENT_BEFORE = /(?<![\p{L}])(?:into|in|to|en|em|na|no|dans|à|a)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’])[\s\u00a0]*)?$/iu;

export function absoluteParties(doc: Doc, m: Money, s: Range): Company[] | null {
  const { text } = doc;
  const ms = mentionsIn(doc, s.start, m.start);
  const investor = ms[ms.length - 1];
  if (!investor || !GERUND_TO_FIGURE.test(text.slice(investor.end, m.start))) return null;
  // The investor opens the absolute clause ("with Microsoft contributing") or follows "and" in it ("and Nvidia adding").
  const k = ms.indexOf(investor);
  let open = -1;
  for (let j = k; j >= 0 && open < 0; j--) if (ABSOLUTE.test(text.slice(Math.max(s.start, ms[j]!.start - 8), ms[j]!.start))) open = j;
  if (open < 0) return null;
  const recipient = [...ms.slice(0, open)].reverse().find((x) => RECIPIENT_BEFORE.test(text.slice(Math.max(s.start, x.start - 8), x.start)));
  return recipient ? [company(investor), company(recipient)] : null;
}

// "Nvidia will invest up to $10 billion and Microsoft up to $5 billion, … Anthropic": the second verb is left out, each figure
// has its own investor and both go to the company named after them (else in the sentence before).
const GAP_JOIN = /^[\s\u00a0]*,?[\s\u00a0]*(?:and|y|e|et|und)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’]|die|der)[\s\u00a0]*)?$/iu;
const GAP_TO_FIGURE = /^[\s\u00a0]*,?[\s\u00a0]*(?:(?:up to|about|around|more than|hasta|até|jusqu['’]à|environ|bis zu|rund|con|com|avec|mit|with)[\s\u00a0]+)?(?:(?:un|una|um|uma)[\s\u00a0]+)?(?:US\$|\$|€|£)?[\s\u00a0]*$/iu;

export function gappedParties(doc: Doc, m: Money, s: Range): Company[] | null {
  const { text } = doc;
  const figs = doc.money.filter((x) => x.start >= s.start && x.end <= s.end && !x.conversion);
  const k = figs.indexOf(m);
  // The pair this figure belongs to: [first, second] where the second's investor follows "and" right after the first.
  const gapped = (a: Money | undefined, b: Money | undefined): Mention | null => {
    if (!a || !b) return null;
    const y = mentionsIn(doc, a.end, b.start).filter((x) => !x.ticker)[0];
    return y && GAP_JOIN.test(text.slice(a.end, y.start)) && GAP_TO_FIGURE.test(text.slice(y.end, b.start)) ? y : null;
  };
  const asFirst = gapped(m, figs[k + 1]);
  const asSecond = gapped(figs[k - 1], m);
  if (!asFirst && !asSecond) return null;
  const first = asFirst ? m : figs[k - 1]!;
  const second = asFirst ? figs[k + 1]! : m;
  const x = mentionsIn(doc, s.start, first.start).filter((c) => !c.ticker && !isProductMention(doc, c)).pop();
  const y = (asFirst ?? asSecond)!;
  if (!x) return null;
  const investors = new Set([company(x), company(y)]);
  const prev = doc.sentences[sentenceAt(doc.sentences, s.start) - 1];
  const recipient = [...mentionsIn(doc, second.end, s.end), ...(prev ? mentionsIn(doc, prev.start, prev.end) : [])]
    .find((c) => !c.ticker && !investors.has(company(c)) && !isProductMention(doc, c));
  const investor = asFirst ? company(x) : company(y);
  return recipient ? [investor, company(recipient)] : [investor];
}

// ", while", ", enquanto", ", tandis que": a clause set beside the one before.
const PARALLEL = /^[^.;]*,[\s\u00a0]*(?:while|whereas|mientras que|mientras|enquanto|ao passo que|tandis que|alors que|während|wohingegen)[\s\u00a0]+(?:(?:the|la|el|a|o|le|l['’]|die|der)[\s\u00a0]*)?$/iu;

/**
 * "A Microsoft investirá até 5 mil milhões de dólares na Anthropic, enquanto a Nvidia poderá investir até 10 mil milhões": a pledge
 * set beside one just read in the sentence, by its own subject, goes to the same recipient.
 */
export function parallelPledge(doc: Doc, prev: { parties: string[]; span: { end: number } } | undefined, clause: Range, pledge: PhraseMatch): Company[] | null {
  if (!prev) return null;
  const subject = mentionsIn(doc, clause.start, pledge.start).filter((x) => !x.ticker).pop();
  if (!subject || company(subject).name === prev.parties[1] || !PARALLEL.test(doc.text.slice(prev.span.end, subject.start))) return null;
  const recipient = doc.mentions.find((x) => company(x).name === prev.parties[1]);
  return recipient ? [company(subject), company(recipient)] : null;
}
