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
 * The open-addressing table as pairs (id, hash of the word), so that a probe reads one small integer
 * array and a word of another hash is passed over without reading it. (A story's tokens are looked up
 * here one after the other; a table of ids alone, then the word strings, cost a cache miss each.)
 */
let table = new Int32Array(2 << 12);
/**
 * The characters of the ASCII words side by side, for comparing a token in place: word `id` is
 * pool[meta[2 id], meta[2 id] + meta[2 id + 1]); a word with other characters has length -1 (an ASCII
 * token never equals it).
 */
let pool = new Uint8Array(1 << 14);
let poolEnd = 0;
let meta = new Int32Array(2 << 12);

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
  const mask = (table.length >> 1) - 1;
  for (let slot = hashOf(lower) & mask; ; slot = (slot + 1) & mask) {
    const id = table[2 * slot]!;
    if (id === 0 || words[id] === lower) return id;
  }
}

/**
 * The id of the ASCII word text[start, end), whose lower-cased code units hash to `h`.
 * `lowerCode` maps an ASCII code to its lower case.
 */
export function asciiWordId(text: string, start: number, end: number, h: number, lowerCode: Uint8Array): number {
  const mask = (table.length >> 1) - 1;
  const n = end - start;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const id = table[2 * slot]!;
    if (id === 0) return 0;
    // The same word has the same hash: another hash is another word.
    if (table[2 * slot + 1] !== h || meta[2 * id + 1] !== n) continue;
    const off = meta[2 * id]!;
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
  // Kept at most a quarter full, so that most words of a story miss on their first slot.
  if (words.length * 4 > table.length >> 1) {
    table = new Int32Array(table.length * 2);
    for (let k = 1; k < words.length; k++) place(k);
  } else place(id);
  return id;
}

function keepChars(id: number, w: string): void {
  if (2 * id + 2 > meta.length) {
    const grown = new Int32Array(meta.length * 2);
    grown.set(meta);
    meta = grown;
  }
  let ascii = true;
  for (let i = 0; i < w.length && ascii; i++) ascii = charCodeAt.call(w, i) < 128;
  if (!ascii) {
    meta[2 * id] = 0;
    meta[2 * id + 1] = -1;
    return;
  }
  while (poolEnd + w.length > pool.length) {
    const grown = new Uint8Array(pool.length * 2);
    grown.set(pool);
    pool = grown;
  }
  meta[2 * id] = poolEnd;
  meta[2 * id + 1] = w.length;
  for (let i = 0; i < w.length; i++) pool[poolEnd++] = charCodeAt.call(w, i);
}

function place(id: number): void {
  const mask = (table.length >> 1) - 1;
  const h = hashOf(words[id]!);
  let slot = h & mask;
  while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
  table[2 * slot] = id;
  table[2 * slot + 1] = h;
}
