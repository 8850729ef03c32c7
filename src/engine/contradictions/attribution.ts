/**
 * Attribution: who said it or whose agent acted. The same role held for different people
 * ("the minister's envoy" / "his [the president's] envoy"), or the same statement put in different mouths.
 */
import { q, type Detector } from './types.ts';

/** A statement must be this close for differing speakers to conflict. */
const MIN_SIMILARITY_SPEAKER = 0.6;

/** Whether one name is the initials of the other ("USGS" / "US Geological Survey"). */
export function sameByInitials(x: string, y: string): boolean {
  const initials = (name: string) =>
    name
      .replace(/\./g, '')
      .split(/\s+/)
      .filter((w) => !/^(?:of|the|and|for)$/i.test(w))
      .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w[0] ?? ''))
      .join('')
      .toUpperCase();
  const compact = (name: string) => name.replace(/[.\s]/g, '').toUpperCase();
  return (/^[A-Z.]{2,}$/.test(x.replace(/\s/g, '')) && compact(x) === initials(y)) || (/^[A-Z.]{2,}$/.test(y.replace(/\s/g, '')) && compact(y) === initials(x));
}

export const attribution: Detector = (a, b, context) => {
  for (const x of a.roles) {
    for (const y of b.roles) {
      if (x.role !== y.role || x.possessor === y.possessor) continue;
      // Both people must figure in both claims' context, so the roles are about the same encounter.
      if (!a.context.has(y.possessor) && !b.context.has(x.possessor)) continue;
      return {
        kind: 'attribution',
        explanation: `${context.label(a)} speaks of ${q(x.words)} while ${context.label(b)} speaks of ${q(y.words)}: the ${x.role} works for a different side.`,
        confidence: 0.65,
      };
    }
  }
  const sa = a.speech.speaker;
  const sb = b.speech.speaker;
  if (
    context.similarity.score >= MIN_SIMILARITY_SPEAKER &&
    a.speech.speakerNamed &&
    b.speech.speakerNamed &&
    sa?.startsWith('name:') &&
    sb?.startsWith('name:') &&
    sa !== sb &&
    !a.entities.some((e) => e.key === sb) &&
    !b.entities.some((e) => e.key === sa)
  ) {
    const who = (claim: typeof a, key: string) => claim.entities.find((e) => e.key === key)?.text ?? key.slice(5);
    if (sameByInitials(who(a, sa), who(b, sb))) return undefined;
    return {
      kind: 'attribution',
      explanation: `${context.label(a)} attributes it to ${q(who(a, sa))}, ${context.label(b)} to ${q(who(b, sb))}.`,
      confidence: Math.min(0.85, 0.2 + context.similarity.score * 0.7),
    };
  }
  return undefined;
};
