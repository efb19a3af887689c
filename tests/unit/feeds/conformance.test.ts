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
import { normaliseFeed } from '../../../src/feeds/normalize.js';
import { htmlToText } from '../../../src/feeds/text.js';

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

// feedparser's files carry the HTTP headers their test server would send.
const header = (bytes: Buffer, name: string) =>
  new RegExp(`^Header:\\s*${name}:\\s*(.+)$`, 'im').exec(bytes.subarray(0, 2048).toString('latin1'))?.[1]?.trim();

/**
 * feedparser's simplest expectations, `entries[0]['link'] == '...'` and
 * `entries[0]['title'] == '...'`, as a spot check that "parsed" also means
 * "read right". feedparser keeps sanitised HTML in titles; dealwire keeps text,
 * so titles are compared as text.
 */
function expectation(bytes: Buffer): { field: 'link' | 'title'; value: string } | undefined {
  const m = /^Expect:\s*(?:not bozo and )?entries\[0\]\['(link|title)'\] == u?'([^']*)'\s*$/m.exec(bytes.subarray(0, 2048).toString('utf8'));
  if (!m) return undefined;
  const value = m[2]!.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return { field: m[1] as 'link' | 'title', value: m[1] === 'title' ? htmlToText(value) : value };
}

describe.skipIf(!existsSync(ROOT))('feed conformance corpus', () => {
  it('parses the real-world feeds with zero hangs and zero unclassified errors', async () => {
    const files = feedFiles(ROOT);
    let parsed = 0;
    let items = 0;
    let smith = 0;
    let checked = 0;
    const wrong: string[] = [];
    const failures: string[] = [];
    const unclassified: string[] = [];
    const started = performance.now();
    for (const file of files) {
      const rel = relative(ROOT, file);
      const bytes = readFileSync(file);
      let text: string | undefined;
      try {
        const body = decompress(bytes, undefined, 15 * 1024 * 1024);
        text = decodeFeed(body, header(body, 'Content-type')).text;
        const url = header(body, 'Content-Location') ?? `http://127.0.0.1:8097/${rel.replace(/^feedparser\//, '')}`;
        const feed = await parseFeedText(text, { timeoutMs: 5000, url });
        parsed++;
        items += feed.items.length;
        const expected = expectation(body);
        if (expected) {
          checked++;
          const got = normaliseFeed(feed, url)[0]?.[expected.field] ?? '';
          if (got !== expected.value) wrong.push(`${rel}: ${expected.field} ${JSON.stringify(got)}, feedparser expects ${JSON.stringify(expected.value)}`);
        }
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
    console.log(`conformance: feedparser link/title expectations met ${checked - wrong.length} of ${checked}`);
    if (failures.length) console.log(`not parsed (classified):\n  ${failures.join('\n  ')}`);
    if (wrong.length) console.log(`read differently from feedparser:\n  ${wrong.join('\n  ')}`);
    expect(unclassified).toEqual([]);
    expect(parsed / files.length).toBeGreaterThan(0.95);
    expect(checked - wrong.length).toBeGreaterThanOrEqual(checked * 0.85);
  }, 120_000);
});
