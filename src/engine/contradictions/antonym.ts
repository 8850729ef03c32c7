/**
 * Antonym: two claims with the same content whose predicates are opposites in WordNet
 * ("profits rose" / "profits fell", "the bill passed" / "the bill failed", "the road was closed" /
 * "the road stayed open").
 */
import type { Token } from '../analyze/tokens.ts';
import { antonyms, wordnetPos } from '../lexicon/concepts.ts';
import { hasLemma, type WordNetPos } from '../lexicon/wordnet.ts';
import { q, type Detector } from './types.ts';

/**
 * The WordNet words a token can stand for: its lemma with its part of speech, and for a participle
 * used as a state ("closed", "injured") the adjective too, since WordNet records opposites of states
 * between adjectives ("closed" / "open").
 */
function forms(token: Token): [string, WordNetPos][] {
  const pos = wordnetPos(token.pos);
  if (!pos || pos === 'r') return [];
  const out: [string, WordNetPos][] = [[token.lemma, pos]];
  if (pos === 'v' && token.lower !== token.lemma && hasLemma(token.lower, 'a')) out.push([token.lower, 'a']);
  return out;
}

/** Only near-identical claims are compared: otherwise opposite words are about different things. */
const MIN_SIMILARITY = 0.5;

export const antonym: Detector = (a, b, context) => {
  if (context.similarity.score < MIN_SIMILARITY) return undefined;
  const lemmasA = new Set(a.tokens.map((t) => t.lemma));
  const lemmasB = new Set(b.tokens.map((t) => t.lemma));
  const candidates = b.tokens.filter((t) => !t.stop && !lemmasA.has(t.lemma)).map((t) => ({ token: t, forms: forms(t) }));
  for (const x of a.tokens) {
    if (x.stop || lemmasB.has(x.lemma)) continue;
    let y: Token | undefined;
    for (const [lemma, pos] of forms(x)) {
      const opposite = antonyms(lemma, pos);
      if (opposite.size === 0) continue;
      y = candidates.find((c) => c.forms.some(([other, otherPos]) => otherPos === pos && opposite.has(other)))?.token;
      if (y) break;
    }
    if (!y) continue;
    return {
      kind: 'negation',
      explanation: `${context.label(a)} says ${q(x.text)} where ${context.label(b)} says the opposite, ${q(y.text)}.`,
      confidence: Math.min(0.9, 0.3 + context.similarity.score * 0.6),
    };
  }
  return undefined;
};
