// Full text of an article page, for items whose feed text is only a teaser:
// fetched under the same limits as feeds, main text extracted with Mozilla's
// Readability over linkedom (a light DOM, no browser). Any failure — network,
// paywall, a page with no readable article — comes back as a reason, and the
// caller keeps the summary.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Dispatcher } from 'undici';
import { fetchWithLimits, type HttpLimits } from './http.js';
import { decodeFeed, charsetFromContentType } from './charset.js';
import { FeedError } from './errors.js';
import { htmlToText } from './text.js';

export type FullTextResult = { ok: true; text: string } | { ok: false; reason: string };

const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

// Publishers mark paywalled pages for search engines (schema.org isAccessibleForFree).
const PAYWALL = /"isAccessibleForFree"\s*:\s*"?false"?|class="[^"]*\b(paywall|subscriber-only|piano-offer|meteredContent)\b/i;

/** <meta charset> / http-equiv charset, for pages whose HTTP header names none. */
function metaCharset(html: Buffer): string | undefined {
  const head = html.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

// Below this, what Readability found is a fragment (a subscribe box, a caption), not an article.
const MIN_ARTICLE_CHARS = 200;

/** Main text of an HTML page (pure): undefined when no article can be found. */
export function extractMainText(html: string, url: string): string | undefined {
  const { document } = parseHTML(html);
  // Readability resolves links against the document URL; linkedom has none of its own.
  Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const text = article?.content ? htmlToText(article.content) : '';
  return text.length >= MIN_ARTICLE_CHARS ? text : undefined;
}

export async function fetchFullText(url: string, summary: string, limits: HttpLimits, agent: Dispatcher): Promise<FullTextResult> {
  try {
    const res = await fetchWithLimits({ url, accept: HTML_ACCEPT }, limits, agent);
    const type = res.headers['content-type'] ?? '';
    if (type && !/html|xml/i.test(type)) return { ok: false, reason: `not an HTML page (${type.split(';')[0]})` };
    const contentType = charsetFromContentType(type) ? type : `text/html; charset=${metaCharset(res.body) ?? 'utf-8'}`;
    const html = decodeFeed(res.body, contentType).text;
    const text = extractMainText(html, res.url);
    if (PAYWALL.test(html) && (!text || text.length < summary.length * 2)) return { ok: false, reason: 'paywall' };
    if (!text) return { ok: false, reason: 'no readable article on the page' };
    if (text.length <= summary.length) return { ok: false, reason: 'page text no longer than the summary' };
    return { ok: true, text };
  } catch (err) {
    if (err instanceof FeedError) return { ok: false, reason: `${err.kind}: ${err.message}` };
    return { ok: false, reason: `extraction failed: ${(err as Error).message}` };
  }
}
