// Every real-world feed in ../shared/feeds/ through decode + parse, with the
// same steps the poller uses. Prints parsed/total for rss-parser (wrapped) and,
// for comparison in the same run, feedsmith; fails on a hang or an error that
// is not a classified FeedError.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { decompress } from '../../../src/feeds/decompress.js';
import { decodeFeed } from '../../../src/feeds/charset.js';
import { parseFeedText } from '../../../src/feeds/parse.js';
import { FeedError } from '../../../src/feeds/errors.js';

const ROOT = resolve(process.env.DEALWIRE_FEEDS_DIR ?? '../shared/feeds');

function feedFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...feedFiles(p));
    else if (!/^(README\.md|MANIFEST\.tsv|LICENSE.*)$/i.test(name)) out.push(p);
  }
  return out;
}

function headerContentType(bytes: Buffer): string | undefined {
  // feedparser's files carry the HTTP header their test server would send.
  const m = /^Header:\s*Content-type:\s*(.+)$/im.exec(bytes.subarray(0, 2048).toString('latin1'));
  return m?.[1]?.trim();
}

describe.skipIf(!existsSync(ROOT))('feed conformance corpus', () => {
  it('parses the real-world feeds with zero hangs and zero unclassified errors', async () => {
    const files = feedFiles(ROOT);
    let parsed = 0;
    let items = 0;
    let smith = 0;
    const failures: string[] = [];
    const unclassified: string[] = [];
    const started = performance.now();
    for (const file of files) {
      const rel = relative(ROOT, file);
      const bytes = readFileSync(file);
      let text: string | undefined;
      try {
        const body = decompress(bytes, undefined, 15 * 1024 * 1024);
        text = decodeFeed(body, headerContentType(body)).text;
        const feed = await parseFeedText(text, { timeoutMs: 5000, url: 'http://example.com/feed.xml' });
        parsed++;
        items += feed.items.length;
      } catch (err) {
        if (err instanceof FeedError) failures.push(`${rel}: ${err.kind}: ${err.message}`);
        else unclassified.push(`${rel}: ${String(err)}`);
      }
      try {
        if (text !== undefined) {
          feedsmithParse(text);
          smith++;
        }
      } catch {
        // feedsmith's failures only count against feedsmith
      }
    }
    const ms = performance.now() - started;
    console.log(`conformance: rss-parser (wrapped) parsed ${parsed} of ${files.length} files, ${items} items, in ${ms.toFixed(0)} ms`);
    console.log(`conformance: feedsmith ${smith} of ${files.length} on the same decoded text`);
    if (failures.length) console.log(`not parsed (classified):\n  ${failures.join('\n  ')}`);
    expect(unclassified).toEqual([]);
    expect(parsed / files.length).toBeGreaterThan(0.95);
  }, 120_000);
});
