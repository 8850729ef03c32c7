/**
 * Quote: the same speaker quoted with the same remark but materially different words: a different
 * number, a negation one version lacks, or a word turned into its antonym. Quotes worded
 * differently but meaning the same (translations, trimmed quotes) are not contradictions.
 */
import { tokenize, type Token } from '../analyze/tokens.ts';
import { antonyms, wordnetPos } from '../lexicon/concepts.ts';
import { q, type Detector } from './types.ts';

/** Content words of a quote. */
const content = (tokens: Token[]) => tokens.filter((t) => !t.stop && /\p{L}|\p{N}/u.test(t.text) && t.pos !== 'PUNCT');

/** What materially differs between two versions of one quote, if anything. */
export function materialDifference(x: string, y: string): string | undefined {
  const tx = tokenize(x);
  const ty = tokenize(y);
  const cx = content(tx);
  const cy = content(ty);
  const lemmasY = new Set(cy.map((t) => t.lemma));
  const shared = cx.filter((t) => lemmasY.has(t.lemma)).length;
  // Different remarks, not two versions of one.
  if (shared / Math.max(1, Math.min(cx.length, cy.length)) < 0.6) return undefined;
  const numbers = (tokens: Token[]) => new Set(tokens.filter((t) => t.pos === 'NUM').map((t) => t.lower));
  const nx = numbers(tx);
  const ny = numbers(ty);
  if (nx.size > 0 && ny.size > 0 && [...nx].some((n) => !ny.has(n))) return 'a number';
  const negated = (tokens: Token[]) => tokens.some((t) => t.negated);
  if (negated(tx) !== negated(ty)) return 'a negation';
  for (const t of cx) {
    const pos = wordnetPos(t.pos);
    if (!pos || lemmasY.has(t.lemma)) continue;
    const opposite = antonyms(t.lemma, pos);
    if (cy.some((u) => opposite.has(u.lemma))) return 'a word turned into its opposite';
  }
  return undefined;
}

/** Claims must share this much content for their quotes to be of one remark. */
const MIN_SIMILARITY = 0.35;

export const quote: Detector = {
  kinds: ['quote'],
  aligned: true,
  detect(a, b, context) {
    if (!a.speech.speaker || a.speech.speaker !== b.speech.speaker || context.similarity.score < MIN_SIMILARITY) return undefined;
    for (const x of a.speech.quotes) {
      for (const y of b.speech.quotes) {
        const difference = materialDifference(x.text, y.text);
        if (!difference) continue;
        return {
          kind: 'quote',
          explanation: `${context.label(a)} quotes ${q(x.text)} where ${context.label(b)} quotes the same speaker as ${q(y.text)}: ${difference} differs.`,
        };
      }
    }
    return undefined;
  },
};
