// Microsoft's Channel Definition Format (1997), the ancestor of RSS: a
// <CHANNEL HREF> with <TITLE>, <ABSTRACT> and <ITEM HREF LASTMOD> children.
// rss-parser does not know it; this maps the xml2js tree to the same shape.
import type { RawFeed, RawItem } from './types.js';

type Node = Record<string, unknown>;

function lowerKeys(node: unknown): Node {
  const out: Node = {};
  if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) out[k.toLowerCase()] = v;
  return out;
}

function text(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim();
  const inner = (first as { _?: unknown } | undefined)?._;
  return typeof inner === 'string' ? inner.trim() : undefined;
}

const attrs = (n: Node) => lowerKeys(n.$) as Record<string, string | undefined>;

export function buildCdf(root: unknown): RawFeed {
  const channel = lowerKeys(root);
  const items: RawItem[] = ((channel.item as unknown[] | undefined) ?? []).map((raw) => {
    const item = lowerKeys(raw);
    const a = attrs(item);
    return { link: a.href, title: text(item.title), summary: text(item.abstract), date: a.lastmod };
  });
  const a = attrs(channel);
  return { format: 'cdf', title: text(channel.title), link: a.href, description: text(channel.abstract), items };
}
