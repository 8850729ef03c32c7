/**
 * Named entities of a claim, normalised so that outlets' different spellings meet:
 * a state and its demonym, capital and seat of government share a key (`state:UA`), and a
 * person or other name is keyed by a spelling skeleton of its last word (Tchaikovsky ~ Tchaikovskiy).
 */
import { foldName, lookupPlace } from '../lexicon/gazetteer.ts';
import { synset, synsetIds } from '../lexicon/wordnet.ts';
import type { Token } from './tokens.ts';

/** A named entity mentioned in a claim. */
export interface Entity {
  /** The words as written. */
  text: string;
  /** Normalised key shared by spellings and stand-ins of the same entity. */
  key: string;
  /** Offsets in the claim text. */
  start: number;
  end: number;
  /** Index of the entity's last token. */
  tokenIndex: number;
}

/** Capitalised words that title a name rather than being part of it. */
export const TITLES = new Set([
  'president', 'prime', 'minister', 'chief', 'general', 'spokesman', 'spokeswoman', 'spokesperson',
  'secretary', 'director', 'governor', 'mayor', 'senator', 'chancellor', 'king', 'queen', 'prince',
  'pope', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lady', 'lord', 'commander', 'colonel', 'captain', 'sergeant',
  'officer', 'judge', 'justice', 'ambassador', 'envoy', 'representative', 'leader', 'deputy', 'vice',
  'foreign', 'defense', 'defence', 'interior', 'communications', 'presidential', 'staff', 'the', 'of',
]);

/** Company-form words that end a name without being its distinctive part: Apple Inc. is Apple. */
const COMPANY_FORMS = new Set(['inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holdings']);

/** Weekdays and months are times, not entities. */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * A spelling skeleton for transliterated names: no diacritics, lower case, doubled letters
 * collapsed, a final y or ii read as i (Tchaikovsky, Tchaikovskyy, Tchaikovskiy → tchaikovski).
 */
export function nameSkeleton(name: string): string {
  return foldName(name)
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?:iy|yi|y)\b/g, 'i');
}

/** WordNet's lexicographer files of named things: noun.group, noun.location, noun.person. */
const NAMED_FILES = new Set([14, 15, 18]);
/** WordNet's lexicographer file of people (noun.person). */
const NOUN_PERSON = 18;

/**
 * The WordNet synset a proper name stands for, when WordNet writes the name capitalised in a
 * synset of places, people or groups: names of one place in other languages or spellings share it
 * (Salonika, Salonica and Thessaloniki; Peking and Beijing).
 */
function namedSynset(name: string): string | undefined {
  const key = name.toLowerCase();
  for (const id of synsetIds(key, 'n').slice(0, 2)) {
    const entry = synset(id);
    if (NAMED_FILES.has(entry.lexFile) && entry.written.some((word) => word.toLowerCase() === key.replace(/\s+/g, '_') && /^\p{Lu}/u.test(word))) return id;
  }
  return undefined;
}

/**
 * Words that say what kind of company or body a name is ("Toyota Motor Corp", "Nordlys Energy",
 * "Kestrel Airways"): a closed class of English company names.
 */
const DESIGNATORS = new Set([
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'ab', 'asa', 'nv', 'bv', 'gmbh', 'spa', 'se',
  'group', 'holdings', 'holding', 'industries', 'international', 'energy', 'motor', 'motors', 'airlines', 'airways', 'air',
  'bank', 'systems', 'technologies', 'technology', 'pharmaceuticals', 'resources', 'mining', 'foods', 'media', 'telecom',
  'insurance', 'financial', 'securities', 'logistics', 'shipping', 'lines', 'partners', 'capital', 'labs', 'electronics',
]);

/**
 * The key of a name written as these words (titles removed): the WordNet synset of the whole name
 * or of its last word when WordNet knows it as a place, person or group (its state, when the
 * synset holds another name of a state or capital), else the spelling skeleton of its last word.
 * Undefined for a name too short to key.
 */
export function nameKey(words: string[]): string | undefined {
  // "Toyota Motor Corp", "Nordlys Energy": a company's designators are no part of what names it,
  // so it keys as "Toyota" and "Nordlys" do (and "Deutsche Bank" is not "Barclays Bank").
  if (words.length > 1 && !namedSynset(words.join(' '))) {
    let end = words.length;
    while (end > 1 && DESIGNATORS.has(words[end - 1]!.toLowerCase().replace(/\.$/, ''))) end--;
    if (end < words.length) words = words.slice(0, end);
  }
  const last = nameSkeleton(words[words.length - 1] ?? '');
  if (last.length < 2) return undefined;
  // The last word alone stands for the name only as a person's surname ("President Obama"): in
  // "Rafiqul Islam" or "Banda Aceh" it is no group or place of its own.
  const lastKnown = namedSynset(words[words.length - 1]!);
  const known = namedSynset(words.join(' ')) ?? (words.length === 1 || (lastKnown && synset(lastKnown).lexFile === NOUN_PERSON) ? lastKnown : undefined);
  if (!known) return `name:${last}`;
  // Another name of a state or capital (Peking for Beijing) stands for the state.
  // (Not by a code among them: "IL" is Illinois in WordNet, Israel among country codes.)
  const place = synset(known).written.filter((word) => !/^[A-Z]{2,4}$/.test(word)).map((word) => lookupPlace(word.replace(/_/g, ' '))).find(Boolean);
  return place ? place.state : `name:wn${known}`;
}

/** Finds named entities: runs of proper nouns, and capitalised demonyms and place names. */
export function findEntities(text: string, tokens: Token[]): Entity[] {
  const entities: Entity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const capitalised = /^\p{Lu}/u.test(token.text);
    if (token.stop) {
      i++;
      continue;
    }
    const opensWithPlace = i === 0 && capitalised && token.pos === 'ADJ' && lookupPlace(token.text) !== undefined;
    // A name has a capital letter: the tagger's lowercase "proper nouns" ("falling ill.") are none.
    if (!((token.pos === 'PROPN' && /\p{Lu}/u.test(token.text)) || opensWithPlace || (capitalised && (token.pos === 'ADJ' || token.pos === 'NOUN') && i > 0))) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      (tokens[j + 1]!.pos === 'PROPN' || tokens[j + 1]!.pos === 'NOUN') &&
      /^\p{Lu}/u.test(tokens[j + 1]!.text)
    ) {
      j++;
    }
    let run = tokens.slice(i, j + 1);
    i = j + 1;
    // A leading demonym or country names a second entity: "French President X", "U.S. envoy X".
    if (run.length > 1 && !lookupPlace(text.slice(run[0]!.start, run[run.length - 1]!.end))) {
      const lead = lookupPlace(run[0]!.text);
      if (lead) {
        entities.push({ text: run[0]!.text, key: lead.state, start: run[0]!.start, end: run[0]!.end, tokenIndex: i - run.length });
        run = run.slice(1);
      }
    }
    // A company form ends a name without naming anything: "Siemens AG" is Siemens, not a country.
    while (run.length > 1 && COMPANY_FORMS.has(run[run.length - 1]!.text.toLowerCase().replace(/\.$/, ''))) run = run.slice(0, -1);
    // Whole run first (South African, Vatican City, White House), then its last word (the surname).
    const words = run.map((t) => t.text);
    const fullText = text.slice(run[0]!.start, run[run.length - 1]!.end);
    const place = lookupPlace(fullText) ?? (run.length > 1 ? lookupPlace(words[words.length - 1]!) : undefined);
    if (place) {
      entities.push({ text: fullText, key: place.state, start: run[0]!.start, end: run[run.length - 1]!.end, tokenIndex: j });
      continue;
    }
    const nameWords = words.filter((w) => !TITLES.has(w.toLowerCase()) && !CALENDAR.test(w));
    if (nameWords.length === 0) continue;
    const key = nameKey(nameWords);
    if (!key) continue;
    entities.push({ text: fullText, key, start: run[0]!.start, end: run[run.length - 1]!.end, tokenIndex: j });
  }
  return entities;
}
