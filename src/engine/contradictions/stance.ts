/**
 * Stance: the same speaker's view reported as doubtful in one article and hopeful in the other
 * ("expressed skepticism about" / "inching closer to a breakthrough").
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { q, type Detector } from './types.ts';

/** Who holds the view: the reported speaker, else the person named last before the stance words. */
function holder(claim: AnalyzedClaim): string | undefined {
  if (claim.speech.speaker?.startsWith('name:')) return claim.speech.speaker;
  const people = claim.entities.filter((e) => e.key.startsWith('name:'));
  const before = people.filter((e) => e.end <= claim.stance!.start);
  return (before[before.length - 1] ?? people[0])?.key;
}

/** Claims that share fewer entities than this besides the speaker must share this much content. */
const MIN_SHARED_CONTEXT = 2;
const MIN_SIMILARITY = 0.3;

export const stance: Detector = {
  kinds: ['stance'],
  aligned: false,
  detect(a, b, context) {
    if (!a.stance || !b.stance || a.stance.cueClass === b.stance.cueClass) return undefined;
    const who = holder(a);
    if (!who?.startsWith('name:') || who !== holder(b)) return undefined;
    // The two views must be about the same matter: shared context beyond the speaker.
    const shared = [...a.context].filter((key) => key !== who && b.context.has(key)).length;
    if (shared < MIN_SHARED_CONTEXT && context.similarity.score < MIN_SIMILARITY) return undefined;
    const [doubt, hope] = a.stance.cueClass === 'doubt' ? [a, b] : [b, a];
    return {
      kind: 'stance',
      explanation: `${context.label(doubt)} reports doubt (${q(doubt.stance!.words)}) where ${context.label(hope)} reports optimism (${q(hope.stance!.words)}) from the same speaker.`,
    };
  },
};
