/**
 * Whether a claim can state what another states, beyond how alike their words are: two claims
 * worded alike still state different things when the things, occasions, figures, certainty or
 * increments they speak of differ. Each test here can only turn `same` into `overlap`, never make
 * a contradiction. The judgement (`judge.ts`) asks it only of pairs the fitted model finds alike.
 */
import type { AnalyzedClaim } from './analyze/index.ts';
import type { Quantity } from './analyze/quantities.ts';
import { opposedActs } from './contradictions/antonym.ts';
import { certaintyChange, nameChange, qualifierChange } from './contradictions/difference.ts';
import { interval, overlaps, sameMeasure } from './contradictions/numeric.ts';
import { differentOccasions } from './contradictions/slots.ts';

/**
 * Words that make a claim a plan, an expectation or a proposal rather than a fact ("plans to
 * order", "is expected", "is considering"). "Will" and "would" are compared on the act itself
 * (`modalityOfOneAct`): "will close" / "are to be shut" state one plan.
 */
const UNREALISED = /\b(?:plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|hopes?\s+to|wants?\s+to|expects?|expected|forecast\s+to|considering|proposed|threatens?\s+to|threatened\s+to)\b/i;

/** Words of possibility, in lower case (so the month "May" is none). */
const POSSIBLE = /\b(?:could|may|might)\b/;

/** Words by which a claim passes on what someone else claims instead of stating it. */
const PASSED_ON = /\b(?:claims?\s+that|claimed\s+that|alleg(?:e|es|ed|edly|ation|ations)|accus(?:es|ed|ation|ations))\b/i;

/** An act added to an earlier one: "a further 20", "another 45" (a word of increment before a figure). */
const INCREMENT = /\b(?:another|further|additional)\s+(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|dozens?\b|hundreds?\b|thousands?\b)/i;

/**
 * Whether the claims give one act (the same predicate) as done on one side and as future or
 * possible on the other ("will visit" / "visited"). Reported acts ("were reportedly injured") are
 * still stated.
 */
function modalityOfOneAct(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const unrealised = (m: string) => m === 'future' || m === 'possible';
  return a.propositions.some((p) => b.propositions.some((r) => p.predicate === r.predicate && p.negative === r.negative && unrealised(p.modality) !== unrealised(r.modality)));
}

/** Whether exactly one of the claims matches a pattern. */
const oneOf = (pattern: RegExp, a: AnalyzedClaim, b: AnalyzedClaim) => pattern.test(a.text) !== pattern.test(b.text);

/**
 * Whether the claims give figures of one measure that cannot be the same value: the only figure of
 * its measure on each side, and they do not overlap ("2 million visitors" / "500,000 visitors").
 * Hedges and rounding agree ("about 310" / "312", "at least three" / "three").
 */
function figuresDiffer(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  return a.quantities.some((x) => {
    // The only figure of its measure on each side: a claim may give other figures besides.
    const ys = b.quantities.filter((y) => sameMeasure(x, y));
    const xs = a.quantities.filter((z) => sameMeasure(x, z));
    return xs.length === 1 && ys.length === 1 && !overlaps(interval(x), interval(ys[0]!));
  });
}

/** The tests, each with its reason, in the order they are tried. */
const TESTS: [string, (a: AnalyzedClaim, b: AnalyzedClaim) => boolean][] = [
  // Worded alike but for how sure they are ("will close" / "may close").
  ['certainty', (a, b) => certaintyChange(a, b) || oneOf(UNREALISED, a, b) || modalityOfOneAct(a, b)],
  ['possibility', (a, b) => oneOf(POSSIBLE, a, b)],
  ['passed on', (a, b) => oneOf(PASSED_ON, a, b)],
  // But for one name ("shares of Toyota" / "shares of Honda") or qualifying word ("the women's
  // team" / "the men's team"), or with opposite acts ("prices in Germany rose" / "in France fell").
  ['different things', (a, b) => nameChange(a, b) || qualifierChange(a, b) || opposedActs(a, b)],
  ['different occasions', (a, b) => differentOccasions(a, b)],
  ['increment', (a, b) => oneOf(INCREMENT, a, b)],
  ['figures', (a, b) => figuresDiffer(a, b)],
];

/** Every reason the claims cannot state the same thing (none when nothing but their wording tells). */
export function reasonsOtherwise(a: AnalyzedClaim, b: AnalyzedClaim): string[] {
  return TESTS.filter(([, test]) => test(a, b)).map(([reason]) => reason);
}

/** Why the claims cannot state the same thing (the first reason found), or undefined when nothing but their wording tells. */
export function statesOtherwise(a: AnalyzedClaim, b: AnalyzedClaim): string | undefined {
  return TESTS.find(([, test]) => test(a, b))?.[0];
}
