// Turns feed bytes into text. The charset comes from, in order of trust: a BOM,
// the byte pattern of an un-BOMed UTF-16/32 "<?xml", the HTTP Content-Type
// header, the XML declaration, then UTF-8. Declarations lie often enough that a
// single-byte label on valid multi-byte UTF-8 is overruled, and invalid UTF-8
// falls back to windows-1252 (which decodes every byte) instead of failing.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { FeedError } from './errors.js';

export type CharsetSource = 'bom' | 'pattern' | 'header' | 'declaration' | 'default' | 'fallback';

export interface Decoded {
  text: string;
  charset: string;
  source: CharsetSource;
}

const BOMS: [number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

// "<?" (or "<" of any tag) in each wide encoding, per the XML spec's appendix F.
const PATTERNS: [number[], string][] = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
];

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Charset parameter of a Content-Type header, lowercased and unquoted. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?\s*([^"';\s]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** encoding="..." of the XML declaration, read from the ASCII-compatible first bytes. */
export function charsetFromDeclaration(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const m = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase();
}

// Validates without building a string (the decode that follows builds it once).
const validUtf8 = (bytes: Uint8Array): boolean => isUtf8(bytes);

const hasHighBytes = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

// Wide encodings without a width suffix mean "look at the BOM", which we already did.
const ALIASES: Record<string, string> = {
  'utf-16': 'utf-16le',
  'utf-32': 'utf-32le',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252', // what browsers and every real feed mean by latin-1
  latin1: 'windows-1252',
  'x-euc-jp': 'euc-jp',
  'x-sjis': 'shift_jis',
};

const isSingleByte = (cs: string) => /^(windows-125\d|iso-8859-\d+|koi8|cp125\d|us-ascii|ascii|latin)/.test(cs);
const isWide = (cs: string) => /^utf-?(16|32)/.test(cs);

function pickCharset(bytes: Uint8Array, contentType?: string): { charset: string; source: CharsetSource; declared?: string } {
  for (const [sig, cs] of BOMS) if (startsWith(bytes, sig)) return { charset: cs, source: 'bom' };
  for (const [sig, cs] of PATTERNS) if (startsWith(bytes, sig)) return { charset: cs, source: 'pattern' };
  const header = charsetFromContentType(contentType);
  // A header claiming UTF-16 for bytes that start with an ASCII "<" is wrong; ignore it.
  if (header && !(isWide(header) && bytes[0] === 0x3c && bytes[1] !== 0x00)) return { charset: header, source: 'header' };
  const declared = charsetFromDeclaration(bytes);
  if (declared && !isWide(declared)) return { charset: declared, source: 'declaration' };
  return { charset: 'utf-8', source: 'default', declared };
}

/** Decodes a feed body to a string without a BOM. Throws FeedError('encoding') only for an unknown charset on bytes that are not UTF-8 either. */
export function decodeFeed(bytes: Uint8Array, contentType?: string): Decoded {
  const picked = pickCharset(bytes, contentType);
  let charset = ALIASES[picked.charset] ?? picked.charset;
  let source = picked.source;
  const utf8Like = charset === 'utf-8' || charset === 'utf8';

  if (utf8Like) {
    if (!validUtf8(bytes)) {
      charset = 'windows-1252';
      source = 'fallback';
    }
  } else if (source !== 'bom' && source !== 'pattern' && isSingleByte(charset) && hasHighBytes(bytes) && validUtf8(bytes)) {
    // A latin-1 label on text that is valid multi-byte UTF-8 is almost always a lie.
    charset = 'utf-8';
    source = 'fallback';
  } else if (!iconv.encodingExists(charset)) {
    if (validUtf8(bytes)) {
      charset = 'utf-8';
      source = 'fallback';
    } else if (!hasHighBytes(bytes)) {
      charset = 'utf-8';
      source = 'fallback';
    } else {
      throw new FeedError('encoding', `unknown charset "${picked.charset}" and the bytes are not UTF-8`);
    }
  }
  const text = charset === 'utf-8' || charset === 'utf8' ? Buffer.from(bytes).toString('utf8') : iconv.decode(Buffer.from(bytes), charset);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, charset, source };
}
