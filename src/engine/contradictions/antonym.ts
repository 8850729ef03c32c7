/**
 * Antonym: the same subject given opposite predicates ("profits rose" / "profits fell", "the bill
 * passed" / "the bill failed", "the pass was closed" / "remained open"): WordNet antonyms, over
 * arguments that agree and with the same polarity ("did not rise" and "fell" agree).
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import type { Token } from '../analyze/tokens.ts';
import type { Phrase, Proposition } from '../analyze/propositions.ts';
import { antonyms } from '../lexicon/concepts.ts';
import { hasLemma, related, synset, synsetIds, type WordNetPos } from '../lexicon/wordnet.ts';
import { SAME_CLAIM, actSimilarity, differentOccasions, differentPlaces, matchingPropositions, rolesAgree, shareArgument } from './slots.ts';
import { passage, versus, type Detector } from './types.ts';

/**
 * The WordNet words a predicate can stand for: its lemma as a verb, and as an adjective for a
 * participle used as a state ("closed", "injured"), since WordNet records opposites of states
 * between adjectives ("closed" / "open").
 */
function forms(p: Proposition, token: Token, next?: Token): [string, WordNetPos][] {
  const out: [string, WordNetPos][] = [];
  // A verb with its particle, when WordNet knows the two as one ("voted down" is to defeat, not to vote).
  const phrasal = next && /^(?:ADP|ADV|PART)$/.test(next.pos) && PARTICLES.test(next.lower) ? `${token.lemma.toLowerCase()}_${next.lower}` : undefined;
  if (token.pos === 'VERB' && phrasal && hasLemma(phrasal, 'v')) return [[phrasal, 'v']];
  if (token.pos === 'VERB') out.push([token.lemma, 'v']);
  if (token.pos === 'ADJ' || hasLemma(token.lower, 'a')) out.push([token.lower, 'a']);
  if (p.predicate !== token.lemma && p.predicate !== token.lower) out.push([p.predicate, 'a']);
  // A verb done again is that verb for its opposites: "reopened" opposes "closed" as "opened" does.
  const again = /^re([a-z]{3,})$/.exec(token.pos === 'VERB' ? token.lemma.toLowerCase() : '');
  if (again && hasLemma(again[1]!, 'v')) out.push([again[1]!, 'v']);
  return out;
}

/** WordNet similarity of two verbs of one synset. */
const SYNONYMOUS = 0.9;

/** Particles that make a phrasal verb ("voted down", "called off"); "on" and "in" are mostly prepositions ("running on schedule"). */
const PARTICLES = /^(?:up|down|out|off|away|back)$/;

/**
 * The words a verb is a kind of, one step up in WordNet (its first two senses): "soar" is a way to
 * "rise", "plunge" to "fall", so "soared" opposes "fell" as "rose" does.
 */
function kindsOf(lemma: string): string[] {
  let known = kindCache.get(lemma);
  if (!known) kindCache.set(lemma, (known = readKinds(lemma)));
  return known;
}

/** Kinds already looked up: the detector asks for the same verbs for every pair of claims. */
const kindCache = new Map<string, string[]>();

function readKinds(lemma: string): string[] {
  const senses = synsetIds(lemma, 'v').slice(0, 2);
  const above = senses
    .flatMap((id) => related(id, ['@']))
    // A root of WordNet's verb hierarchy ("travel, go, move", "change") is too general a kind.
    .filter((id) => related(id, ['@']).length > 0)
    .flatMap((id) => synset(id).words);
  // The first sense, or the sense it is a kind of, with no kind above it in WordNet is a kind of
  // the verb its gloss defines it by: "beat" is to "defeat", which is to "win a victory over".
  const first = senses.slice(0, 1);
  const roots = first.flatMap((id) => (related(id, ['@']).length === 0 ? [id] : related(id, ['@']).filter((h) => related(h, ['@']).length === 0)));
  return [...above, ...roots.map(genus).filter((word): word is string => word !== undefined && word !== lemma)];
}

/** Verbs too general to be the kind a gloss defines a verb by ("make a change", "cause to ..."). */
const LIGHT_GENUS = new Set(['be', 'have', 'make', 'cause', 'take', 'give', 'get', 'put', 'go', 'come', 'do', 'become', 'let', 'keep']);

/** The verb a verb sense's gloss opens with ("win a victory over" → win), if WordNet knows it as a verb and it says enough. */
function genus(id: string): string | undefined {
  const first = /^([a-z]+)\b/.exec(synset(id).gloss)?.[1];
  return first && !LIGHT_GENUS.has(first) && hasLemma(first, 'v') ? first : undefined;
}

/** Whether two verbs name one act: the same lemma, or one a kind of the other ("slash" / "cut"). */
const sameAct = (x: string, y: string) => x === y || kindsOf(x).includes(y) || kindsOf(y).includes(x);

/** A directional particle right after a predicate ("closed up", "went down"), if any. */
function particle(claim: { tokens: Token[] }, p: Proposition): string | undefined {
  const next = claim.tokens[p.index + 1];
  return next && /^(?:ADP|ADV|PART)$/.test(next.pos) && DIRECTIONS.has(next.lower) ? next.lower : undefined;
}

/** Particles of direction, whose WordNet antonyms are opposite directions ("up" / "down"). */
const DIRECTIONS = new Set(['up', 'down', 'in', 'out', 'on', 'off', 'upward', 'downward', 'higher', 'lower']);

/**
 * Whether two predicates are WordNet antonyms: as verbs, one of them or the kind of act it is
 * ("fell" / "soared", a way to rise), or as the adjectives of their states; or the same verb
 * with opposite particles ("closed up" / "closed down").
 */
function opposite(a: { tokens: Token[] }, p: Proposition, b: { tokens: Token[] }, r: Proposition): boolean {
  const x = forms(p, a.tokens[p.index]!, a.tokens[p.index + 1]);
  const y = forms(r, b.tokens[r.index]!, b.tokens[r.index + 1]);
  const oppose = (from: [string, WordNetPos][], to: [string, WordNetPos][]) =>
    from.some(([lemma, pos]) => {
      const opposites = antonyms(lemma, pos);
      return to.some(([other, otherPos]) => otherPos === pos && opposites.has(other));
    });
  if (oppose(x, y)) return true;
  const [u, v] = [particle(a, p), particle(b, r)];
  if (p.predicate === r.predicate && u !== undefined && v !== undefined && antonyms(u, 'r').has(v)) return true;
  // Through the kind of act, which is looser: only for one subject and no object that differs.
  const kinds = (list: [string, WordNetPos][]) => list.filter(([, pos]) => pos === 'v').flatMap(([lemma]) => kindsOf(lemma).map((word) => [word, 'v'] as [string, WordNetPos]));
  const sameThing = (m?: Phrase, n?: Phrase) => m !== undefined && n !== undefined && m.head === n.head;
  const objectsAgree = !p.object || !r.object || sameThing(p.object, r.object);
  return sameThing(p.subject, r.subject) && objectsAgree && (oppose(x, kinds(y)) || oppose(y, kinds(x)));
}

/**
 * The noun of the prepositional phrase right after a predicate's object ("forecast for growth",
 * "exports to China"), if any: what the object is of.
 */
function complementOf(claim: { tokens: Token[] }, p: Proposition): string | undefined {
  const { tokens } = claim;
  let k = p.index + 1;
  while (k < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|PRON|PART|NUM)$/.test(tokens[k]!.pos)) k++;
  if (!/^(?:for|of|on|to|in)$/.test(tokens[k]?.lower ?? '')) return undefined;
  // Only after an object: after a figure ("fell 9% in Copenhagen trading") it is where or when.
  const run = tokens.slice(p.index + 1, k);
  if (!run.some((t, i) => (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') && /^\p{L}/u.test(t.text) && run[i - 1]?.pos !== 'NUM')) return undefined;
  let n = k + 1;
  while (n < tokens.length && /^(?:DET|ADJ)$/.test(tokens[n]!.pos)) n++;
  const head = tokens[n];
  return head && (head.pos === 'NOUN' || head.pos === 'PROPN') ? head.lemma.toLowerCase() : undefined;
}

/**
 * Whether two claims give opposite acts or states of one polarity ("prices in Germany rose" /
 * "prices in France fell"), whatever they are about: such claims never state the same thing.
 */
export function opposedActs(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  // An act both claims give ("shut down ports" in each) is no opposition, whatever else they state.
  const has = (claim: AnalyzedClaim, predicate: string) => claim.propositions.some((x) => x.predicate === predicate);
  return a.propositions.some((p) => b.propositions.some((r) => p.negative === r.negative && p.modality === r.modality && !has(b, p.predicate) && !has(a, r.predicate) && opposite(a, p, b, r)));
}

export const antonym: Detector = {
  kinds: ['antonym'],
  aligned: true,
  detect(a, b, context) {
    // Claims set in different places speak of different events.
    if (differentPlaces(a, b) || differentOccasions(a, b)) return undefined;
    // A claim that also states the other's act ("increase taxes and slash spending" against "cut
    // bonuses") opposes nothing: the two acts are of different things.
    // Also through synonyms: "freed a ship" against "released a freighter that had been stuck".
    const has = (claim: typeof a, q: Proposition) => claim.propositions.some((x) => sameAct(x.predicate, q.predicate) || actSimilarity(x, q) >= SYNONYMOUS);
    const both = (p: Proposition, r: Proposition) => p.predicate !== r.predicate && (has(b, p) || has(a, r));
    // A claim that itself gives opposite acts ("icebreakers freed a ship trapped in the ice") tells
    // a change, which the other claim's acts do not contradict.
    const changes = (claim: typeof a) => claim.propositions.some((x, i) => claim.propositions.some((y, j) => i < j && shareArgument(x, y) && opposite(claim, x, claim, y)));
    if (changes(a) || changes(b)) return undefined;
    const [pair] = matchingPropositions(
      a,
      b,
      (p, r) => p.negative === r.negative && p.modality === r.modality && !both(p, r) && rolesAgree(a, p, b, r) && (shareArgument(p, r) || context.similarity.score >= SAME_CLAIM) && opposite(a, p, b, r),
    );
    if (!pair) return undefined;
    const [p, r] = pair;
    // Of one object, but of different things ("its forecast for growth" / "its forecast for inflation").
    const [ca, cb] = [complementOf(a, p), complementOf(b, r)];
    if (ca && cb && ca !== cb && !a.terms.some((t) => t.key === `l:${cb}`) && !b.terms.some((t) => t.key === `l:${ca}`)) return undefined;
    // Both claims must say who or what the predicate is about, so the opposites are of one thing.
    if (!p.subject && !r.subject) return undefined;
    return {
      kind: 'antonym',
      explanation: versus(context.label(a), passage(a.text, a.tokens[p.index]!.start, a.tokens[p.index]!.end), context.label(b), passage(b.text, b.tokens[r.index]!.start, b.tokens[r.index]!.end)),
    };
  },
};
