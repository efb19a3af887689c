// Identity of a story. The canonical URL is what articleId() hashes, here and in
// the push API, so one story reached through two feeds (or pushed and polled)
// is one article. The fingerprint identifies an item within its feed; the
// content hash tells an edited item from an unchanged one.
import { createHash } from 'node:crypto';

// Parameters that only say how a reader arrived, never which page they read.
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid',
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'vero_id', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid',
  '_ga', '_gl', 'ncid', 'cmpid', 'ocid', 'sr_share', 'spm', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'ref_src', 'ref_url', 'smid', 'smtyp', 'cid', 'ito', 'xtor', 'at_medium', 'at_campaign', 'at_custom1', 'feedtype',
  'rss', 'rssfeed', 'from_rss', 'partner', 'taid', 'wt.mc_id',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_', 'ns_', 'wt_', 'sc_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * Canonical form of an absolute http(s) URL: lowercased scheme and host, no
 * default port, no fragment, no tracking parameters, remaining parameters in a
 * stable order. Returns undefined for anything that is not an http(s) URL.
 */
export function canonicalUrl(input: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.search) stripTracking(url);
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  return url.toString();
}

function stripTracking(url: URL): void {
  const kept = [...url.searchParams].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)); // stable sort keeps repeated keys in order
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
}

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex').slice(0, 24);
};

export interface Identity {
  guid?: string;
  link?: string;
  title?: string;
  published?: string;
}

/** guid when the feed gives one, else canonical link, else a hash of title and date. */
export function fingerprint(item: Identity): string {
  const guid = item.guid?.trim();
  if (guid) return `g:${guid}`;
  if (item.link) return `l:${item.link}`;
  return `h:${sha(item.title?.trim() ?? '', item.published ?? '')}`;
}

/** Hash of what a reader sees: title, text and link. */
export function contentHash(item: { title: string; text: string; link?: string }): string {
  return sha(item.title, item.text, item.link ?? '');
}
