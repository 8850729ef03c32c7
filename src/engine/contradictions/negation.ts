/**
 * Negation: the same proposition asserted by one claim and denied by the other ("the repairs will
 * take three weeks" / "will not take three weeks", "ended with an agreement" / "without an
 * agreement"): the same predicate over agreeing arguments, with opposite polarity.
 */
import type { Proposition } from '../analyze/propositions.ts';
import { matchingPropositions, samePredicate } from './slots.ts';
import { q, type Detector } from './types.ts';

/** The negation and its predicate as written ("will not take"). */
function negatedWords(text: string, tokens: { start: number; end: number }[], p: Proposition): string {
  const end = tokens[p.index]!.end;
  const start = tokens[Math.max(0, p.index - 3)]!.start;
  return text.slice(start, end);
}

/** Polarities of a predicate in a claim, as a sorted string ("-+" for one denial, one assertion). */
const polarities = (props: Proposition[], predicate: string) =>
  props
    .filter((p) => p.predicate === predicate)
    .map((p) => (p.negative ? '-' : '+'))
    .sort()
    .join('');

export const negation: Detector = {
  kind: 'negation',
  aligned: true,
  detect(a, b, context) {
    for (const [p, r] of matchingPropositions(a, b, (x, y) => x.negative !== y.negative && samePredicate(x, y) && x.modality === y.modality)) {
      // Claims that assert and deny a predicate equally often say the same (an identical copy).
      if (p.predicate === r.predicate && polarities(a.propositions, p.predicate) === polarities(b.propositions, r.predicate)) continue;
      const [denier, asserter, denied] = p.negative ? [a, b, p] : [b, a, r];
      return {
        kind: 'negation',
        explanation: `${context.label(denier)} says ${q(negatedWords(denier.claim.text, denier.tokens, denied))} where ${context.label(asserter)} states it without the negation.`,
      };
    }
    return undefined;
  },
};
