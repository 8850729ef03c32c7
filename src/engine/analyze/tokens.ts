/**
 * Tokens of a claim from wink-nlp (English lite model): surface form, lemma, part of speech,
 * negation scope and offsets into the claim text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { hasLemma, isCommonNoun } from '../lexicon/wordnet.ts';
import { information } from '../lexicon/frequency.ts';

/** One token of a claim. */
export interface Token {
  /** Text as written. */
  text: string;
  /** Lower-cased form with typographic apostrophes made plain. */
  lower: string;
  /** Dictionary form (lower case except for proper nouns). */
  lemma: string;
  /** Universal part-of-speech tag (NOUN, VERB, PROPN, NUM, ...). */
  pos: string;
  /** wink's token type: word, number, punctuation, quoted_phrase, ... */
  type: string;
  /** Inside the scope of a negation ("not", "n't", "never", ...). */
  negated: boolean;
  /** A stop word (the, of, has, ...). */
  stop: boolean;
  /** Offsets of the token in the claim text. */
  start: number;
  end: number;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The wink-nlp instance, created once per process (loading the model takes ~100 ms). */
function instance(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * The sentiment of a few words by wink-nlp's English lexicon, from -1 (negative) to 1 (positive):
 * "constructive" 0.69, "pointless" -0.4, "fell" -0.5, a figure or a name 0.
 */
export function sentiment(text: string): number {
  const nlp = instance();
  return nlp.readDoc(text).out(nlp.its.sentiment) as number;
}

/** Folds typographic apostrophes and quotes so that `hasn’t` and `hasn't` compare equal. */
export function foldQuotes(text: string): string {
  return text.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"');
}

/** Tokenises, tags and lemmatises a text. */
export function tokenize(text: string, names: ReadonlySet<string> = new Set()): Token[] {
  const engine = instance();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings do not accept `its.lemma` in out(), though the API does.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = text.indexOf(value, cursor);
    if (start === -1) start = cursor; // wink may normalise a character; keep offsets monotonic
    const end = Math.min(text.length, start + value.length);
    cursor = end;
    const lower = foldQuotes(value.toLowerCase());
    tokens.push({
      text: value,
      lower,
      lemma: pos[i] === 'PROPN' ? value : foldQuotes((lemmas[i] ?? value).toLowerCase()),
      pos: pos[i] ?? 'X',
      type: types[i] ?? 'word',
      negated: false,
      stop: Boolean(stops[i]),
      start,
      end,
    });
  }
  repairTags(tokens, names);
  markNegation(tokens);
  return tokens;
}

/** Regular past-tense stems: rescued → rescue, stopped → stop, carried → carry. */
function pastStems(word: string): string[] {
  if (!word.endsWith('ed')) return [];
  const stem = word.slice(0, -2);
  return [`${stem}e`, stem, stem.replace(/(.)\1$/, '$1'), stem.replace(/i$/, 'y')];
}

/**
 * Repairs four frequent slips of the lite tagger with WordNet: a capitalised common noun opening a
 * sentence read as a proper noun ("Firefighters rescued ..."; words the text capitalises elsewhere,
 * `names`, stay names), a regular past tense read as a noun or adjective with itself as lemma
 * ("rescued"), a verb's bare form after a modal read as an adjective ("will close"), and a past
 * tense given the wrong one of its possible stems ("staged" as "stag").
 */
function repairTags(tokens: Token[], names: ReadonlySet<string>): void {
  tokens.forEach((token, index) => {
    const opening = index === 0 || /^["“‘'(]$/.test(tokens[index - 1]!.text);
    if (token.pos === 'PROPN' && opening && !names.has(token.text)) {
      const singular = token.lower.replace(/(?<=[^s])s$/, '');
      if (isCommonNoun(token.lower) || isCommonNoun(singular)) {
        token.pos = 'NOUN';
        token.lemma = isCommonNoun(singular) ? singular : token.lower;
      }
    }
    if ((token.pos === 'NOUN' || token.pos === 'ADJ') && token.lemma === token.lower && !hasLemma(token.lower, 'n')) {
      const stem = pastStems(token.lower).find((candidate) => hasLemma(candidate, 'v'));
      if (stem) {
        token.pos = 'VERB';
        token.lemma = stem;
      }
    }
    // After a modal or "do" ("will close", "would not close", "did not slow") comes a verb's
    // base form, which the lite tagger often reads as an adjective or adverb.
    if (token.pos !== 'VERB' && token.pos !== 'AUX' && hasLemma(token.lower, 'v') && afterModal(tokens, index)) {
      token.pos = 'VERB';
      token.lemma = token.lower;
    }
    // A regular past tense has several possible stems ("staged": "stage" or "stag"); of those
    // WordNet has as verbs, the most frequent word in general English is the lemma.
    if (token.pos === 'VERB') {
      const stems = [...new Set(pastStems(token.lower))].filter((candidate) => hasLemma(candidate, 'v'));
      if (stems.length > 1 && stems.includes(token.lemma)) token.lemma = stems.reduce((x, y) => (information(y) < information(x) ? y : x));
    }
  });
}

/** Auxiliaries a verb's bare form follows. */
const MODAL_AUX = /^(?:will|would|shall|should|can|could|may|might|must|do|does|did|wo|ca)$/;

/**
 * Whether the token at `index` is the first word after a modal or "do" auxiliary, negators and
 * adverbs that cannot be verbs aside ("will not", "would soon", "did not").
 */
function afterModal(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && MODAL_AUX.test(t.lower)) return true;
    const skippable = t.lower === 'not' || t.lower === "n't" || t.lower === 'never' || (t.pos === 'ADV' && !hasLemma(t.lower, 'v'));
    if (!skippable) return false;
  }
  return false;
}

/** Words that negate the predicate after them ("no" is handled apart: it negates a noun phrase). */
const NEGATORS = new Set(['not', "n't", 'never', 'nor', 'neither', 'cannot']);

/**
 * The index after a noun phrase whose head is at `head`, with the "of" phrases after it ("no traces
 * of the banned pesticide were found"): a participle before a noun there describes it ("banned").
 */
function endOfNounPhrase(tokens: Token[], head: number): number {
  let k = head + 1;
  // "No member of the board of the bank": "of" phrases one after another.
  while (tokens[k]?.lower === 'of') {
    k++;
    const start = k;
    while (k < tokens.length && k - start < OF_PHRASE_TOKENS) {
      const t = tokens[k]!;
      const describes = t.pos === 'VERB' && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
      const possessive = t.pos === 'PART' && /^['’]s?$/.test(t.text);
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) && !describes && !possessive) break;
      k++;
    }
  }
  return k;
}

/** Words an "of" phrase inside a subject may run to. */
const OF_PHRASE_TOKENS = 6;

/**
 * Marks the predicate a negator scopes over: the words after it up to and including the first
 * verb, adjective or adverb that is not an auxiliary ("has not yet responded", "was never
 * approved", "is not safe"). Objects stay unmarked: "has not responded to the report" does not
 * deny the report. A subject that is nobody ("no one was hurt") or no such thing ("no sharks were
 * seen") negates its predicate, and "no" before a noun phrase negates its head noun ("no arrests
 * were made").
 */
function markNegation(tokens: Token[]): void {
  let active = false;
  // Where a subject denied by "no" ends: its predicate is denied from there ("no sharks had been seen").
  let deniedFrom = -1;
  tokens.forEach((token, i) => {
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'SCONJ') active = false;
    if (i === deniedFrom) active = true;
    if (active) {
      token.negated = true;
      const predicate = token.pos === 'VERB' || token.pos === 'ADJ' || (token.pos === 'ADV' && !/^(?:yet|ever|even|also|really|always)$/.test(token.lower));
      if (predicate) active = false;
    }
    // "Nobody was hurt", "no one was hurt", "none of the crew was hurt": a subject that is nobody negates its predicate.
    const nobody = token.lower === 'nobody' || (token.lower === 'one' && tokens[i - 1]?.lower === 'no') || (token.lower === 'none' && tokens[i + 1]?.lower === 'of');
    // "Not a single member", "not one of the contestants": a determiner of nothing, as "no" is.
    const notAny = token.lower === 'not' && ((tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'single') || tokens[i + 1]?.lower === 'one');
    if ((NEGATORS.has(token.lower) && !notAny) || (token.lower === 'no' && token.pos === 'ADV') || nobody) active = true;
    // "No arrests were made": "no" before a noun phrase negates its head noun.
    if ((token.lower === 'no' && token.pos !== 'ADV' && tokens[i + 1]?.lower !== 'one') || notAny) {
      const from = notAny ? i + (tokens[i + 1]!.lower === 'one' ? 1 : 3) : i + 1;
      let head = -1;
      for (let k = from; k < tokens.length && k <= from + 2; k++) {
        const pos = tokens[k]!.pos;
        if (pos === 'NOUN' || (k === from && tokens[k]!.lower === 'one')) head = k;
        else if (pos !== 'ADJ' || head !== -1) break;
      }
      if (head !== -1) tokens[head]!.negated = true;
      // A subject that is no such thing denies its predicate as "nobody" does: "(police said) no
      // sharks had been spotted" is that sharks had not been spotted. The phrase is a subject when a
      // verb follows it; not after a preposition ("with no warning").
      if (head !== -1 && tokens[i - 1]?.pos !== 'ADP') {
        const end = endOfNounPhrase(tokens, head);
        if (/^(?:AUX|VERB)$/.test(tokens[end]?.pos ?? '')) deniedFrom = end;
      }
    }
    // "Has yet to receive", "is yet to be decided": what is yet to happen has not happened.
    if (token.lower === 'yet' && tokens[i + 1]?.lower === 'to' && /^(?:AUX|VERB)$/.test(tokens[i - 1]?.pos ?? '')) deniedFrom = i + 2;
  });
}
