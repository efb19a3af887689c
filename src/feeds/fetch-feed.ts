// Fetch + decode + parse + normalise of one feed URL: the I/O half of a poll,
// without Redis, so tests and the benchmark can drive it directly.
import type { Dispatcher } from 'undici';
import { fetchWithLimits, type FetchRequest, type FetchResponse, type HttpLimits } from './http.js';
import { decodeFeed } from './charset.js';
import { parseFeedText } from './parse.js';
import { normaliseFeed } from './normalize.js';
import type { FeedItem, RawFeed } from './types.js';

export type FetchedFeed =
  | { notModified: true; response: FetchResponse }
  | { notModified: false; response: FetchResponse; feed: RawFeed; items: FeedItem[] };

/** Decode, parse and normalise a fetched body; throws a classified FeedError. */
export async function parseResponse(response: FetchResponse, timeoutMs: number, known?: (rawKey: string) => FeedItem | undefined): Promise<{ feed: RawFeed; items: FeedItem[] }> {
  const { text } = decodeFeed(response.body, response.headers['content-type']);
  const feed = await parseFeedText(text, { timeoutMs, url: response.url });
  return { feed, items: normaliseFeed(feed, response.url, known) };
}

/** Throws a classified FeedError for every failure; the parse is bounded by the same deadline as the fetch. */
export async function fetchFeed(req: FetchRequest, limits: HttpLimits, agent: Dispatcher): Promise<FetchedFeed> {
  const response = await fetchWithLimits(req, limits, agent);
  if (response.notModified) return { notModified: true, response };
  return { notModified: false, response, ...(await parseResponse(response, limits.timeoutMs)) };
}
