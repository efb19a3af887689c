import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { charsetFromContentType, charsetFromDeclaration, decodeFeed } from '../../../src/feeds/charset.js';
import { FeedError } from '../../../src/feeds/errors.js';

const doc = (enc?: string) => `<?xml version="1.0"${enc ? ` encoding="${enc}"` : ''}?><rss><channel><title>Inversión de 38.000 millones — «acuerdo»</title></channel></rss>`;
const TITLE = 'Inversión de 38.000 millones — «acuerdo»';

describe('charset detection and decoding', () => {
  it('reads the charset parameter and the XML declaration', () => {
    expect(charsetFromContentType('text/xml; charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('application/rss+xml')).toBeUndefined();
    expect(charsetFromDeclaration(Buffer.from(doc('windows-1252')))).toBe('windows-1252');
  });

  it('decodes windows-1252 named in the declaration', () => {
    const r = decodeFeed(iconv.encode(doc('windows-1252'), 'win1252'));
    expect(r.text).toContain(TITLE);
    expect(r.source).toBe('declaration');
  });

  it('lets the HTTP header win over the declaration', () => {
    const r = decodeFeed(iconv.encode(doc('utf-8'), 'latin1').subarray(0), 'text/xml; charset=ISO-8859-1');
    expect(r.source).toBe('header');
    expect(r.text).toContain('Inversión');
  });

  it('decodes ISO-8859-7 and windows-1251', () => {
    expect(decodeFeed(iconv.encode(doc('iso-8859-7').replace(TITLE, 'Ελλάδα'), 'iso-8859-7')).text).toContain('Ελλάδα');
    expect(decodeFeed(iconv.encode(doc('windows-1251').replace(TITLE, 'Россия'), 'win1251')).text).toContain('Россия');
  });

  it('decodes UTF-16 and UTF-32 with and without a BOM', () => {
    const le = iconv.encode(doc('utf-16'), 'utf16le');
    const be = iconv.encode(doc('utf-16'), 'utf16be');
    expect(decodeFeed(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(doc('utf-16'));
    expect(decodeFeed(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(doc('utf-16'));
    expect(decodeFeed(le).text).toBe(doc('utf-16'));
    expect(decodeFeed(be).text).toBe(doc('utf-16'));
    expect(decodeFeed(iconv.encode(doc('utf-32'), 'utf32be')).text).toBe(doc('utf-32'));
    expect(decodeFeed(iconv.encode(doc('utf-32'), 'utf32le')).charset).toBe('utf-32le');
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeFeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc())])).text).toBe(doc());
  });

  it('overrules a lying declaration in either direction', () => {
    // Declared latin-1, actually UTF-8.
    expect(decodeFeed(Buffer.from(doc('iso-8859-1'))).text).toContain(TITLE);
    // Declared UTF-8, actually windows-1252.
    const r = decodeFeed(iconv.encode(doc('utf-8'), 'win1252'));
    expect(r.text).toContain(TITLE);
    expect(r.source).toBe('fallback');
  });

  it('falls back to UTF-8 for a bogus charset name, and refuses only when the bytes are not UTF-8 either', () => {
    expect(decodeFeed(Buffer.from(doc('x-bogus'))).text).toContain(TITLE);
    expect(() => decodeFeed(iconv.encode(doc('x-bogus'), 'latin1'))).toThrow(FeedError);
  });
});
