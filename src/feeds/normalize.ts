// Raw feed items to pipeline items: links resolved against xml:base and the
// feed URL then canonicalised, dates to ISO, HTML to text, identity computed.
import { createHash } from 'node:crypto';
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

function rawKeyOf(item: RawItem, feedBase: string): string {
  const h = createHash('sha1');
  for (const v of [feedBase, item.base, item.guid, item.link, item.title, item.date, item.content, item.summary]) h.update(v ?? '').update('\u0000');
  return h.digest('base64url');
}

function normaliseItem(item: RawItem, feedBase: string, rawKey: string): FeedItem {
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
    rawKey,
    fingerprint: fingerprint(id),
    contentHash: contentHash({ title, text, link: id.link }),
    link: id.link,
    guid,
    title,
    text,
    published,
  };
}

/**
 * Normalises every item; `feedUrl` is where the feed was fetched from (after
 * redirects). `known` returns the item normalised on an earlier poll from the
 * same raw item, so an unchanged item costs one hash instead of the URL, date
 * and HTML work.
 */
export function normaliseFeed(feed: RawFeed, feedUrl: string, known?: (rawKey: string) => FeedItem | undefined): FeedItem[] {
  const feedBase = resolveBase(feed.base, feedUrl);
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const raw of feed.items) {
    const rawKey = rawKeyOf(raw, feedBase);
    const item = known?.(rawKey) ?? normaliseItem(raw, feedBase, rawKey);
    if (!item.title && !item.text && !item.link) continue; // nothing a reader could see
    if (seen.has(item.fingerprint)) continue; // feeds do repeat items
    seen.add(item.fingerprint);
    out.push(item);
  }
  return out;
}
