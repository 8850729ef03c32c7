import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/engine/analyze/quantities.ts';

/** The word after an offset, as a stand-in for the tagger's noun lookup. */
const nextWord = (text: string) => (offset: number) => /^[\s-]*(?:[a-z]+\s+)??([a-z]+?)s?\b/i.exec(text.slice(offset))?.[1]?.toLowerCase();

const parse = (text: string) => findQuantities(text, nextWord(text));

describe('findQuantities', () => {
  it.each([
    ['capturing approximately 1,300 square kilometers of territory', { low: 1300, high: 1300, unit: 'km2', bound: 'about' }],
    ['roughly 500 square miles of territory', { low: 500 * 2.589988, unit: 'km2', bound: 'about' }],
    ['deployed between 10,000 to 12,000 troops', { low: 10000, high: 12000, counted: 'troop', bound: 'exact' }],
    ['at least 22 people died', { low: 22, counted: 'people', bound: 'atLeast' }],
    ['as many as 20 people were inside', { low: 20, bound: 'atMost' }],
    ['jewels worth €2 million', { low: 2e6, unit: 'EUR' }],
    ['a two-million-euro booty', { low: 2e6, unit: 'EUR' }],
    ['escaped with 11m euros of jewellery', { low: 11e6, unit: 'EUR' }],
    ['a 6.1-magnitude quake', { low: 6.1, unit: 'magnitude' }],
    ['stocks fell 5.4 per cent', { low: 5.4, unit: 'percent', phrase: '5.4 per cent' }],
    ['killed three people', { low: 3, counted: 'people' }],
    ['nearly two dozen instruments', { low: 24, counted: 'instrument', bound: 'about' }],
    ['the launch was postponed twice', { low: 2, counted: 'time' }],
    ['at twenty-nine, the youngest winner', { low: 29, high: 29 }],
    ['almost four in five voters', { low: 80, unit: 'percent', bound: 'about' }],
    ['temperatures fell to -12C', { low: -12, unit: 'celsius' }],
    ['a fine of S$150,000', { low: 150000, unit: 'SGD' }],
    ['profit of A$2.1 billion', { low: 2.1e9, unit: 'AUD' }],
  ])('%s', (text, expected) => {
    const [first] = parse(text);
    expect(first).toBeDefined();
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(first![key as 'low']).toBeCloseTo(value, 3);
      else expect(first![key as 'unit']).toBe(value);
    }
  });

  it('reads "66 out of 114 drones" as a part of a whole', () => {
    const [part] = parse('shot down 66 out of 114 drones');
    expect(part).toMatchObject({ low: 66, outOf: 114, phrase: '66 out of 114 drones' });
  });

  it('marks a parenthetical conversion as a conversion', () => {
    const [euros, dollars] = parse('a €2 million ($2.6 million) haul');
    expect(euros!.conversion).toBe(false);
    expect(dollars).toMatchObject({ unit: 'USD', low: 2.6e6, conversion: true });
  });

  it('leaves years, dates and clock times alone', () => {
    expect(parse('In August 2024 the offensive began')).toEqual([]);
    expect(parse('on 2 July the quake hit at 10:30')).toEqual([]);
  });
});

describe('unit words', () => {
  const unitOf = (text: string) => parse(text).map((q) => text.slice(q.end, q.unitEnd).trim());

  it('are the words of the unit after the number, and nothing after a symbol or a hedge word', () => {
    expect(unitOf('Shares fell 4 percent in early trading.')).toEqual(['percent']);
    expect(unitOf('It cost 5 million dollars last year.')).toEqual(['dollars']);
    expect(unitOf('The fire burned 1,300 square kilometers of forest.')).toEqual(['square kilometers']);
    // The word after a currency symbol or a magnitude is what the number is about, not its unit.
    expect(unitOf('A $5 million loss was reported.')).toEqual(['']);
    expect(unitOf('A magnitude 7.1 earthquake struck.')).toEqual(['']);
  });

  it('give way to the quantity in a claim\'s terms, so "4 percent" and "4%" are the same terms', async () => {
    const { analyzeArticle } = await import('../../src/engine/analyze/index.ts');
    const terms = (body: string) => analyzeArticle({ slug: 'x', title: 'x', outlet: 'x', body })[0]!.terms.map((term) => term.key).sort();
    expect(terms('Shares fell 4 percent in early trading.')).toEqual(terms('Shares fell 4% in early trading.'));
    expect(terms('A $5 million loss was reported.')).toContain('l:loss');
  });

  it.each([
    // Two stories: a riot and its austerity plan; a mine rescue and the mine's record.
    ['Three people died when the bank caught fire.', 'The plan foresees savings over the next three years.', false],
    ['Seven miners were rescued on Friday.', 'The mine had been closed for seven months.', false],
    ['Three people died when the bank caught fire.', 'The three victims worked at the bank.', true],
    ['Seven miners were rescued on Friday.', 'Rescuers brought seven workers to the surface.', true],
  ])('match as one figure only when they count the same things: "%s" / "%s"', async (x, y, alike) => {
    const { analyzeArticle } = await import('../../src/engine/analyze/index.ts');
    const { termSimilarity } = await import('../../src/engine/align.ts');
    const figure = (body: string) => analyzeArticle({ slug: 'x', title: 'x', outlet: 'x', body })[0]!.terms.find((term) => term.key.startsWith('n:'))!;
    expect(termSimilarity(figure(x), figure(y)) === 1).toBe(alike);
  });
});

describe('ages', () => {
  it.each([
    ['a 30-year-old man', 30],
    ['the bridge is 40 years old', 40],
  ])('%s: %d is exact, trailing zero or not', (text, value) => {
    expect(parse(text).find((q) => q.low === value)?.step).toBe(1);
  });

  it('a hedged figure with a trailing zero that is no age stands for its tens', () => {
    expect(parse('about 30 people')[0]?.step).toBe(10);
  });

  it('an unhedged whole number under 100 is exact, a larger round one stands for its rounding', () => {
    expect(parse('rates rose to 40 percent')[0]?.step).toBe(1);
    expect(parse('30 people were hurt')[0]?.step).toBe(1);
    expect(parse('400 people were hurt')[0]?.step).toBe(100);
  });
});

describe('elided counted nouns', () => {
  it.each([
    // Two stories: a fire and a bus crash.
    ['The fire destroyed 40 homes and damaged 120 more.', 120, 'home'],
    ['The crash killed two passengers and injured 30 others.', 30, 'passenger'],
  ])('%s: %d counts what the figure before it counts', (text, value, counted) => {
    expect(parse(text).find((q) => q.low === value)?.counted).toBe(counted);
  });
});

describe('wholes', () => {
  it.each([
    ['Half of the 40 staff were laid off.', 40],
    ['Three of its 12 stores will close.', 12],
    ['Most of the 300 passengers were asleep.', 300],
  ])('%s: %d is the whole a part is taken of', (text, value) => {
    expect(parse(text).find((q) => q.low === value)?.whole).toBe(true);
  });

  it('a figure that is not taken a part of is no whole', () => {
    expect(parse('All 23 miners were rescued.')[0]?.whole).toBeUndefined();
  });
});

describe('counts of zero', () => {
  it.each([
    ['No one was injured in the blast.', 'people'],
    ['Nobody was hurt.', 'people'],
    ['There were no casualties.', 'casualty'],
    ['No serious injuries were reported.', 'injury'],
  ])('%s counts zero %s', async (text, counted) => {
    const { analyzeArticle } = await import('../../src/engine/analyze/index.ts');
    const quantities = analyzeArticle({ slug: 'x', title: 'x', outlet: 'x', body: text })[0]!.quantities;
    expect(quantities.map((q) => [q.low, q.high, q.counted])).toEqual([[0, 0, counted]]);
  });

  it.each(['There was no comment.', 'He no longer works there.'])('%s counts nothing', (text) => {
    expect(parse(text)).toEqual([]);
  });

  it('reads "no more than" as an upper bound and "no fewer than" as a lower one', () => {
    expect(parse('No more than 5 people came.')).toMatchObject([{ low: 5, bound: 'atMost' }]);
    expect(parse('No fewer than 5 people came.')).toMatchObject([{ low: 5, bound: 'atLeast' }]);
  });
});

describe('tallies and scores', () => {
  // Written larger first without "between" or "from", a pair of figures is a tally or a score.
  const figures = (text: string) => parse(text).map((q) => [q.low, q.high, q.unit]);
  it('reads "voted 31 to 14" and "won 3-1" as two figures of a tally', () => {
    expect(figures('The council voted 31 to 14 to close the road.')).toEqual([[31, 31, 'tally'], [14, 14, 'tally']]);
    expect(figures('The visitors won 3-1 on Saturday.')).toEqual([[3, 3, 'tally'], [1, 1, 'tally']]);
  });
  it('still reads ascending pairs, "between" and "from" as ranges', () => {
    expect(figures('Between 30 and 20 people were hurt.')[0]!.slice(0, 2)).toEqual([20, 30]);
    expect(figures('Some 20 to 30 people were hurt.')[0]!.slice(0, 2)).toEqual([20, 30]);
    expect(figures('Prices fell from 30 to 20 percent.')[0]!.slice(0, 2)).toEqual([20, 30]);
  });
});
