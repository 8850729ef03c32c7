/**
 * Alignment: which claims of two articles share content, and how much.
 *
 * Each claim is a bag of weighted terms (lemmas with WordNet concepts, entity keys, numbers).
 * A term's weight is how informative it is: a word's information from its frequency in general
 * English (`lexicon/frequency.ts`), so it works for one pair of sentences as for a whole site, damped
 * in a larger comparison for words that most of its claims share. Coverage of claim a by claim b is
 * the weighted share of a's terms that find a match in b (equal lemma 1, synonym 0.9, derivation
 * 0.75, hypernym 0.6, sibling 0.35).
 * Candidate blocking through an inverted index keeps the cost near linear in the number of claims.
 */
import type { AnalyzedClaim, Term } from './analyze/index.ts';
import { LIGHT_LEMMAS } from './analyze/index.ts';
import { concepts, conceptSimilarity, STRENGTH, type Via } from './lexicon/concepts.ts';
import { countsPeople } from './lexicon/wordnet.ts';
import { information, maxInformation } from './lexicon/frequency.ts';

/** Term weights over a set of claims. */
export type Weigh = (term: Term) => number;

/**
 * Information of a term before damping: a word's from its frequency (less that of the most common
 * content words, about 2, so "say" weighs little and "bailout" much); a name, a number or a year
 * is as informative as a rare word.
 */
export function termInformation(term: Term): number {
  const top = maxInformation();
  if (term.key.startsWith('e:') || term.key.startsWith('n:')) return 1;
  if (term.key.startsWith('t:')) return 0.75;
  const lemma = term.key.slice(2).replace(/_/g, ' ');
  // A phrasal verb is as informative as its verb; a compound as its rarest word.
  const words = lemma.split(' ');
  const bits = term.verb ? information(words[0]!) : Math.max(...words.map(information));
  const light = LIGHT_LEMMAS.has(lemma) ? 0.25 : 1;
  return (light * Math.max(0, bits - FLOOR)) / (top - FLOOR);
}

/** The information of the most frequent content words ("get", "know" ≈ 2.4): they weigh nothing. */
const FLOOR = 2.2;

/** A comparison needs this many claims before its own word counts damp the weights. */
const LOCAL_MIN_CLAIMS = 20;

/**
 * Builds term weights for a set of claims: each term's information, and in a comparison of at
 * least LOCAL_MIN_CLAIMS claims, half of it scaled by the term's inverse document frequency there,
 * so the event's own word ("earthquake" in most claims of an earthquake story) counts less.
 * `local: false` keeps the information alone, for texts that are not one story (a file of pairs).
 */
export function termWeights(claims: AnalyzedClaim[], options: { local?: boolean } = {}): Weigh {
  const df = new Map<string, number>();
  for (const claim of claims) {
    for (const key of new Set(claim.terms.map((t) => t.key))) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const n = claims.length;
  const local = (options.local ?? true) && n >= LOCAL_MIN_CLAIMS;
  const cache = new Map<string, number>();
  return (term) => {
    const known = cache.get(term.key);
    if (known !== undefined) return known;
    let weight = termInformation(term);
    if (local) weight *= 0.5 + (0.5 * Math.log(1 + n / (df.get(term.key) ?? 1))) / Math.log(1 + n);
    cache.set(term.key, weight);
    return weight;
  };
}

/** How close two terms are in meaning, 0..1. */
export function termSimilarity(a: Term, b: Term): number {
  // One figure of two things ("three years" / "three people") says nothing alike.
  if (a.counted && b.counted && !countAlike(a.counted, b.counted)) return 0;
  if (a.key === b.key) return 1;
  // Kinds of term meet only through a shared concept: a name and a capitalised word spelling it.
  if (a.key[0] !== b.key[0] && !(a.concepts && b.concepts)) return 0;
  if (a.key.startsWith('n:') && b.key.startsWith('n:')) {
    const [ua, va] = splitNumberKey(a.key);
    const [ub, vb] = splitNumberKey(b.key);
    if (ua !== ub) return sameAmount(ua, va, ub, vb) ? CONVERTED : 0;
    const gap = Math.abs(va - vb) / Math.max(Math.abs(va), Math.abs(vb), 1e-9);
    // Close figures (rounding, hedges) still say much the same; distant ones say nothing alike.
    return gap <= 0.02 ? 0.95 : gap <= 0.25 ? 0.6 : 0;
  }
  if (a.concepts && b.concepts) return conceptSimilarity(a.concepts, b.concepts);
  return 0;
}

/** Whether two counted nouns count the same things: one lemma, synonyms, or both people ("victims" / "people"). */
function countAlike(x: string, y: string): boolean {
  if (x === y) return true;
  if (countsPeople(x) && countsPeople(y)) return true;
  return conceptSimilarity(concepts(x, 'n'), concepts(y, 'n')) >= SHARED_TERM;
}

/** How alike two amounts in different currencies are when one may convert to the other. */
const CONVERTED = 0.6;

/**
 * The range of US dollars one unit of a currency has been worth since 2000 (rounded out): wide
 * enough that a conversion at any rate of the period falls inside, so an amount given in two
 * currencies still aligns. Only for alignment: amounts in different currencies never conflict.
 */
const DOLLAR_RANGE: Record<string, [number, number]> = {
  USD: [1, 1],
  EUR: [0.83, 1.6],
  GBP: [1.2, 2.1],
  JPY: [0.0062, 0.0133],
  CHF: [0.58, 1.2],
  AUD: [0.47, 1.1],
  CAD: [0.61, 1.1],
  NZD: [0.39, 0.88],
  SGD: [0.53, 0.82],
  HKD: [0.127, 0.13],
};

/** Whether amounts va (in ua) and vb (in ub) can be one amount converted. */
function sameAmount(ua: string, va: number, ub: string, vb: number): boolean {
  const ra = DOLLAR_RANGE[ua];
  const rb = DOLLAR_RANGE[ub];
  if (!ra || !rb || va <= 0 || vb <= 0) return false;
  // va·ra and vb·rb are dollar ranges; the amounts can be one when those ranges meet.
  return va * ra[0] <= vb * rb[1] && vb * rb[0] <= va * ra[1];
}

function splitNumberKey(key: string): [string, number] {
  const match = /^n:([a-z0-9]*?)(-?[\d.e+]+)$/i.exec(key);
  return match ? [match[1]!, Number(match[2])] : ['', NaN];
}

const VIA_RANK: Record<Via, number> = { own: 3, derived: 2, hyper: 1 };

/**
 * The terms of a whole text, indexed so that the best match of a term among them costs a few
 * look-ups instead of a scan: exact keys, and for each concept key the strongest way a term
 * reached it. Used to cover a headline's terms by a whole article.
 */
export class TermPool {
  private readonly keys = new Set<string>();
  private readonly concepts = new Map<string, Via>();
  private readonly numbers: Term[] = [];

  constructor(terms: Term[]) {
    for (const term of terms) {
      this.keys.add(term.key);
      if (term.key.startsWith('n:')) this.numbers.push(term);
      for (const [key, via] of term.concepts ?? []) {
        const known = this.concepts.get(key);
        if (!known || VIA_RANK[via] > VIA_RANK[known]) this.concepts.set(key, via);
      }
    }
  }

  /** Whether the pool holds this very term (same lemma, entity or figure), or the same name. */
  has(term: Term): boolean {
    if (this.keys.has(term.key)) return true;
    return term.key.startsWith('e:name:') && this.concepts.has(term.key.slice(2));
  }

  /** The best similarity of a term to any term of the pool (as termSimilarity). */
  best(term: Term): number {
    if (this.keys.has(term.key)) return 1;
    if (term.key.startsWith('n:')) return Math.max(0, ...this.numbers.map((other) => termSimilarity(term, other)));
    let best = 0;
    for (const [key, via] of term.concepts ?? []) {
      const other = this.concepts.get(key);
      if (other) best = Math.max(best, STRENGTH[`${via}-${other}`]);
    }
    return best;
  }

  /** Weighted share of the terms matched in the pool. */
  coverage(terms: Term[], weigh: Weigh): number {
    let total = 0;
    let matched = 0;
    for (const term of terms) {
      const weight = weigh(term);
      total += weight;
      matched += weight * this.best(term);
    }
    return total === 0 ? 0 : matched / total;
  }
}

/**
 * Similarity of two claims: coverage of each by the other and their harmonic mean, and how much
 * specific content they share (distinct informative terms matched, and their summed weight).
 */
export interface Similarity {
  score: number;
  coverA: number;
  coverB: number;
  /** Distinct terms of a with a close match in b (same word, synonym, derivation, same figure). */
  matched: number;
  /** Summed weight of those terms. */
  sharedWeight: number;
  /** How many of the matched terms only set the scene: a place or a time ("Kenya", "Tuesday"). */
  setting: number;
}

/** A term matched this closely counts as shared content (a synonym or derivation, not a hypernym). */
export const SHARED_TERM = 0.75;

/** Terms this light (a common word) are not counted among the shared terms. */
const SPECIFIC_WEIGHT = 0.2;

/** Weighted share of `from`'s terms matched in `to`, with the shared terms counted. */
function coverage(from: Term[], to: Term[], weigh: Weigh): { cover: number; matched: number; sharedWeight: number; setting: number } {
  let total = 0;
  let covered = 0;
  let sharedWeight = 0;
  let setting = 0;
  const shared = new Set<string>();
  for (const term of from) {
    const weight = weigh(term);
    total += weight;
    let best = 0;
    for (const other of to) {
      const similarity = termSimilarity(term, other);
      if (similarity > best) best = similarity;
      if (best === 1) break;
    }
    covered += weight * best;
    if (best >= SHARED_TERM && weight >= SPECIFIC_WEIGHT && !shared.has(term.key)) {
      shared.add(term.key);
      sharedWeight += weight;
      if (term.scene) setting++;
    }
  }
  return { cover: total === 0 ? 0 : covered / total, matched: shared.size, sharedWeight, setting };
}

/** Similarity of two claims. */
export function similarity(a: AnalyzedClaim, b: AnalyzedClaim, weigh: Weigh): Similarity {
  return similarityOfTerms(a.terms, b.terms, weigh);
}

/** Similarity of two bags of terms (claims, or whole texts). */
export function similarityOfTerms(termsA: Term[], termsB: Term[], weigh: Weigh): Similarity {
  const x = coverage(termsA, termsB, weigh);
  const y = coverage(termsB, termsA, weigh);
  const score = x.cover + y.cover === 0 ? 0 : (2 * x.cover * y.cover) / (x.cover + y.cover);
  return { score, coverA: x.cover, coverB: y.cover, matched: Math.min(x.matched, y.matched), sharedWeight: Math.min(x.sharedWeight, y.sharedWeight), setting: Math.min(x.setting, y.setting) };
}

/** Keys a claim is indexed under for blocking: its terms and their own synsets. */
function blockingKeys(claim: AnalyzedClaim): Set<string> {
  const keys = new Set<string>();
  for (const term of claim.terms) {
    keys.add(term.key);
    for (const [id, via] of term.concepts ?? []) if (via === 'own') keys.add(id);
  }
  return keys;
}

/** A scored pair of claims, one from each article. */
export interface Alignment extends Similarity {
  a: AnalyzedClaim;
  b: AnalyzedClaim;
}

/** Keys are followed in blocking while at most this many claims share them. */
const POSTINGS_CAP = 25;

/** How many of a claim's keys (the rarest) are followed in blocking. */
const KEYS_PER_CLAIM = 16;

/** How many candidates of the other article each claim is scored against. */
const CANDIDATES_PER_CLAIM = 8;

/** For each claim of `from`, the indexes of its best candidates in `to` by summed weight of shared rare keys. */
function candidates(from: AnalyzedClaim[], to: AnalyzedClaim[], weigh: Weigh): number[][] {
  const index = new Map<string, number[]>();
  const keyWeight = new Map<string, number>();
  to.forEach((claim, toIndex) => {
    for (const term of claim.terms) keyWeight.set(term.key, weigh(term));
    for (const key of blockingKeys(claim)) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(toIndex);
    }
  });
  return from.map((claim) => {
    const votes = new Map<number, number>();
    // Keys shared by very many claims say little about which claims match, and following them
    // would make blocking quadratic; only the rarest keys of a claim are followed, so the cost
    // per claim stays bounded however long the article.
    const postings = [...blockingKeys(claim)]
      .map((key) => [key, index.get(key)] as const)
      .filter((entry): entry is readonly [string, number[]] => entry[1] !== undefined && entry[1].length <= POSTINGS_CAP)
      .sort((x, y) => x[1].length - y[1].length || (x[0] < y[0] ? -1 : 1))
      .slice(0, KEYS_PER_CLAIM);
    for (const [key, list] of postings) {
      const weight = keyWeight.get(key) ?? 1;
      for (const toIndex of list) votes.set(toIndex, (votes.get(toIndex) ?? 0) + weight);
    }
    return [...votes.entries()]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, CANDIDATES_PER_CLAIM)
      .map(([toIndex]) => toIndex);
  });
}

/**
 * Scores the likely pairs of claims of two articles. Candidates come from an inverted index of
 * blocking keys, each claim's best candidates on the other side, in both directions (so comparing
 * b with a scores the same pairs as a with b); only they are scored in full.
 */
export function scorePairs(articleA: AnalyzedClaim[], articleB: AnalyzedClaim[], weigh: Weigh): Alignment[] {
  const pairs = new Set<number>();
  const width = articleB.length;
  candidates(articleA, articleB, weigh).forEach((list, aIndex) => list.forEach((bIndex) => pairs.add(aIndex * width + bIndex)));
  candidates(articleB, articleA, weigh).forEach((list, bIndex) => list.forEach((aIndex) => pairs.add(aIndex * width + bIndex)));
  return [...pairs]
    .sort((x, y) => x - y)
    .map((pair) => {
      const a = articleA[Math.floor(pair / width)]!;
      const b = articleB[pair % width]!;
      return { a, b, ...similarity(a, b, weigh) };
    });
}
