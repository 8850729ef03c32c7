/**
 * Concept keys of a word from WordNet, used to score how close two words are in meaning:
 * the same lemma, synonyms (a shared synset), derivations (expel ~ expulsion), a direct
 * hypernym (strike ~ attack) or a shared hypernym (siblings, weakest).
 */
import { related, synset, synsetIds, type WordNetPos } from './wordnet.ts';

/** How a concept key was reached from the word. */
export type Via = 'own' | 'derived' | 'hyper';

/** A word's concept keys with how each was reached. */
export type Concepts = Map<string, Via>;

/** Senses considered per word: WordNet orders senses by frequency, rarer ones add noise. */
const SENSES: Record<WordNetPos, number> = { n: 3, v: 4, a: 3, r: 2 };

const cache = new Map<string, Concepts>();

/** Maps a universal POS tag to WordNet's, or undefined for words WordNet does not help with. */
export function wordnetPos(tag: string): WordNetPos | undefined {
  switch (tag) {
    case 'NOUN':
      return 'n';
    case 'VERB':
      return 'v';
    case 'ADJ':
      return 'a';
    case 'ADV':
      return 'r';
    default:
      return undefined;
  }
}

/** Concept keys of a lemma in a part of speech (cached). */
export function concepts(lemma: string, pos: WordNetPos): Concepts {
  const cacheKey = `${pos}:${lemma}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const keys: Concepts = new Map();
  const senses = synsetIds(lemma, pos).slice(0, SENSES[pos]);
  for (const id of senses) keys.set(id, 'own');
  for (const id of senses) {
    // Derivations, similar adjectives, pertainyms, and for verbs what they cause or entail
    // ("kill" causes "die", "snore" entails "sleep").
    for (const target of related(id, ['+', '&', '\\', '>', '*'])) if (!keys.has(target)) keys.set(target, 'derived');
  }
  if (pos === 'n' || pos === 'v') {
    for (const id of senses.slice(0, 2)) {
      for (const target of related(id, ['@', '@i'])) if (!keys.has(target)) keys.set(target, 'hyper');
    }
  }
  cache.set(cacheKey, keys);
  return keys;
}

/** Similarity of two words that share a concept key, by how each reached it. */
export const STRENGTH: Record<`${Via}-${Via}`, number> = {
  'own-own': 0.9,
  'own-derived': 0.75,
  'derived-own': 0.75,
  'derived-derived': 0.5,
  'own-hyper': 0.6,
  'hyper-own': 0.6,
  'derived-hyper': 0.4,
  'hyper-derived': 0.4,
  'hyper-hyper': 0.35,
};

/** Similarities already computed: concept maps are shared per lemma, so pairs repeat a lot. */
const memo = new WeakMap<Concepts, WeakMap<Concepts, number>>();

/** Similarity of two words' meanings from their concept keys, 0..0.9 (1 is kept for equal lemmas). */
export function conceptSimilarity(a: Concepts, b: Concepts): number {
  let known = memo.get(a);
  const cached = known?.get(b);
  if (cached !== undefined) return cached;
  const value = computeSimilarity(a, b);
  if (!known) memo.set(a, (known = new WeakMap()));
  known.set(b, value);
  return value;
}

function computeSimilarity(a: Concepts, b: Concepts): number {
  let best = 0;
  const [small, large, flipped] = a.size <= b.size ? [a, b, false] : [b, a, true];
  for (const [key, via] of small) {
    const other = large.get(key);
    if (!other) continue;
    const strength = flipped ? STRENGTH[`${other}-${via}`] : STRENGTH[`${via}-${other}`];
    if (strength > best) best = strength;
  }
  return best;
}

/** Words WordNet gives as antonyms of a lemma (any of its first senses): good ~ bad, rise ~ fall. */
export function antonyms(lemma: string, pos: WordNetPos): Set<string> {
  const result = new Set<string>();
  for (const id of synsetIds(lemma, pos).slice(0, SENSES[pos])) {
    for (const target of related(id, ['!'])) for (const word of synset(target).words) result.add(word);
  }
  return result;
}

/** The words of a lemma's first senses (its synonyms). */
function synonyms(lemma: string, pos: WordNetPos): Set<string> {
  return new Set(synsetIds(lemma, pos).slice(0, SENSES[pos]).flatMap((id) => synset(id).words));
}

/** The synsets one step up from a lemma's first two senses. */
function kinds(lemma: string, pos: WordNetPos): string[] {
  return synsetIds(lemma, pos)
    .slice(0, 2)
    .flatMap((id) => related(id, ['@']))
    // A root of WordNet's hierarchy ("change", "act") is too general a kind to oppose anything.
    .filter((id) => related(id, ['@']).length > 0);
}

/**
 * Whether two lemmas have opposite meanings through WordNet, more widely than `antonyms`: one is an
 * antonym of a synonym of the other ("raise" / "bring down", a sense of "cut"), or the kinds of act
 * they are, one step up, are antonyms ("cut" is to decrease, "raise" to increase). Meant for words
 * that are the only difference between two sentences; in general text it is too loose.
 */
export function opposed(x: string, y: string, pos: WordNetPos): boolean {
  if (x === y) return false;
  const ofX = antonyms(x, pos);
  if ([...synonyms(y, pos)].some((word) => ofX.has(word))) return true;
  const ofY = antonyms(y, pos);
  if ([...synonyms(x, pos)].some((word) => ofY.has(word))) return true;
  const kindsY = new Set(kinds(y, pos));
  return kinds(x, pos).some((id) => related(id, ['!']).some((opposite) => kindsY.has(opposite)));
}
