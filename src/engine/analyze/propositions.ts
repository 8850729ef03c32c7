/**
 * Propositions: what a claim asserts, slot by slot. A claim gives one proposition per main
 * predicate (a verb that is not an auxiliary, or a state after a copula): the predicate's lemma,
 * its polarity and modality, the noun phrases before and after it (subject and object), and the
 * claim's times and places. Quantities, speaker and quotes stay on the analysed claim.
 *
 * The means are wink-nlp's part-of-speech tags and a small chunker of our own (noun phrases are
 * runs of determiners, adjectives, numbers and nouns; the subject is the phrase before the
 * predicate, the object the one after it). wink's English model has no dependency parser, and the
 * contradiction detectors only need to know whether two propositions have the same predicate and
 * arguments that do not name different things; a chunker does that in microseconds per claim.
 */
import { hasLemma, related, synset, synsetIds } from '../lexicon/wordnet.ts';
import type { Entity } from './entities.ts';
import { REPORTING } from './speech.ts';
import type { Token } from './tokens.ts';

/** A noun phrase: its head noun (lemma or entity key) and the content words that modify it. */
export interface Phrase {
  head: string;
  /** Lemmas (or entity keys) of adjectives and nouns before the head: "oil" in "oil prices". */
  modifiers: string[];
  text: string;
}

/** How sure the claim is of its predicate. */
export type Modality = 'asserted' | 'possible' | 'future' | 'reported';

/** One proposition of a claim. */
export interface Proposition {
  /** Lemma of the predicate ("take", "die", "closed"). */
  predicate: string;
  /** The predicate token's index in the claim's tokens. */
  index: number;
  /** Negated ("will not take", "was never approved"), or its object is ("without an agreement"). */
  negative: boolean;
  modality: Modality;
  subject?: Phrase;
  object?: Phrase;
  /** Read from a noun denied by "no" ("no arrests were made"): the proposition has no arguments of its own. */
  nominal?: boolean;
}

/** Verbs that deny the predicate after them: "refused to concede", "failed to win", "declined to sign". */
const DENYING = new Set(['refuse', 'fail', 'decline']);

/** Nouns of those verbs, which deny the same way: "its failure to register", "his refusal to sign". */
const DENYING_NOUNS = new Set(['failure', 'refusal']);

/** Words that make the predicate after them merely possible, or future. */
const MODALS: Record<string, Modality> = {
  may: 'possible', might: 'possible', could: 'possible', would: 'possible', should: 'possible', can: 'possible',
  will: 'future', shall: 'future',
};

/** Adverbs that mark a predicate as only reported. */
const REPORTED = new Set(['reportedly', 'allegedly', 'purportedly', 'apparently', 'supposedly']);

/**
 * Support verbs: verbs whose object names the act ("joined the protest", "held a rally", "took
 * part in the march", "carried out an attack"), a closed class of English grammar.
 */
export const SUPPORT_VERBS = new Set(['join', 'attend', 'hold', 'stage', 'make', 'give', 'take', 'conduct', 'carry', 'launch', 'mount', 'undergo', 'suffer', 'go']);

/** Copulas and their kin: the state after them is the predicate ("the road was closed"). */
const COPULAS = new Set(['be', 'become', 'remain', 'stay', 'seem', 'appear']);

/** Parts of speech a noun phrase is made of. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

function keyOf(token: Token, entities: Entity[]): string {
  const entity = entities.find((e) => token.start >= e.start && token.end <= e.end);
  return entity ? `e:${entity.key}` : `l:${token.lemma.toLowerCase()}`;
}

/** Tokens that open a clause: the subject of a predicate is the first noun phrase after the last of them. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'after', 'before', 'as', 'if', 'since', 'but', 'and', 'although', 'though', 'where']);

/**
 * The subject of the predicate at token `end`: the first noun phrase of its clause (after the last
 * comma, conjunction or relative word before it), so "An earthquake off the coast of X triggered"
 * has the subject "An earthquake", not "X".
 */
function phraseBefore(tokens: Token[], end: number, entities: Entity[], text: string): Phrase | undefined {
  let start = 0;
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k]!;
    // A reporting verb opens the clause it reports ("Peeters said the deal would close").
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || CLAUSE_OPENERS.has(t.lower) || (t.pos === 'VERB' && REPORTING[t.lemma] !== undefined)) {
      start = k + 1;
      break;
    }
  }
  let k = start;
  while (k < end && !PHRASE_POS.has(tokens[k]!.pos)) k++;
  if (k >= end) return undefined;
  const first = k;
  while (k + 1 < end && (PHRASE_POS.has(tokens[k + 1]!.pos) || /^['’]s?$/.test(tokens[k + 1]!.text))) k++;
  // "Shares in Nordvik", "the leader of the party": the complement's nouns modify the head.
  const complement: Token[] = [];
  if (/^(?:of|in)$/.test(tokens[k + 1]?.lower ?? '')) {
    for (let c = k + 2; c < end && PHRASE_POS.has(tokens[c]!.pos); c++) complement.push(tokens[c]!);
  }
  return phrase(tokens.slice(first, k + 1), entities, text, complement);
}

/**
 * The object of the predicate before token `start`: the noun phrase right after it (adverbs and
 * particles skipped). A phrase after a preposition is an adjunct ("hit off the city"), not an object.
 */
function phraseAfter(tokens: Token[], start: number, entities: Entity[], text: string): Phrase | undefined {
  let k = start;
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  if (k >= tokens.length || !PHRASE_POS.has(tokens[k]!.pos)) return undefined;
  const first = k;
  // A possessive continues the phrase: "the city's demonstrations" is headed by "demonstrations".
  // A pronoun after a noun opens a relative clause: "the price it pays" is headed by "price".
  while (k + 1 < tokens.length && (PHRASE_POS.has(tokens[k + 1]!.pos) || /^['’]s?$/.test(tokens[k + 1]!.text))) {
    if (tokens[k + 1]!.pos === 'PRON' && /^(?:NOUN|PROPN)$/.test(tokens[k]!.pos)) break;
    k++;
  }
  return phrase(tokens.slice(first, k + 1), entities, text);
}

function phrase(run: Token[], entities: Entity[], text: string, complement: Token[] = []): Phrase | undefined {
  const content = run.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'ADJ');
  const nouns = content.filter((t) => t.pos !== 'ADJ');
  const headToken = nouns[nouns.length - 1];
  if (!headToken) return undefined;
  const head = keyOf(headToken, entities);
  const extra = complement.filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && !t.stop);
  const modifiers = [...new Set([...content.filter((t) => t !== headToken && !t.stop), ...extra].map((t) => keyOf(t, entities)))].filter((key) => key !== head);
  return { head, modifiers, text: text.slice(run[0]!.start, run[run.length - 1]!.end) };
}

/** The verb a noun names the act of: the same word as a verb ("arrest"), or its first WordNet derivation ("warning" → "warn"). */
function verbOfNoun(noun: string): string | undefined {
  if (hasLemma(noun, 'v')) return noun;
  for (const id of synsetIds(noun, 'n').slice(0, 2)) {
    const verb = related(id, ['+']).find((target) => target.startsWith('v'));
    if (verb) return synset(verb).words[0];
  }
  return undefined;
}

/** The propositions of a claim, in order. */
export function findPropositions(text: string, tokens: Token[], entities: Entity[]): Proposition[] {
  const propositions: Proposition[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let predicate: string | undefined;
    if (token.pos === 'VERB' && !COPULAS.has(token.lemma)) predicate = token.lemma.toLowerCase();
    // A state after a copula: "was closed", "is safe", "remains open".
    else if ((token.pos === 'ADJ' || token.pos === 'VERB') && tokens.slice(Math.max(0, i - 3), i).some((t) => COPULAS.has(t.lemma) && (t.pos === 'AUX' || t.pos === 'VERB'))) {
      predicate = token.lower;
    }
    // A figure or an ordinal ("13th") is never a predicate.
    if (!predicate || /\d/.test(predicate)) continue;
    let modality: Modality = 'asserted';
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const before = tokens[k]!;
      if (before.pos !== 'AUX' && before.pos !== 'PART' && before.pos !== 'ADV') break;
      if (MODALS[before.lower]) modality = MODALS[before.lower]!;
      if (REPORTED.has(before.lower)) modality = 'reported';
    }
    // "refused to concede": the predicate is conceded not to happen; the denying verb is no proposition.
    if (DENYING.has(token.lemma) && tokens[i + 1]?.lower === 'to') continue;
    const denied = tokens[i - 1]?.lower === 'to' && (DENYING.has(tokens[i - 2]?.lemma ?? '') || DENYING_NOUNS.has(tokens[i - 2]?.lower ?? ''));
    // "took part in the march", "went on strike": the act is what the part is taken in, what one goes on.
    const partIn = token.lemma === 'take' && tokens[i + 1]?.lower === 'part' && /^(?:in|of)$/.test(tokens[i + 2]?.lower ?? '');
    const goOn = token.lemma === 'go' && tokens[i + 1]?.lower === 'on';
    const object = phraseAfter(tokens, partIn ? i + 3 : goOn ? i + 2 : i + 1, entities, text);
    // "ended without an agreement": the object is denied.
    const next = tokens.slice(i + 1, i + 4);
    const clauseEnd = next.findIndex((t) => t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.lower === 'that');
    const without = next.slice(0, clauseEnd === -1 ? next.length : clauseEnd).some((t) => t.lower === 'without');
    propositions.push({
      predicate,
      index: i,
      negative: token.negated !== denied || without,
      modality,
      subject: phraseBefore(tokens, i, entities, text),
      object,
    });
  }
  // "The driver survived and was arrested": a verb joined to the one before by a conjunction,
  // with nothing between them but auxiliaries and adverbs, shares its subject.
  for (let n = 1; n < propositions.length; n++) {
    const [before, p] = [propositions[n - 1]!, propositions[n]!];
    if (p.subject || !before.subject) continue;
    const between = tokens.slice(before.index + 1, p.index);
    const joined = between.some((t) => t.pos === 'CCONJ') && between.every((t) => /^(?:CCONJ|AUX|ADV|PART)$/.test(t.pos) || t.text === ',');
    if (joined) propositions[n] = { ...p, subject: before.subject };
  }
  // "No arrests have been made", "received no warning": a noun denied by "no" that names an act
  // ("arrest", "warning" from "warn") is a denied proposition of its verb, so it meets "a man has
  // been arrested" and "had been warned".
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'NOUN' || !token.negated || tokens[i - 1]?.lower !== 'no' && tokens[i - 2]?.lower !== 'no') continue;
    const verb = verbOfNoun(token.lemma.toLowerCase());
    if (!verb) continue;
    propositions.push({ predicate: verb, index: i, negative: true, modality: 'asserted', subject: undefined, object: undefined, nominal: true });
  }
  return propositions;
}
