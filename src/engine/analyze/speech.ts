/**
 * Who says what in a claim: the reporting verb and its class, the speaker, hedges, direct
 * quotations, and how an actor responded to a claim (rejected, confirmed, or not at all).
 */
import type { Entity } from './entities.ts';
import type { Token } from './tokens.ts';

/** Classes of reporting verbs. */
export type SpeechClass = 'assert' | 'confirm' | 'reject' | 'silent';

/** Reporting verbs by lemma. Hedging verbs (claim, allege) also mark the claim as hedged. */
export const REPORTING: Record<string, SpeechClass> = {
  say: 'assert', tell: 'assert', state: 'assert', announce: 'assert', declare: 'assert', report: 'assert',
  add: 'assert', note: 'assert', claim: 'assert', assert: 'assert', insist: 'assert', maintain: 'assert',
  allege: 'assert', write: 'assert', post: 'assert', tweet: 'assert', convey: 'assert', inform: 'assert',
  highlight: 'assert', stress: 'assert', warn: 'assert', explain: 'assert', argue: 'assert', suggest: 'assert',
  estimate: 'assert', predict: 'assert', describe: 'assert', characterize: 'assert', characterise: 'assert',
  confirm: 'confirm', acknowledge: 'confirm', admit: 'confirm', verify: 'confirm', concede: 'confirm',
  deny: 'reject', refute: 'reject', reject: 'reject', dismiss: 'reject', contest: 'reject', dispute: 'reject',
  rebut: 'reject', counter: 'reject', disprove: 'reject', debunk: 'reject', contradict: 'reject',
};

/**
 * Verbs of public reaction: an actor that condemned or welcomed something has responded to it
 * ("has condemned the expulsions" / "has not responded to the expulsions").
 */
const REACTIONS = new Set(['condemn', 'denounce', 'criticize', 'criticise', 'welcome', 'praise', 'applaud', 'hail', 'decry', 'protest', 'slam', 'blast', 'deplore', 'commend']);

/** Verbs that, negated, say an actor has not responded: "has not responded", "did not comment". */
const RESPONSE_VERBS = new Set(['respond', 'comment', 'react', 'reply', 'answer', 'address']);

/** Words that say an actor kept silent or declined to respond. */
const SILENCE = /\b(?:silent|silence|(?:declined|refused|declines|refuses|declining|refusing)\s+to\s+(?:comment|respond|confirm|reply|say)|no\s+comment|unavailable\s+for\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond|comment|reply))\b/i;

const HEDGES = /\b(?:reportedly|allegedly|alleged|purportedly|apparently|supposedly|reported(?:ly)?|claimed|unconfirmed|said\s+to|believed\s+to|thought\s+to|appears?\s+to)\b/i;

/** A direct quotation in a claim. */
export interface Quotation {
  text: string;
  start: number;
  end: number;
}

/** What a claim says about speech. */
export interface Speech {
  /** Lemma and class of the main reporting verb, if any. */
  verb?: { lemma: string; speechClass: SpeechClass; text: string };
  /** Entity key of who speaks, or a pronoun to be resolved from context. */
  speaker?: string;
  /** The speaker is named next to the reporting verb (not guessed from position or a pronoun). */
  speakerNamed: boolean;
  /** The claim is hedged ("reportedly", "alleged", "claimed"). */
  hedged: boolean;
  /** Direct quotations of two words or more. */
  quotes: Quotation[];
  /** How the speaker responded to a claim, when the claim is about a response. */
  response?: { speechClass: 'reject' | 'confirm' | 'react' | 'silent'; actor?: string; words: string };
}

const QUOTE = /[“"]([^”"]{3,}?)[”"]/g;

/** Finds direct quotations of at least two words. */
export function findQuotes(text: string): Quotation[] {
  const quotes: Quotation[] = [];
  for (const match of text.matchAll(QUOTE)) {
    const inner = match[1]!.trim();
    if (inner.split(/\s+/).length < 2) continue;
    quotes.push({ text: inner, start: match.index + 1, end: match.index + match[0].length - 1 });
  }
  return quotes;
}

/** Entities that can speak: not places introduced by a preposition ("in Suka Makmur village"). */
function speakers(tokens: Token[], entities: Entity[]): Entity[] {
  return entities.filter((e) => {
    const first = tokens.findIndex((t) => t.start >= e.start);
    const before = tokens[first - 1];
    return !(before && /^(?:in|at|from|near|into|across|off|inside|outside)$/i.test(before.text));
  });
}

/**
 * The speaker of the reporting verb at token `index`: a pronoun right before it, a named entity
 * right before it ("Müller announced") or right after it ("said official Fauzi"), else the nearest
 * person named earlier in the claim (then `named` is false: a guess from position).
 */
function speakerAround(tokens: Token[], entities: Entity[], index: number): { key: string; named: boolean } | undefined {
  const prev = tokens[index - 1];
  if (prev && /^(?:he|she|they)$/i.test(prev.text)) return { key: `pronoun:${prev.lower}`, named: false };
  const candidates = speakers(tokens, entities);
  const close = candidates.filter((e) => e.tokenIndex < index && index - e.tokenIndex <= 5 && !tokens.slice(e.tokenIndex + 1, index).some((t) => t.pos === 'VERB'));
  if (close.length > 0) return { key: close[close.length - 1]!.key, named: true };
  const after = candidates.find((e) => e.tokenIndex > index && e.tokenIndex <= index + 6);
  if (after) return { key: after.key, named: true };
  const people = candidates.filter((e) => e.tokenIndex < index && e.key.startsWith('name:'));
  if (people.length > 0) return { key: people[people.length - 1]!.key, named: false };
  const before = candidates.filter((e) => e.tokenIndex < index);
  if (before.length > 0) return { key: before[before.length - 1]!.key, named: false };
  return undefined;
}

/** Analyses the speech of a claim from its tokens and entities. */
export function analyzeSpeech(text: string, tokens: Token[], entities: Entity[]): Speech {
  const speech: Speech = { hedged: HEDGES.test(text), quotes: findQuotes(text), speakerNamed: false };

  // "According to X, ..." names the speaker up front.
  const according = /\baccording\s+to\s+/i.exec(text);
  if (according) {
    const at = according.index + according[0].length;
    const entity = entities.find((e) => e.start >= at && e.start <= at + 40);
    if (entity) {
      speech.speaker = entity.key;
      speech.speakerNamed = true;
      speech.verb = { lemma: 'according to', speechClass: 'assert', text: according[0].trim() };
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lemma = verbLemma(token);
    if (!lemma) continue;
    const speechClass = REPORTING[lemma];
    if (speechClass && !speech.verb) {
      speech.verb = { lemma, speechClass, text: token.text };
      if (!speech.speaker) {
        const found = speakerAround(tokens, entities, i);
        speech.speaker = found?.key;
        speech.speakerNamed = found?.named ?? false;
      }
      if (lemma === 'claim' || lemma === 'allege') speech.hedged = true;
    }
    if ((speechClass === 'reject' || speechClass === 'confirm') && !speech.response) {
      // "declined to confirm", "refused to deny": no answer (the silence below), not a confirmation.
      const negated = token.negated || tokens[i - 1]?.lower === 'not' || (tokens[i - 1]?.lower === 'to' && /^(?:decline|refuse|fail)$/.test(tokens[i - 2]?.lemma.toLowerCase() ?? ''));
      // "Asked whether it had rejected …": a question put to the actor, not its answer.
      const asked = tokens.slice(Math.max(0, i - 4), i).some((t) => /^(?:whether|if|asked)$/.test(t.lower));
      if (!negated && !asked) {
        speech.response = { speechClass, actor: speakerAround(tokens, entities, i)?.key, words: text.slice(spanStart(tokens, i), token.end) };
      }
    }
    if (REACTIONS.has(lemma) && !speech.response && !token.negated && tokens[i - 1]?.lower !== 'not') {
      // The one who reacts is the subject before the verb: a name just before it, or (left to the
      // detector) the subject phrase; the name after it is what was reacted to.
      const before = entities.filter((e) => e.end <= token.start && e.end >= (tokens[Math.max(0, i - 4)]?.start ?? 0)).pop();
      speech.response = { speechClass: 'react', actor: before?.key, words: text.slice(spanStart(tokens, i), token.end) };
    }
    if (RESPONSE_VERBS.has(lemma) && (token.negated || /\b(?:not|n't|never|yet\s+to)\b/i.test(text.slice(Math.max(0, token.start - 12), token.start)))) {
      speech.response ??= { speechClass: 'silent', actor: speakerAround(tokens, entities, i)?.key, words: text.slice(spanStart(tokens, i), token.end) };
    }
  }
  const silence = SILENCE.exec(text);
  if (silence && !speech.response) {
    const index = tokens.findIndex((t) => t.start >= silence.index);
    speech.response = { speechClass: 'silent', actor: speakerAround(tokens, entities, index === -1 ? tokens.length : index)?.key, words: silence[0] };
  }
  return speech;
}

/**
 * The verb lemma of a token, also for past forms the tagger read as adjectives
 * ("contested this assertion"): -ed forms are tried against the reporting verbs.
 */
function verbLemma(token: Token): string | undefined {
  if (token.pos === 'VERB') return token.lemma;
  if (token.pos !== 'ADJ' || !token.lower.endsWith('ed')) return undefined;
  const stem = token.lower.slice(0, -2);
  for (const candidate of [stem, `${stem}e`, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')]) {
    if (REPORTING[candidate] || RESPONSE_VERBS.has(candidate) || REACTIONS.has(candidate)) return candidate;
  }
  return undefined;
}

/** Start offset of the words leading to token i: back to the nearest entity or three words. */
function spanStart(tokens: Token[], index: number): number {
  let start = index;
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    if (tokens[k]!.pos === 'PUNCT') break;
    start = k;
  }
  return tokens[start]!.start;
}
