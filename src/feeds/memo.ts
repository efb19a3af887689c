// In-process memory of each feed's items as of its last successful poll,
// keyed by raw-item hash. An item found here was normalised, stored and
// marked seen already, so a changed feed costs work only for what changed:
// no normalisation and no Redis lookup for the items that stayed the same.
// Safe across processes: "already seen" never becomes false before the
// fingerprint TTL, and the poller bypasses the memo on its periodic full check.
import type { FeedItem } from './types.js';

export class ItemMemo {
  private readonly feeds = new Map<string, Map<string, FeedItem>>();

  lookup(feed: string): ((rawKey: string) => FeedItem | undefined) | undefined {
    const items = this.feeds.get(feed);
    return items && ((rawKey) => items.get(rawKey));
  }

  /** Replaces the feed's memory with the items it carries now (items that left the feed are forgotten). */
  remember(feed: string, items: FeedItem[]): void {
    this.feeds.set(feed, new Map(items.map((i) => [i.rawKey, i])));
  }
}
