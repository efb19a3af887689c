// Shapes shared by the feed modules: a parsed feed before and after normalisation.

export type FeedFormat = 'rss2' | 'rss' | 'rss0.9x' | 'rdf' | 'atom1.0' | 'atom0.3' | 'atom' | 'cdf';

/** An item as the feed wrote it: raw strings, links possibly relative. */
export interface RawItem {
  guid?: string;
  title?: string;
  link?: string;
  /** Publication (or, failing that, update) date as written. */
  date?: string;
  /** Full content (content:encoded, atom content). */
  content?: string;
  /** Description / summary. */
  summary?: string;
  /** xml:base in effect for this item, when the feed set one. */
  base?: string;
}

export interface RawFeed {
  format: FeedFormat;
  title?: string;
  link?: string;
  description?: string;
  language?: string;
  /** RSS <ttl>, in minutes. */
  ttlMin?: number;
  /** xml:base of the root element. */
  base?: string;
  items: RawItem[];
  /** True when the XML needed repairs before it parsed (feedparser's "bozo"). */
  repaired?: boolean;
}

/** An item ready for the pipeline: absolute canonical link, ISO date, plain text. */
export interface FeedItem {
  /** Hash of the item as the feed wrote it (and its base URL): equal keys normalise to equal items. */
  rawKey: string;
  /** Stable identity within the feed: guid, else canonical link, else title+date hash. */
  fingerprint: string;
  /** Hash of what a reader sees; a changed hash on a known fingerprint is an update. */
  contentHash: string;
  /** Canonical absolute link, or undefined when the item has none. */
  link?: string;
  guid?: string;
  title: string;
  /** Plain text of the content or summary, HTML stripped. */
  text: string;
  /** ISO 8601. */
  published?: string;
}
