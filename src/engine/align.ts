/**
 * Alignment: which claims of two articles share content, and how much.
 *
 * Each claim is a bag of weighted terms (lemmas with WordNet concepts, entity keys, numbers).
 * A term's weight is its inverse document frequency over the claims compared, so words that every
 * claim shares count little. Coverage of claim a by claim b is the weighted share of a's terms that
 * find a match in b (equal lemma 1, synonym 0.9, derivation 0.75, hypernym 0.6, sibling 0.35).
 * Candidate blocking through an inverted index keeps the cost near linear in the number of claims.
 */
import type { AnalyzedClaim, Term } from './analyze/index.ts';
import { LIGHT_LEMMAS } from './analyze/index.ts';
import { conceptSimilarity, STRENGTH, type Via } from './lexicon/concepts.ts';

/** Term weights over a set of claims. */
export type Weigh = (term: Term) => number;

/** Builds IDF weights from the claims being compared (each claim counts a term once). */
export function termWeights(claims: AnalyzedClaim[]): Weigh {
  const df = new Map<string, number>();
  for (const claim of claims) {
    for (const key of new Set(claim.terms.map((t) => t.key))) df.set(key, (df.get(key) ?? 0) + 1);
  }
  const n = Math.max(claims.length, 1);
  return (term) => {
    const idf = Math.log(1 + n / (df.get(term.key) ?? 1));
    const light = term.key.startsWith('l:') && LIGHT_LEMMAS.has(term.key.slice(2)) ? 0.25 : 1;
    const entity = term.key.startsWith('e:') ? 1.2 : 1;
    return idf * light * entity;
  };
}

/** How close two terms are in meaning, 0..1. */
export function termSimilarity(a: Term, b: Term): number {
  if (a.key === b.key) return 1;
  // Kinds of term meet only through a shared concept: a name and a capitalised word spelling it.
  if (a.key[0] !== b.key[0] && !(a.concepts && b.concepts)) return 0;
  if (a.key.startsWith('n:') && b.key.startsWith('n:')) {
    const [ua, va] = splitNumberKey(a.key);
    const [ub, vb] = splitNumberKey(b.key);
    if (ua !== ub) return 0;
    const gap = Math.abs(va - vb) / Math.max(Math.abs(va), Math.abs(vb), 1e-9);
    // Close figures (rounding, hedges) still say much the same; distant ones say nothing alike.
    return gap <= 0.02 ? 0.95 : gap <= 0.25 ? 0.6 : 0;
  }
  if (a.concepts && b.concepts) return conceptSimilarity(a.concepts, b.concepts);
  return 0;
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

/** Similarity of two claims: coverage of each by the other and their harmonic mean. */
export interface Similarity {
  score: number;
  coverA: number;
  coverB: number;
}

/** Weighted share of `from`'s terms matched in `to`. */
function coverage(from: Term[], to: Term[], weigh: Weigh): number {
  let total = 0;
  let matched = 0;
  for (const term of from) {
    const weight = weigh(term);
    total += weight;
    let best = 0;
    for (const other of to) {
      const similarity = termSimilarity(term, other);
      if (similarity > best) best = similarity;
      if (best === 1) break;
    }
    matched += weight * best;
  }
  return total === 0 ? 0 : matched / total;
}

/** Similarity of two claims. */
export function similarity(a: AnalyzedClaim, b: AnalyzedClaim, weigh: Weigh): Similarity {
  const coverA = coverage(a.terms, b.terms, weigh);
  const coverB = coverage(b.terms, a.terms, weigh);
  const score = coverA + coverB === 0 ? 0 : (2 * coverA * coverB) / (coverA + coverB);
  return { score, coverA, coverB };
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

/**
 * Scores the likely pairs of claims of two articles. Candidates come from an inverted index
 * of blocking keys, ranked by the summed weight of shared keys; only they are scored in full.
 */
export function scorePairs(articleA: AnalyzedClaim[], articleB: AnalyzedClaim[], weigh: Weigh): Alignment[] {
  const index = new Map<string, number[]>();
  const keyWeight = new Map<string, number>();
  articleB.forEach((claim, bIndex) => {
    for (const term of claim.terms) keyWeight.set(term.key, weigh(term));
    for (const key of blockingKeys(claim)) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push(bIndex);
    }
  });
  // Keys shared by very many claims say little about which claims match, and following them
  // would make blocking quadratic: such keys are skipped (their weight is low anyway).
  // A fixed cap, not one that grows with the article: the cost per claim stays bounded.
  const maxPostings = POSTINGS_CAP;
  const results: Alignment[] = [];
  for (const a of articleA) {
    const votes = new Map<number, number>();
    // Only the rarest keys of a claim are followed: they are the most telling, and a bounded
    // number of bounded postings keeps the cost per claim the same however long the article.
    const postings = [...blockingKeys(a)]
      .map((key) => [key, index.get(key)] as const)
      .filter((entry): entry is readonly [string, number[]] => entry[1] !== undefined && entry[1].length <= maxPostings)
      .sort((x, y) => x[1].length - y[1].length || (x[0] < y[0] ? -1 : 1))
      .slice(0, KEYS_PER_CLAIM);
    for (const [key, list] of postings) {
      const weight = keyWeight.get(key) ?? 1;
      for (const bIndex of list) votes.set(bIndex, (votes.get(bIndex) ?? 0) + weight);
    }
    const ranked = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES_PER_CLAIM);
    for (const [bIndex] of ranked) {
      const b = articleB[bIndex]!;
      results.push({ a, b, ...similarity(a, b, weigh) });
    }
  }
  return results;
}
