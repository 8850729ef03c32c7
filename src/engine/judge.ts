/**
 * The one judgement of how two claims relate, used by comparisons (`compare.ts`), by text pairs
 * (`pairs.ts`) and by the fit's evaluation (`src/fit/`): the fitted model's link, same and
 * contradiction probabilities over the pair's features, and the detectors' findings.
 */
import type { AnalyzedClaim } from './analyze/index.ts';
import type { Similarity } from './align.ts';
import { findContradictions, type DetectorContext, type Finding } from './contradictions/index.ts';
import { oneChange } from './contradictions/difference.ts';
import { statusOfOneSubject } from './contradictions/status.ts';
import { sameMeasure } from './contradictions/numeric.ts';
import { samePredicate } from './contradictions/slots.ts';
import { contradictionFeatures, linkFeatures, sameFeatures, type Side } from './features.ts';
import { kindEnabled, probability, storedModel, type FittedModel } from './model.ts';
import { statesOtherwise } from './stated.ts';

/** How claim b relates to claim a, with the model's probabilities. */
export interface Judgement {
  relation: 'same' | 'overlap' | 'contradiction' | 'unrelated';
  /** Probability that the claims are about the same specific thing. */
  link: number;
  /** Probability that b states what a states, given that they are related. */
  same: number;
  /** The contradiction shown, with its probability. */
  contradiction?: Finding & { probability: number };
}

/**
 * Whether two sides share something specific enough to be linked at all: two informative terms,
 * or a name, or for two claims, most of each other's content, one change, or the status of one
 * subject. One shared common word ("said", "majority") never links two claims.
 */
export function anchored(a: Side, b: Side, similarity: Similarity): boolean {
  // Two shared terms beyond the scene: a country and a weekday in common make no matter in common.
  if (similarity.matched - similarity.setting >= 2) return true;
  // A name anchors, unless it only sets the scene on both sides: "Rotterdam's dockworkers" and
  // "Rotterdam's zoo" share a city, not a matter; "Kyiv has not responded" has Kyiv act.
  const [namesA, namesB] = [names(a), names(b)];
  if ([...namesB.all].some((key) => namesA.all.has(key) && (namesA.acting.has(key) || namesB.acting.has(key)))) return true;
  if (a.claims.length !== 1 || b.claims.length !== 1) return false;
  const [x, y] = [a.claims[0]!, b.claims[0]!];
  // Two claims that each cover most of the other's content, in other words ("the talks collapsed on
  // Friday" / "negotiations broke down on Friday"), or worded alike but for one change ("found him
  // guilty" / "found him innocent").
  const covered = Math.min(similarity.coverA, similarity.coverB) >= MOSTLY_COVERED && x.terms.length >= 2 && y.terms.length >= 2;
  // Or the status of one subject ("the suspect remains at large" / "the suspect was arrested"), or
  // a figure of one measure for one act ("between 20 and 30 people were hurt" / "50 people were hurt").
  return covered || oneChange(x, y) || statusOfOneSubject(x, y) || countOfOneAct(x, y);
}

/** The names of a side's claims, and those of them that do more than set the scene. */
function names(side: Side): { all: Set<string>; acting: Set<string> } {
  const terms = side.claims.flatMap((c) => c.terms.filter((t) => t.key.startsWith('e:')));
  return { all: new Set(terms.map((t) => t.key)), acting: new Set(terms.filter((t) => !t.scene).map((t) => t.key)) };
}

/** Whether two claims give figures of one measure (people, homes, dollars) for one predicate. */
function countOfOneAct(x: AnalyzedClaim, y: AnalyzedClaim): boolean {
  return x.quantities.some((q) => y.quantities.some((r) => sameMeasure(q, r))) && x.propositions.some((p) => y.propositions.some((r) => samePredicate(p, r)));
}

/** Weighted share of each claim's content the other must cover for them to be about one thing. */
const MOSTLY_COVERED = 0.6;

/** The most probable finding the model lets through, if any. */
export function bestContradiction(
  a: AnalyzedClaim,
  b: AnalyzedClaim,
  similarity: Similarity,
  context: DetectorContext,
  aligned: boolean,
  model: FittedModel = storedModel(),
): (Finding & { probability: number }) | undefined {
  let best: (Finding & { probability: number }) | undefined;
  for (const finding of findContradictions(a, b, context, aligned)) {
    if (!kindEnabled(model, finding.kind)) continue;
    const p = probability(model.contradiction, contradictionFeatures(finding.kind, a, b, similarity, finding.evidence));
    if (p >= model.contradiction.threshold && (!best || p > best.probability)) best = { ...finding, probability: p };
  }
  return best;
}

/**
 * The link and same probabilities of two sides: whether b states what a states, or with
 * `symmetric` whether either states the other (a link in a comparison has no direction).
 */
export function relatedness(a: Side, b: Side, similarity: Similarity, model: FittedModel = storedModel(), symmetric = false): { link: number; same: number } {
  const link = probability(model.link, linkFeatures(a, b, similarity));
  let same = probability(model.same, sameFeatures(a, b, similarity));
  if (symmetric) {
    const reverse = { ...similarity, coverA: similarity.coverB, coverB: similarity.coverA };
    same = Math.max(same, probability(model.same, sameFeatures(b, a, reverse)));
  }
  return { link, same };
}

/** Texts whose lengths differ by more than this cannot fold to one (white space aside). */
const IDENTITY_SLACK = 16;

/** A claim's text folded for identity: case, white space and quote marks do not count. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/[“”„"«»]/g, '"').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}

/**
 * How claim b relates to claim a (with `symmetric`, how the two relate, as a link of a
 * comparison: `same` when either states the other).
 */
export function judgeClaims(
  a: AnalyzedClaim,
  b: AnalyzedClaim,
  similarity: Similarity,
  context: DetectorContext,
  aligned = true,
  model: FittedModel = storedModel(),
  symmetric = false,
): Judgement {
  // The same words state the same thing (however short the claim) and contradict nothing.
  if (Math.abs(a.text.length - b.text.length) <= IDENTITY_SLACK && fold(a.text) === fold(b.text)) return { relation: 'same', link: 1, same: 1 };
  const sides: [Side, Side] = [{ claims: [a] }, { claims: [b] }];
  const { link, same } = relatedness(sides[0], sides[1], similarity, model, symmetric);
  // Claims that are not about the same thing cannot contradict each other.
  const related = link >= model.link.threshold && anchored(sides[0], sides[1], similarity);
  const contradiction = related ? bestContradiction(a, b, similarity, context, aligned, model) : undefined;
  if (contradiction) return { relation: 'contradiction', link, same, contradiction };
  if (!related) return { relation: 'unrelated', link, same };
  // Alike claims that still speak of other things, occasions, figures or certainty overlap (`stated.ts`).
  const stated = same >= model.same.threshold && statesOtherwise(a, b) === undefined;
  return { relation: stated ? 'same' : 'overlap', link, same };
}
