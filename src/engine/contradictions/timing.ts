/**
 * Timing: the same event placed at different times: before against after another event
 * ("had already urged" / "post-meeting, called for"), or on different weekdays.
 */
import { q, type Detector } from './types.ts';

const MIN_SIMILARITY = 0.3;
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

export const timing: Detector = (a, b, context) => {
  if (context.similarity.score < MIN_SIMILARITY) return undefined;
  if (a.order && b.order && a.order.cueClass !== b.order.cueClass) {
    const [before, after] = a.order.cueClass === 'before' ? [a, b] : [b, a];
    return {
      kind: 'timing',
      explanation: `${context.label(before)} places it before (${q(before.order!.words)}), while ${context.label(after)} places it after (${q(after.order!.words)}).`,
      confidence: Math.min(0.9, 0.45 + context.similarity.score * 0.6),
    };
  }
  const dayA = WEEKDAY.exec(a.claim.text);
  const dayB = WEEKDAY.exec(b.claim.text);
  // Weekdays conflict only in claims that say something besides the date (not datelines).
  const substantive = (claim: typeof a) => claim.terms.filter((t) => t.key.startsWith('l:') && !/^l:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.key)).length >= 3;
  if (dayA && dayB && dayA[1]!.toLowerCase() !== dayB[1]!.toLowerCase() && context.similarity.score >= 0.5 && substantive(a) && substantive(b)) {
    return {
      kind: 'timing',
      explanation: `${context.label(a)} says ${q(dayA[0])} where ${context.label(b)} says ${q(dayB[0])}.`,
      confidence: Math.min(0.9, 0.3 + context.similarity.score * 0.6),
    };
  }
  return undefined;
};
