import { describe, expect, it } from 'vitest';
import { foldName, foldedNames } from '../../src/search/fold.ts';
import { claimRecords, counterparts, type PublishedComparison } from '../../src/search/records.ts';

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

describe('folded names', () => {
  it('give one form for spellings of a name, and none for words that need no fold', () => {
    expect(foldName('Zelenskyy')).toBe(foldName('Zelensky'));
    expect(foldName('Gaddafi')).toBe(foldName('Gadafi'));
    expect(foldName('Łódź')).toBe('lodz');
    expect(foldedNames('President Zelenskyy met Ms Müller.')).toEqual(['zelenski', 'muler']);
  });

  it('are in a record\'s content, so either spelling finds the claim', () => {
    const [record] = claimRecords({ ...published, articles: [{ slug: 'z', title: 'Z', outlet: 'z.example', claims: [claim('z-1', 'Zelenskyy spoke.')] }], links: [] });
    expect(record!.content.split(' ')).toContain(foldName('Zelensky'));
    expect(record!.meta.title).toBe('Zelenskyy spoke.');
  });
});

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

  it('carries outlet and relation as metadata for results, and the event only as a filter', () => {
    expect(records[3]!.meta).toMatchObject({ outlet: 'b.example', relation: 'contradiction' });
    // Metadata is indexed: no headline or event title in it.
    expect(Object.values(records[3]!.meta).join(' ')).not.toMatch(/The storm$|^B$/);
  });

  it('publish each claim\'s counterpart across its strongest link, and a contradiction\'s explanation, outside the records', () => {
    const found = counterparts(published);
    expect(found['a-1']).toEqual({ text: 'The storm killed 25.', outlet: 'b.example', url: '/compare/storm/#b-1', explanation: 'x' });
    expect(found['b-2']).toEqual({ text: 'Roads closed.', outlet: 'a.example', url: '/compare/storm/#a-2' });
    expect(found['a-3']).toBeUndefined();
    expect(JSON.stringify(records)).not.toContain('The storm killed 25.", "outlet": "b.example", "url"');
    expect(Object.keys(records[0]!.meta).sort()).toEqual(['outlet', 'relation', 'title']);
  });
});
