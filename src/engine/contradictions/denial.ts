/**
 * Denial: one claim states something, the other states the same thing and calls it false
 * ("the video shows the singer" / "the video said to show the singer is a hoax", "officials denied
 * that the dam had burst").
 */
import { q, type Detector } from './types.ts';

/** The two claims must share most of their content for the denial to be of the same statement. */
const MIN_SIMILARITY = 0.4;

/** Words by which a claim reports or supposes something instead of stating it. */
const UNASSERTED = /\b(?:if|whether|would|could|might|may|reports?|reported|rumou?rs?|speculation|expected|allegedly|reportedly)\b/i;

const DENIAL =
  /\b(?:denie[sd]|deny(?:ing)?|(?:is|was|are|were)\s+(?:false|fake|untrue|a\s+hoax|fabricated|bogus)|hoax|debunk(?:s|ed)?|no\s+evidence|not\s+true|baseless|unfounded|(?:is|was|are|were)\s+(?:inaccurate|incorrect|wrong))\b/i;

export const denial: Detector = {
  kinds: ['denial'],
  aligned: true,
  detect(a, b, context) {
    if (context.similarity.score < MIN_SIMILARITY) return undefined;
    const da = DENIAL.exec(a.text);
    const db = DENIAL.exec(b.text);
    if (Boolean(da) === Boolean(db)) return undefined;
    const [denier, stater, cue] = da ? [a, b, da] : [b, a, db!];
    // The other claim must state the thing, not report or suppose it ("the reports of a
    // reshuffle", "if it comes"): a denial of a rumour contradicts no rumour.
    if (UNASSERTED.test(stater.text)) return undefined;
    return {
      kind: 'denial',
      explanation: `${context.label(stater)} states it, while ${context.label(denier)} calls it untrue (${q(cue[0])}).`,
    };
  },
};
