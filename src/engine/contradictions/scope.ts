/**
 * Scope: the same statement with a different quantifier scope ("expelled from parts of" /
 * "driven entirely out of").
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { q, type Detector } from './types.ts';

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
    const [part, all] = a.scope.cueClass === 'part' ? [a, b] : [b, a];
    return {
      kind: 'scope',
      explanation: `${context.label(part)} limits it to ${q(part.scope!.words)} where ${context.label(all)} says ${q(all.scope!.words)}.`,
    };
  },
};
