import { describe, expect, it } from 'vitest';
import { canonicalUrl, contentHash, fingerprint, isTrackingParam } from '../../../src/feeds/canonical.js';
import { articleId } from '../../../src/shared/ids.js';

describe('canonicalUrl', () => {
  it('lowercases scheme and host, drops fragment, default port and tracking parameters', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM:443/Markets/OpenAI-AWS?utm_source=rss&utm_medium=feed&id=7#comments')).toBe(
      'https://news.example.com/Markets/OpenAI-AWS?id=7',
    );
  });
  it('removes click ids and similar trackers but keeps real parameters, in a stable order', () => {
    expect(canonicalUrl('http://example.com/a?b=2&fbclid=x&gclid=y&a=1&mc_cid=z&_ga=1')).toBe('http://example.com/a?a=1&b=2');
    expect(canonicalUrl('http://example.com/a?a=1&b=2')).toBe(canonicalUrl('http://example.com/a?b=2&a=1'));
  });
  it('drops an empty query and credentials, keeps path case', () => {
    expect(canonicalUrl('http://user:pw@example.com/Path/?utm_campaign=x')).toBe('http://example.com/Path/');
  });
  it('resolves relative links against a base', () => {
    expect(canonicalUrl('../story/1', 'http://example.com/feeds/rss/')).toBe('http://example.com/feeds/story/1');
    expect(canonicalUrl('/x?utm_term=a', 'https://example.com/feed')).toBe('https://example.com/x');
  });
  it('refuses what is not http(s)', () => {
    expect(canonicalUrl('mailto:a@b.c')).toBeUndefined();
    expect(canonicalUrl('not a url')).toBeUndefined();
  });
  it('makes a polled and a pushed copy of a story one article id', () => {
    const polled = canonicalUrl('https://www.example.com/deal?utm_source=rss#top')!;
    const pushed = canonicalUrl('https://WWW.example.com/deal')!;
    expect(articleId(polled)).toBe(articleId(pushed));
  });
  it('knows the tracking parameter families', () => {
    for (const p of ['utm_content', 'UTM_SOURCE', 'fbclid', 'gclid', 'msclkid', 'mc_eid', '_hsenc', 'pk_campaign']) expect(isTrackingParam(p), p).toBe(true);
    for (const p of ['id', 'page', 'article', 'q']) expect(isTrackingParam(p), p).toBe(false);
  });
});

describe('fingerprint and content hash', () => {
  it('prefers guid, then canonical link, then title+date', () => {
    expect(fingerprint({ guid: ' abc ', link: 'http://x/1', title: 't' })).toBe('g:abc');
    expect(fingerprint({ link: 'http://x/1', title: 't' })).toBe('l:http://x/1');
    const a = fingerprint({ title: 'Deal', published: '2025-11-03T14:05:00.000Z' });
    expect(a).toMatch(/^h:[0-9a-f]{24}$/);
    expect(fingerprint({ title: 'Deal', published: '2025-11-03T14:05:00.000Z' })).toBe(a);
    expect(fingerprint({ title: 'Deal', published: '2025-11-04T14:05:00.000Z' })).not.toBe(a);
  });
  it('changes when what a reader sees changes', () => {
    const base = { title: 'OpenAI and AWS', text: '38 billion', link: 'http://x/1' };
    expect(contentHash(base)).toBe(contentHash({ ...base }));
    expect(contentHash({ ...base, text: '38 billion over seven years' })).not.toBe(contentHash(base));
  });
});
