// Recognises an HTML page served where a feed was expected, and finds the feed
// it advertises with <link rel="alternate" type="application/rss+xml" href=...>.

/** The first element name of the document, skipping the XML declaration, comments, PIs and DOCTYPE. */
export function rootElementName(text: string): string | undefined {
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^>\[]|\[[\s\S]*?\])*>|<([A-Za-z_][\w:.-]*)/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) return m[1];
  }
  return undefined;
}

export function looksLikeHtml(text: string): boolean {
  const root = rootElementName(text.slice(0, 4096))?.toLowerCase();
  if (root === 'html' || root === 'head' || root === 'body') return true;
  return /^\s*<!DOCTYPE\s+html/i.test(text);
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Feed URLs advertised by an HTML page, absolute, RSS/Atom first in page order. */
export function alternateFeedLinks(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase() ?? '';
    const type = attr(tag, 'type')?.toLowerCase() ?? '';
    const href = attr(tag, 'href');
    if (!href || !rel.split(/\s+/).includes('alternate') || !/(rss|atom|rdf)\+xml|application\/(rss|atom)/.test(type)) continue;
    try {
      found.push(new URL(href.replace(/&amp;/g, '&'), pageUrl).toString());
    } catch {
      // an unusable href is simply not a suggestion
    }
  }
  return found;
}
