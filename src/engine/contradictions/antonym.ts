/**
 * Antonym: the same subject given opposite predicates ("profits rose" / "profits fell", "the bill
 * passed" / "the bill failed", "the pass was closed" / "remained open"): WordNet antonyms, over
 * arguments that agree and with the same polarity ("did not rise" and "fell" agree).
 */
import type { Token } from '../analyze/tokens.ts';
import type { Proposition } from '../analyze/propositions.ts';
import { antonyms } from '../lexicon/concepts.ts';
import { hasLemma, type WordNetPos } from '../lexicon/wordnet.ts';
import { SAME_CLAIM, differentPlaces, matchingPropositions, shareArgument } from './slots.ts';
import { passage, versus, type Detector } from './types.ts';

/**
 * The WordNet words a predicate can stand for: its lemma as a verb, and as an adjective for a
 * participle used as a state ("closed", "injured"), since WordNet records opposites of states
 * between adjectives ("closed" / "open").
 */
function forms(p: Proposition, token: Token): [string, WordNetPos][] {
  const out: [string, WordNetPos][] = [];
  if (token.pos === 'VERB') out.push([token.lemma, 'v']);
  if (token.pos === 'ADJ' || hasLemma(token.lower, 'a')) out.push([token.lower, 'a']);
  if (p.predicate !== token.lemma && p.predicate !== token.lower) out.push([p.predicate, 'a']);
  return out;
}

/** Whether two predicates are WordNet antonyms (as verbs, or as the adjectives of their states). */
function opposite(a: { tokens: Token[] }, p: Proposition, b: { tokens: Token[] }, r: Proposition): boolean {
  const x = forms(p, a.tokens[p.index]!);
  const y = forms(r, b.tokens[r.index]!);
  return x.some(([lemma, pos]) => {
    const opposites = antonyms(lemma, pos);
    return y.some(([other, otherPos]) => otherPos === pos && opposites.has(other));
  });
}

export const antonym: Detector = {
  kinds: ['antonym'],
  aligned: true,
  detect(a, b, context) {
    // Claims set in different places speak of different events.
    if (differentPlaces(a, b)) return undefined;
    // A claim that has both predicates itself ("came …, left …") opposes nothing in a claim that has them too.
    const has = (claim: typeof a, predicate: string) => claim.propositions.some((x) => x.predicate === predicate);
    const [pair] = matchingPropositions(
      a,
      b,
      (p, r) => p.negative === r.negative && p.modality === r.modality && !(has(b, p.predicate) && has(a, r.predicate)) && (shareArgument(p, r) || context.similarity.score >= SAME_CLAIM) && opposite(a, p, b, r),
    );
    if (!pair) return undefined;
    const [p, r] = pair;
    // Both claims must say who or what the predicate is about, so the opposites are of one thing.
    if (!p.subject && !r.subject) return undefined;
    return {
      kind: 'antonym',
      explanation: versus(context.label(a), passage(a.claim.text, a.tokens[p.index]!.start, a.tokens[p.index]!.end), context.label(b), passage(b.claim.text, b.tokens[r.index]!.start, b.tokens[r.index]!.end)),
    };
  },
};
