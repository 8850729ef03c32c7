import { describe, expect, it } from 'vitest';
import { covers, score, type Gold } from '../../src/engine/evaluate.ts';
import type { ComparisonResult } from '../../src/engine/types.ts';

const claim = (id: string, text: string) => ({ id, text, paragraph: 0, start: 0, end: text.length });

const result: ComparisonResult = {
  articles: [
    { slug: 'a', title: '', outlet: '', claims: [claim('a1', 'The mayor said “the bridge is safe”.'), claim('a2', 'Ten people were hurt.'), claim('a3', 'Only a says this.')] },
    { slug: 'b', title: '', outlet: '', claims: [claim('b1', 'The bridge is not safe, the mayor said.'), claim('b2', 'Twelve people were hurt.'), claim('b3', 'Only b says this.')] },
  ],
  links: [
    { from: 'a1', to: 'b1', relation: 'contradiction', score: 0.9, kind: 'negation', explanation: 'x.' },
    { from: 'a2', to: 'b2', relation: 'contradiction', score: 0.8, kind: 'numeric', explanation: 'y.' },
  ],
};

const gold: Gold = {
  a: 'a.txt',
  b: 'b.txt',
  shared: [{ id: 'S1', a: ['the bridge is safe'], b: ['The bridge is not safe'] }, { id: 'S2', a: ['Only a says'], b: ['Only b says'] }],
  contradictions: [{ id: 'K1', level: 'core', kind: 'negation', a: ['"the bridge is safe"'], b: ['bridge is not safe'] }],
  unique: { a: ['Only a says this'], b: ['Twelve people were hurt'] },
};

describe('covers', () => {
  it('folds quotes and white space; a shorter claim covers a string it is half of', () => {
    expect(covers('The mayor said “the bridge   is safe”.', '"the bridge is safe"')).toBe(true);
    expect(covers('Ten people', 'Ten people were hurt')).toBe(true);
    expect(covers('Ten', 'Ten people were hurt')).toBe(false);
  });
});

describe('score', () => {
  const scores = score(result, gold);
  it('counts found contradictions and precision', () => {
    expect(scores.core.found).toEqual(['K1']);
    expect(scores.contradictionLinks).toBe(2);
    expect(scores.contradictionPrecision).toBe(0.5);
    expect(scores.falseContradictions.map((l) => l.from)).toEqual(['a2']);
  });
  it('counts shared claims joined by any link, and unique claims left unlinked', () => {
    expect(scores.shared.found).toEqual(['S1']);
    expect(scores.unique.found).toEqual(['Only a says this']);
    expect(scores.unique.missed).toEqual(['Twelve people were hurt']);
  });
});
