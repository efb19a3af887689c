// Feed vocabularies are sometimes written with a prefix (<atom:feed>,
// <rss:channel>) where parsers expect the default namespace. Renaming the
// elements of those namespaces to their local names lets rss-parser read them.

const FEED_NAMESPACES = new Set([
  'http://www.w3.org/2005/atom',
  'http://purl.org/atom/ns#',
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
  'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss',
]);

type XmlNode = Record<string, unknown>;

/** Prefixes bound to a feed vocabulary in the root element's attributes. */
export function feedPrefixes(rootAttrs: Record<string, string> | undefined): Set<string> {
  const prefixes = new Set<string>();
  for (const [name, uri] of Object.entries(rootAttrs ?? {})) {
    if (name.startsWith('xmlns:') && FEED_NAMESPACES.has(uri.toLowerCase())) prefixes.add(name.slice(6));
  }
  return prefixes;
}

/** Renames, in place and recursively, `prefix:name` element keys to `name` for the given prefixes. */
export function stripPrefixes(node: unknown, prefixes: Set<string>): unknown {
  if (prefixes.size === 0 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    node.forEach((child) => stripPrefixes(child, prefixes));
    return node;
  }
  const obj = node as XmlNode;
  for (const k of Object.keys(obj)) {
    const child = obj[k];
    stripPrefixes(child, prefixes);
    const colon = k.indexOf(':');
    if (k === '$' || colon < 0 || !prefixes.has(k.slice(0, colon))) continue;
    const local = k.slice(colon + 1);
    // Keep an existing un-prefixed element: merge rather than overwrite.
    obj[local] = Array.isArray(obj[local]) && Array.isArray(child) ? [...(obj[local] as unknown[]), ...child] : child;
    delete obj[k];
  }
  return obj;
}
