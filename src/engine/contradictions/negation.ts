/**
 * Negation: the same proposition asserted by one claim and denied by the other ("the repairs will
 * take three weeks" / "will not take three weeks", "ended with an agreement" / "without an
 * agreement"): the same predicate over agreeing arguments, with opposite polarity.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import type { Proposition } from '../analyze/propositions.ts';
import { REPORTING } from '../analyze/speech.ts';
import { OCCASION, SAME_CLAIM, actSimilarity, differentPlaces, matchingPropositions, passive, samePredicate, shareArgument } from './slots.ts';
import { q, type Detector } from './types.ts';

/**
 * Predicates whose negation says nothing about the claim's content: verbs that report speech
 * ("it has not been stated where", "there were no reports") and verbs too general to name an act.
 * Verbs of response ("refused to concede", "did not confirm") are kept.
 */
const CONTENTLESS = new Set(['be', 'have', 'do', 'get']);

/**
 * A verb of saying is content when it is done to someone ("the company had been warned", "received
 * no warning"), not when it reports a statement ("officials did not say when").
 */
const meaningful = (claim: AnalyzedClaim, p: Proposition) =>
  !CONTENTLESS.has(p.predicate) && (REPORTING[p.predicate] !== 'assert' || p.nominal === true || passive(claim, p));

/** The negation and its predicate as written ("will not take"). */
function negatedWords(text: string, tokens: { start: number; end: number; lower: string }[], p: Proposition): string {
  const end = tokens[p.index]!.end;
  // From the negator when it is near ("none of the 40 workers were hurt"), else three words back.
  let from = Math.max(0, p.index - 3);
  for (let k = p.index - 1; k >= 0 && k >= p.index - 10; k--) {
    if (NEGATOR_WORDS.has(tokens[k]!.lower)) {
      from = Math.min(from, k);
      break;
    }
  }
  return text.slice(tokens[from]!.start, end);
}

/** Words that can carry a predicate's negation. */
const NEGATOR_WORDS = new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'neither', 'nor', 'cannot']);

/** Polarities of a predicate in a claim, as a sorted string ("-+" for one denial, one assertion). */
const polarities = (props: Proposition[], predicate: string) =>
  props
    .filter((p) => p.predicate === predicate)
    .map((p) => (p.negative ? '-' : '+'))
    .sort()
    .join('');

/**
 * Whether both claims date their acts to occasions (days, years, places in a series) and share
 * none. A day that dates the report ("no arrests have been made, police said on Wednesday") is
 * not the act's: its nearest predicate before it is a verb of saying.
 */
function differentActOccasions(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const occasions = (claim: AnalyzedClaim) =>
    new Set(
      claim.tokens
        .filter((t, i) => OCCASION.test(t.lower) && REPORTING[nearestBefore(claim, i)?.predicate ?? ''] !== 'assert')
        .map((t) => t.lower),
    );
  const [x, y] = [occasions(a), occasions(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** The proposition whose predicate comes last before token `i`. */
function nearestBefore(claim: AnalyzedClaim, i: number): Proposition | undefined {
  let best: Proposition | undefined;
  for (const p of claim.propositions) if (p.index < i && (!best || p.index > best.index)) best = p;
  return best;
}

/** "Was not arrested until Friday": the act happened, only late; it is not denied. */
function notUntil(claim: AnalyzedClaim, p: Proposition): boolean {
  return p.negative && claim.tokens.slice(p.index + 1, p.index + 6).some((t) => t.lower === 'until' || t.lower === 'till');
}

/**
 * A proposition read from "no arrests were made" has no arguments to share: the claims must share
 * two informative terms instead.
 */
/**
 * How alike two verbs must be, over one object, to be one act denied on one side ("agreed to raise
 * the price" / "declined to increase the price"): one a kind of the other.
 */
const KIND_OF_ACT = 0.6;

/** Whether two propositions have objects with one head. */
const sameObject = (x: { object?: { head: string } }, y: { object?: { head: string } }) => x.object !== undefined && y.object !== undefined && x.object.head === y.object.head;

export const negation: Detector = {
  kinds: ['negation'],
  aligned: true,
  detect(a, b, context) {
    // Claims set in different places, or whose acts are on different occasions ("did not attend on
    // Monday" / "attended on Tuesday", "in the first blast" / "in the second"), speak of different events.
    if (differentPlaces(a, b) || differentActOccasions(a, b)) return undefined;
    for (const [p, r] of matchingPropositions(a, b, (x, y) => x.negative !== y.negative && !notUntil(a, x) && !notUntil(b, y) && meaningful(a, x) && meaningful(b, y) && (samePredicate(x, y) || (actSimilarity(x, y) >= KIND_OF_ACT && sameObject(x, y))) && x.modality === y.modality && (shareArgument(x, y) || context.similarity.score >= SAME_CLAIM || (Boolean(x.nominal || y.nominal) && context.similarity.matched >= 2)))) {
      // Claims that assert and deny a predicate equally often say the same (an identical copy).
      if (p.predicate === r.predicate && polarities(a.propositions, p.predicate) === polarities(b.propositions, r.predicate)) continue;
      const [denier, asserter, denied] = p.negative ? [a, b, p] : [b, a, r];
      return {
        kind: 'negation',
        explanation: `${context.label(denier)} says ${q(negatedWords(denier.text, denier.tokens, denied))} where ${context.label(asserter)} states it without the negation.`,
      };
    }
    return undefined;
  },
};
