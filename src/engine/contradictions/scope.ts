/**
 * Scope: the same statement with a different quantifier scope ("expelled from parts of" /
 * "driven entirely out of").
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { passage, versus, type Detector } from './types.ts';

/** The passage around a claim's scope cue. */
const around = (claim: AnalyzedClaim) => passage(claim.text, claim.scope!.start, claim.scope!.start + claim.scope!.words.length);

const MIN_SIMILARITY = 0.3;

/** The nouns (or names) a claim's scope cue applies to: those of the few words after it. */
function scopedNouns(claim: AnalyzedClaim): Set<string> {
  const cue = claim.scope!;
  const after = claim.tokens.filter((t) => t.start >= cue.start).slice(0, 6);
  return new Set(
    after
      .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
      .map((t) => claim.entities.find((e) => t.start >= e.start && t.end <= e.end)?.key ?? t.lemma.toLowerCase()),
  );
}

export const scope: Detector = {
  kinds: ['scope'],
  aligned: true,
  detect(a, b, context) {
    if (context.similarity.score < MIN_SIMILARITY || !a.scope || !b.scope || a.scope.cueClass === b.scope.cueClass) return undefined;
    // Both quantifiers must bound the same thing ("all of Europe" is not "most of the bill").
    const na = scopedNouns(a);
    const nb = scopedNouns(b);
    if (na.size > 0 && nb.size > 0 && ![...na].some((noun) => nb.has(noun))) return undefined;
      return {
      kind: 'scope',
      explanation: versus(context.label(a), around(a), context.label(b), around(b)),
    };
  },
};
