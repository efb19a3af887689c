import { describe, expect, it } from 'vitest';
import { extractMainText } from '../../../src/feeds/fulltext.js';
import { normaliseFeed } from '../../../src/feeds/normalize.js';
import { ItemMemo } from '../../../src/feeds/memo.js';
import type { RawFeed } from '../../../src/feeds/types.js';

describe('extractMainText', () => {
  it('keeps the article and drops navigation, with paragraph breaks', () => {
    const body = 'Oracle will supply Meta with cloud capacity worth about 20 billion dollars over several years. '.repeat(6);
    const html = `<html><head><title>x</title></head><body><header><nav><a href="/">Home</a> | <a href="/m">Markets</a></nav></header>
      <main><article><h1>Oracle and Meta</h1><p>${body}</p><p>The deal includes Nvidia GB300 racks.</p></article></main>
      <aside>Most read: something else</aside><footer>© Example</footer></body></html>`;
    const text = extractMainText(html, 'https://news.example.com/oracle-meta')!;
    expect(text).toContain('20 billion dollars');
    expect(text).toContain('Nvidia GB300');
    expect(text).not.toContain('Markets');
    expect(text).toMatch(/years\.\s*\n+The deal/);
  });

  it('finds nothing on a page without an article', () => {
    expect(extractMainText('<html><body><div>Subscribe</div></body></html>', 'https://x/')).toBeUndefined();
  });
});

describe('ItemMemo with normaliseFeed', () => {
  it('reuses the item normalised before when the raw item is the same, and only then', () => {
    const feed: RawFeed = { format: 'rss2', items: [{ guid: 'a', title: 'A', link: '/a' }, { guid: 'b', title: 'B', link: '/b' }] };
    const memo = new ItemMemo();
    const first = normaliseFeed(feed, 'https://x.example/feed');
    memo.remember('f', first);
    const again = normaliseFeed({ ...feed, items: [feed.items[0]!, { ...feed.items[1]!, title: 'B, edited' }] }, 'https://x.example/feed', memo.lookup('f'));
    expect(again[0]).toBe(first[0]); // same object: no work done
    expect(again[1]).not.toBe(first[1]);
    expect(again[1]!.contentHash).not.toBe(first[1]!.contentHash);
    expect(again[1]!.fingerprint).toBe(first[1]!.fingerprint);
    // A different base URL is a different raw item: links resolve elsewhere.
    expect(normaliseFeed(feed, 'https://y.example/feed', memo.lookup('f'))[0]).not.toBe(first[0]);
  });
});
