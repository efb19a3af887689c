// Integer ids for the words of every word list (phrase sets, gazetteer, stopwords,
// number words), so that a story's tokens are looked up once, while they are
// scanned, and every matcher then compares ids. Words no list holds get id 0.
// An open-addressing table keyed by a hash of the lower-cased characters lets an
// ASCII token be looked up straight from the text, without slicing or lower-casing.

const words: string[] = [''];
// Called through these: the words and texts come in every string representation (a method looked up
// on each would go megamorphic, a generic lookup per character).
const charCodeAt = String.prototype.charCodeAt;
/**
 * The open-addressing table of ids, kept small (at most half full, 4 bytes a slot) so that it stays in
 * cache: a story's tokens are looked up one after the other, and a larger table missed the cache at
 * almost every token.
 */
let table = new Int32Array(1 << 12);
/**
 * Per id: offset and length of its characters in `pool` and its hash, for comparing a token in place
 * without reading the word's string; a word with other than ASCII characters has length -1 (an ASCII
 * token never equals it).
 */
let meta = new Int32Array(3 << 12);
let pool = new Uint8Array(1 << 14);
let poolEnd = 0;

/** FNV-1a over UTF-16 code units: the tokenizer computes it while it scans a word. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, charCodeAt.call(word, i));
  return h;
}

/** The id of a lower-cased word, 0 when no list holds it. */
export function wordId(lower: string): number {
  const mask = table.length - 1;
  for (let slot = hashOf(lower) & mask; ; slot = (slot + 1) & mask) {
    const id = table[slot]!;
    if (id === 0 || words[id] === lower) return id;
  }
}

/**
 * The id of the ASCII word text[start, end), whose lower-cased code units hash to `h`.
 * `lowerCode` maps an ASCII code to its lower case.
 */
export function asciiWordId(text: string, start: number, end: number, h: number, lowerCode: Uint8Array): number {
  const mask = table.length - 1;
  const n = end - start;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const id = table[slot]!;
    if (id === 0) return 0;
    // The same word has the same hash: another hash is another word.
    if (meta[3 * id + 2] !== h || meta[3 * id + 1] !== n) continue;
    const off = meta[3 * id]!;
    let k = 0;
    while (k < n && pool[off + k] === lowerCode[charCodeAt.call(text, start + k)]) k++;
    if (k === n) return id;
  }
}

/** The lower-cased word of an id (not 0). */
export const wordOf = (id: number): string => words[id]!;

/** Registers a lower-cased word of a list; returns its id (the same for every list). */
export function internWord(lower: string): number {
  const known = wordId(lower);
  if (known) return known;
  const id = words.push(lower) - 1;
  keepChars(id, lower);
  // Kept at most half full.
  if (words.length * 2 > table.length) {
    table = new Int32Array(table.length * 2);
    for (let k = 1; k < words.length; k++) place(k);
  } else place(id);
  return id;
}

function keepChars(id: number, w: string): void {
  if (3 * id + 3 > meta.length) {
    const grown = new Int32Array(meta.length * 2);
    grown.set(meta);
    meta = grown;
  }
  let ascii = true;
  for (let i = 0; i < w.length && ascii; i++) ascii = charCodeAt.call(w, i) < 128;
  meta[3 * id + 2] = hashOf(w);
  if (!ascii) {
    meta[3 * id] = 0;
    meta[3 * id + 1] = -1;
    return;
  }
  while (poolEnd + w.length > pool.length) {
    const grown = new Uint8Array(pool.length * 2);
    grown.set(pool);
    pool = grown;
  }
  meta[3 * id] = poolEnd;
  meta[3 * id + 1] = w.length;
  for (let i = 0; i < w.length; i++) pool[poolEnd++] = charCodeAt.call(w, i);
}

function place(id: number): void {
  const mask = table.length - 1;
  let slot = meta[3 * id + 2]! & mask;
  while (table[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = id;
}
