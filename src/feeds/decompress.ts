// Content-Encoding (and gzip files served as-is) undone under the same byte cap
// as the download: maxOutputLength stops zlib the moment the output would pass
// the cap, so a gzip bomb costs at most `maxBytes` of memory.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { FeedError } from './errors.js';

const isGzip = (b: Uint8Array) => b[0] === 0x1f && b[1] === 0x8b;

function capped(fn: () => Buffer, maxBytes: number): Buffer {
  try {
    return fn();
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new FeedError('too_large', `body larger than ${maxBytes} bytes once decompressed`);
    }
    throw new FeedError('encoding', `body could not be decompressed: ${(err as Error).message}`);
  }
}

/** Undoes the Content-Encoding, then a gzip layer the server did not declare. */
export function decompress(body: Buffer, contentEncoding: string | undefined, maxBytes: number): Buffer {
  const opts = { maxOutputLength: maxBytes };
  let out = body;
  for (const enc of (contentEncoding ?? '').toLowerCase().split(',').map((e) => e.trim()).filter(Boolean).reverse()) {
    const input = out;
    if (enc === 'gzip' || enc === 'x-gzip') {
      // Some servers say gzip and send plain bytes; trust the bytes.
      if (isGzip(input)) out = capped(() => gunzipSync(input, opts), maxBytes);
    } else if (enc === 'deflate') {
      // "deflate" is zlib-wrapped by the RFC and raw in practice; accept both.
      out = capped(() => {
        try {
          return inflateSync(input, opts);
        } catch (err) {
          if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw err;
          return inflateRawSync(input, opts);
        }
      }, maxBytes);
    } else if (enc === 'br') {
      out = capped(() => brotliDecompressSync(input, opts), maxBytes);
    }
  }
  if (isGzip(out)) {
    const input = out;
    out = capped(() => gunzipSync(input, opts), maxBytes);
  }
  return out;
}
