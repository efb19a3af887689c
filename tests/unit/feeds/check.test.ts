// `dealwire feeds check` on the fixture folder: one JSON line per file and a
// summary, exit 0, failures explained; and the decoded, normalised content of
// the fixtures through the same code path.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { command } from '../../../src/cli/feeds.js';
import { checkFeedFile, listFeedFiles } from '../../../src/feeds/check.js';
import { decompress } from '../../../src/feeds/decompress.js';
import { decodeFeed } from '../../../src/feeds/charset.js';
import { parseFeedText } from '../../../src/feeds/parse.js';
import { normaliseFeed } from '../../../src/feeds/normalize.js';

const DIR = 'tests/feeds';

async function itemsOf(name: string, url = 'https://noticias.example.es/rss/feed.xml') {
  const { text } = decodeFeed(decompress(readFileSync(`${DIR}/${name}`), undefined, 1 << 20));
  return normaliseFeed(await parseFeedText(text, { url }), url);
}

afterEach(() => vi.restoreAllMocks());

describe('dealwire feeds check', () => {
  it('prints one JSON line per file and a summary, and exits 0', async () => {
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    expect(await command.run(['check', DIR, '--json'])).toBe(0);
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l));
    const summary = lines.pop();
    const files = listFeedFiles(DIR);
    expect(lines).toHaveLength(files.length);
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['error', 'file', 'format', 'items', 'ok']);
    const byName = Object.fromEntries(lines.map((l) => [l.file.split('/').pop(), l]));
    expect(byName['html-page.html']).toMatchObject({ ok: false, items: 0, format: null });
    expect(byName['html-page.html'].error).toMatch(/not_a_feed: an HTML page/);
    expect(byName['empty.xml']).toMatchObject({ ok: false });
    expect(byName['cdf.cdf']).toMatchObject({ ok: true, format: 'cdf', items: 1 });
    expect(byName['versionless.rss']).toMatchObject({ ok: true, format: 'rss', items: 1 });
    expect(byName['truncated.xml']).toMatchObject({ ok: true, items: 2 }); // the cut-off item keeps what it had
    expect(summary).toEqual({ summary: { files: files.length, ok: files.length - 2, failed: 2, items: expect.any(Number) } });
  });

  it('checks a single file, and reports an unreadable path cleanly', async () => {
    expect(await checkFeedFile(`${DIR}/rdf.xml`)).toEqual({ file: `${DIR}/rdf.xml`, ok: true, format: 'rdf', items: 1, error: null });
    expect((await checkFeedFile(`${DIR}/missing.xml`)).error).toMatch(/^unreadable/);
    await expect(command.run(['check', `${DIR}/missing-folder`])).rejects.toThrow(/cannot read/);
  });
});

describe('fixture feeds, decoded and normalised', () => {
  it('decodes legacy and wide encodings, and gzip on disk', async () => {
    expect((await itemsOf('latin1-declared.xml'))[0]!.title).toBe('Acuerdo de computación: 38.000 millones de dólares');
    expect((await itemsOf('windows-1252.xml'))[0]!.title).toBe('Deal “worth” €35 billion – report');
    expect((await itemsOf('utf16le-bom.xml'))[0]!.title).toBe('Acuerdo en UTF-16');
    expect((await itemsOf('utf16be-no-bom.xml'))[0]!.title).toBe('Sans BOM');
    expect((await itemsOf('gzipped.xml'))[0]!.title).toBe('Gzip on disk');
  });

  it('resolves relative links, drops tracking parameters and reads localised dates', async () => {
    const [item] = await itemsOf('latin1-declared.xml');
    expect(item).toMatchObject({ link: 'https://noticias.example.es/mercados/acuerdo-38000', guid: 'es-1', published: '2025-11-03T13:05:00.000Z' });
    expect(item!.fingerprint).toBe('g:es-1');
  });

  it('applies nested xml:base and turns HTML summaries into text', async () => {
    const [item] = await itemsOf('xml-base.atom', 'https://feeds.example.net/atom');
    expect(item).toMatchObject({ link: 'https://blog.example.com/ai/2025/11/coreweave-meta', text: 'CoreWeave & Meta', published: '2025-11-03T13:05:00.000Z' });
  });
});
