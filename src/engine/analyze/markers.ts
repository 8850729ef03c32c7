/**
 * Small closed-class cues that contradictions turn on: quantifier scope (entirely / parts of) and
 * stance (sceptical / optimistic). They are English function words and phrases, not facts about
 * any event.
 */

/** A cue found in a claim: its class and the words that carry it. */
export interface Cue<Class extends string> {
  cueClass: Class;
  words: string;
  start: number;
}

/** First match of each pattern, as a cue of its class; the earliest one wins. */
function firstCue<Class extends string>(text: string, patterns: [Class, RegExp][]): Cue<Class> | undefined {
  let best: Cue<Class> | undefined;
  for (const [cueClass, pattern] of patterns) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.start)) best = { cueClass, words: match[0], start: match.index };
  }
  return best;
}

const PARTITIVE =
  /\b(?:(?:some|many|most|much|several|specific|certain|large|small)\s+)?(?:parts?|portions?|areas?|sections?|pockets?|swathes?|segments?)\s+of\b|\b(?:some|most|much)\s+of\b|\bpartially\b|\bpartly\b|\bin\s+part\b/i;
const UNIVERSAL =
  /\b(?:entirely|completely|fully|wholly|totally|all\s+of|the\s+(?:whole|entire)|(?:full|total|complete)\s+control)\b/i;

/**
 * Quantifier scope of a claim: `part` when it speaks of parts of something, else `all` when it
 * says entirely / all of / full control. "completely expelled from parts of X" is `part`: the
 * partitive object bounds the adverb.
 */
export function findScope(text: string): Cue<'part' | 'all'> | undefined {
  return firstCue(text, [['part', PARTITIVE]]) ?? firstCue(text, [['all', UNIVERSAL]]);
}

const DOUBT =
  /\b(?:scepti\w+|skepti\w+|doubt\w*|pessimis\w+|unconvinced|not\s+convinced|question(?:ed|ing|s)?\s+(?:the|whether|his|her|their)|unlikely|wary|distrust\w*)\b/i;
const HOPE =
  /\b(?:optimis\w+|hopeful|confident|upbeat|(?:inching|moving|getting|coming)\s+closer|close\s+to\s+(?:a|an)\s+(?:deal|agreement|breakthrough)|breakthrough|progress\w*|promising)\b/i;

/** The stance a claim reports: `doubt` (sceptical, pessimistic) or `hope` (optimistic, closer to a deal). */
export function findStance(text: string): Cue<'doubt' | 'hope'> | undefined {
  const doubt = firstCue(text, [['doubt', DOUBT]]);
  const hope = firstCue(text, [['hope', HOPE]]);
  if (doubt && hope) return undefined;
  return doubt ?? hope;
}
