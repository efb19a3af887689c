// Offline feed check: the poller's decode + parse + normalise on files, for
// `dealwire feeds check` and the conformance tests. No network, no Redis.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decompress } from './decompress.js';
import { decodeFeed } from './charset.js';
import { parseFeedText } from './parse.js';
import { normaliseFeed } from './normalize.js';
import { FeedError } from './errors.js';

export interface CheckResult {
  file: string;
  ok: boolean;
  format: string | null;
  items: number;
  error: string | null;
}

// Files that sit beside feeds in test folders and are not feeds.
const NOT_FEEDS = /^(README(\.\w+)?|MANIFEST\.tsv|LICENSE.*|\..*)$/i;

/** The file itself, or every file under the folder (recursively), in a stable order. */
export function listFeedFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    if (statSync(p).isDirectory()) out.push(...listFeedFiles(p));
    else if (!NOT_FEEDS.test(name)) out.push(p);
  }
  return out;
}

export async function checkFeedBytes(bytes: Buffer, file: string, options: { maxBytes?: number; timeoutMs?: number; contentType?: string } = {}): Promise<CheckResult> {
  try {
    const body = decompress(bytes, undefined, options.maxBytes ?? 15 * 1024 * 1024);
    const { text } = decodeFeed(body, options.contentType);
    const url = 'file:///' + file.replace(/^\/+/, '');
    const feed = await parseFeedText(text, { timeoutMs: options.timeoutMs ?? 10_000, url });
    return { file, ok: true, format: feed.format, items: normaliseFeed(feed, url).length, error: null };
  } catch (err) {
    const message = err instanceof FeedError ? `${err.kind}: ${err.message}` : `unexpected: ${(err as Error).message}`;
    return { file, ok: false, format: null, items: 0, error: message };
  }
}

export async function checkFeedFile(file: string): Promise<CheckResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { file, ok: false, format: null, items: 0, error: `unreadable: ${(err as Error).message}` };
  }
  return checkFeedBytes(bytes, file);
}
