// Integer ids for the words of every word list (phrase sets, gazetteer, stopwords,
// number words), so that a story's tokens are looked up once, while they are
// scanned, and every matcher then compares ids. Words no list holds get id 0.
// An open-addressing table keyed by a hash of the lower-cased characters lets an
// ASCII token be looked up straight from the text, without slicing or lower-casing.

const words: string[] = [''];
// Called through these: the words and texts come in every string representation (a method looked up
// on each would go megamorphic, a generic lookup per character).
const charCodeAt = String.prototype.charCodeAt;
let table = new Int32Array(1 << 12);

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
    const w = words[id]!;
    if (w.length !== n) continue;
    let k = 0;
    while (k < n && charCodeAt.call(w, k) === lowerCode[charCodeAt.call(text, start + k)]) k++;
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
  // Kept at most a quarter full, so that most words of a story miss on their first slot.
  if (words.length * 4 > table.length) {
    table = new Int32Array(table.length * 2);
    for (let k = 1; k < words.length; k++) place(k);
  } else place(id);
  return id;
}

function place(id: number): void {
  const mask = table.length - 1;
  let slot = hashOf(words[id]!) & mask;
  while (table[slot] !== 0) slot = (slot + 1) & mask;
  table[slot] = id;
}
