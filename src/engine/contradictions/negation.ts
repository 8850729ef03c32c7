/**
 * Negation: two claims with the same content where one denies what the other asserts
 * ("the talks were held" / "the talks were not held").
 */
import { LIGHT_LEMMAS } from '../analyze/index.ts';
import { termSimilarity } from '../align.ts';
import { q, type Detector } from './types.ts';

/** Only near-identical claims are compared: otherwise a "not" is about something else. */
const MIN_SIMILARITY = 0.55;

export const negation: Detector = (a, b, context) => {
  if (context.similarity.score < MIN_SIMILARITY) return undefined;
  for (const x of a.terms) {
    // A predicate (verb, or adjective or noun after a copula) negated in one claim only.
    if (!x.key.startsWith('l:') || LIGHT_LEMMAS.has(x.key.slice(2))) continue;
    for (const y of b.terms) {
      if (x.negated === y.negated || termSimilarity(x, y) < 0.9) continue;
      const [denier, asserter] = x.negated ? [a, b] : [b, a];
      const verb = (x.negated ? x : y).key.slice(2).replace(/_/g, ' ');
      const words = negatedWords(denier.claim.text, verb);
      return {
        kind: 'negation',
        explanation: `${context.label(denier)} says ${q(words)} while ${context.label(asserter)} states it without the negation.`,
        confidence: Math.min(0.95, 0.5 + context.similarity.score * 0.5),
      };
    }
  }
  return undefined;
};

/** The negation and the verb it negates, as written ("has not responded"). */
function negatedWords(text: string, verb: string): string {
  const match = new RegExp(`\\b(?:not|never|no|n[’']t)\\b[^.,;]{0,40}?\\b${verb.split(' ')[0]!.slice(0, 4)}\\w*`, 'i').exec(
    text.replace(/(\w)(n[’']t)/g, '$1 $2'),
  );
  return match ? match[0] : text;
}
