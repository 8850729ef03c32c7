import { describe, expect, it } from 'vitest';
import { findEntities, nameSkeleton } from '../../src/engine/analyze/entities.ts';
import { tokenize } from '../../src/engine/analyze/tokens.ts';
import { sameByInitials } from '../../src/engine/contradictions/attribution.ts';
import { lookupPlace } from '../../src/engine/lexicon/gazetteer.ts';

const keys = (text: string) => findEntities(text, tokenize(text)).map((e) => e.key);

describe('lookupPlace', () => {
  it.each([
    ['France', 'state:FR', 'country'],
    ['French', 'state:FR', 'demonym'],
    ['Madrid', 'state:ES', 'capital'],
    ['U.S.', 'state:US', 'country'],
    ['North Korean', 'state:KP', 'demonym'],
  ])('%s stands for %s (%s)', (name, state, via) => {
    expect(lookupPlace(name)).toEqual({ state, via });
  });

  it('finds seats of government through WordNet (part of a capital, glossed as government)', () => {
    expect(lookupPlace('White House')).toEqual({ state: 'state:US', via: 'seat' });
  });

  it('does not turn ordinary words into places', () => {
    expect(lookupPlace('Tuesday')).toBeUndefined();
    expect(lookupPlace('us')).toBeUndefined();
  });
});

describe('findEntities', () => {
  it.each([
    ['Shares in Nordlys Energy rose, and Nordlys said more.', 2],
    ['On Monday, Kestrel Airways cut fares, and Kestrel said demand was strong.', 2],
    ['Vantor Motors Corp. and Vantor agreed.', 2],
  ])('keys a company with its designators as the company: %s', (text, count) => {
    const found = keys(text);
    expect(found).toHaveLength(count);
    expect(new Set(found).size).toBe(1);
  });

  it('does not make two companies one by a designator they share', () => {
    const [a, b] = keys('Deutsche Bank and Barclays Bank both reported losses.');
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
  });

  it('gives a state, its people and its capital one key', () => {
    expect(keys('Spanish officials met in Madrid.')).toEqual(['state:ES', 'state:ES']);
  });

  it('separates a leading demonym from the name it qualifies', () => {
    expect(keys('French President Emile Dufour spoke.')).toEqual(['state:FR', 'name:dufour']);
  });

  it.each([
    // A surname that WordNet knows as a group (a religion) is no group of its own.
    ['Police arrested Rafiqul Islam on Friday.', 'Scholars of Islam met on Friday.'],
    ['The court heard that Nurul Islam had left the country.', 'Scholars of Islam gathered in Cairo.'],
  ])('keys a name by its last word as a group only when that word is the whole name: %s', (a, b) => {
    expect(keys(a)[0]).not.toBe(keys(b)[0]);
  });

  it.each([
    // Two stories: a care home and a hospital ward.
    'Residents of the home began falling ill.',
    'Several nurses on the ward fell ill.',
  ])('finds no name in a lowercase word the tagger calls a proper noun: %s', (text) => {
    expect(keys(text)).toEqual([]);
  });

  it('keys a title and surname WordNet knows as a person by that person', () => {
    expect(keys('President Lincoln spoke.')).toEqual(keys('Lincoln spoke.'));
  });

  it('keys people by the skeleton of their surname, so spellings meet', () => {
    expect(nameSkeleton('Zelenskyy')).toBe(nameSkeleton('Zelensky'));
    expect(nameSkeleton('Karolos')).not.toBe(nameSkeleton('Carolos'));
    expect(keys('Minister Anna Kowalskiy resigned.')).toEqual(keys('Minister Anna Kowalski resigned.'));
  });

  it('gives the names WordNet holds for one place or person one key', () => {
    expect(keys('Violence broke out in Salonika on Monday.')).toEqual(keys('Violence broke out in Thessaloniki on Monday.'));
    expect(keys('The ambassador arrived in Peking.')).toEqual(keys('The ambassador arrived in Beijing.'));
    expect(keys('Barack Obama spoke first.')).toEqual(keys('President Obama spoke first.'));
  });

  it('does not take weekdays or sentence-opening common nouns for names', () => {
    expect(keys('Firefighters arrived on Saturday.')).toEqual([]);
  });
});

describe('sameByInitials', () => {
  it('matches an acronym with the name it abbreviates', () => {
    expect(sameByInitials('USGS', 'US Geological Survey')).toBe(true);
    expect(sameByInitials('Geological Survey', 'USGS')).toBe(false);
    expect(sameByInitials('Fauzi', 'Nugroho')).toBe(false);
  });
});

describe('company names', () => {
  it('are keyed without their company form', () => {
    expect(keys('Analysts said shares of Apple Inc. rose.')).toEqual(keys('Analysts said shares of Apple rose.'));
    // "AG" is a company form, not Antigua's country code.
    expect(keys('The deal was approved by Siemens AG on Monday.')).toEqual(keys('The deal was approved by Siemens on Monday.'));
    expect(keys('The deal was approved by Siemens AG on Monday.').some((key) => key.startsWith('state:'))).toBe(false);
  });

  it('meet the same name written as a capitalised word the entity finder left out', async () => {
    const { analyzeArticle } = await import('../../src/engine/analyze/index.ts');
    const { termSimilarity } = await import('../../src/engine/align.ts');
    const terms = (body: string) => analyzeArticle({ slug: 'x', title: 'x', outlet: 'x', body })[0]!.terms;
    const entity = terms('Shares of Apple Inc. rose.').find((term) => term.key.startsWith('e:'))!;
    const word = terms('Apple shares rose.').find((term) => term.key === 'l:apple')!;
    expect(termSimilarity(entity, word)).toBeGreaterThanOrEqual(0.9);
    // An uncapitalised common noun is not a name.
    const fruit = terms('He ate an apple.').find((term) => term.key === 'l:apple')!;
    expect(termSimilarity(entity, fruit)).toBe(0);
  });
});
