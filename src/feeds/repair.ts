// Second-chance repairs for XML that a strict parser refuses, applied only after
// a strict parse failed: real feeds carry bare "&", control characters, junk
// before the declaration, entities declared in a DOCTYPE, unclosed elements and
// truncated ends. The repair closes what was left open so the items before the
// damage are kept.

// "<" cannot occur inside a tag or an attribute value, so no alternative scans
// past the next "<": a broken document costs time linear in its length.
const TOKEN =
  /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!DOCTYPE(?:[^>\[]|\[[\s\S]*?\])*>|<\/([^\s><]+)\s*>|<([A-Za-z_][^\s>\/<]*)(?:[^>"'<]|"[^"<]*"|'[^'<]*')*?(\/?)>/g;

/** Balances start and end tags: closes elements left open before a parent's end tag, drops stray end tags, closes everything at a truncated end. */
export function balanceTags(xml: string): string {
  const stack: string[] = [];
  let out = '';
  let last = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [whole, close, open, selfClosing] = m;
    out += xml.slice(last, m.index);
    last = m.index + whole.length;
    if (open) {
      if (!selfClosing) stack.push(open);
      out += whole;
    } else if (close) {
      const at = stack.lastIndexOf(close);
      if (at < 0) continue; // a stray end tag
      while (stack.length > at + 1) out += `</${stack.pop()}>`;
      stack.pop();
      out += whole;
    } else if (whole.startsWith('<!DOCTYPE')) {
      continue; // a DOCTYPE only brings entity declarations a feed parser should not honour
    } else if (whole.startsWith('<![CDATA[') && !whole.endsWith(']]>')) {
      out += whole + ']]>';
    } else {
      out += whole;
    }
  }
  // Drop a tag cut in half at the end, then close what is still open.
  out += xml.slice(last).replace(/<[^>]*$/, '');
  while (stack.length) out += `</${stack.pop()}>`;
  return out;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Rewrites the text so a strict XML parser accepts it. Named entities are kept
 * (the parser knows the HTML ones) unless `escapeNamedEntities`, the last resort
 * for entities only a DOCTYPE declared.
 */
export function repairXml(xml: string, escapeNamedEntities = false): string {
  const cleaned = xml
    .replace(/^[\s\S]*?(?=<\?xml|<[A-Za-z])/, '') // junk or blank lines before the declaration
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    // A bare "&" (or an undeclarable entity): escape the ampersand so the text survives as written.
    .replace(/&(?!#\d+;|#x[0-9a-fA-F]+;)([A-Za-z][\w.-]*;)?/g, (all, name?: string) =>
      name && (!escapeNamedEntities || XML_ENTITIES.has(name.slice(0, -1))) ? all : `&amp;${name ?? ''}`,
    );
  return balanceTags(cleaned);
}
