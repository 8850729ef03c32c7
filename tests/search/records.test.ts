import { describe, expect, it } from 'vitest';
import { claimRecords, type PublishedComparison } from '../../src/search/records.ts';

const claim = (id: string, text: string) => ({ id, text, paragraph: 0, start: 0, end: text.length });

const published: PublishedComparison = {
  comparison: { slug: 'storm', title: 'The storm' },
  articles: [
    { slug: 'a', title: 'A', outlet: 'a.example', claims: [claim('a-1', 'The storm killed 12.'), claim('a-2', 'Roads closed.'), claim('a-3', 'Only here.')] },
    { slug: 'b', title: 'B', outlet: 'b.example', claims: [claim('b-1', 'The storm killed 25.'), claim('b-2', 'Roads were closed.')] },
  ],
  links: [
    { from: 'a-1', to: 'b-1', relation: 'overlap', score: 0.4 },
    { from: 'a-1', to: 'b-1', relation: 'contradiction', score: 0.8, kind: 'numeric', explanation: 'x' },
    { from: 'a-2', to: 'b-2', relation: 'same', score: 0.9 },
  ],
};

describe('claimRecords', () => {
  const records = claimRecords(published);

  it('makes one record per claim, at the claim’s permalink, with its text as content', () => {
    expect(records.map((r) => r.url)).toEqual(['/compare/storm/#a-1', '/compare/storm/#a-2', '/compare/storm/#a-3', '/compare/storm/#b-1', '/compare/storm/#b-2']);
    expect(records[0]!.content).toBe('The storm killed 12.');
  });

  it('filters by outlet, strongest relation, contradiction kind and comparison', () => {
    expect(records[0]!.filters).toEqual({ outlet: ['a.example'], relation: ['contradiction'], comparison: ['The storm'], kind: ['numeric'] });
    expect(records[1]!.filters).toEqual({ outlet: ['a.example'], relation: ['same'], comparison: ['The storm'] });
    expect(records[2]!.filters.relation).toEqual(['unique']);
  });

  it('carries outlet, relation and comparison as metadata for results', () => {
    expect(records[3]!.meta).toMatchObject({ outlet: 'b.example', relation: 'contradiction', comparison: 'The storm' });
  });

  it('carries the counterpart across the strongest link, and a contradiction\'s explanation', () => {
    expect(records[0]!.meta).toMatchObject({ counterpart: 'The storm killed 25.', counterpartOutlet: 'b.example', counterpartUrl: '/compare/storm/#b-1', explanation: 'x' });
    expect(records[1]!.meta).toMatchObject({ counterpart: 'Roads were closed.', counterpartUrl: '/compare/storm/#b-2' });
    expect(records[1]!.meta.explanation).toBeUndefined();
    expect(records[2]!.meta.counterpart).toBeUndefined();
  });
});
