// The rss-parser wrapper on the cases bare rss-parser gets wrong.
import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { parseFeedText } from '../../../src/feeds/parse.js';
import { normaliseFeed } from '../../../src/feeds/normalize.js';
import { FeedError } from '../../../src/feeds/errors.js';
import { repairXml } from '../../../src/feeds/repair.js';

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof FeedError) return err.kind;
    throw err;
  }
}

describe('parseFeedText', () => {
  it('reads <rss> without a version attribute', async () => {
    const f = await parseFeedText('<rss><channel><title>T</title><item><title>A</title><link>http://x/a</link></item></channel></rss>');
    expect(f.format).toBe('rss');
    expect(f.items).toHaveLength(1);
  });

  it('treats <rss> without <channel> as an empty feed instead of crashing', async () => {
    const f = await parseFeedText('<?xml version="1.0"?><rss version="2.0"></rss>');
    expect(f.items).toEqual([]);
  });

  it('reads RSS 1.0 (RDF), RSS 0.91, Atom 0.3/1.0 and a prefixed <atom:feed>', async () => {
    const rdf = await parseFeedText(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>R</title></channel><item rdf:about="http://x/1"><title>One</title><link>http://x/1</link><dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2025-11-03T14:05:00Z</dc:date></item></rdf:RDF>',
    );
    expect(rdf.format).toBe('rdf');
    expect(normaliseFeed(rdf, 'http://x/')[0]!.published).toBe('2025-11-03T14:05:00.000Z');
    expect((await parseFeedText('<rss version="0.91"><channel><title>x</title><item><title>a</title></item></channel></rss>')).format).toBe('rss0.9x');
    const atom03 = await parseFeedText('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>A</title><entry><title>E</title><link rel="alternate" href="http://x/e"/><issued>2004-01-01T00:00:00Z</issued></entry></feed>');
    expect(atom03.format).toBe('atom0.3');
    const prefixed = await parseFeedText('<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title><atom:entry><atom:title>E</atom:title><atom:id>urn:1</atom:id><atom:link href="http://x/p"/></atom:entry></atom:feed>');
    expect(prefixed.format).toBe('atom1.0');
    expect(prefixed.items[0]).toMatchObject({ title: 'E', guid: 'urn:1', link: 'http://x/p' });
  });

  it('reads Microsoft CDF', async () => {
    const f = await parseFeedText('<CHANNEL HREF="http://x/"><TITLE>C</TITLE><ITEM HREF="http://x/1" LASTMOD="2004-01-01T00:00"><TITLE>One</TITLE><ABSTRACT>Sum</ABSTRACT></ITEM></CHANNEL>');
    expect(f.format).toBe('cdf');
    expect(f.items[0]).toMatchObject({ link: 'http://x/1', title: 'One', summary: 'Sum' });
  });

  it('does not crash on an Atom date new Date() cannot read', async () => {
    const f = await parseFeedText('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>E</title><updated>someday</updated></entry></feed>');
    expect(f.items).toHaveLength(1);
  });

  it('resolves relative links against xml:base and the feed URL', async () => {
    const f = await parseFeedText(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/blog/"><entry xml:base="2025/"><title>E</title><link href="post?utm_source=x#c"/></entry><entry><title>F</title><link href="/top"/></entry></feed>',
    );
    expect(normaliseFeed(f, 'http://feeds.example.net/atom').map((i) => i.link)).toEqual(['http://example.com/blog/2025/post', 'http://example.com/top']);
    const rss = await parseFeedText('<rss version="2.0"><channel><item><title>R</title><link>story/1</link></item></channel></rss>');
    expect(normaliseFeed(rss, 'https://news.example.org/rss/feed.xml')[0]!.link).toBe('https://news.example.org/rss/story/1');
  });

  it('repairs what a strict parser refuses: bare ampersands, truncation, unclosed elements', async () => {
    const truncated = '<rss version="2.0"><channel><title>T &amp; U</title><item><title>A & B</title></item><item><title>C</tit';
    const f = await parseFeedText(truncated);
    expect(f.repaired).toBe(true);
    expect(f.items[0]!.title).toBe('A & B');
    expect(repairXml('<a><b><c>x</b></a>')).toBe('<a><b><c>x</c></b></a>');
  });

  it('classifies HTML, empty and non-feed documents', async () => {
    const html = '<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head></html>';
    const err = await parseFeedText(html, { url: 'https://example.com/news/' }).catch((e: FeedError) => e);
    expect(err).toBeInstanceOf(FeedError);
    expect((err as FeedError).details.suggestion).toBe('https://example.com/atom.xml');
    expect(await kindOf(parseFeedText(''))).toBe('not_a_feed');
    expect(await kindOf(parseFeedText('<!-- only a comment -->'))).toBe('not_a_feed');
    expect(await kindOf(parseFeedText('<note><to>x</to></note>'))).toBe('not_a_feed');
    expect(await kindOf(parseFeedText('{"json": true}'))).toBe('not_a_feed');
  });

  it('never hangs on the document that hangs a reused rss-parser', async () => {
    const reused = new Parser();
    await reused.parseString('<rss version="2.0"><channel><title>x</title></channel></rss>');
    const hang = reused.parseString('<!-- only a comment -->').then(() => 'settled', () => 'settled');
    const bare = await Promise.race([hang, new Promise((r) => setTimeout(() => r('hung'), 300))]);
    expect(bare).toBe('hung'); // the upstream bug the wrapper exists for
    for (let i = 0; i < 3; i++) {
      await parseFeedText('<rss version="2.0"><channel><title>x</title></channel></rss>');
      expect(await kindOf(parseFeedText('<!-- only a comment -->'))).toBe('not_a_feed');
    }
  });
});

describe('Atom 0.3 dates and titles', () => {
  it('reads issued/modified and base64 or plain-text titles', async () => {
    const f = await parseFeedText(
      '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title mode="base64">RGVhbCA8Yj53b3J0aDwvYj4=</title><issued>2004-01-01T10:00:00Z</issued></entry><entry><title type="text/plain">A &lt;b&gt; tag</title><modified>2004-01-02T10:00:00+01:00</modified></entry></feed>',
    );
    const items = normaliseFeed(f, 'http://x/');
    expect(items.map((i) => [i.title, i.published])).toEqual([
      ['Deal worth', '2004-01-01T10:00:00.000Z'],
      ['A <b> tag', '2004-01-02T09:00:00.000Z'],
    ]);
  });
});

describe('repair cost', () => {
  // A quadratic repair would not finish within the test timeout; bench/poll measures the cost.
  it('finishes on a large broken document (an unclosed quote before many tags)', async () => {
    const broken = `<rss version="2.0"><channel><title a="x>${'<item><title>t</title></item>'.repeat(100_000)}`;
    const kind = await parseFeedText(broken).then(
      () => 'ok',
      (e: FeedError) => e.kind,
    );
    expect(['ok', 'malformed_xml']).toContain(kind);
  });
});
