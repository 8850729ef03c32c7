/**
 * Numeric: the same quantity given with values that cannot both hold ("66 drones" / "45 drones").
 *
 * Precision comes first, because reports differ in numbers for many honest reasons:
 * - the two quantities must measure the same thing (same unit, or counted nouns of one meaning)
 *   and be anchored alike: a content word next to each number must match ("depth of 10 km" is not
 *   "55 km west of the town");
 * - ranges, hedges ("at least", "around") and rounding widen a value before comparison;
 * - amounts in different currencies are never compared (a conversion is not a contradiction);
 * - claims about different years, or counts still developing ("so far", "has risen to"), are skipped.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { similarityOfTerms, termInformation } from '../align.ts';
import type { Quantity } from '../analyze/quantities.ts';
import type { Token } from '../analyze/tokens.ts';
import { concepts, conceptSimilarity, wordnetPos } from '../lexicon/concepts.ts';
import { countsPeople, NOUN_FILE, synset, synsetIds } from '../lexicon/wordnet.ts';
import type { Proposition } from '../analyze/propositions.ts';
import { ORDINAL, aboutDifferentThings, actSimilarity, passive, phrasesDiffer, rolesAgree, samePredicate } from './slots.ts';
import { passage, versus, type Detector, type DetectorContext, type Finding } from './types.ts';

/** Aligned claims must share at least this much content for their numbers to be the same quantity. */
const MIN_SIMILARITY = 0.3;

/**
 * Counts that are still developing ("so far", "has risen to", "since Sunday", "by Tuesday
 * evening"): later reports may give higher figures without contradiction.
 */
const DEVELOPING =
  /\b(?:so\s+far|up\s+to|initial(?:ly)?|preliminary|expected\s+to|estimated?|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last)|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|late|early|noon|midday|nightfall|(?:this|that|the)\s+(?:morning|afternoon|evening|time)))\b/i;

const developing = (claim: AnalyzedClaim) => DEVELOPING.test(claim.text);

/** Words of an estimate, which do not say when it was made ("a preliminary estimate", "initially"). */
const ESTIMATE = /\b(?:initial(?:ly)?|preliminary|estimated?)\b/gi;

/**
 * Whether two claims give their figures at one stage: both as the same kind of estimate ("a
 * preliminary estimate" in each), and neither as a count so far or by some time. Two preliminary
 * estimates of one figure that differ conflict; a count so far may grow.
 */
function sameStage(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const cues = (claim: AnalyzedClaim) => [...claim.text.matchAll(ESTIMATE)].map((m) => m[0].toLowerCase().replace(/ly$|d$/, '')).sort().join(' ');
  const timeless = (claim: AnalyzedClaim) => !DEVELOPING.test(claim.text.replace(ESTIMATE, ''));
  return timeless(a) && timeless(b) && cues(a) !== '' && cues(a) === cues(b);
}

/**
 * A count that has risen to a figure ("the toll rose to 50") may rise further; a measure that rose
 * to a value ("inflation rose to 4.2 percent") states that value.
 */
const RISEN_TO = /\b(?:rose|risen|rising|climbed|jumped|increased)\s+to\b/i;

/** Modal verbs make a figure a possibility; written in lower case, so the month "May" is not one. */
const MODAL = /\b(?:could|may|might|plans?\s+to|planned\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|wants?\s+to)\b/;

/** A hedge ("about", "around", "nearly") widens a figure by this share either way. */
const ABOUT = 0.2;

/**
 * The interval a quantity allows: an exact figure stands for anything that rounds to it (half its
 * last digit's step either way: "66" is 65.5..66.5, "2.6 million" 2.55..2.65 million), a hedged
 * one for ABOUT either way (or its rounding, when that is wider), "at least" and "at most" for a half-line. Intervals that only touch
 * ("5" and "6") do not overlap.
 */
export function interval(quantity: Quantity): [number, number] {
  const { low, high, step } = quantity;
  const half = step / 2;
  switch (quantity.bound) {
    case 'atLeast':
      return [low - half, Infinity];
    case 'atMost':
      return [-Infinity, high + half];
    case 'about':
      // The hedge covers the rounding too: "about 90 million" is 72 to 108 million.
      return [low - Math.max(Math.abs(low) * ABOUT, half), high + Math.max(Math.abs(high) * ABOUT, half)];
    default:
      return [low - half, high + half];
  }
}

/** Whether two intervals share more than an end point (or are the same point: zero and zero). */
export function overlaps([xl, xh]: [number, number], [yl, yh]: [number, number]): boolean {
  // Ends that meet up to floating-point error (8.7 − 0.05 and 8.6 + 0.05) only touch.
  const epsilon = 1e-9 * Math.max(1, ...[xl, xh, yl, yh].filter(Number.isFinite).map(Math.abs));
  return (xl < yh - epsilon && yl < xh - epsilon) || (xl === yl && xh === yh);
}


/**
 * Whether two quantities measure the same thing: same unit, or counted nouns of the same meaning.
 * "No one" counts zero people, which is also zero workers or children.
 */
export function sameMeasure(x: Quantity, y: Quantity): boolean {
  if (x.unit || y.unit) return x.unit === y.unit;
  if (!x.counted || !y.counted) return false;
  if (x.counted === y.counted) return true;
  const nobody = (z: Quantity) => z.high === 0 && z.counted === 'people';
  if ((nobody(x) && countsPeople(y.counted)) || (nobody(y) && countsPeople(x.counted))) return true;
  return conceptSimilarity(concepts(x.counted, 'n'), concepts(y.counted, 'n')) >= 0.9;
}

/** A content word near a quantity. */
interface Anchor {
  lemma: string;
  pos: string;
  /** A name or a place noun (WordNet noun.location): "170,000 people in the province". */
  place: boolean;
  /** A name, as opposed to a common noun. */
  named: boolean;
  /** A place that pins the quantity to where it holds: a name after a locative preposition, or a place noun. */
  pin: boolean;
  /** Index of the word in the claim's tokens. */
  index: number;
}

/** Content words each side of a quantity that anchor it. */
const WINDOW = 4;

/** Prepositions that put a name in the role of a place ("in Syria", "across Asia"). */
const LOCATIVE = /^(?:in|at|near|off|outside|inside|across|around|throughout|into)$/;

/**
 * Content words within four words of a quantity, other than numbers and the counted noun;
 * a parenthetical right after it (a unit conversion) is skipped.
 */
function anchors(claim: AnalyzedClaim, quantity: Quantity): Anchor[] {
  const { tokens } = claim;
  const first = tokens.findIndex((t) => t.end > quantity.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < quantity.end) last++;
  let next = last + 1;
  if (tokens[next]?.text === '(') {
    while (next < tokens.length && tokens[next]!.text !== ')') next++;
    next++;
  }
  // Four words each side, not counting function words and punctuation ("in Pakistan's Sindh" is
  // two content words, however the possessive is tokenised).
  const content = (t: Token) => !t.stop && /^(?:NOUN|VERB|ADJ|PROPN)$/.test(t.pos) && /\p{L}/u.test(t.text) && t.lemma.toLowerCase() !== quantity.counted;
  const before = tokens.slice(0, first).filter(content).slice(-WINDOW);
  const after = tokens.slice(next).filter(content).slice(0, WINDOW);
  const locative = (t: Token) => {
    let k = tokens.indexOf(t) - 1;
    while (k >= 0 && /^(?:DET|ADJ|PROPN|PART|NUM)$/.test(tokens[k]!.pos)) k--;
    return k >= 0 && LOCATIVE.test(tokens[k]!.lower);
  };
  // A place a number counts after a locative ("in 14 countries") is a scope, and pins it too.
  const places = claim.quantities.filter((z) => z !== quantity && z.counted && lexFileOf(z.counted) === NOUN_LOCATION);
  const counts = tokens.filter((t) => places.some((z) => t.start >= z.start && t.end <= z.end && t.lemma.toLowerCase() === z.counted) && locative(t) && Math.abs(tokens.indexOf(t) - first) <= 2 * WINDOW);
  return [...before, ...after, ...counts]
    // Words of time ("April", "last year") date a figure; they do not say what it measures.
    .filter((t) => !CALENDAR.test(t.lower) && !(t.pos === 'NOUN' && lexFileOf(t.lemma.toLowerCase()) === NOUN_TIME))
    .map((t) => {
      // A name is anchored by its entity key, so that two spellings of one place meet.
      const entity = claim.entities.find((e) => t.start >= e.start && t.end <= e.end);
      const placeNoun = t.pos === 'NOUN' && lexFileOf(t.lemma.toLowerCase()) === NOUN_LOCATION;
      return {
        lemma: entity ? entity.key : t.lemma.toLowerCase(),
        pos: t.pos,
        place: entity !== undefined || placeNoun,
        named: entity !== undefined,
        pin: entity !== undefined ? locative(t) : placeNoun,
        index: tokens.indexOf(t),
      };
    });
}
const { location: NOUN_LOCATION, time: NOUN_TIME } = NOUN_FILE;

/** The lexicographer file of a noun's first sense, if WordNet has the noun. */
function lexFileOf(lemma: string): number | undefined {
  const ids = synsetIds(lemma, 'n');
  return ids.length > 0 ? synset(ids[0]!).lexFile : undefined;
}

/** Weekdays and months. */
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether two anchor words mean the same: one lemma, synonyms, or derivations across parts of speech ("march" / "marched"). */
function anchorsMatch(u: Anchor, v: Anchor): boolean {
  if (u.lemma === v.lemma) return true;
  const pu = wordnetPos(u.pos);
  const pv = wordnetPos(v.pos);
  return pu !== undefined && pv !== undefined && conceptSimilarity(concepts(u.lemma, pu), concepts(v.lemma, pv)) >= 0.75;
}

/** How two quantities' surroundings compare. */
interface Anchoring {
  /** Share of the nearby content words matched on the side that matches fewer (0 without any). */
  share: number;
  /** A place near one of them that the other lacks: strictly, the quantities may be of two places. */
  strange: boolean;
  /** A place pinning one of them that the other lacks ("in the province" / "in 14 countries"). */
  conflict: boolean;
}

/**
 * How alike two quantities are anchored: how many nearby content words match, and whether a place
 * pins one of them to a referent the other lacks ("170,000 people in the province" is not
 * "230,000 people across Asia"). A place noun next to a matched name ("the city of Porto Alegre")
 * is that name's, not another place.
 */
function anchoring(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): Anchoring {
  const ax = anchors(a, x);
  const by = anchors(b, y);
  if (ax.length === 0 || by.length === 0) return { share: 0, strange: true, conflict: false };
  // A name matches the same name near the other figure, or anywhere in the other claim.
  const named = (claim: AnalyzedClaim) => new Set(claim.entities.map((e) => e.key));
  const namesA = named(a);
  const namesB = named(b);
  const matchedX = ax.filter((u) => by.some((v) => anchorsMatch(u, v)) || (u.named && namesB.has(u.lemma)));
  const matchedY = by.filter((v) => ax.some((u) => anchorsMatch(u, v)) || (v.named && namesA.has(v.lemma)));
  // A place noun beside a name both claims give ("the city of Porto Alegre", "Sindh province") is that name's.
  const besideSharedName = (claim: AnalyzedClaim, other: AnalyzedClaim, u: Anchor) => {
    if (u.named) return false;
    const keys = named(other);
    const at = (i: number) => claim.tokens[i] && claim.entities.find((e) => claim.tokens[i]!.start >= e.start && claim.tokens[i]!.end <= e.end && keys.has(e.key));
    return Boolean(at(u.index - 1) || at(u.index + 1) || (claim.tokens[u.index + 1]?.lower === 'of' && at(u.index + 2)));
  };
  const unmatched = (claim: AnalyzedClaim, other: AnalyzedClaim, side: Anchor[], matched: Anchor[], key: 'place' | 'pin') =>
    side.filter((u) => u[key] && !matched.includes(u) && !besideSharedName(claim, other, u));
  const strange = unmatched(a, b, ax, matchedX, 'place').length > 0 || unmatched(b, a, by, matchedY, 'place').length > 0;
  const conflict = unmatched(a, b, ax, matchedX, 'pin').length > 0 || unmatched(b, a, by, matchedY, 'pin').length > 0;
  return { share: Math.min(matchedX.length / ax.length, matchedY.length / by.length), strange, conflict };
}

/** Share of matched nearby words at which two quantities are anchored alike. */
const ANCHORED = 0.5;

/**
 * The predicate a quantity belongs to: the first one after it in its clause (the quantity is in
 * the subject: "12 people were injured"), else the last one before it (in the object: "killed
 * 12 people").
 */
function predicateOf(claim: AnalyzedClaim, quantity: Quantity): Proposition | undefined {
  const index = claim.tokens.findIndex((t) => t.end > quantity.start);
  const boundary = (from: number, to: number) => claim.tokens.slice(from, to).some((t) => /^[,;:()—–]$/.test(t.text) || t.pos === 'SCONJ' || t.pos === 'CCONJ');
  // A proposition read from a denied noun ("no deaths") is the quantity itself, not its act.
  const acts = claim.propositions.filter((p) => !p.nominal);
  const after = acts.find((p) => p.index > index && !boundary(index, p.index));
  if (after) return after;
  return acts.filter((p) => p.index < index).pop();
}

/**
 * How alike the acts of two quantities are: 1 for the same act or an unknown one, else the
 * WordNet similarity of the two predicates (what a count of people counts hangs on it: died,
 * injured, arrested).
 */
function predicationSimilarity(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): number {
  const p = predicateOf(a, x);
  const r = predicateOf(b, y);
  if (!p || !r || samePredicate(p, r)) return 1;
  return actSimilarity(p, r);
}

/**
 * Whether the actors of two quantities' acts do not name different things ("Kitamura shares" /
 * "shares in Hoshino"). Of an active and a passive act, the passive's subject is what the active
 * one acts on ("authorities evacuated seven villages" / "two hamlets had to be cleared"), so it
 * is compared with the object.
 */
function actorsAgree(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): boolean {
  const p = predicateOf(a, x);
  const r = predicateOf(b, y);
  if (!p || !r) return true;
  if (passive(a, p) === passive(b, r)) return !phrasesDiffer(p.subject, r.subject, [a, b]);
  return rolesAgree(a, p, b, r, true);
}

/**
 * What a quantity counts or measures is of, when "of" and a noun follow its counted noun or unit
 * ("four days of national mourning", "three rounds of talks", "51.2% of the vote"): the lemma of
 * that noun.
 */
function countedOf(claim: AnalyzedClaim, quantity: Quantity): string | undefined {
  const { tokens } = claim;
  const of = quantity.counted
    ? tokens.findIndex((t) => t.start >= quantity.start && t.lemma.toLowerCase() === quantity.counted) + 1
    : quantity.unit
      ? tokens.findIndex((t) => t.start >= quantity.unitEnd)
      : -1;
  if (of <= 0 || tokens[of]?.lower !== 'of') return undefined;
  let n = of + 1;
  // "of the vote", "of its staff", "of the company's workforce".
  while (tokens[n] && (tokens[n]!.pos === 'DET' || /^(?:its|his|her|their|our|my|your)$/.test(tokens[n]!.lower) || /^['’]s?$/.test(tokens[n + 1]?.text ?? ''))) n += /^['’]s?$/.test(tokens[n + 1]?.text ?? '') ? 2 : 1;
  while (tokens[n] && tokens[n]!.pos === 'ADJ') n++;
  const head = tokens[n];
  if (!head || head.pos !== 'NOUN') return undefined;
  while (tokens[n + 1]?.pos === 'NOUN') n++;
  return tokens[n]!.lemma.toLowerCase();
}

/** Whether both quantities say what they count is of something, and the two are different things. */
function countsOfDifferentThings(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): boolean {
  const [u, v] = [countedOf(a, x), countedOf(b, y)];
  return u !== undefined && v !== undefined && u !== v && conceptSimilarity(concepts(u, 'n'), concepts(v, 'n')) < 0.9;
}

/**
 * Whether two quantities count the same things of the same thing ("four days of national
 * mourning" / "three days of national mourning"): what they are of says what is counted, whatever
 * act the claims put them in.
 */
function sameCountedOf(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): boolean {
  if (!sameMeasure(x, y)) return false;
  const [u, v] = [countedOf(a, x), countedOf(b, y)];
  return u !== undefined && v !== undefined && (u === v || conceptSimilarity(concepts(u, 'n'), concepts(v, 'n')) >= 0.9);
}

/** Whether a figure counts two acts together: "were killed or injured", "dead or missing" just after it. */
function unionOfActs(claim: AnalyzedClaim, quantity: Quantity): boolean {
  const after = claim.tokens.filter((t) => t.start >= quantity.end).slice(0, 6);
  return after.some((t, i) => t.lower === 'or' && i > 0 && /^(?:VERB|ADJ)$/.test(after[i - 1]!.pos) && /^(?:VERB|ADJ)$/.test(after[i + 1]?.pos ?? ''));
}

/** Predicates this similar are one act. */
const SAME_ACT = 0.6;

/** Degree words that count a subset ("seriously injured", "badly damaged") of what the bare word counts. */
const RESTRICTING = /^(?:seriously|badly|critically|severely|slightly|gravely|lightly|moderately|totally|completely|partially)$/;

/** Whether a quantity counts a subset marked by a degree word within a few words after it. */
function restricted(claim: AnalyzedClaim, quantity: Quantity): boolean {
  return claim.tokens.filter((t) => t.start >= quantity.end).slice(0, 5).some((t) => RESTRICTING.test(t.lower));
}

/** A month's name, capitalised (the verb "may" is not one), and the days of the week. */
const MONTH_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

const WEEKDAY_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Whether the token at `index` is a year that dates the claim: not one naming an event ("the 2004
 * tsunami", "region hit by 2004 tsunami"), which says when that event was, not the claim's figures.
 */
function datesClaim(tokens: Token[], index: number): boolean {
  if (!YEAR.test(tokens[index]!.text)) return false;
  const before = tokens[index - 1]?.lower ?? '';
  return tokens[index + 1]?.pos !== 'NOUN' || /^(?:in|since|of|from|until|before|after|during)$/.test(before);
}

const YEAR = /^(?:1[89]|20)\d\d$/;

/** Years that date a claim. */
const years = (claim: AnalyzedClaim) => new Set(claim.tokens.flatMap((t, i) => (datesClaim(claim.tokens, i) ? [t.text] : [])));

/**
 * Whether a figure is the level something reached ("fell to 5 percent", "stands at 5 percent")
 * and the other the change ("fell by 0.5 percent", "fell 0.5 percent"): two measures.
 */
function levelAndChange(a: AnalyzedClaim, x: Quantity, b: AnalyzedClaim, y: Quantity): boolean {
  const role = (claim: AnalyzedClaim, q: Quantity) => {
    const before = claim.tokens.filter((t) => t.end <= q.start).at(-1);
    if (!before) return undefined;
    if (/^(?:to|at)$/.test(before.lower)) return 'level';
    if (before.lower === 'by' || before.pos === 'VERB') return 'change';
    return undefined;
  };
  const [u, v] = [role(a, x), role(b, y)];
  return u !== undefined && v !== undefined && u !== v;
}

/** Whether both claims name a weekday or a place in a series and share none ("in the first blast" / "in the second"). */
function differentSeriesOrDays(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const words = (claim: AnalyzedClaim) => new Set(claim.tokens.filter((t) => WEEKDAY_NAME.test(t.lower) || ORDINAL.test(t.lower)).map((t) => t.lower));
  const [x, y] = [words(a), words(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** Times given relative to now ("last year", "next month", "this season"). */
const RELATIVE_TIME = /\b(?:last|next|this|previous|coming)\s+(?:year|month|week|season|quarter|decade)\b/gi;

/** Whether both claims give relative times and none is shared ("last year" / "next year"). */
function differentRelativeTimes(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const times = (claim: AnalyzedClaim) => new Set([...claim.text.matchAll(RELATIVE_TIME)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')));
  const [x, y] = [times(a), times(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((t) => y.has(t));
}

/** A total kept since a month or the start of something, or to date: of a span, not of one day. */
const RUNNING = /\b(?:since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s+(?:start|beginning))|to\s+date)\b/i;

/** Nouns of a period of time. */
const PERIOD = /^(?:hours?|days?|weeks?|months?|quarters?|years?|decades?|seasons?)$/;

/**
 * Whether the claims speak of periods of different lengths and of none in common: each names a
 * period ("in its first year", "a month", "per week") that is not the length of a figure ("three
 * weeks" is a quantity), and the other claim names no such period.
 */
function differentPeriods(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const periods = (claim: AnalyzedClaim) =>
    new Set(
      claim.tokens
        .filter((t, i) => PERIOD.test(t.lower) && claim.tokens[i - 1]?.pos !== 'NUM' && !claim.quantities.some((q) => t.start >= q.start && t.end <= q.end))
        .map((t) => t.lower.replace(/s$/, '')),
    );
  const [x, y] = [periods(a), periods(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((p) => y.has(p));
}

/** How much of each claim the other covers, figures and years left out (the lesser of the two). */
function apartFromFigures(a: AnalyzedClaim, b: AnalyzedClaim): number {
  const words = (claim: AnalyzedClaim) => claim.terms.filter((t) => !t.key.startsWith('n:') && !t.key.startsWith('t:'));
  const rest = similarityOfTerms(words(a), words(b), termInformation);
  return Math.min(rest.coverA, rest.coverB);
}

/** Share of each claim's content apart from figures the other must cover for that reading. */
const MOSTLY_APART = 0.6;

/**
 * The numeric finding of two claims, or why there is none: the first gate that stopped it
 * (`collate`'s development scripts print the reason when a labelled contradiction is missed).
 */
export function numericVerdict(a: AnalyzedClaim, b: AnalyzedClaim, context: DetectorContext): { finding?: Finding; reason: string } {
  // The smaller claim must be mostly covered by the other (a report may add much around a figure).
  // Or, figures left out, each claim covers most of the other: two short claims that differ only
  // in their figures ("between 20 and 30 people were hurt" / "between 50 and 60") share little else.
  if (Math.max(context.similarity.coverA, context.similarity.coverB) < MIN_SIMILARITY && apartFromFigures(a, b) < MOSTLY_APART) return { reason: 'little shared content' };
  if ([a, b].some((claim) => MODAL.test(claim.text)) || (developing(a) || developing(b)) && !sameStage(a, b)) return { reason: 'developing count or modal' };
  if (aboutDifferentThings(a, b)) return { reason: 'about different things' };
  // Another day, year or place in a series ("on Monday" / "on Tuesday", "first quarter" / "second
  // quarter"), or another relative time ("last year" / "next year"): figures of two occasions.
  // (Months and years are dated below, where figures anchored alike may still be compared.)
  if (differentSeriesOrDays(a, b) || differentRelativeTimes(a, b)) return { reason: 'different occasions' };
  // A running total on one side only ("more than 100 since January" / "25 on Friday").
  if (RUNNING.test(a.text) !== RUNNING.test(b.text)) return { reason: 'running total' };
  // Figures of periods of other lengths ("in its first year" / "in its first month").
  if (differentPeriods(a, b)) return { reason: 'different periods' };
  // Figures of different years are of different things.
  const ya = years(a);
  const yb = years(b);
  if (ya.size > 0 && yb.size > 0 && [...ya].some((y) => !yb.has(y))) return { reason: 'different years' };
  // A weekday dates this week's news; a year without one dates a past event ("in March 2019" / "on Sunday").
  const weekday = (claim: AnalyzedClaim) => claim.tokens.some((t) => WEEKDAY_NAME.test(t.lower));
  if ((ya.size > 0 && yb.size === 0 && weekday(b) && !weekday(a)) || (yb.size > 0 && ya.size === 0 && weekday(a) && !weekday(b))) return { reason: 'different times' };
  // Names on both sides (besides the speakers) and none in common: the figures may be for
  // different places or people. A name one claim gives as its speaker still counts as common.
  const names = (claim: AnalyzedClaim) => new Set(claim.entities.filter((e) => e.key !== claim.speech.speaker).map((e) => e.key));
  const all = (claim: AnalyzedClaim) => new Set(claim.entities.map((e) => e.key));
  const pa = names(a);
  const pb = names(b);
  if (pa.size > 0 && pb.size > 0 && ![...pa].some((p) => all(b).has(p)) && ![...pb].some((p) => all(a).has(p))) return { reason: 'no name in common' };
  // Claims dated differently ("in 2004" / "on Tuesday, … of 2004", "in May 2012" / no date) may
  // be of two times: only figures anchored alike are compared then.
  const dates = (claim: AnalyzedClaim) => [...new Set(claim.tokens.filter((t, i) => MONTH_NAME.test(t.text) || WEEKDAY_NAME.test(t.lower) || datesClaim(claim.tokens, i)).map((t) => t.lower))].sort().join(' ');
  const oneDated = dates(a) !== dates(b);
  const mutual = Math.min(context.similarity.coverA, context.similarity.coverB) >= MIN_SIMILARITY;
  let reason = 'no quantity of the same measure';
  const risen = RISEN_TO.test(a.text) || RISEN_TO.test(b.text);
  for (const x of a.quantities) {
    if (x.conversion || x.whole || (risen && !x.unit)) continue;
    const measured = b.quantities.filter((y) => !y.conversion && !y.whole && sameMeasure(x, y) && !levelAndChange(a, x, b, y));
    if (measured.length === 0) continue;
    // The one figure of its measure on each side: nothing else the other figure could be.
    const alone = measured.length === 1 && a.quantities.filter((z) => !z.conversion && sameMeasure(z, measured[0]!)).length === 1;
    // The same quantity: of one measure, of the same act, both counting all or both a subset
    // ("seriously injured"), anchored alike; or, for the only figure of its measure on each side,
    // anchored by some shared word and by no conflicting place (weaker evidence).
    const partners: { y: Quantity; evidence: number }[] = [];
    for (const y of measured) {
      if (restricted(a, x) !== restricted(b, y)) {
        reason = 'different act or subset';
        continue;
      }
      // "32 were killed or injured" counts the two acts together, not either one.
      if (unionOfActs(a, x) !== unionOfActs(b, y)) {
        reason = 'acts counted together';
        continue;
      }
      // "Two years of drought" and "five years of conflict" count years of different things.
      if (countsOfDifferentThings(a, x, b, y)) {
        reason = 'counts of different things';
        continue;
      }
      const act = predicationSimilarity(a, x, b, y);
      const anchor = anchoring(a, x, b, y);
      // The act says what is counted, of people ("12 died" / "15 were injured") as of things
      // ("destroyed 40 houses" / "120 houses were damaged").
      if (act >= SAME_ACT && anchor.share >= ANCHORED && !anchor.strange) partners.push({ y, evidence: 1 });
      // Counts of the same things of one thing, the only ones of their measure, not pinned apart.
      else if (alone && !oneDated && mutual && !anchor.conflict && sameCountedOf(a, x, b, y)) partners.push({ y, evidence: 1 });
      // The weaker reading (the same act, weakly anchored) also needs each claim to be mostly about
      // what the other says: a headline's figure against one sentence of a long report of several
      // events is no partner.
      else if (alone && !oneDated && mutual && anchor.share > 0 && !anchor.conflict && act >= SAME_ACT && actorsAgree(a, x, b, y)) partners.push({ y, evidence: (anchor.share + Math.min(act, 1)) / 4 });
      else reason = act < SAME_ACT ? 'different act' : 'anchored differently';
    }
    if (partners.length === 0) continue;
    // Any compatible value of the same measure means the two may agree; a partner that another
    // figure of a matches is that figure's ("raised to 250,000 from 30,000" / "to 250,000").
    if (partners.some(({ y }) => overlaps(interval(x), interval(y)))) {
      reason = 'compatible values';
      continue;
    }
    // A bare figure ("put the toll at 45") may be of the same measure too: one that fits either
    // side's figure leaves the two compatible.
    const bare = (z: Quantity) => !z.unit && !z.counted && !z.conversion && !z.whole;
    if (b.quantities.some((z) => bare(z) && overlaps(interval(z), interval(x)))) {
      reason = 'matched by another figure';
      continue;
    }
    // A bare figure is written without its unit ("25,000 hectares, 8,000 of them in Jämtland"): it
    // matches the same written number of the other side.
    const written = (q: Quantity) => Number(/\d[\d,]*(?:\.\d+)?/.exec(q.text)?.[0].replace(/,/g, '') ?? NaN);
    const matches = (z: Quantity, y: Quantity) => (sameMeasure(z, y) && overlaps(interval(z), interval(y))) || (bare(z) && (overlaps(interval(z), interval(y)) || written(z) === written(y)));
    const unmatched = partners.filter(({ y }) => !a.quantities.some((z) => z !== x && !z.conversion && matches(z, y)));
    if (unmatched.length === 0) {
      reason = 'matched by another figure';
      continue;
    }
    const { y, evidence } = unmatched[0]!;
    return {
      reason: 'conflicting values',
      finding: {
        kind: 'numeric',
        explanation: versus(context.label(a), passage(a.text, x.start, x.start + x.phrase.length), context.label(b), passage(b.text, y.start, y.start + y.phrase.length)),
        evidence,
      },
    };
  }
  return { reason };
}

export const numeric: Detector = {
  kinds: ['numeric'],
  aligned: true,
  detect: (a, b, context) => numericVerdict(a, b, context).finding,
};
