/**
 * Denial: one claim states something, the other states the same thing and calls it false
 * ("the video shows the singer" / "the video said to show the singer is a hoax", "officials denied
 * that the dam had burst", "rejected claims that …"). The explanation quotes the denied statement:
 * the clause after the cue, or the subject of "… is false".
 *
 * The two claims must share most of their content. Matching the denied clause alone against the
 * other claim was tried: on invented pairs it linked a denial to claims sharing only its topic
 * ("denied that the pilots had been working illegal hours" / "pilots staged a strike over working
 * hours"), as often as it found a denial, so it is not used.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { REPORTING } from '../analyze/speech.ts';
import { q, type Detector } from './types.ts';

/** The two claims must share most of their content for a denial of the whole claim. */
const MIN_SIMILARITY = 0.4;

/** Nouns that name a statement as someone's claim rather than stating it. */
export const REPORT_NOUN = /\b(?:allegations?|accusations?|claims?|rumou?rs?|charges)\b/i;

/** Words by which a claim reports or supposes something instead of stating it. */
const UNASSERTED = /\b(?:if|whether|would|could|might|may|reports?|reported|rumou?rs?|speculation|expected|allegedly|reportedly)\b/i;

const DENIAL =
  /\b(?:denie[sd]|deny(?:ing)?|(?:is|was|are|were)\s+(?:false|fake|untrue|a\s+hoax|fabricated|bogus)|hoax|debunk(?:s|ed)?|no\s+evidence|not\s+true|baseless|unfounded|(?:is|was|are|were)\s+(?:inaccurate|incorrect|wrong))\b/i;

/**
 * A cue followed by what it denies: a verb of denial, with "that" or a report noun for the verbs
 * that also take plain objects ("rejected claims that …", not "rejected the offer").
 */
const DENIES_WHAT_FOLLOWS =
  /\b(?:(?:denie[sd]|deny(?:ing)?)(?:\s+(?:the\s+|any\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?)(?:\s+(?:that|of))?|\s+that)?|(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing)|disput(?:es|ed|ing))\s+(?:the\s+|any\s+)?(?:claims?|reports?|allegations?|accusations?|suggestions?)(?:\s+(?:that|of))?|no\s+evidence\s+(?:that|of))\s+/i;

/** A verdict on what precedes it ("the report … is false"). */
const DENIES_WHAT_PRECEDES = /\s+(?:(?:is|was|are|were)\s+(?:false|fake|untrue|a\s+hoax|fabricated|bogus|baseless|unfounded|inaccurate|incorrect|wrong)|(?:is|was|are|were)\s+not\s+true)\b/i;

/** Where a clause ends: a comma or semicolon, a dash, or the end of the claim. */
const CLAUSE_END = /\s*(?:[,;:—–]|\s-\s)/;

/** The span of the statement a claim denies, if it names one. */
function deniedSpan(text: string): { start: number; end: number; cue: string } | undefined {
  const after = DENIES_WHAT_FOLLOWS.exec(text);
  if (after) {
    const start = after.index + after[0].length;
    const rest = text.slice(start);
    const stop = CLAUSE_END.exec(rest);
    return { start, end: start + (stop ? stop.index : rest.length), cue: after[0].trim() };
  }
  const before = DENIES_WHAT_PRECEDES.exec(text);
  if (before) {
    const head = text.slice(0, before.index);
    // The statement starts after the last clause boundary before the verdict.
    const start = Math.max(head.lastIndexOf(',') + 1, head.lastIndexOf(';') + 1, head.lastIndexOf(' that ') + 1 && head.lastIndexOf(' that ') + 6);
    return { start, end: before.index, cue: before[0].trim() };
  }
  return undefined;
}

/**
 * Whether a claim reports or supposes its statement rather than making it: a word of report or
 * supposition before its main act ("reports say the dam burst", "if it comes"), or an adverb of
 * report anywhere ("reportedly"). A report named after the act ("suspended the vaccine after
 * reports of side effects") leaves the act stated.
 */
function unasserted(claim: AnalyzedClaim): boolean {
  if (/\b(?:reportedly|allegedly)\b/i.test(claim.text)) return true;
  const main = claim.propositions.find((p) => REPORTING[p.predicate] === undefined);
  const before = main ? claim.text.slice(0, claim.tokens[main.index]!.start) : claim.text;
  return UNASSERTED.test(before) || (main !== undefined && main.modality !== 'asserted');
}

export const denial: Detector = {
  kinds: ['denial'],
  aligned: true,
  detect(a, b, context) {
    const da = DENIAL.exec(a.text) ?? DENIES_WHAT_FOLLOWS.exec(a.text);
    const db = DENIAL.exec(b.text) ?? DENIES_WHAT_FOLLOWS.exec(b.text);
    if (Boolean(da) === Boolean(db)) return undefined;
    if (context.similarity.score < MIN_SIMILARITY) return undefined;
    const [denier, stater, cue] = da ? [a, b, da] : [b, a, db!];
    // The other claim must state the thing, not report or suppose it ("the reports of a
    // reshuffle", "if it comes"): a denial of a rumour contradicts no rumour.
    if (unasserted(stater)) return undefined;
    // Nor speak of the claim as a claim ("the allegations were being reviewed"): then it states nothing.
    if (REPORT_NOUN.test(stater.text)) return undefined;
    const span = deniedSpan(denier.text);
    const denied = span ? denier.text.slice(span.start, span.end).trim().replace(/[.;:,]+$/, '') : '';
    return {
      kind: 'denial',
      explanation: denied
        ? `${context.label(stater)} states what ${context.label(denier)} calls untrue (${q(span!.cue)}): ${q(denied)}.`
        : `${context.label(stater)} states it, while ${context.label(denier)} calls it untrue (${q(cue[0])}).`,
    };
  },
};

/** What a report is called when one is named as the thing refuted. */
const STORY = String.raw`(?:reports?|story|stories|claims?|rumou?rs?|articles?|posts?|photos?|photographs?|pictures?|images?|videos?|clips?|footage|accounts?|news)`;

/**
 * A report called false without restating it: "the story was a hoax", "the images were fake",
 * "dismissed the reports as speculation", "there is no truth to these rumours", "denied the
 * reports". A report noun is the thing refuted, so the claim refers to a report given elsewhere
 * in its article.
 */
const REFUTES_STORY = new RegExp(
  [
    String.raw`\b(?:the|these|those|such|this|that|its|his|her|their)\s+(?:\w+\s+){0,2}${STORY}\s+(?:(?:is|was|are|were)\s+(?:(?:completely|entirely|totally|simply)\s+)?(?:false|fake|untrue|a\s+hoax|fabricated|bogus|baseless|unfounded|inaccurate|incorrect|wrong|doctored|made\s+up|not\s+(?:true|real|genuine|authentic)|nonsense|rubbish)|(?:had|has|have)\s+been\s+(?:debunked|doctored|fabricated|faked|altered|digitally\s+altered|made\s+up))`,
    String.raw`\b(?:denie[sd]|deny(?:ing)?|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:es|ed|ing)|debunk(?:s|ed|ing)?)\s+(?:the|these|those|such|this|that|any)\s+(?:\w+\s+)?${STORY}(?!\s+(?:that|of|about)\b)`,
    String.raw`\bno\s+truth\s+(?:to|in)\s+(?:the|these|those|such|this|that|any)\b`,
    String.raw`\b(?:was|is|were|are)\s+(?:a|an)\s+(?:\w+\s+)?hoax\b`,
  ].join('|'),
  'i',
);

/**
 * Words by which a claim passes on a report rather than stating it ("a post claimed", "photos said
 * to show", "a video that appears to show").
 */
const PASSES_ON = new RegExp(String.raw`\b(?:${STORY}|claim(?:s|ed|ing)|reported(?:ly)?|allegedly|purport(?:s|ed|edly|ing)?|supposedly|said\s+to|(?:appears?|appeared|seems?|seemed)\s+to\s+show|circulat(?:ed|ing)|viral|social\s+media)\b`, 'i');

/** Whether a claim passes on what someone else reported instead of stating it as fact. */
export function passesOnReport(claim: AnalyzedClaim): boolean {
  return PASSES_ON.test(claim.text);
}

/** Words by which a refutation is itself only supposed or asked ("whether the reports are false"). */
const SUPPOSED = /\b(?:if|whether|unclear|unless|would|could|might|may)\b/i;

/**
 * The cue by which a claim calls a report false without restating it, or undefined. An article
 * that reports a statement and then refutes "the story" disagrees with that statement: pairs
 * judged against a whole article use it (`pairs.ts`).
 */
export function refutesStory(claim: AnalyzedClaim): string | undefined {
  if (SUPPOSED.test(claim.text)) return undefined;
  return REFUTES_STORY.exec(claim.text)?.[0];
}
