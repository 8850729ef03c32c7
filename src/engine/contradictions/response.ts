/**
 * Response: one report says an actor rejected (or confirmed) a claim, another that the same actor
 * has not responded ("publicly refuted" / "hasn't responded"), or rejection against confirmation.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { sameByInitials } from './attribution.ts';
import { passage, q, type Detector } from './types.ts';

/** Whether two entity keys name one actor through its initials ("Health Service Executive" / "HSE"). */
function oneByInitials(a: AnalyzedClaim, keyA: string, b: AnalyzedClaim, keyB: string): boolean {
  const text = (claim: AnalyzedClaim, key: string) => claim.entities.find((e) => e.key === key)?.text;
  const [x, y] = [text(a, keyA), text(b, keyB)];
  return x !== undefined && y !== undefined && sameByInitials(x, y);
}

/** The passage around the words of a claim's response. */
function around(claim: AnalyzedClaim, words: string): string {
  const at = claim.text.indexOf(words);
  return at === -1 ? words : passage(claim.text, at, at + words.length);
}

/**
 * The two claims must be this close to be about one matter: declining to comment on one thing
 * does not conflict with confirming another ("did not respond to our requests" / "confirmed to
 * another paper").
 */
const MIN_SIMILARITY_ANSWERS = 0.3;

const DESCRIBE = { reject: 'rejected', confirm: 'confirmed', react: 'responded', silent: 'no response' } as const;

export const response: Detector = {
  kinds: ['response'],
  aligned: false,
  detect(a, b, context) {
    const x = a.speech.response;
    const y = b.speech.response;
    // Silence conflicts with any response; of responses, only rejection with confirmation.
    if (!x || !y || x.speechClass === y.speechClass) return undefined;
    if (x.speechClass !== 'silent' && y.speechClass !== 'silent' && (x.speechClass === 'react' || y.speechClass === 'react')) return undefined;
    // The actor as the speech analysis found it; for aligned claims, else the subject of the claim
    // ("The municipality confirmed …" / "The municipality declined to say …").
    const actor = (claim: typeof a, found: string | undefined) => found ?? (context.similarity.score > 0 ? claim.propositions[0]?.subject?.head : undefined);
    const actorA = actor(a, x.actor);
    const actorB = actor(b, y.actor);
    if (!actorA || !actorB || !(actorA === actorB || oneByInitials(a, actorA, b, actorB))) return undefined;
    if (context.similarity.score < MIN_SIMILARITY_ANSWERS) return undefined;
    return {
      kind: 'response',
      explanation: `${context.label(a)}: ${q(around(a, x.words))} (${DESCRIBE[x.speechClass]}); ${context.label(b)}: ${q(around(b, y.words))} (${DESCRIBE[y.speechClass]}).`,
    };
  },
};
