/**
 * One change: two claims that say the same thing except in one place, where the change makes
 * them exclusive: another day, date, month or year, before for after (`timing`); another place
 * (`place`); another named actor (`attribution`); "all" for "some" (`scope`); a negation added or
 * "with" for "without" (`negation`); a word for its WordNet antonym ("up" / "down", `antonym`).
 * "The minister resigned on Tuesday" / "…on Thursday"; "The ship sank off Chile" / "…off Peru";
 * "The deal was announced by Anna Berg" / "…by Lars Holm".
 *
 * Only claims that differ in that one place are compared: in real reports two sentences that
 * share most words but name two towns usually speak of two towns.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { TITLES } from '../analyze/entities.ts';
import { sentiment, type Token } from '../analyze/tokens.ts';
import { antonyms, opposed, wordnetPos } from '../lexicon/concepts.ts';
import { lookupPlace } from '../lexicon/gazetteer.ts';
import { opposedEvaluations, opposedSides } from '../lexicon/evaluation.ts';
import type { ContradictionKind } from '../types.ts';
import { actorOf, sameByInitials } from './attribution.ts';
import { commonBound, commonShare, differences, MIN_COMMON, type Hunk } from './difference.ts';
import { ORDINAL, qualifiesKind, SAME_CLAIM, samePredicate, shareArgument, stateQualifies } from './slots.ts';
import { passage, q, versus, type Detector, type Finding } from './types.ts';

/** Words of a value class that exclude each other. */
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const YEAR = /^(?:1[89]|20)\d\d$/;
const ORDER: Record<string, string> = { before: 'after', after: 'before', earlier: 'later', later: 'earlier' };

/** Quantifiers of the whole and of a part ("all schools" / "only some schools"). */
const WHOLE = /^(?:all|every|entire|whole|entirely|completely|fully|wholly|totally)$/;
const PART = /^(?:some|part|parts|partly|partially|only|several|many|most|few)$/;
/** Quantifiers of most and of few ("most residents" / "few residents"). */
const MOST = /^(?:most|majority)$/;
const FEW = /^(?:few|minority)$/;
/** Quantifiers of nothing ("none of the passengers", "no schools"). */
const NONE = /^(?:none|no|nobody|nothing|neither)$/;

/** Words whose insertion negates the claim ("did not trigger", "never", "without" for "with"). */
const NEGATORS = /^(?:not|n't|never|no|without|do|does|did)$/;

/** Whether a token stands for a day of the month ("on 4 March", "March 14"). */
function dayOfMonth(tokens: Token[], token: Token): boolean {
  const index = tokens.indexOf(token);
  return /^\d{1,2}(?:st|nd|rd|th)?$/.test(token.lower) && [tokens[index - 1], tokens[index + 1], tokens[index + 2]].some((t) => t && MONTH.test(t.lower));
}

/**
 * A changed value may come with this many content words around it ("on Tuesday" / "on Thursday
 * night"); articles, prepositions and pronouns do not count ("shortly after midnight" / "in the
 * late afternoon" changes two words for two).
 */
const MAX_CHANGED = 3;

/** The content words of a change. */
const content = (tokens: Token[]) => tokens.filter((t) => !/^(?:DET|ADP|PRON|PART|CCONJ|SCONJ|PUNCT)$/.test(t.pos));

function entityOf(claim: AnalyzedClaim, token: Token) {
  return claim.entities.find((e) => token.start >= e.start && token.end <= e.end);
}

/** What kind of exclusive value a changed word is, if any. */
function timeClass(token: Token): string | undefined {
  const word = token.lower;
  if (WEEKDAY.test(word)) return 'weekday';
  if (MONTH.test(word)) return 'month';
  if (YEAR.test(word)) return 'year';
  if (ORDER[word]) return 'order';
  // A time of day ("at 3:15 a.m.") and a place in a series ("its second recall", "the 3rd round").
  if (CLOCK.test(word)) return 'clock';
  // "at 6 a.m." / "at 6 p.m.", "on Monday morning" / "on Monday evening".
  if (MERIDIEM.test(word)) return 'meridiem';
  if (PART_OF_DAY.test(word)) return 'part of day';
  if (ORDINAL.test(word)) return 'ordinal';
  return undefined;
}

/** Words that place an act early or late in a time. */
const EARLY_LATE = /^(?:early|late)$/;

/** Halves of the day on a clock. */
const MERIDIEM = /^(?:a\.?m\.?|p\.?m\.?)$/;

/** Parts of the day, which exclude each other for one act unless they adjoin. */
const PART_OF_DAY = /^(?:morning|afternoon|evening|night|midnight|noon|midday|dawn)$/;

/** Parts of the day that run into each other: one report's "evening" may be another's "night". */
const ADJOINING = [['evening', 'night'], ['night', 'midnight'], ['dawn', 'morning'], ['noon', 'midday'], ['noon', 'afternoon'], ['midday', 'afternoon']];

/** Whether two parts of the day adjoin (or are one). */
function adjoining(x: string, y: string): boolean {
  return x === y || ADJOINING.some(([u, v]) => (u === x && v === y) || (u === y && v === x));
}

/** A time of day written with hours and minutes. */
const CLOCK = /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/;


/** Verbs of a multiple ("doubled" is twice, "halved" half). */
const MULTIPLES: Record<string, number> = { halved: 0.5, halves: 0.5, doubled: 2, doubles: 2, tripled: 3, triples: 3, trebled: 3, quadrupled: 4, quadruples: 4 };

/** Points of the compass, which exclude each other as directions or parts of a place ("moved north" / "moved south", "northern" / "southern"). */
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western|northward|southward|eastward|westward|northwards|southwards|eastwards|westwards)$/;

/** Prepositions that put a named thing in the role of a place. */
const LOCATIVE = /^(?:in|at|near|off|outside|inside|from|into|across|over|to)$/;

/** Whether an entity stands as a place in its claim: a state, or a name after a locative preposition (or of what it names). */
function isPlace(claim: AnalyzedClaim, token: Token): boolean {
  const entity = entityOf(claim, token);
  if (!entity) return false;
  const index = claim.tokens.findIndex((t) => t.start === entity.start);
  const skip = (k: number) => {
    while (k >= 0 && (claim.tokens[k]!.pos === 'DET' || claim.tokens[k]!.pos === 'ADJ')) k--;
    return k;
  };
  let k = skip(index - 1);
  // "off the coast of Miyagi", "near the Turkish city of Malatya", "in his home village of Bondo":
  // the name of the place a locative names (the whole phrase before "of" skipped).
  if (k >= 1 && claim.tokens[k]!.lower === 'of' && claim.tokens[k - 1]!.pos === 'NOUN') {
    k -= 2;
    while (k >= 0 && (/^(?:DET|ADJ|NOUN|PROPN)$/.test(claim.tokens[k]!.pos) || /^(?:his|her|its|their|our|my|your)$/.test(claim.tokens[k]!.lower) || /^['’]s?$/.test(claim.tokens[k]!.text))) k--;
  }
  // A state is a place wherever it stands ("struck southern Peru"), but not one that says which
  // things are spoken of ("imports from Brazil").
  // A demonym before a noun ("the Chilean peso") or a possessor ("Spain's exports") says which thing, not where.
  if (k < 0 || !LOCATIVE.test(claim.tokens[k]!.lower)) return entity.key.startsWith('state:') && !stateQualifies(claim, entity);
  return !qualifiesKind(claim, k);
}

/** A span over which an ordinal counts occurrences ("this year", "of the season", "in a row", "since May"). */
const SPAN = /\b(?:(?:this|last|the\s+past)\s+(?:year|month|week|season|autumn|fall|spring|summer|winter|decade)|of\s+the\s+(?:season|year|month|campaign|tournament)|in\s+a\s+row|in\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?)|since\b|times?\b)/i;

/** Words that connect a claim to its cause or its concession. */
const CONNECTIVE = /^(?:because|of|despite|due|to|owing|although|though|even|in|spite|thanks|after|the)$/;

/** Whether a change is of connectives on both sides ("because of" / "despite"). */
function connectiveOnly(hunk: Hunk): boolean {
  return hunk.a.length > 0 && hunk.b.length > 0 && [...hunk.a, ...hunk.b].every((t) => CONNECTIVE.test(t.lower));
}

/** Changes of place at most, for a place given with its region. */
const MAX_PLACES = 2;

/**
 * Whether a change puts a named place for another of the same standing (a state for a state, a
 * town for a town): true, false (places, but not in conflict: one within the other, or both named
 * by each claim), or undefined when the change is not of places.
 */
function otherPlace(a: AnalyzedClaim, b: AnalyzedClaim, hunk: Hunk): boolean | undefined {
  const placesA = hunk.a.filter((t) => isPlace(a, t));
  const placesB = hunk.b.filter((t) => isPlace(b, t));
  if (placesA.length === 0 || placesB.length === 0) return undefined;
  const ea = entityOf(a, placesA[0]!)!;
  const eb = entityOf(b, placesB[0]!)!;
  // A state's capital stands for the state in the key, but as a place it is a city.
  const state = (entity: { key: string; text: string }) => entity.key.startsWith('state:') && !/^(?:capital|seat)$/.test(lookupPlace(entity.text)?.via ?? '');
  return ea.key !== eb.key && state(ea) === state(eb) && !b.entities.some((e) => e.key === ea.key) && !a.entities.some((e) => e.key === eb.key);
}

/**
 * Hunks that all fall inside one name on each side are one change ("Prime Minister Lars Holm" /
 * "Finance Minister Ingrid Dahl" differ in two places but name one other person).
 */
function mergedWithinNames(a: AnalyzedClaim, b: AnalyzedClaim, hunks: Hunk[]): Hunk[] {
  if (hunks.length < 2) return hunks;
  const tokensA = hunks.flatMap((h) => h.a);
  const tokensB = hunks.flatMap((h) => h.b);
  const one = (claim: AnalyzedClaim, tokens: Token[]) => {
    if (tokens.length === 0) return false;
    const entity = entityOf(claim, tokens[0]!);
    return entity !== undefined && tokens.every((t) => entityOf(claim, t) === entity);
  };
  return one(a, tokensA) && one(b, tokensB) ? [{ a: tokensA, b: tokensB }] : hunks;
}

/** The weekdays, or the days of months ("August 15"), a claim names, with the token index of each. */
function days(claim: AnalyzedClaim): Map<string, number> {
  const out = new Map<string, number>();
  claim.tokens.forEach((t, i) => {
    // "since Sunday", "by Tuesday evening": the span of a developing count, not the day of an act.
    if (/^(?:since|by|until|till|from|through)$/.test(claim.tokens[i - 1]?.lower ?? '') || /^(?:since|by|until|till|from|through)$/.test(claim.tokens[i - 2]?.lower ?? '')) return;
    if (WEEKDAY.test(t.lower)) out.set(t.lower, i);
    if (MONTH.test(t.lower)) {
      const day = [claim.tokens[i - 1], claim.tokens[i + 1]].find((u) => u && /^\d{1,2}(?:st|nd|rd|th)?$/.test(u.lower));
      if (day) out.set(`${t.lower} ${Number.parseInt(day.lower, 10)}`, i);
    }
  });
  return out;
}

/**
 * The same act given on another day, in claims worded differently: each claim names one day
 * (of one kind: weekday or date), the two differ, and the claims state one proposition (a shared
 * predicate over a shared argument, or nearly the same words).
 */
function differentDays(a: AnalyzedClaim, b: AnalyzedClaim, similarity: number, label: (claim: AnalyzedClaim) => string): Finding | undefined {
  // A line without a predicate (a dateline, a caption) asserts no act to date.
  if (a.propositions.length === 0 || b.propositions.length === 0) return undefined;
  const da = [...days(a)];
  const db = [...days(b)];
  if (da.length !== 1 || db.length !== 1 || da[0]![0] === db[0]![0]) return undefined;
  if (da[0]![0].includes(' ') !== db[0]![0].includes(' ')) return undefined;
  // The day must date the shared act: the predicate nearest before it (or, for a day that opens
  // the claim, the first one) is the matched predicate.
  const dated = (claim: AnalyzedClaim, at: number) => claim.propositions.filter((p) => p.index < at).pop() ?? claim.propositions[0];
  const pa = dated(a, da[0]![1]);
  const pb = dated(b, db[0]![1]);
  const one = pa && pb && samePredicate(pa, pb) && pa.negative === pb.negative && (shareArgument(pa, pb) || similarity >= SAME_CLAIM);
  if (!one) return undefined;
  // An act done again ("cancelled 150 more flights on Tuesday", "its second sample") is another act on another day.
  if (AGAIN.test(a.text) || AGAIN.test(b.text)) return undefined;
  const ordinals = (claim: AnalyzedClaim) => claim.tokens.filter((t) => ORDINAL.test(t.lower)).map((t) => t.lower).join(' ');
  if (ordinals(a) !== ordinals(b)) return undefined;
  const at = (claim: AnalyzedClaim, index: number) => passage(claim.text, claim.tokens[index]!.start, claim.tokens[index]!.end);
  return { kind: 'timing', explanation: versus(label(a), at(a, da[0]![1]), label(b), at(b, db[0]![1])) };
}

/** A time of day on a 12-hour clock ("4:12 a.m.", "2 p.m."), with the hedge before it if any. */
const CLOCK_TIME = /\b(about|around|shortly\s+(?:after|before)|just\s+(?:after|before)|soon\s+after|approximately|nearly|almost)?\s*(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?/gi;

/** Minutes two times of day may differ by and still be one time: written exactly, or hedged. */
const CLOCK_SLACK = { exact: 20, hedged: 60 };

/** The times of day a claim gives, in minutes after midnight, with whether each is hedged. */
function clockTimes(claim: AnalyzedClaim): { minutes: number; hedged: boolean; start: number; end: number }[] {
  return [...claim.text.matchAll(CLOCK_TIME)].map((m) => {
    const hour = Number(m[2]) % 12 + (m[4]!.toLowerCase() === 'p' ? 12 : 0);
    return { minutes: hour * 60 + Number(m[3] ?? 0), hedged: Boolean(m[1]), start: m.index! + (m[0].length - m[0].trimStart().length), end: m.index! + m[0].length };
  });
}

/** Whether each claim gives one time of day and the two are no further apart than a hedge allows. */
function clockTimesAgree(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const [ta, tb] = [clockTimes(a), clockTimes(b)];
  if (ta.length !== 1 || tb.length !== 1) return false;
  const [x, y] = [ta[0]!, tb[0]!];
  const apart = Math.min(Math.abs(x.minutes - y.minutes), 24 * 60 - Math.abs(x.minutes - y.minutes));
  return apart <= (x.hedged || y.hedged ? CLOCK_SLACK.hedged : CLOCK_SLACK.exact);
}

/**
 * The same act at another time of day, in claims worded differently ("struck at 4:12 a.m." / "hit
 * shortly after 2 a.m."): each claim gives one time, the claims state one proposition, and the
 * times are further apart than a hedge allows.
 */
function differentClockTimes(a: AnalyzedClaim, b: AnalyzedClaim, similarity: number, label: (claim: AnalyzedClaim) => string): Finding | undefined {
  const [ta, tb] = [clockTimes(a), clockTimes(b)];
  if (ta.length !== 1 || tb.length !== 1 || a.propositions.length === 0 || b.propositions.length === 0) return undefined;
  const [x, y] = [ta[0]!, tb[0]!];
  if (clockTimesAgree(a, b)) return undefined;
  const at = (claim: AnalyzedClaim, offset: number) => claim.propositions.filter((p) => claim.tokens[p.index]!.start < offset).pop() ?? claim.propositions[0];
  const [pa, pb] = [at(a, x.start), at(b, y.start)];
  const one = pa && pb && samePredicate(pa, pb) && pa.negative === pb.negative && (shareArgument(pa, pb) || similarity >= SAME_CLAIM);
  if (!one || AGAIN.test(a.text) || AGAIN.test(b.text)) return undefined;
  // Another day on either side makes it two acts; a changed day is differentDays' to tell.
  if ([...days(a).keys()].join() !== [...days(b).keys()].join()) return undefined;
  return { kind: 'timing', explanation: versus(label(a), passage(a.text, x.start, x.end), label(b), passage(b.text, y.start, y.end)) };
}

/** Words of an act repeated or added to. */
const AGAIN = /\b(?:more|another|further|additional|again)\b/i;

function finding(kind: ContradictionKind, explanation: string): Finding {
  return { kind, explanation };
}

/** How positive or negative a changed word must be to count as an evaluation. */
const EVALUATION = 0.3;

/**
 * Whether the words changed on one side evaluate positively and on the other negatively: each
 * side's changed words are adjectives (an evaluation of what the claims speak of; a noun's
 * sentiment, "help" / "bailout", says nothing of the claim's stance), none a negation, with a
 * sentiment of at least EVALUATION and opposite signs.
 */
function opposedSentiments(a: AnalyzedClaim, x: Token[], b: AnalyzedClaim, y: Token[]): boolean {
  const evaluative = (tokens: Token[]) => {
    const words = tokens.filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
    return words.length > 0 && words.every((t) => t.pos === 'ADJ' && !NEGATORS.test(t.lower));
  };
  if (!evaluative(x) || !evaluative(y)) return false;
  const of = (claim: AnalyzedClaim, tokens: Token[]) => sentiment(claim.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end));
  const [u, v] = [of(a, x), of(b, y)];
  return (u >= EVALUATION && v <= -EVALUATION) || (u <= -EVALUATION && v >= EVALUATION);
}

export const exclusive: Detector = {
  kinds: ['timing', 'place', 'attribution', 'scope', 'negation', 'antonym'],
  aligned: true,
  detect(a, b, context) {
    const dated = differentDays(a, b, context.similarity.score, context.label) ?? differentClockTimes(a, b, context.similarity.score, context.label);
    if (dated) return dated;
    // Claims that cannot share MIN_COMMON of their words are not diffed at all.
    if (commonBound(a, b) < MIN_COMMON) return undefined;
    const found = differences(a, b);
    if (!found || found.length === 0) return undefined;
    // "will close because of heavy snow" / "will not close despite the heavy snow": the connective
    // turns with the claim, so a change of connective alone is no change of its own.
    const hunks = mergedWithinNames(a, b, found).filter((h, _, all) => all.length === 1 || !connectiveOnly(h));
    // A town and its region both changed ("near Bhadrak in Odisha" / "near Bhagalpur in Bihar"):
    // every change a place for another.
    if (hunks.length > 1 && hunks.length <= MAX_PLACES && commonShare(a, b, hunks) >= MIN_COMMON && hunks.every((h) => h.a.length > 0 && h.b.length > 0 && otherPlace(a, b, h) === true)) {
      const [first, last] = [hunks[0]!, hunks[hunks.length - 1]!];
      const span = (claim: AnalyzedClaim, from: Token, to: Token) => passage(claim.text, from.start, to.end);
      return finding('place', versus(context.label(a), span(a, first.a[0]!, last.a.at(-1)!), context.label(b), span(b, first.b[0]!, last.b.at(-1)!)));
    }
    // "early on Sunday morning" / "late on Sunday evening": a time of day changed with the word
    // that places it in that time.
    // Or with that word on one side only ("in the morning" / "late in the evening").
    if (hunks.length === 2 && commonShare(a, b, hunks) >= MIN_COMMON && hunks.every((h) => h.a.length <= 1 && h.b.length <= 1)) {
      const timed = hunks.find((h) => h.a.length === 1 && h.b.length === 1 && timeClass(h.a[0]!) !== undefined && timeClass(h.a[0]!) === timeClass(h.b[0]!) && h.a[0]!.lower !== h.b[0]!.lower && !adjoining(h.a[0]!.lower, h.b[0]!.lower));
      const placed = hunks.find((h) => h !== timed && [...h.a, ...h.b].length > 0 && [...h.a, ...h.b].every((t) => EARLY_LATE.test(t.lower)));
      if (timed && placed && timeClass(timed.a[0]!) !== 'ordinal') {
        const span = (claim: AnalyzedClaim, side: 'a' | 'b') => {
          const tokens = hunks.flatMap((h) => h[side]);
          return passage(claim.text, tokens[0]!.start, tokens[tokens.length - 1]!.end);
        };
        return finding('timing', versus(context.label(a), span(a, 'a'), context.label(b), span(b, 'b')));
      }
    }
    if (hunks.length !== 1) return undefined;
    const [hunk] = hunks;
    if (!hunk || content(hunk.a).length > MAX_CHANGED || content(hunk.b).length > MAX_CHANGED) return undefined;
    if (commonShare(a, b, hunks) < MIN_COMMON) return undefined;
    // A negation added, or "without" for "with": the only change negates the claim.
    const negating = (tokens: Token[]) => tokens.length > 0 && tokens.every((t) => NEGATORS.test(t.lower)) && tokens.some((t) => t.lower !== 'do' && t.lower !== 'does' && t.lower !== 'did');
    const withWithout = (x: Token[], y: Token[]) => x.length === 1 && y.length === 1 && x[0]!.lower === 'without' && y[0]!.lower === 'with';
    if ((negating(hunk.a) && hunk.b.length === 0) || (negating(hunk.b) && hunk.a.length === 0) || withWithout(hunk.a, hunk.b) || withWithout(hunk.b, hunk.a)) {
      const [denier, asserter, words] = negating(hunk.a) || withWithout(hunk.a, hunk.b) ? [a, b, hunk.a] : [b, a, hunk.b];
      const around = denier.text.slice(words[0]!.start, Math.min(denier.text.length, words[words.length - 1]!.end + 24)).replace(/\s+\S*$/, '');
      return { kind: 'negation', explanation: `${context.label(denier)} says ${q(around)} where ${context.label(asserter)} states it without the negation.` };
    }
    if (hunk.a.length === 0 || hunk.b.length === 0) return undefined;
    const span = (claim: AnalyzedClaim, tokens: Token[]) => passage(claim.text, tokens[0]!.start, tokens[tokens.length - 1]!.end);
    const explain = () => versus(context.label(a), span(a, hunk.a), context.label(b), span(b, hunk.b));

    // "all" for "some".
    const lowerA = hunk.a.map((t) => t.lower);
    const lowerB = hunk.b.map((t) => t.lower);
    const quantifies = (words: string[], pattern: RegExp) => words.some((w) => pattern.test(w));
    const some = (words: string[]) => quantifies(words, WHOLE) || quantifies(words, PART);
    if (
      (quantifies(lowerA, WHOLE) && quantifies(lowerB, PART)) ||
      (quantifies(lowerB, WHOLE) && quantifies(lowerA, PART)) ||
      // "None of the passengers" / "Some of the passengers", "no schools" / "all schools".
      (quantifies(lowerA, NONE) && some(lowerB)) ||
      (quantifies(lowerB, NONE) && some(lowerA)) ||
      (quantifies(lowerA, MOST) && quantifies(lowerB, FEW)) ||
      (quantifies(lowerB, MOST) && quantifies(lowerA, FEW))
    ) {
      return finding('scope', explain());
    }
    // A day of the month for another one.
    const dayA = hunk.a.find((t) => dayOfMonth(a.tokens, t));
    const dayB = hunk.b.find((t) => dayOfMonth(b.tokens, t));
    if (dayA && dayB && Number.parseInt(dayA.lower, 10) !== Number.parseInt(dayB.lower, 10)) return finding('timing', explain());
    // One multiple for another ("doubled" / "tripled").
    const times = (t: Token) => MULTIPLES[t.lower];
    if (hunk.a.length === 1 && hunk.b.length === 1 && times(hunk.a[0]!) && times(hunk.b[0]!) && times(hunk.a[0]!) !== times(hunk.b[0]!)) {
      return finding('numeric', explain());
    }
    // One point of the compass for another.
    if (hunk.a.length === 1 && hunk.b.length === 1 && COMPASS.test(hunk.a[0]!.lower) && COMPASS.test(hunk.b[0]!.lower) && hunk.a[0]!.lower !== hunk.b[0]!.lower) {
      return finding('place', explain());
    }
    // One word for its antonym, in any part of speech ("closed up" / "closed down").
    // The article that goes with a word ("an increase" / "a decrease") is no part of the change.
    const word = (tokens: Token[]) => tokens.filter((t) => !/^(?:a|an)$/.test(t.lower));
    const [wordA, wordB] = [word(hunk.a), word(hunk.b)];
    if (wordA.length === 1 && wordB.length === 1) {
      const [x, y] = [wordA[0]!, wordB[0]!];
      // A preposition is looked up as an adverb ("inside" / "outside", "above" / "below").
      const pos = wordnetPos(x.pos === 'ADP' ? 'ADV' : x.pos);
      const posY = wordnetPos(y.pos === 'ADP' ? 'ADV' : y.pos);
      const opposite = (t: Token, p: typeof pos, u: Token) => p !== undefined && (antonyms(t.lemma, p).has(u.lemma) || antonyms(t.lower, p).has(u.lower));
      // With the rest of the sentence the same, opposites through synonyms or kinds of act count
      // too ("cut tariffs" / "raise tariffs"), and so do opposite evaluations ("welcomed" / "criticised").
      const wider = (pos !== undefined && pos === posY && (opposed(x.lemma, y.lemma, pos) || (pos === 'v' && opposedEvaluations(x.lemma, y.lemma)))) || opposedSides(x.lower, y.lower);
      // Nouns that qualify another ("the women's team" / "the men's team") name different things.
      const qualifier = (claim: AnalyzedClaim, t: Token) => {
        const next = claim.tokens[claim.tokens.indexOf(t) + 1];
        return t.pos === 'NOUN' && next !== undefined && (/^(?:NOUN|PROPN)$/.test(next.pos) || /^['’]s?$/.test(next.text));
      };
      // So do neutral adjectives before a noun ("the junior team" / "the senior team", "domestic
      // flights" / "international flights"); evaluative ones ("a peaceful march" / "a violent
      // march") describe one thing two ways.
      const classifying = (claim: AnalyzedClaim, t: Token) => {
        const next = claim.tokens[claim.tokens.indexOf(t) + 1];
        return t.pos === 'ADJ' && !ORDINAL.test(t.lower) && next !== undefined && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos) && sentiment(t.text) === 0;
      };
      const names = (claim: AnalyzedClaim, t: Token) => qualifier(claim, t) || classifying(claim, t);
      if (names(a, x) && names(b, y)) return undefined;
      if (opposite(x, pos, y) || opposite(y, posY, x) || wider) {
        return { kind: 'antonym', explanation: explain() };
      }
    }
    // Words of opposite evaluation ("had been constructive" / "had been pointless", "peaceful" /
    // "violent"), by their sentiment: WordNet links few evaluations as antonyms.
    if (opposedSentiments(a, hunk.a, b, hunk.b)) return { kind: 'antonym', explanation: explain() };
    // A day, month, year, order or time of day changed for another of its class; a place in a
    // series for another ("second recall" / "fourth recall") is another count.
    for (const x of hunk.a) {
      const cls = timeClass(x);
      if (!cls) continue;
      const y = hunk.b.find((t) => timeClass(t) === cls && t.lower !== x.lower);
      // An ordinal counts occurrences only over a span ("second recall this year", "third goal of
      // the season"); otherwise it names which one ("won the third stage" / "the fifth stage").
      if (y && cls === 'ordinal' && !(SPAN.test(a.text) && SPAN.test(b.text))) return undefined;
      // Times of day within what a hedge allows ("at 9:15 a.m." / "at about 9:30 a.m.") agree.
      if (y && cls === 'clock' && clockTimesAgree(a, b)) return undefined;
      // Parts of the day that run into each other ("Sunday evening" / "Sunday night") agree.
      if (y && cls === 'part of day' && adjoining(x.lower, y.lower)) return undefined;
      if (y && (cls !== 'order' || ORDER[x.lower] === y.lower)) return finding(cls === 'ordinal' ? 'numeric' : 'timing', explain());
    }
    // Another source for the same statement ("…, the ministry said" / "according to the BBC") is
    // two sources agreeing, not a conflict about where or by whom.
    const source = (claim: AnalyzedClaim, tokens: Token[]) => claim.speech.speaker !== undefined && tokens.some((t) => entityOf(claim, t)?.key === claim.speech.speaker);
    if (source(a, hunk.a) && source(b, hunk.b)) return undefined;
    // A named place for another one of the same standing (a state for a state, a town for a town).
    const place = otherPlace(a, b, hunk);
    if (place !== undefined) return place ? finding('place', explain()) : undefined;
    // A named person or body for another one: who did or said it.
    // Names of one key may still be of two actors when the words that differ are names
    // ("Sajha Travels" / "Mayur Travels"): the changed words must be capitalised in both.
    const namedA = hunk.a.map((t) => entityOf(a, t)).find((e) => e?.key.startsWith('name:'));
    const namedB = hunk.b.map((t) => entityOf(b, t)).find((e) => e?.key.startsWith('name:'));
    const capitalised = (tokens: Token[]) => tokens.every((t) => /^\p{Lu}/u.test(t.text));
    // A title for a first name ("Ms. Lee" / "Sarah Lee") names the same person.
    const titled = (tokens: Token[]) => tokens.some((t) => TITLES.has(t.lower.replace(/\.$/, '')));
    const otherActor =
      namedA &&
      namedB &&
      (namedA.key !== namedB.key
        ? !b.entities.some((e) => e.key === namedA.key) && !a.entities.some((e) => e.key === namedB.key)
        : // One key from WordNet is one named thing ("European Union" / "EU"); one spelling key
          // may still be two ("Sajha Travels" / "Mayur Travels").
          !namedA.key.startsWith('name:wn') && capitalised(hunk.a) && capitalised(hunk.b) && !titled(hunk.a) && !titled(hunk.b));
    // The names must be the actors of the claims' acts (a subject, an agent after "by"): a name
    // that qualifies what is spoken of ("shares of Toyota rose" / "shares of Honda rose") names
    // two things, each of which may have done it.
    const acts = (claim: AnalyzedClaim, key: string) => claim.propositions.some((p) => actorOf(claim, p)?.key === key);
    // One name and its initials ("International Monetary Fund" / "IMF") are one actor.
    if (namedA && namedB && otherActor && acts(a, namedA.key) && acts(b, namedB.key) && !sameByInitials(namedA.text, namedB.text)) {
      return finding('attribution', explain());
    }
    return undefined;
  },
};
