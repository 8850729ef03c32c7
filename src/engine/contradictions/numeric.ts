/**
 * Numeric: the same quantity given with values that cannot both hold ("66 drones" / "45 drones").
 *
 * Precision comes first, because reports differ in numbers for many honest reasons:
 * - the two quantities must measure the same thing (same unit, or counted nouns of one meaning)
 *   and be anchored alike: a content word next to each number must match ("depth of 10 km" is not
 *   "55 km west of the town");
 * - ranges, hedges ("at least", "around") and rounding widen a value before comparison;
 * - amounts in different currencies are never compared (a conversion is not a contradiction);
 * - claims about different years, or counts still developing ("so far", "has risen to"), are skipped.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import type { Quantity } from '../analyze/quantities.ts';
import type { Token } from '../analyze/tokens.ts';
import { concepts, conceptSimilarity, wordnetPos } from '../lexicon/concepts.ts';
import { isPersonNoun, synset, synsetIds } from '../lexicon/wordnet.ts';
import type { Proposition } from '../analyze/propositions.ts';
import { aboutDifferentThings, samePredicate } from './slots.ts';
import { passage, versus, type Detector } from './types.ts';

/** Aligned claims must share at least this much content for their numbers to be the same quantity. */
const MIN_SIMILARITY = 0.3;

/**
 * Counts that are still developing ("so far", "has risen to", "since Sunday", "by Tuesday
 * evening"): later reports may give higher figures without contradiction.
 */
const DEVELOPING =
  /\b(?:so\s+far|(?:rose|risen|rising|climbed|jumped|increased)\s+to|up\s+to|initial(?:ly)?|preliminary|expected\s+to|estimated?|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last)|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|late|early|noon|midday|nightfall|(?:this|that|the)\s+(?:morning|afternoon|evening|time)))\b/i;

/** Modal verbs make a figure a possibility; written in lower case, so the month "May" is not one. */
const MODAL = /\b(?:could|may|might)\b/;

/** A hedge ("about", "around", "nearly") widens a figure by this share either way. */
const ABOUT = 0.2;

/**
 * The interval a quantity allows: an exact figure stands for anything that rounds to it (half its
 * last digit's step either way: "66" is 65.5..66.5, "2.6 million" 2.55..2.65 million), a hedged
 * one for ABOUT either way, "at least" and "at most" for a half-line. Intervals that only touch
 * ("5" and "6") do not overlap.
 */
export function interval(quantity: Quantity): [number, number] {
  const { low, high, step } = quantity;
  const half = step / 2;
  switch (quantity.bound) {
    case 'atLeast':
      return [low - half, Infinity];
    case 'atMost':
      return [-Infinity, high + half];
    case 'about':
      return [low - Math.abs(low) * ABOUT - half, high + Math.abs(high) * ABOUT + half];
    default:
      return [low - half, high + half];
  }
}

/** Whether two intervals share more than an end point (or are the same point: zero and zero). */
export function overlaps([xl, xh]: [number, number], [yl, yh]: [number, number]): boolean {
  // Ends that meet up to floating-point error (8.7 − 0.05 and 8.6 + 0.05) only touch.
  const epsilon = 1e-9 * Math.max(1, ...[xl, xh, yl, yh].filter(Number.isFinite).map(Math.abs));
  return (xl < yh - epsilon && yl < xh - epsilon) || (xl === yl && xh === yh);
}

/** Whether a counted noun counts people ("people", "workers", "children"). */
function countsPeople(counted: string): boolean {
  return counted === 'people' || counted === 'person' || isPersonNoun(counted);
}

/**
 * Whether two quantities measure the same thing: same unit, or counted nouns of the same meaning.
 * "No one" counts zero people, which is also zero workers or children.
 */
export function sameMeasure(x: Quantity, y: Quantity): boolean {
  if (x.unit || y.unit) return x.unit === y.unit;
  if (!x.counted || !y.counted) return false;
  if (x.counted === y.counted) return true;
  const nobody = (z: Quantity) => z.high === 0 && z.counted === 'people';
  if ((nobody(x) && countsPeople(y.counted)) || (nobody(y) && countsPeople(x.counted))) return true;
  return conceptSimilarity(concepts(x.counted, 'n'), concepts(y.counted, 'n')) >= 0.9;
}

/** A content word near a quantity. */
interface Anchor {
  lemma: string;
  pos: string;
  /** An entity or a place noun (WordNet noun.location): it pins the quantity to a referent. */
  place: boolean;
}

/** Content words each side of a quantity that anchor it. */
const WINDOW = 4;

/**
 * Content words within four words of a quantity, other than numbers and the counted noun;
 * a parenthetical right after it (a unit conversion) is skipped.
 */
function anchors(claim: AnalyzedClaim, quantity: Quantity): Anchor[] {
  const { tokens } = claim;
  const first = tokens.findIndex((t) => t.end > quantity.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < quantity.end) last++;
  let next = last + 1;
  if (tokens[next]?.text === '(') {
    while (next < tokens.length && tokens[next]!.text !== ')') next++;
    next++;
  }
  // Four words each side, not counting function words and punctuation ("in Pakistan's Sindh" is
  // two content words, however the possessive is tokenised).
  const content = (t: Token) => !t.stop && /^(?:NOUN|VERB|ADJ|PROPN)$/.test(t.pos) && /\p{L}/u.test(t.text) && t.lemma.toLowerCase() !== quantity.counted;
  const before = tokens.slice(0, first).filter(content).slice(-WINDOW);
  const after = tokens.slice(next).filter(content).slice(0, WINDOW);
  return [...before, ...after]
    // Words of time ("April", "last year") date a figure; they do not say what it measures.
    .filter((t) => !CALENDAR.test(t.lower) && !(t.pos === 'NOUN' && lexFileOf(t.lemma.toLowerCase()) === NOUN_TIME))
    .map((t) => {
      // A name is anchored by its entity key, so that two spellings of one place meet.
      const entity = claim.entities.find((e) => t.start >= e.start && t.end <= e.end);
      return {
        lemma: entity ? entity.key : t.lemma.toLowerCase(),
        pos: t.pos,
        place: entity !== undefined || (t.pos === 'NOUN' && lexFileOf(t.lemma.toLowerCase()) === NOUN_LOCATION),
      };
    });
}

/** WordNet's lexicographer files of nouns for places (noun.location) and times (noun.time). */
const NOUN_LOCATION = 15;
const NOUN_TIME = 28;

/** The lexicographer file of a noun's first sense, if WordNet has the noun. */
function lexFileOf(lemma: string): number | undefined {
  const ids = synsetIds(lemma, 'n');
  return ids.length > 0 ? synset(ids[0]!).lexFile : undefined;
}

/** Weekdays and months. */
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether two anchor words mean the same: one lemma, synonyms, or derivations across parts of speech ("march" / "marched"). */
function anchorsMatch(u: Anchor, v: Anchor): boolean {
  if (u.lemma === v.lemma) return true;
  const pu = wordnetPos(u.pos);
  const pv = wordnetPos(v.pos);
  return pu !== undefined && pv !== undefined && conceptSimilarity(concepts(u.lemma, pu), concepts(v.lemma, pv)) >= 0.75;
}

/**
 * Whether two quantities are anchored alike: most nearby content words of the smaller window match
 * the other's, and no place pins one of them to a referent the other lacks
 * ("170,000 people in the province" is not "230,000 people across Asia").
 */
function sameAnchor(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): boolean {
  const ax = anchors(a, x);
  const by = anchors(b, y);
  if (ax.length === 0 || by.length === 0) return false;
  const matchedX = ax.filter((u) => by.some((v) => anchorsMatch(u, v)));
  const matchedY = by.filter((v) => ax.some((u) => anchorsMatch(u, v)));
  if (ax.some((u) => u.place && !matchedX.includes(u)) || by.some((v) => v.place && !matchedY.includes(v))) return false;
  return Math.min(matchedX.length / ax.length, matchedY.length / by.length) >= 0.5;
}

/**
 * The predicate a quantity belongs to: the first one after it in its clause (the quantity is in
 * the subject: "12 people were injured"), else the last one before it (in the object: "killed
 * 12 people").
 */
function predicateOf(claim: AnalyzedClaim, quantity: Quantity): Proposition | undefined {
  const index = claim.tokens.findIndex((t) => t.end > quantity.start);
  const boundary = (from: number, to: number) => claim.tokens.slice(from, to).some((t) => /^[,;:()—–]$/.test(t.text) || t.pos === 'SCONJ' || t.pos === 'CCONJ');
  // A proposition read from a denied noun ("no deaths") is the quantity itself, not its act.
  const acts = claim.propositions.filter((p) => !p.nominal);
  const after = acts.find((p) => p.index > index && !boundary(index, p.index));
  if (after) return after;
  return acts.filter((p) => p.index < index).pop();
}

/** Whether two quantities' predicates allow them to be one quantity: the same act, or unknown. */
function samePredication(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): boolean {
  const p = predicateOf(a, x);
  const r = predicateOf(b, y);
  if (!p || !r) return true;
  return samePredicate(p, r) || conceptSimilarity(concepts(p.predicate, 'v'), concepts(r.predicate, 'v')) >= 0.6;
}

/** Degree words that count a subset ("seriously injured", "badly damaged") of what the bare word counts. */
const RESTRICTING = /^(?:seriously|badly|critically|severely|slightly|gravely|lightly|moderately|totally|completely|partially)$/;

/** Whether a quantity counts a subset marked by a degree word within a few words after it. */
function restricted(claim: AnalyzedClaim, quantity: Quantity): boolean {
  return claim.tokens.filter((t) => t.start >= quantity.end).slice(0, 5).some((t) => RESTRICTING.test(t.lower));
}

/** Years a claim mentions. */
const years = (claim: AnalyzedClaim) => new Set(claim.terms.filter((t) => t.key.startsWith('t:')).map((t) => t.key));

export const numeric: Detector = {
  kinds: ['numeric'],
  aligned: true,
  detect(a, b, context) {
    // The smaller claim must be mostly covered by the other (a report may add much around a figure).
    if (Math.max(context.similarity.coverA, context.similarity.coverB) < MIN_SIMILARITY) return undefined;
    if ([a, b].some((claim) => DEVELOPING.test(claim.claim.text) || MODAL.test(claim.claim.text))) return undefined;
    if (aboutDifferentThings(a, b)) return undefined;
    // Figures of different years are of different things.
    const ya = years(a);
    const yb = years(b);
    if (ya.size > 0 && yb.size > 0 && [...ya].some((y) => !yb.has(y))) return undefined;
    // Names on both sides and none in common: the figures may be for different places or people.
    const names = (claim: AnalyzedClaim) => new Set(claim.entities.filter((e) => e.key !== claim.speech.speaker).map((e) => e.key));
    const pa = names(a);
    const pb = names(b);
    if (pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p))) return undefined;
    for (const x of a.quantities) {
      if (x.conversion) continue;
      // The same quantity: of one measure, anchored alike, of the same act, both counting all or
      // both a subset ("seriously injured").
      const partners = b.quantities.filter(
        (y) =>
          !y.conversion &&
          sameMeasure(x, y) &&
          sameAnchor(a, x, b, y) &&
          samePredication(a, x, b, y) &&
          restricted(a, x) === restricted(b, y),
      );
      if (partners.length === 0) continue;
      // Any compatible value of the same anchored measure means the two may agree; a partner that
      // another figure of a matches is that figure's ("raised to 250,000 from 30,000" / "to 250,000").
      const compatible = partners.some((y) => overlaps(interval(x), interval(y)));
      if (compatible) continue;
      const unmatched = partners.filter((y) => !a.quantities.some((z) => z !== x && !z.conversion && sameMeasure(z, y) && overlaps(interval(z), interval(y))));
      if (unmatched.length === 0) continue;
      const y = unmatched[0]!;
      return {
        kind: 'numeric',
        explanation: versus(context.label(a), passage(a.claim.text, x.start, x.start + x.phrase.length), context.label(b), passage(b.claim.text, y.start, y.start + y.phrase.length)),
      };
    }
    return undefined;
  },
};
