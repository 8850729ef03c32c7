/**
 * Attribution: the same statement put in different mouths ("…, Interior Minister Anna Berg said" /
 * "…, police chief Lars Holm said"). Both speakers must be named next to the reporting verb, and
 * neither may appear in the other claim (one outlet may quote both).
 *
 * Roles held for someone ("his envoy" / "the minister's envoy") are not compared: without
 * coreference a possessive pronoun is too often resolved to the wrong person.
 */
import { q, type Detector } from './types.ts';

/** A statement must be this close for differing speakers to conflict. */
const MIN_SIMILARITY = 0.6;

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

export const attribution: Detector = {
  kind: 'attribution',
  aligned: true,
  detect(a, b, context) {
    const sa = a.speech.speaker;
    const sb = b.speech.speaker;
    if (
      context.similarity.score < MIN_SIMILARITY ||
      !a.speech.speakerNamed ||
      !b.speech.speakerNamed ||
      !sa?.startsWith('name:') ||
      !sb?.startsWith('name:') ||
      sa === sb ||
      a.entities.some((e) => e.key === sb) ||
      b.entities.some((e) => e.key === sa)
    ) {
      return undefined;
    }
    const who = (claim: typeof a, key: string) => claim.entities.find((e) => e.key === key)?.text ?? key.slice(5);
    if (sameByInitials(who(a, sa), who(b, sb))) return undefined;
    return {
      kind: 'attribution',
      explanation: `${context.label(a)} attributes it to ${q(who(a, sa))} where ${context.label(b)} attributes it to ${q(who(b, sb))}.`,
    };
  },
};
