import { describe, expect, it } from 'vitest';
import { foldName, foldedNames } from '../../src/search/fold.ts';
import { claimInfo, counterparts, MAX_CLAIMS_PER_PAGE, searchPages, type PublishedComparison } from '../../src/search/records.ts';

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

  it('are in the search page after the claim\'s heading, so either spelling finds the claim', () => {
    const [page] = searchPages({ ...published, articles: [{ slug: 'z', title: 'Z', outlet: 'z.example', claims: [claim('z-1', 'Zelenskyy spoke.')] }], links: [] });
    expect(page!.content).toContain(`<h2 id="z-1">Zelenskyy spoke.</h2><p>${foldName('Zelensky')}</p>`);
  });
});

describe('searchPages', () => {
  const pages = searchPages(published);
  const page = pages[0]!;

  it('makes one page per comparison at its URL, each claim a heading with the claim\'s id (a sub-result at its permalink)', () => {
    expect(pages).toHaveLength(1);
    expect(page.url).toBe('/compare/storm/');
    expect(page.claims).toBe(5);
    expect([...page.content.matchAll(/<h2 id="([^"]+)">([^<]*)<\/h2>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['a-1', 'The storm killed 12.'],
      ['a-2', 'Roads closed.'],
      ['a-3', 'Only here.'],
      ['b-1', 'The storm killed 25.'],
      ['b-2', 'Roads were closed.'],
    ]);
  });

  it('filters by the outlets, relations, contradiction kinds and title of its claims, out of the indexed text', () => {
    const filters = [...page.content.matchAll(/<span data-pagefind-filter="(\w+)">([^<]*)<\/span>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(filters).toEqual(['comparison:The storm', 'outlet:a.example', 'outlet:b.example', 'relation:contradiction', 'relation:same', 'relation:unique', 'kind:numeric']);
    // The title and filter values are in an element Pagefind does not index: a headline word finds no claim.
    expect(page.content).toMatch(/<div data-pagefind-ignore><span data-pagefind-filter="comparison">The storm<\/span>.*<\/div><h2/);
  });

  it('cuts a comparison of very many claims into pages of at most MAX_CLAIMS_PER_PAGE, each with its own filter values', () => {
    const many = Array.from({ length: MAX_CLAIMS_PER_PAGE * 2 + 1 }, (_, i) => claim(`m-${i}`, `Claim number ${i}.`));
    const big = searchPages({ ...published, articles: [{ slug: 'm', title: 'M', outlet: 'm.example', claims: many }], links: [] });
    expect(big.map((p) => [p.url, p.claims])).toEqual([
      ['/compare/storm/', MAX_CLAIMS_PER_PAGE],
      ['/compare/storm/?part=2', MAX_CLAIMS_PER_PAGE],
      ['/compare/storm/?part=3', 1],
    ]);
    expect(big[2]!.content).toContain(`<h2 id="m-${MAX_CLAIMS_PER_PAGE * 2}">`);
    expect(big[2]!.content).toContain('<span data-pagefind-filter="outlet">m.example</span>');
  });

  it('escapes what it writes as HTML', () => {
    const [tricky] = searchPages({ ...published, comparison: { slug: 's', title: 'A <b> & "c"' }, articles: [{ slug: 'z', title: 'Z', outlet: 'z', claims: [claim('z-1', 'x < y & z')] }], links: [] });
    expect(tricky!.content).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(tricky!.content).toContain('<h2 id="z-1">x &lt; y &amp; z</h2>');
  });
});

describe('claimInfo', () => {
  const info = claimInfo(published);

  it('gives each claim its words, outlet, strongest relation and contradiction kinds', () => {
    expect(info['a-1']).toMatchObject({ text: 'The storm killed 12.', outlet: 'a.example', relation: 'contradiction', kinds: ['numeric'] });
    expect(info['a-2']).toMatchObject({ outlet: 'a.example', relation: 'same' });
    expect(info['a-2']!.kinds).toBeUndefined();
    expect(info['a-3']).toEqual({ text: 'Only here.', outlet: 'a.example', relation: 'unique' });
  });

  it('gives each linked claim its counterpart across its strongest link, with a contradiction\'s explanation', () => {
    expect(counterparts(published)['a-1']).toEqual({ text: 'The storm killed 25.', outlet: 'b.example', url: '/compare/storm/#b-1', explanation: 'x' });
    expect(info['a-1']!.counterpart).toEqual({ text: 'The storm killed 25.', outlet: 'b.example', url: '/compare/storm/#b-1', explanation: 'x' });
    expect(info['b-2']!.counterpart).toEqual({ text: 'Roads closed.', outlet: 'a.example', url: '/compare/storm/#a-2' });
    expect(info['a-3']!.counterpart).toBeUndefined();
  });
});
