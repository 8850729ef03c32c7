/**
 * Whether two propositions are the same one: the same predicate (or, for opposites, a predicate
 * and its antonym) over arguments that do not name different things. A contradiction is a
 * conflict in one slot of one proposition; claims whose subjects differ ("oil prices" / "gold
 * prices") state two propositions, and opposite predicates or figures between them conflict in nothing.
 */
import { nameKey } from '../analyze/entities.ts';
import type { AnalyzedClaim } from '../analyze/index.ts';
import { SUPPORT_VERBS, type Phrase, type Proposition } from '../analyze/propositions.ts';
import { conceptSimilarity, concepts } from '../lexicon/concepts.ts';
import { lookupPlace } from '../lexicon/gazetteer.ts';
import { REPORTING } from '../analyze/speech.ts';

/**
 * Claims this similar (harmonic mean of coverages) state one proposition even when the chunker
 * finds no shared argument ("the repairs will take three weeks" has its subject cut by an adverb).
 */
export const SAME_CLAIM = 0.6;

/**
 * Heads that stand in for a thing named elsewhere: pronouns, and quantifiers of a group named
 * after "of" ("none of the passengers", "several of the passengers"). They name nothing of their own.
 */
const STAND_IN = /^l:(?:he|she|it|they|we|i|you|him|her|them|us|me|this|that|which|who|none|some|several|many|most|all|few|each|both|any)$/;

/** How close two argument words must be to name the same thing (synonyms or derivations). */
const SAME_WORD = 0.75;

/** Whether two argument keys (lemma or entity) can name the same thing. */
function sameKey(x: string, y: string): boolean {
  if (x === y) return true;
  // A name the entity finder left out as a word (opening a sentence: "Kestrel shares fell") is
  // the name found elsewhere ("shares in Kestrel Airways").
  const asName = (name: string, word: string) => name.startsWith('e:name:') && word.startsWith('l:') && nameKey([word.slice(2)]) === name.slice(2);
  if (asName(x, y) || asName(y, x)) return true;
  if (!x.startsWith('l:') || !y.startsWith('l:')) return false;
  return conceptSimilarity(concepts(x.slice(2), 'n'), concepts(y.slice(2), 'n')) >= SAME_WORD;
}

/**
 * Whether two noun phrases name different things: their heads differ, or both are modified and
 * no modifier of one is found in the other ("oil prices" / "gold prices"). A pronoun head or a
 * missing phrase names nothing to compare. With the claims given, a word of one phrase that the
 * other claim has elsewhere is no difference: the chunker may have cut the phrase wrongly.
 */
export function phrasesDiffer(x: Phrase | undefined, y: Phrase | undefined, claims?: [AnalyzedClaim, AnalyzedClaim]): boolean {
  if (!x || !y) return false;
  if (claims) {
    const has = (claim: AnalyzedClaim, key: string) => claim.terms.some((t) => t.key === key);
    const [a, b] = claims;
    const strange = (p: Phrase, other: AnalyzedClaim) => [p.head, ...p.modifiers].filter((key) => !has(other, key));
    if (strange(x, b).length === 0 || strange(y, a).length === 0) return false;
  }
  const pronoun = (p: Phrase) => STAND_IN.test(p.head);
  if (pronoun(x) || pronoun(y)) return false;
  if (!sameKey(x.head, y.head)) {
    // "Police" and "the police officers": one head among the other's words is the same thing.
    const inOther = (p: Phrase, q: Phrase) => q.modifiers.some((m) => sameKey(m, p.head));
    return !(inOther(x, y) || inOther(y, x));
  }
  if (x.modifiers.length === 0 || y.modifiers.length === 0) return false;
  // "shares of the drugmaker Novalia" / "shares of the drugmaker Helvopharm": names that differ
  // name different things, whatever common words the phrases share.
  const names = (p: Phrase) => p.modifiers.filter((m) => m.startsWith('e:name:'));
  const [nx, ny] = [names(x), names(y)];
  if (nx.length > 0 && ny.length > 0 && !nx.some((m) => ny.some((n) => sameKey(m, n)))) return true;
  return !x.modifiers.some((m) => y.modifiers.some((n) => sameKey(m, n)));
}

/**
 * Whether two propositions share an argument: a subject or object of one names the same thing as
 * the other's (same head, or a name in both: "shares in Nordvik" / "Nordvik's stock"). Agreeing by
 * absence ("did not go" / "went") is not enough to make two propositions one.
 */
export function shareArgument(p: Proposition, q: Proposition): boolean {
  const words = (x: Proposition) =>
    [x.subject, x.object]
      .filter((phrase): phrase is Phrase => phrase !== undefined && !STAND_IN.test(phrase.head))
      .flatMap((phrase) => [phrase.head, ...phrase.modifiers.filter((m) => m.startsWith('e:'))]);
  const wq = words(q);
  return words(p).some((h) => wq.some((k) => sameKey(h, k)));
}

/** Whether the arguments of two propositions agree (none names a different thing). */
export function argumentsAgree(p: Proposition, q: Proposition, claims?: [AnalyzedClaim, AnalyzedClaim]): boolean {
  return !phrasesDiffer(p.subject, q.subject, claims) && !phrasesDiffer(p.object, q.object, claims);
}

/**
 * Pairs of propositions of two claims whose predicates meet `match` and whose arguments agree,
 * in the claims' order.
 */
export function matchingPropositions(
  a: AnalyzedClaim,
  b: AnalyzedClaim,
  match: (p: Proposition, q: Proposition) => boolean,
): [Proposition, Proposition][] {
  const out: [Proposition, Proposition][] = [];
  for (const p of a.propositions) for (const q of b.propositions) if (match(p, q) && argumentsAgree(p, q, [a, b])) out.push([p, q]);
  return out;
}

/** Whether two predicates are the same word or synonyms. */
export function samePredicate(p: Proposition, q: Proposition): boolean {
  if (p.predicate === q.predicate) return true;
  return conceptSimilarity(concepts(p.predicate, 'v'), concepts(q.predicate, 'v')) >= 0.9;
}

/**
 * The concepts an act can be read as: its verb's, and for a support verb with an object, the
 * object's ("joined the demonstrations" is to demonstrate, "held a rally" to rally).
 */
function eventConcepts(p: Proposition): ReturnType<typeof concepts>[] {
  const read = [concepts(p.predicate, 'v')];
  if (SUPPORT_VERBS.has(p.predicate) && p.object?.head.startsWith('l:')) read.push(concepts(p.object.head.slice(2), 'n'));
  return read;
}

/** How alike two acts are, 0..1: 1 for one predicate, else WordNet's similarity of their readings. */
export function actSimilarity(p: Proposition, q: Proposition): number {
  if (samePredicate(p, q)) return 1;
  let best = 0;
  for (const u of eventConcepts(p)) for (const v of eventConcepts(q)) best = Math.max(best, conceptSimilarity(u, v));
  return best;
}

/**
 * Whether two claims speak of different things: they share a predicate, but every proposition
 * of one with the predicate of one of the other has an argument naming something else
 * ("oil prices rose 5%" / "gold prices rose 6%"). Verbs of saying are left out: who said it is
 * attribution.
 */
export function aboutDifferentThings(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  let shared = false;
  for (const p of a.propositions) {
    // Who says it ("a spokesman said" / "the operator said") is attribution, not what is said.
    if (REPORTING[p.predicate] === 'assert') continue;
    for (const r of b.propositions) {
      if (!samePredicate(p, r)) continue;
      if (argumentsAgree(p, r, [a, b])) return false;
      shared = true;
    }
  }
  return shared;
}

/** Auxiliaries that make the participle after them passive ("was arrested", "had been called off"). */
const PASSIVE_AUXILIARY = /^(?:is|are|was|were|be|been|being|get|got)$/;

/** Whether a proposition's predicate is a passive participle ("had been warned", "were never told"). */
export function passive(claim: AnalyzedClaim, p: Proposition): boolean {
  let k = p.index - 1;
  while (k >= 0 && /^(?:ADV|PART)$/.test(claim.tokens[k]!.pos)) k--;
  return k >= 0 && PASSIVE_AUXILIARY.test(claim.tokens[k]!.lower);
}

/**
 * Whether two propositions' participants agree across voice: of an active and a passive one, the
 * passive's subject is what the active one acts on ("police released the names" / "the victims
 * are being held" speak of different things). Same voice, or a missing phrase, agrees. `lenient`
 * lets a phrase whose words the other claim has elsewhere agree (see `phrasesDiffer`).
 */
export function rolesAgree(a: AnalyzedClaim, p: Proposition, b: AnalyzedClaim, q: Proposition, lenient = false): boolean {
  const [pp, qp] = [passive(a, p), passive(b, q)];
  if (pp === qp) return true;
  const claims: [AnalyzedClaim, AnalyzedClaim] | undefined = lenient ? [a, b] : undefined;
  return pp ? !phrasesDiffer(p.subject, q.object, claims) : !phrasesDiffer(p.object, q.subject, claims);
}

/** Words that name an occasion: days, years and ordinals ("the second match", "its 3rd quarter"). */
export const OCCASION = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:1[89]|20)\d\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/** Ordinal numbers, in words and in figures: a place in a series ("its second recall", "the 3rd round"). */
export const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))$/;

/** Months, written with a capital (so the verbs "march" and "may" are not months). */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * Whether two claims are set on different occasions: each names a day, month, year or ordinal and
 * they share none ("rose on Monday" / "fell on Tuesday", "won its first match" / "lost its
 * second"). Opposite acts or states on two occasions do not conflict.
 */
export function differentOccasions(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const words = (claim: AnalyzedClaim) => new Set(claim.tokens.filter((t) => OCCASION.test(t.lower) || MONTH.test(t.text)).map((t) => t.lower));
  const x = words(a);
  const y = words(b);
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/**
 * Whether the phrase a preposition follows is a bare noun phrase, one that names a kind of thing
 * ("imports from Brazil", "flights to Madrid", "prices in Germany"): the place then says which
 * things are spoken of, not where an act happened, and another place names other things. A
 * determiner or a number makes the phrase one thing ("a blast in Braga", "the train from Warsaw",
 * "two men in Paris"), and so does a verb before the preposition ("was launched from Kourou").
 */
export function qualifiesKind(claim: AnalyzedClaim, preposition: number): boolean {
  const start = phraseStart(claim, preposition - 1);
  if (start === undefined) return false;
  // "sales of electric cars in Norway", "two days of talks in Arusha", "the number of tourists
  // from Germany": the phrase before "of" decides, but where something comes from or goes to
  // always says which things.
  if (claim.tokens[start - 1]?.lower === 'of') {
    const outer = phraseStart(claim, start - 2);
    return outer === undefined || bare(claim, outer) || DIRECTIONAL.test(claim.tokens[preposition]!.lower);
  }
  return bare(claim, start);
}

/** The first token of the noun phrase ending with the noun at `end`, or undefined when there is no noun there. */
function phraseStart(claim: AnalyzedClaim, end: number): number | undefined {
  if (end < 0 || claim.tokens[end]!.pos !== 'NOUN') return undefined;
  let k = end;
  // "battery recycling plant": a gerund before a noun belongs to the phrase.
  while (k - 1 >= 0 && (/^(?:NOUN|PROPN|ADJ)$/.test(claim.tokens[k - 1]!.pos) || (claim.tokens[k - 1]!.pos === 'VERB' && /ing$/.test(claim.tokens[k - 1]!.lower) && claim.tokens[k - 2]?.pos !== 'AUX')) && !/^['’]s?$/.test(claim.tokens[k - 1]!.text)) k--;
  return k;
}

/**
 * Whether the noun phrase starting at `start` is a bare subject: nothing before it in its clause
 * (no determiner, number or possessive, and no verb whose object it would be: "uncovered bronze
 * daggers near the village" puts the daggers' find near the village).
 */
function bare(claim: AnalyzedClaim, start: number): boolean {
  const before = claim.tokens[start - 1];
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** Prepositions of where something comes from or goes to. */
const DIRECTIONAL = /^(?:from|to|into|across|over)$/;

/**
 * Whether a state's name says who or which rather than where: a demonym before a noun ("the Swiss
 * player", "the Chilean peso") or a possessor ("Spain's olive oil exports").
 */
export function stateQualifies(claim: AnalyzedClaim, entity: { text: string; start: number; end: number }): boolean {
  if (/^['’]s?\b/.test(claim.text.slice(entity.end))) return true;
  const next = claim.tokens.find((t) => t.start >= entity.end);
  return lookupPlace(entity.text)?.via === 'demonym' && /^(?:NOUN|PROPN|ADJ)$/.test(next?.pos ?? '');
}

/**
 * Whether two claims are set in different places: each names a place (a state, or a name after a
 * locative preposition) and they share none ("dock workers at Valparaíso" / "at San Antonio").
 */
export function differentPlaces(a: AnalyzedClaim, b: AnalyzedClaim): boolean {
  const places = (claim: AnalyzedClaim) =>
    new Set(
      claim.entities
        .filter((e) => {
          const index = claim.tokens.findIndex((t) => t.start === e.start);
          if (e.key.startsWith('state:')) return !stateQualifies(claim, e);
          let k = index - 1;
          while (k >= 0 && (claim.tokens[k]!.pos === 'DET' || claim.tokens[k]!.pos === 'ADJ')) k--;
          // "in Lyon", "at the port of Valparaíso", "the city of Medan".
          if (k >= 1 && claim.tokens[k]!.lower === 'of' && claim.tokens[k - 1]!.pos === 'NOUN') return true;
          // Not "shares in Nordvik", "imports from Brazil": the name says which things, not where.
          return k >= 0 && /^(?:in|at|near|off|outside|inside|from|into|across)$/.test(claim.tokens[k]!.lower) && !qualifiesKind(claim, k);
        })
        .map((e) => e.key),
    );
  const pa = places(a);
  const pb = places(b);
  return pa.size > 0 && pb.size > 0 && ![...pa].some((p) => pb.has(p)) && !a.entities.some((e) => pb.has(e.key)) && !b.entities.some((e) => pa.has(e.key));
}
