/**
 * Antonym: two claims with the same content whose predicates are opposites in WordNet
 * ("profits rose" / "profits fell", "the bill passed" / "the bill failed").
 */
import { antonyms, wordnetPos } from '../lexicon/concepts.ts';
import { q, type Detector } from './types.ts';

/** Only near-identical claims are compared: otherwise opposite words are about different things. */
const MIN_SIMILARITY = 0.5;

export const antonym: Detector = (a, b, context) => {
  if (context.similarity.score < MIN_SIMILARITY) return undefined;
  const lemmasA = new Set(a.tokens.map((t) => t.lemma));
  const lemmasB = new Set(b.tokens.map((t) => t.lemma));
  for (const x of a.tokens) {
    const pos = wordnetPos(x.pos);
    if (!pos || x.stop || pos === 'r' || lemmasB.has(x.lemma)) continue;
    const opposite = antonyms(x.lemma, pos);
    const y = b.tokens.find((t) => opposite.has(t.lemma) && wordnetPos(t.pos) === pos && !lemmasA.has(t.lemma));
    if (!y) continue;
    return {
      kind: 'negation',
      explanation: `${context.label(a)} says ${q(x.text)} where ${context.label(b)} says the opposite, ${q(y.text)}.`,
      confidence: Math.min(0.9, 0.3 + context.similarity.score * 0.6),
    };
  }
  return undefined;
};
