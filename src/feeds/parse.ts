// The rss-parser wrapper. rss-parser builds the feed objects, but this module
// runs its XML step itself so that it can: use a fresh Parser per parse (a
// reused one can leave a promise unsettled forever), bound every parse in time,
// repair XML a strict parser refuses, read version-less <rss>, feeds without
// <channel>, prefixed Atom/RSS and CDF, keep xml:base, and turn every crash
// into a classified FeedError.
import Parser from 'rss-parser';
import { FeedError } from './errors.js';
import { looksLikeHtml, alternateFeedLinks, rootElementName } from './sniff.js';
import { repairXml } from './repair.js';
import { feedPrefixes, stripPrefixes } from './namespaces.js';
import { buildCdf } from './cdf.js';
import { parseDate } from './dates.js';
import type { FeedFormat, RawFeed, RawItem } from './types.js';

type XmlNode = Record<string, unknown> & { $?: Record<string, string> };
type Xml2jsParser = { parseString(xml: string, cb: (err: Error | null, result: unknown) => void): void };
type RssParserInternals = {
  xmlParser: Xml2jsParser;
  buildAtomFeed(x: unknown): Parser.Output<Record<string, unknown>>;
  buildRSS0_9(x: unknown): Parser.Output<Record<string, unknown>>;
  buildRSS1(x: unknown): Parser.Output<Record<string, unknown>>;
  buildRSS2(x: unknown): Parser.Output<Record<string, unknown>>;
};

export interface ParseOptions {
  /** Upper bound for one parse; a parse that has not settled by then is a malformed_xml error. */
  timeoutMs?: number;
  /** Address of the feed, for resolving a suggested feed link in an HTML page. */
  url?: string;
}

const ITEM_FIELDS = [['dc:date', 'dcDate'], ['content:encoded', 'contentEncoded'], ['dcterms:modified', 'modified']];

function newParser(): RssParserInternals {
  return new Parser({ customFields: { item: ITEM_FIELDS as unknown as string[] } }) as unknown as RssParserInternals;
}

// The build* methods only read their argument, so one instance serves every
// parse; the XML step gets a fresh instance each time, because xml2js keeps
// state between parses, which is what hangs a reused Parser.
const builder = newParser();

function xmlToObject(xml: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    try {
      newParser().xmlParser.parseString(xml, (err, result) => (err ? reject(err) : resolve(result)));
    } catch (err) {
      reject(err);
    }
  });
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FeedError('malformed_xml', `parse did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** NULs or a run of control characters near the start: an image, an archive, random bytes. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  const controls = head.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return head.includes('\u0000') || controls > head.length / 20;
}

const firstLine = (err: unknown): string => String((err as Error)?.message ?? err).split('\n')[0] ?? '';

/** Strict parse; on failure, the same text repaired, then repaired with entities escaped. */
async function toXmlTree(xml: string, timeoutMs: number): Promise<{ tree: XmlNode; repaired: boolean }> {
  let firstError: unknown;
  let lastError: unknown;
  // Repairs are built only when the attempt before them failed; escaping named
  // entities only helps when the parser stumbled on one.
  const attempts: [() => string, boolean, (() => boolean)?][] = [
    [() => xml, false],
    [() => repairXml(xml), true],
    [() => repairXml(xml, true), true, () => /entity/i.test(firstLine(lastError))],
  ];
  for (const [text, repaired, worthIt] of attempts) {
    if (worthIt && !worthIt()) continue;
    try {
      const tree = await withTimeout(xmlToObject(text()), timeoutMs);
      if (tree && typeof tree === 'object') return { tree: tree as XmlNode, repaired };
      lastError = new Error('no root element');
    } catch (err) {
      if (err instanceof FeedError) throw err; // a timeout is final: do not spend it again
      lastError = err;
    }
    firstError ??= lastError;
  }
  throw new FeedError('malformed_xml', `malformed XML: ${firstLine(firstError)}`);
}

function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const inner = (v as { _?: unknown } | undefined)?._;
  return typeof inner === 'string' ? inner : undefined;
}

/** rss-parser turns Atom dates into ISO with `new Date(x).toISOString()`, which throws on odd dates; give it ISO or nothing. */
function normaliseAtomDates(feed: XmlNode): void {
  for (const entry of (feed.entry as XmlNode[] | undefined) ?? []) {
    for (const field of ATOM_DATES) {
      const values = entry[field] as unknown[] | undefined;
      if (!Array.isArray(values)) continue;
      const iso = parseDate(textOf(values[0]));
      if (iso) values[0] = iso;
      else delete entry[field];
    }
  }
}

/** All text inside an xml2js node, children after the node's own text (xml2js keeps no order between them). */
function deepText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(deepText).join(' ');
  if (!v || typeof v !== 'object') return '';
  return Object.entries(v)
    .filter(([k]) => k !== '$')
    .map(([, child]) => deepText(child))
    .join(' ');
}

const escapeTags = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * An item title as the feed meant it: base64 (Atom 0.3 mode="base64") decoded,
 * a plain-text title escaped so that later HTML stripping keeps its "<", and
 * inline XHTML or stray markup reduced to its text instead of being dropped.
 */
function titleOf(rawItem: unknown): string | undefined {
  const t = ((rawItem as XmlNode | undefined)?.title as unknown[] | undefined)?.[0];
  if (t === undefined) return undefined;
  const attrs = (t as XmlNode).$ ?? {};
  const node = t as XmlNode;
  const simple = typeof t === 'string' || (typeof node._ === 'string' && Object.keys(node).every((k) => k === '_' || k === '$'));
  if (!simple) return escapeTags(deepText(t)); // inline XHTML: its text nodes are text, not markup
  let text = typeof t === 'string' ? t : (node._ as string);
  if (attrs.mode === 'base64') text = Buffer.from(text, 'base64').toString('utf8');
  return attrs.type === 'text' || attrs.type === 'text/plain' ? escapeTags(text) : text;
}

const baseOf = (node: unknown) => (node as XmlNode | undefined)?.$?.['xml:base'];

function rssFormat(version: string | undefined): FeedFormat {
  if (!version) return 'rss';
  return /^0\.9/.test(version) ? 'rss0.9x' : 'rss2';
}

function atomFormat(attrs: Record<string, string> | undefined): FeedFormat {
  const values = Object.values(attrs ?? {});
  if (values.some((v) => /2005\/atom/i.test(v))) return 'atom1.0';
  if (values.some((v) => /purl\.org\/atom\/ns#/i.test(v)) || attrs?.version === '0.3') return 'atom0.3';
  return 'atom';
}

const ATOM_DATES = ['published', 'updated', 'issued', 'modified', 'created'];

/** Atom 0.3's issued/modified, which rss-parser does not read. */
function atomDateOf(rawItem: unknown): string | undefined {
  for (const field of ATOM_DATES) {
    const v = textOf(((rawItem as XmlNode | undefined)?.[field] as unknown[] | undefined)?.[0]);
    if (v) return v;
  }
  return undefined;
}

function toRawFeed(built: Parser.Output<Record<string, unknown>>, rawItems: unknown[], format: FeedFormat, rootBase?: string): RawFeed {
  const items: RawItem[] = built.items.map((it, i) => {
    const r = it as Record<string, unknown>;
    return {
      guid: textOf(r.guid) ?? textOf(r.id) ?? textOf(r['rdf:about']),
      title: titleOf(rawItems[i]) ?? textOf(r.title),
      link: textOf(r.link),
      date: textOf(r.pubDate) ?? textOf(r.dcDate) ?? textOf(r.date) ?? textOf(r.modified) ?? atomDateOf(rawItems[i]),
      content: textOf(r.contentEncoded) ?? textOf(r['content:encoded']) ?? textOf(r.content),
      summary: textOf(r.summary) ?? textOf(r.contentSnippet),
      base: baseOf(rawItems[i]),
    };
  });
  const extra = built as unknown as Record<string, unknown>;
  const ttl = Number(textOf(extra.ttl));
  return {
    format,
    title: textOf(built.title),
    link: textOf(built.link),
    description: textOf(built.description),
    language: textOf(extra.language),
    ttlMin: Number.isFinite(ttl) && ttl > 0 ? ttl : undefined,
    base: rootBase,
    items,
  };
}

/** Picks the builder from the root element and feeds it a tree it will not crash on. */
function buildFeed(tree: XmlNode): RawFeed {
  const rootName = Object.keys(tree)[0] ?? '';
  let root = tree[rootName] as XmlNode;
  if (typeof root !== 'object' || root === null) root = {}; // <rss/> with no content at all
  stripPrefixes(root, feedPrefixes(root.$));
  const local = rootName.slice(rootName.indexOf(':') + 1);
  const parser = builder;
  const rootBase = baseOf(root);

  if (local === 'feed') {
    normaliseAtomDates(root);
    const built = parser.buildAtomFeed({ feed: root });
    return toRawFeed(built, (root.entry as unknown[]) ?? [], atomFormat(root.$), rootBase);
  }
  if (local === 'rss' || local === 'RDF') {
    // rss-parser indexes channel[0] without checking; an absent channel is an empty feed, not a crash.
    if (!Array.isArray(root.channel) || typeof root.channel[0] !== 'object') root.channel = [{}];
    const channel = (root.channel as XmlNode[])[0]!;
    if (local === 'RDF') {
      const built = parser.buildRSS1({ 'rdf:RDF': root });
      return toRawFeed(built, (root.item as unknown[]) ?? [], 'rdf', rootBase);
    }
    const version = root.$?.version;
    const built = /^0\.9/.test(version ?? '') ? parser.buildRSS0_9({ rss: root }) : parser.buildRSS2({ rss: root });
    return toRawFeed(built, (channel.item as unknown[]) ?? [], rssFormat(version), rootBase ?? baseOf(channel));
  }
  if (rootName.toUpperCase() === 'CHANNEL') return buildCdf(root);
  throw new FeedError('not_a_feed', `not a feed: the document's root element is <${rootName}>`);
}

/** Parses decoded feed text. Throws FeedError (not_a_feed, malformed_xml); never hangs longer than timeoutMs. */
export async function parseFeedText(text: string, options: ParseOptions = {}): Promise<RawFeed> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!text.trim()) throw new FeedError('not_a_feed', 'empty document');
  if (looksBinary(text)) throw new FeedError('not_a_feed', 'binary data, not a feed');
  if (looksLikeHtml(text)) {
    const [suggestion] = options.url ? alternateFeedLinks(text, options.url) : [];
    throw new FeedError('not_a_feed', `an HTML page, not a feed${suggestion ? `; the page links to the feed ${suggestion}` : ''}`, {
      suggestion,
    });
  }
  if (!rootElementName(text)) {
    throw new FeedError('not_a_feed', 'no root element: not a feed');
  }
  const { tree, repaired } = await toXmlTree(text, timeoutMs);
  try {
    const feed = buildFeed(tree);
    return repaired ? { ...feed, repaired } : feed;
  } catch (err) {
    if (err instanceof FeedError) throw err;
    throw new FeedError('malformed_xml', `unreadable feed structure: ${firstLine(err)}`);
  }
}
