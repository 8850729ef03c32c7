/**
 * The features of a pair of claims that the fitted model (`model.ts`) turns into probabilities:
 * how much of each claim the other covers, how much specific content they share, whether their
 * names, figures and predicates agree. Each is in 0..1. The same features are computed for a pair
 * of claims in a comparison and for a pair of texts judged by `collate compare --pairs`.
 */
import type { AnalyzedClaim, Term } from './analyze/index.ts';
import { similarityOfTerms, termInformation, termSimilarity, type Similarity } from './align.ts';
import { commonShare, differences } from './contradictions/difference.ts';
import { sameMeasure } from './contradictions/numeric.ts';
import { differentPlaces, samePredicate } from './contradictions/slots.ts';
import { CONTRADICTION_KINDS, type ContradictionKind } from './types.ts';

/** Names of the link features, in the order of `linkFeatures`' vector (after the bias). */
export const LINK_FEATURES = [
  'score',
  'minCover',
  'maxCover',
  'matched',
  'sharedWeight',
  'twoShared',
  'sharedEntity',
  'entityMismatch',
  'sharedNumber',
  'numbersDiffer',
  'sharedPredicate',
  'sameMeasure',
  'sameSpeaker',
  'differentTime',
  'differentPlace',
  'lengthRatio',
] as const;

/**
 * Names of the same features: the link features, then how much of a's content b covers and how
 * much of b's a covers. "b states what a states" is directional: b may add detail, not drop a's.
 */
export const SAME_FEATURES = [...LINK_FEATURES, 'coverA', 'coverB'] as const;

/** Distinct terms shared before `matched` saturates. */
const MATCHED_SCALE = 6;
/** Shared weight (one rare word ≈ 1) before `sharedWeight` saturates. */
const WEIGHT_SCALE = 3;

/** What the features need of a side: its claims (one for a claim, all of a text's for a text). */
export interface Side {
  claims: AnalyzedClaim[];
}

/** Years and months a side names ("2009", "september"). */
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const times = (side: Side) =>
  new Set(side.claims.flatMap((c) => c.tokens.filter((t) => /^(?:1[89]|20)\d\d$/.test(t.text) || (MONTH.test(t.lower) && /^\p{Lu}/u.test(t.text))).map((t) => t.lower)));

const keys = (side: Side, prefix: string) => new Set(side.claims.flatMap((c) => c.terms.map((t) => t.key)).filter((k) => k.startsWith(prefix)));

/** The link features of two sides with their similarity. */
export function linkFeatures(a: Side, b: Side, similarity: Similarity): number[] {
  const entitiesA = keys(a, 'e:');
  const entitiesB = keys(b, 'e:');
  const sharedEntities = [...entitiesA].filter((k) => entitiesB.has(k)).length;
  const allEntities = new Set([...entitiesA, ...entitiesB]).size;
  const numbersA = keys(a, 'n:');
  const numbersB = keys(b, 'n:');
  // A figure both give of the same things ("three people" is not "three years").
  const figuresB = b.claims.flatMap((c) => c.terms.filter((t) => t.key.startsWith('n:')));
  const sharedNumbers = a.claims.flatMap((c) => c.terms).filter((t) => t.key.startsWith('n:') && figuresB.some((u) => u.key === t.key && termSimilarity(t, u) === 1)).length;
  const propsA = a.claims.flatMap((c) => c.propositions);
  const propsB = b.claims.flatMap((c) => c.propositions);
  const sharedPredicate = propsA.some((p) => propsB.some((r) => samePredicate(p, r)));
  const lengthA = a.claims.reduce((n, c) => n + c.terms.length, 0);
  const lengthB = b.claims.reduce((n, c) => n + c.terms.length, 0);
  // Figures of one measure (the dead, the houses damaged, a sum in one currency) on both sides.
  const quantitiesB = b.claims.flatMap((c) => c.quantities);
  const measured = a.claims.some((c) => c.quantities.some((x) => quantitiesB.some((y) => sameMeasure(x, y))));
  const speakersB = new Set(b.claims.map((c) => c.speech.speaker).filter(Boolean));
  const sameSpeaker = a.claims.some((c) => c.speech.speaker !== undefined && speakersB.has(c.speech.speaker));
  // Another time or place: a report's background ("in September 2009 a quake near Padang …").
  const timesA = times(a);
  const timesB = times(b);
  const differentTime = (timesA.size > 0 || timesB.size > 0) && ![...timesA].some((t) => timesB.has(t));
  const differentPlace = a.claims.some((x) => b.claims.some((y) => differentPlaces(x, y)));
  return [
    similarity.score,
    Math.min(similarity.coverA, similarity.coverB),
    Math.max(similarity.coverA, similarity.coverB),
    Math.min(similarity.matched, MATCHED_SCALE) / MATCHED_SCALE,
    Math.min(similarity.sharedWeight, WEIGHT_SCALE) / WEIGHT_SCALE,
    similarity.matched >= 2 ? 1 : 0,
    sharedEntities > 0 ? 1 : 0,
    allEntities === 0 ? 0 : (allEntities - sharedEntities) / allEntities,
    sharedNumbers > 0 ? 1 : 0,
    numbersA.size > 0 && numbersB.size > 0 && sharedNumbers === 0 ? 1 : 0,
    sharedPredicate ? 1 : 0,
    measured ? 1 : 0,
    sameSpeaker ? 1 : 0,
    differentTime ? 1 : 0,
    differentPlace ? 1 : 0,
    Math.max(lengthA, lengthB) === 0 ? 0 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
  ];
}

/** Names of the contradiction features (after the bias): the kind, then how alike the claims are. */
export const CONTRADICTION_FEATURES = [...CONTRADICTION_KINDS.map((k) => `kind:${k}`), 'score', 'minCover', 'twoShared', 'commonWords', 'restScore', 'lengthRatio', 'evidence'] as const;

/** Terms that carry a conflicting value rather than what the claim is about: figures and years. */
const valueTerm = (term: Term) => term.key.startsWith('n:') || term.key.startsWith('t:');

/** The contradiction features of a finding of `kind` (with the detector's `evidence`) between claims a and b. */
export function contradictionFeatures(kind: ContradictionKind, a: AnalyzedClaim, b: AnalyzedClaim, similarity: Similarity, evidence = 1): number[] {
  const hunks = differences(a, b);
  const lengthA = a.terms.length;
  const lengthB = b.terms.length;
  return [
    ...CONTRADICTION_KINDS.map((k) => (k === kind ? 1 : 0)),
    similarity.score,
    Math.min(similarity.coverA, similarity.coverB),
    similarity.matched >= 2 ? 1 : 0,
    hunks ? commonShare(a, b, hunks) : 0,
    // How alike the claims are apart from their figures and years (where a numeric conflict sits).
    similarityOfTerms(a.terms.filter((t) => !valueTerm(t)), b.terms.filter((t) => !valueTerm(t)), termInformation).score,
    Math.max(lengthA, lengthB) === 0 ? 0 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
    evidence,
  ];
}

/** The same features of two sides: whether b states what a states. */
export function sameFeatures(a: Side, b: Side, similarity: Similarity): number[] {
  return [...linkFeatures(a, b, similarity), similarity.coverA, similarity.coverB];
}
