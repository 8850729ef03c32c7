/**
 * Everything the comparison needs to know about a claim, computed once per claim: content terms
 * with WordNet concepts, entities, quantities, speech, and the cues of scope, status, order and
 * stance, and propositions. A speaker given as a pronoun ("he said") is resolved from the claims before.
 */
import { splitClaims } from '../claims.ts';
import { concepts, wordnetPos, type Concepts } from '../lexicon/concepts.ts';
import { hasLemma, NOUN_FILE, synset, synsetIds } from '../lexicon/wordnet.ts';
import type { ArticleInput, Claim } from '../types.ts';
import { findEntities, nameKey, type Entity } from './entities.ts';
import { findScope, findStance, type Cue } from './markers.ts';
import { findPropositions, type Proposition } from './propositions.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { analyzeSpeech, type Speech } from './speech.ts';
import { tokenize, type Token } from './tokens.ts';

/** A content term of a claim: a word's lemma (with its WordNet concepts), an entity or a number. */
export interface Term {
  /** `l:lemma`, `e:entity-key` or `n:value`. */
  key: string;
  /** WordNet concepts for words WordNet knows. */
  concepts?: Concepts;
  /** Under negation in the claim. */
  negated: boolean;
  /** A verb (predicates weigh in negation checks). */
  verb: boolean;
  /** For a figure, the lemma of what it counts ("person", "year"), when it counts things. */
  counted?: string;
  /**
   * The term only sets the scene: a place that is not the claim's actor ("in Kenya", "Kenya's
   * exports", "the Kenyan runner", but not "Kenya protested"), or a time word ("Tuesday"). Two claims
   * that share only these share a country or a day, not a matter.
   */
  scene?: boolean;
}

/** A claim with everything the engine derives from it. */
export interface AnalyzedClaim {
  claim: Claim;
  /** The words analysed: the claim's plain text (`claim.plain`, Markdown syntax dropped) or its text. */
  text: string;
  article: string;
  tokens: Token[];
  terms: Term[];
  entities: Entity[];
  quantities: Quantity[];
  /** What the claim asserts, predicate by predicate, with its arguments. */
  propositions: Proposition[];
  speech: Speech;
  scope?: Cue<'part' | 'all'>;
  stance?: Cue<'doubt' | 'hope'>;
  /** Entity keys of this claim and the two before it: what the claim is about in context. */
  context: Set<string>;
}

/** Reporting and light verbs say little about content: they weigh less in similarity. */
export const LIGHT_LEMMAS = new Set([
  'say', 'tell', 'report', 'announce', 'state', 'add', 'note', 'claim', 'according', 'be', 'have', 'do',
  'make', 'take', 'get', 'also', 'however', 'meanwhile', 'then', 'now', 'so', 'just', 'even', 'still',
]);

const nameConcepts = new Map<string, Concepts>();

/** The concept a name stands for, shared by the entity and a capitalised word spelling it. */
function nameConcept(key: string, initials?: string): Concepts {
  const cacheKey = initials ? `${key} ${initials}` : key;
  let concept = nameConcepts.get(cacheKey);
  if (!concept) {
    concept = new Map([[key, 'own']]);
    if (initials) concept.set(`initials:${initials}`, 'own');
    nameConcepts.set(cacheKey, concept);
  }
  return concept;
}

/**
 * The initials a name goes by: an acronym as written ("HSE", "U.N."), or the initials of a name of
 * three or more capitalised words ("Health Service Executive", "International Monetary Fund"), so
 * that one outlet's acronym meets another's full name. Undefined for other names.
 */
export function initialsOf(text: string): string | undefined {
  const compact = text.replace(/\./g, '');
  if (/^[A-Z]{2,6}$/.test(compact)) return compact;
  const words = text.split(/\s+/).filter((w) => !/^(?:of|the|and|for|de|du|des|la|le)$/i.test(w));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * Terms of a claim: entity keys replace the tokens they cover; numbers keep their value, with
 * their unit, which replaces the unit's words ("4 percent" and "4%" give the same term).
 */
function termsOf(tokens: Token[], entities: Entity[], quantities: Quantity[]): Term[] {
  const terms: Term[] = [];
  const covered = new Set<number>();
  for (const entity of entities) {
    const scene = placeName(entity.key) && !actsAsItself(tokens, entity);
    terms.push({ key: `e:${entity.key}`, concepts: entity.key.startsWith('name:') ? nameConcept(entity.key, initialsOf(entity.text)) : undefined, negated: false, verb: false, ...(scene ? { scene } : {}) });
    tokens.forEach((t, i) => {
      if (t.start >= entity.start && t.end <= entity.end) covered.add(i);
    });
  }
  for (const quantity of quantities) {
    terms.push({ key: `n:${quantity.unit ?? ''}${quantity.low}`, negated: false, verb: false, counted: quantity.counted });
    tokens.forEach((t, i) => {
      if (t.start >= quantity.end && t.end <= quantity.unitEnd) covered.add(i);
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Years and calendar words place a claim in time: "early 2025" meets "by early 2025".
    if (/^(?:1[89]|20)\d\d$/.test(token.text)) {
      terms.push({ key: `t:${token.text}`, negated: false, verb: false });
      continue;
    }
    if (covered.has(i) || token.stop || token.pos === 'NUM') continue;
    if (!/^(?:NOUN|VERB|ADJ|ADV|PROPN)$/.test(token.pos)) continue;
    if (!/\p{L}/u.test(token.text)) continue;
    let lemma = token.lemma.toLowerCase();
    const pos = wordnetPos(token.pos);
    // Phrasal verbs: "driven out" → drive_out, "shoot down" → shoot_down, when WordNet has them.
    const next = tokens[i + 1];
    if (pos === 'v' && next && /^(?:ADP|PART|ADV)$/.test(next.pos) && hasLemma(`${lemma}_${next.lower}`, 'v')) {
      lemma = `${lemma}_${next.lower}`;
      covered.add(i + 1);
    }
    // A plural with a sense of its own ("talks") keeps it.
    const surface = token.lower;
    const wordnetLemma = pos === 'n' && surface !== lemma && hasLemma(surface, 'n') ? surface : lemma;
    let termConcepts = pos ? concepts(wordnetLemma, pos) : undefined;
    // A capitalised noun the entity finder left out (a name opening the sentence: "Apple shares
    // rose") still meets the same name found elsewhere ("Apple Inc.").
    if (pos === 'n' && /^\p{Lu}/u.test(token.text)) {
      const key = nameKey([token.text]);
      if (key) termConcepts = new Map([...(termConcepts ?? []), ...nameConcept(key)]);
    }
    terms.push({
      key: `l:${lemma}`,
      concepts: termConcepts,
      negated: token.negated,
      verb: token.pos === 'VERB',
      ...(pos === 'n' && timeWord(wordnetLemma) ? { scene: true } : {}),
    });
  }
  return terms;
}

const { location: NOUN_LOCATION, time: NOUN_TIME } = NOUN_FILE;

/** Whether an entity key names a place: a state (or its capital or people), or a name WordNet files as a location. */
export function placeName(key: string): boolean {
  return key.startsWith('state:') || (key.startsWith('name:wn') && synset(key.slice('name:wn'.length)).lexFile === NOUN_LOCATION);
}

/** Whether every noun sense of a word WordNet knows is a time ("Tuesday", "summer", "decade"). */
function timeWord(lemma: string): boolean {
  const senses = synsetIds(lemma, 'n');
  return senses.length > 0 && senses.every((id) => synset(id).lexFile === NOUN_TIME);
}

/**
 * Whether a place's name is the subject of a verb, standing for its state or its people ("Kyiv
 * has not responded", "Chile, which hosts the talks, said"): then it acts, and is no mere scene.
 */
function actsAsItself(tokens: Token[], entity: Entity): boolean {
  let k = tokens.findIndex((t) => t.start >= entity.end);
  if (k === -1) return false;
  const before = tokens.findLast((t) => t.end <= entity.start);
  if (before && /^(?:ADP|DET|ADJ|NOUN|PROPN)$/.test(before.pos)) return false;
  // Past an aside between commas ("Kyiv, notably silent so far, has not responded").
  if (tokens[k]!.text === ',') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + APPOSITIVE_TOKENS && t.text === ',');
    if (close === -1) return false;
    k = close + 1;
  }
  return /^(?:VERB|AUX)$/.test(tokens[k]?.pos ?? '');
}

/** Tokens an aside between commas may run to after a subject. */
const APPOSITIVE_TOKENS = 10;

/** Analyses one claim text on its own (no article context). */
export function analyzeText(claim: Claim, article: string, names?: ReadonlySet<string>): AnalyzedClaim {
  const text = claim.plain ?? claim.text;
  const tokens = tokenize(text, names);
  const entities = findEntities(text, tokens);
  const nounAfter = (offset: number) => {
    const index = tokens.findIndex((t) => t.start >= offset);
    if (index === -1) return undefined;
    for (let k = index; k < Math.min(tokens.length, index + 4); k++) {
      const t = tokens[k]!;
      // The head of a noun run: "31 decoy drones" counts drones.
      if (t.pos === 'NOUN') {
        let head = k;
        while (tokens[head + 1]?.pos === 'NOUN') head++;
        return tokens[head]!.lemma.toLowerCase();
      }
      if (!/^(?:ADJ|PUNCT|NUM|ADV|PROPN)$/.test(t.pos) && !/^[-–]$/.test(t.text)) return undefined;
    }
    return undefined;
  };
  const quantities = findQuantities(text, nounAfter);
  return {
    claim,
    text,
    article,
    tokens,
    terms: termsOf(tokens, entities, quantities),
    entities,
    quantities,
    propositions: findPropositions(text, tokens, entities),
    speech: analyzeSpeech(text, tokens, entities),
    scope: findScope(text),
    stance: findStance(text),
    context: new Set(entities.map((e) => e.key)),
  };
}

/** Splits an article into claims and analyses each, resolving pronouns from the claims before. */
export function analyzeArticle(article: ArticleInput): AnalyzedClaim[] {
  const claims = splitClaims(article.slug, article.body, article.knownClaims);
  // Capitalised words inside sentences are names wherever they appear, also at a sentence start.
  const names = new Set<string>();
  for (const claim of claims) for (const match of (claim.plain ?? claim.text).matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{Ll}'’-]+/gu)) names.add(match[0]);
  const analyzed: AnalyzedClaim[] = [];
  let lastPerson: string | undefined;
  let lastSpeaker: string | undefined;
  for (const claim of claims) {
    const result = analyzeText(claim, article.slug, names);
    if (result.speech.speaker?.startsWith('pronoun:')) result.speech.speaker = lastSpeaker ?? lastPerson;
    // Context: this claim's entities and those of the two claims before it in the article.
    for (const previous of analyzed.slice(-2)) for (const key of previous.entities.map((e) => e.key)) result.context.add(key);
    const people = result.entities.filter((e) => e.key.startsWith('name:'));
    if (people.length > 0) lastPerson = people[0]!.key;
    if (result.speech.speaker) lastSpeaker = result.speech.speaker;
    else if (people.length > 0) lastSpeaker = people[0]!.key;
    analyzed.push(result);
  }
  return analyzed;
}
