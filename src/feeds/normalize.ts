// Raw feed items to pipeline items: links resolved against xml:base and the
// feed URL then canonicalised, dates to ISO, HTML to text, identity computed.
import { canonicalUrl, contentHash, fingerprint } from './canonical.js';
import { parseDate } from './dates.js';
import { htmlToText } from './text.js';
import type { FeedItem, RawFeed, RawItem } from './types.js';

function resolveBase(base: string | undefined, against: string): string {
  if (!base) return against;
  try {
    return new URL(base, against).toString();
  } catch {
    return against;
  }
}

function normaliseItem(item: RawItem, feedBase: string): FeedItem {
  const base = resolveBase(item.base, feedBase);
  const link = item.link ? canonicalUrl(item.link, base) : undefined;
  // A guid that is a URL identifies the same page however it is decorated.
  const guidUrl = item.guid && /^https?:\/\//i.test(item.guid.trim()) ? canonicalUrl(item.guid, base) : undefined;
  const guid = guidUrl ?? (item.guid?.trim() || undefined);
  const published = parseDate(item.date);
  const title = htmlToText(item.title ?? '');
  const bodies = [item.content, item.summary].map((b) => htmlToText(b ?? ''));
  const text = bodies.reduce((a, b) => (b.length > a.length ? b : a), '');
  const id = { guid, link: link ?? guidUrl, title, published };
  return {
    fingerprint: fingerprint(id),
    contentHash: contentHash({ title, text, link: id.link }),
    link: id.link,
    guid,
    title,
    text,
    published,
  };
}

/** Normalises every item; `feedUrl` is where the feed was fetched from (after redirects). */
export function normaliseFeed(feed: RawFeed, feedUrl: string): FeedItem[] {
  const feedBase = resolveBase(feed.base, feedUrl);
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const raw of feed.items) {
    const item = normaliseItem(raw, feedBase);
    if (!item.title && !item.text && !item.link) continue; // nothing a reader could see
    if (seen.has(item.fingerprint)) continue; // feeds do repeat items
    seen.add(item.fingerprint);
    out.push(item);
  }
  return out;
}
