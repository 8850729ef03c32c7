/**
 * Response: one report says an actor rejected (or confirmed) a claim, another that the same actor
 * has not responded ("publicly refuted" / "hasn't responded"), or rejection against confirmation.
 */
import { q, type Detector } from './types.ts';

/** Confirmation against rejection needs claims this close (silence answers any claim). */
const MIN_SIMILARITY_ANSWERS = 0.3;

const DESCRIBE = { reject: 'rejected it', confirm: 'confirmed it', silent: 'has not responded' } as const;

export const response: Detector = (a, b, context) => {
  const x = a.speech.response;
  const y = b.speech.response;
  if (!x || !y || !x.actor || x.actor !== y.actor || x.speechClass === y.speechClass) return undefined;
  // Rejecting one thing and confirming another is no conflict: both must be about the same claim.
  if (x.speechClass !== 'silent' && y.speechClass !== 'silent' && context.similarity.score < MIN_SIMILARITY_ANSWERS) return undefined;
  return {
    kind: 'response',
    explanation: `${context.label(a)} says the same party ${DESCRIBE[x.speechClass]} (${q(x.words)}), while ${context.label(b)} says it ${DESCRIBE[y.speechClass]} (${q(y.words)}).`,
    confidence: 0.8,
  };
};
