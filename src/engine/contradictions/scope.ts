/**
 * Scope: the same statement with a different quantifier scope ("expelled from parts of" /
 * "driven entirely out of").
 */
import { q, type Detector } from './types.ts';

const MIN_SIMILARITY = 0.3;

export const scope: Detector = {
  kind: 'scope',
  aligned: true,
  detect(a, b, context) {
  if (context.similarity.score < MIN_SIMILARITY || !a.scope || !b.scope || a.scope.cueClass === b.scope.cueClass) return undefined;
  const [part, all] = a.scope.cueClass === 'part' ? [a, b] : [b, a];
  return {
    kind: 'scope',
    explanation: `${context.label(part)} limits it to ${q(part.scope!.words)} where ${context.label(all)} says ${q(all.scope!.words)}.`,
  };
  },
};
