/**
 * Places and states from general data: country names, alternative spellings, demonyms and capitals
 * from `world-countries`, and WordNet for seats of government that stand for their state
 * (a building or body whose gloss speaks of government and that is part of a capital).
 */
import { createRequire } from 'node:module';
import { related, synset, synsetIds } from './wordnet.ts';

interface CountryRecord {
  cca2: string;
  cca3: string;
  independent?: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
}

/** What a name refers to: a state (by ISO code) and how the name relates to it. */
export interface PlaceRef {
  /** `state:FR` for France, its people (French), its capital (Paris) and its seats of government. */
  state: string;
  via: 'country' | 'demonym' | 'capital' | 'seat';
}

let names: Map<string, PlaceRef> | undefined;
/** Upper-case country codes and abbreviations (US, UK, DPRK...), matched only as written in capitals. */
let codes: Map<string, string> | undefined;

/** Folds a name for lookup: lower case, no diacritics, plain apostrophes, single spaces. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function table(): Map<string, PlaceRef> {
  if (names) return names;
  const countries = createRequire(import.meta.url)('world-countries') as CountryRecord[];
  names = new Map();
  const add = (name: string, ref: PlaceRef) => {
    const key = foldName(name);
    // Two-letter codes and very short spellings collide with words ("IN", "US" as "us").
    if (key.length < 3) return;
    if (!names!.has(key)) names!.set(key, ref);
  };
  codes = new Map();
  // Independent states first, so a shared demonym ("French") names the state, not a territory.
  const ordered = [...countries].sort((x, y) => Number(y.independent ?? false) - Number(x.independent ?? false));
  for (const country of ordered) {
    const state = `state:${country.cca2}`;
    codes.set(country.cca2, state);
    codes.set(country.cca3, state);
    for (const spelling of country.altSpellings) if (/^[A-Z]{2,3}$/.test(spelling)) codes.set(spelling, state);
    add(country.name.common, { state, via: 'country' });
    add(country.name.official, { state, via: 'country' });
    for (const spelling of country.altSpellings) add(spelling, { state, via: 'country' });
    if (country.demonyms?.eng) {
      add(country.demonyms.eng.m, { state, via: 'demonym' });
      add(country.demonyms.eng.f, { state, via: 'demonym' });
    }
    for (const capital of country.capital ?? []) add(capital, { state, via: 'capital' });
  }
  return names;
}

/** Words in a WordNet gloss that mark a seat or body of government. */
const GOVERNMENT = /\b(government|governing|executive|president|ministry|parliament|offices? of)\b/i;

/**
 * A WordNet seat of government (e.g. a citadel housing a government, an executive mansion): its
 * gloss speaks of government and it is part of (`#p`) a place that resolves to a state.
 */
function seatOfGovernment(name: string): PlaceRef | undefined {
  for (const id of synsetIds(name, 'n').slice(0, 3)) {
    const entry = synset(id);
    if (!GOVERNMENT.test(entry.gloss)) continue;
    for (const holonym of related(id, ['#p'])) {
      for (const word of synset(holonym).words) {
        const place = table().get(foldName(word.replace(/_/g, ' ')));
        if (place) return { state: place.state, via: 'seat' };
      }
    }
  }
  return undefined;
}

/** The state a name stands for, if any: a country, demonym, capital or seat of government. */
export function lookupPlace(name: string): PlaceRef | undefined {
  const letters = name.replace(/\./g, '');
  if (/^[A-Z]{2,4}$/.test(letters)) {
    table();
    const state = codes!.get(letters);
    return state ? { state, via: 'country' } : undefined;
  }
  const key = foldName(name);
  return table().get(key) ?? table().get(key.replace(/s$/, '')) ?? seatOfGovernment(key);
}
