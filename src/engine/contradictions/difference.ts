/**
 * Where two nearly identical claims differ: the words of each that the other lacks, found by a
 * longest common subsequence over the words' lemmas. Detectors of exclusive values (a place, a day,
 * a person) look at claims that differ in one place only; elsewhere the difference says nothing.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { sentiment, type Token } from '../analyze/tokens.ts';
import { conceptSimilarity, concepts } from '../lexicon/concepts.ts';
import { sameByInitials } from './attribution.ts';
import { ORDINAL } from './slots.ts';

/** One place where the claims differ: the tokens of a and of b there (either may be empty). */
export interface Hunk {
  a: Token[];
  b: Token[];
}

/** Words that carry meaning for the comparison (punctuation and quote marks do not). */
const words = (claim: AnalyzedClaim) => claim.tokens.filter((t) => t.pos !== 'PUNCT' && /[\p{L}\p{N}]/u.test(t.text));

/** Claims longer than this are not diffed: real sentences that long are never one change apart. */
const MAX_WORDS = 80;

const key = (t: Token) => (t.pos === 'NUM' ? t.lower : t.lemma.toLowerCase());

/**
 * At most how many words two claims can have in common, in order or not (the size of the
 * intersection of their multisets of words): a quick bound before the quadratic diff.
 */
export function commonBound(a: AnalyzedClaim, b: AnalyzedClaim): number {
  const counts = new Map<string, number>();
  for (const t of words(a)) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  let common = 0;
  for (const t of words(b)) {
    const left = counts.get(key(t)) ?? 0;
    if (left > 0) {
      common++;
      counts.set(key(t), left - 1);
    }
  }
  return common / Math.max(words(a).length, words(b).length, 1);
}

/** The hunks where two claims differ, in order; undefined for claims too long to diff. */
export function differences(a: AnalyzedClaim, b: AnalyzedClaim): Hunk[] | undefined {
  const x = words(a);
  const y = words(b);
  if (x.length > MAX_WORDS || y.length > MAX_WORDS) return undefined;
  const n = x.length;
  const m = y.length;
  // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = key(x[i]!) === key(y[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let i = 0;
  let j = 0;
  const flush = () => {
    if (current) hunks.push(current);
    current = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && key(x[i]!) === key(y[j]!)) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      (current ??= { a: [], b: [] }).b.push(y[j++]!);
    } else {
      (current ??= { a: [], b: [] }).a.push(x[i++]!);
    }
  }
  flush();
  return hunks;
}

/** The share of words two claims have in common (of the longer claim). */
export function commonShare(a: AnalyzedClaim, b: AnalyzedClaim, hunks: Hunk[]): number {
  const x = words(a).length;
  const y = words(b).length;
  const changed = Math.max(
    hunks.reduce((sum, h) => sum + h.a.length, 0),
    hunks.reduce((sum, h) => sum + h.b.length, 0),
  );
  const longer = Math.max(x, y);
  return longer === 0 ? 0 : (longer - changed) / longer;
}

/** Claims must share this much of their words for a change in one place to be their only difference. */
export const MIN_COMMON = 0.6;

/** The one place where two claims differ, when they read the same but for it (most of their words in common). */
function onlyChange(a: AnalyzedClaim, b: AnalyzedClaim): Hunk | undefined {
  if (commonBound(a, b) < MIN_COMMON) return undefined;
  const hunks = differences(a, b);
  return hunks !== undefined && hunks.length === 1 && commonShare(a, b, hunks) >= MIN_COMMON ? hunks[0] : undefined;
}

/** Whether two claims read the same but for one change, most of their words in common. */
export function oneChange(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  return onlyChange(a, b) !== undefined;
}

/**
 * Whether two claims that read the same but for one change differ in how sure they are: a word of
 * certainty or possibility for another, or added ("will close" / "may close", "could collapse" /
 * "will collapse"). Such claims overlap; neither states the other. A content word for another
 * ("escaped" / "fleeing", "investigators" / "policemen") is often a paraphrase WordNet does not
 * know, so it is left to the fitted model.
 */
export function certaintyChange(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const hunk = onlyChange(a, b);
  if (!hunk) return false;
  const certainty = (tokens: Token[]) => tokens.filter((t) => CERTAINTY.test(t.lower)).map((t) => t.lower).sort().join(' ');
  return certainty(hunk.a) !== certainty(hunk.b);
}

/**
 * Whether the one change between two claims is a name for another name ("shares of Toyota rose" /
 * "shares of Honda rose", "the union GDL called a strike" / "the union EVG …"): the claims speak
 * of different things or actors, so neither states the other. Names of one key, a name and its
 * initials, and a name the other claim also gives are one thing.
 */
export function nameChange(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const hunk = onlyChange(a, b);
  if (!hunk || hunk.a.length === 0 || hunk.b.length === 0) return false;
  const names = (claim: AnalyzedClaim, tokens: Token[]) => {
    const found = tokens.map((t) => claim.entities.find((e) => t.start >= e.start && t.end <= e.end));
    return found.every((e) => e !== undefined) ? [...new Set(found.map((e) => e!))] : undefined;
  };
  const [x, y] = [names(a, hunk.a), names(b, hunk.b)];
  if (!x || !y || x.length !== 1 || y.length !== 1) return false;
  const [ex, ey] = [x[0]!, y[0]!];
  if (ex.key === ey.key || sameByInitials(ex.text, ey.text)) return false;
  return !b.entities.some((e) => e.key === ex.key) && !a.entities.some((e) => e.key === ey.key);
}

/**
 * Whether the one change between two claims is a word that qualifies a noun for a different one
 * ("the women's team" / "the men's team", "oil prices" / "gold prices", "the junior team" / "the
 * senior team"): the claims speak of different things. Synonyms ("the rail strike" / "the railway
 * strike") are one thing.
 */
export function qualifierChange(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const hunk = onlyChange(a, b);
  if (!hunk || hunk.a.length !== 1 || hunk.b.length !== 1) return false;
  const [x, y] = [hunk.a[0]!, hunk.b[0]!];
  // A noun before a noun or a possessive, or a neutral adjective before a noun ("the junior team":
  // evaluative ones, "a violent march", describe rather than name).
  const qualifies = (claim: AnalyzedClaim, t: Token) => {
    const next = claim.tokens[claim.tokens.indexOf(t) + 1];
    if (!next) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return /^(?:NOUN|PROPN)$/.test(next.pos) || /^['’]s?$/.test(next.text);
    // An ordinal is a place in a series, compared as such ("second recall" / "fourth recall").
    return t.pos === 'ADJ' && !ORDINAL.test(t.lower) && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos) && sentiment(t.text) === 0;
  };
  if (!qualifies(a, x) || !qualifies(b, y) || x.lemma.toLowerCase() === y.lemma.toLowerCase()) return false;
  const sense = (t: Token) => (t.pos === 'ADJ' ? 'a' : 'n');
  return sense(x) !== sense(y) || conceptSimilarity(concepts(x.lemma.toLowerCase(), sense(x)), concepts(y.lemma.toLowerCase(), sense(y))) < SYNONYMS;
}

/** WordNet similarity of two synonyms (a shared synset). */
const SYNONYMS = 0.9;

/** Words of certainty and of possibility: a change among them changes how sure the claim is. */
const CERTAINTY = /^(?:will|would|may|might|could|can|should|must|shall|possibly|probably|likely|reportedly|allegedly)$/;
