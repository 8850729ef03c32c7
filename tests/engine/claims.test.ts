import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../src/engine/claims.ts';
import { compareArticles } from '../../src/engine/compare.ts';

const body = [
  'The council met on Monday. It approved the budget, officials said.',
  '',
  'Residents welcomed the *new* park; the mayor promised more trees next year. Short; fine.',
  '',
  '- A list item states a fact.',
].join('\n');

describe('splitClaims', () => {
  const claims = splitClaims('report', body);

  it('gives every claim as a verbatim slice of the body with its offsets', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('splits sentences, and at semicolons only between statements of several words', () => {
    expect(claims.map((c) => c.text)).toEqual([
      'The council met on Monday.',
      'It approved the budget, officials said.',
      'Residents welcomed the *new* park;',
      'the mayor promised more trees next year.',
      'Short; fine.',
      'A list item states a fact.',
    ]);
  });

  it.each([
    // Two stories: a jewel heist and a bond sale.
    'They made off with 2m euros (£1.7m; $2.6m) in gems and watches from the store.',
    'The ministry said the bonds "sold out within an hour; demand was very strong" in the morning.',
  ])('does not split at a semicolon inside brackets or quotes: %s', (text) => {
    expect(splitClaims('r', text).map((c) => c.text)).toEqual([text]);
  });

  it('numbers paragraphs from 0', () => {
    expect(claims.map((c) => c.paragraph)).toEqual([0, 0, 1, 1, 1, 2]);
  });

  it('derives ids from the article slug and the claim text, unique within the article', () => {
    for (const claim of claims) expect(claim.id).toMatch(/^report-[a-z0-9]{8}(?:-\d+)?$/);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
    const repeated = splitClaims('r', 'Same words here. Same words here.');
    expect(repeated[1]!.id).toBe(`${repeated[0]!.id}-2`);
  });

  it('keeps the ids of untouched sentences when one sentence is edited', () => {
    const edited = body.replace('It approved the budget', 'It rejected the budget');
    const before = new Map(claims.map((c) => [c.text, c.id]));
    const after = splitClaims('report', edited);
    const changed = after.filter((c) => before.get(c.text) !== c.id);
    expect(changed.map((c) => c.text)).toEqual(['It rejected the budget, officials said.']);
  });

  it('finds nothing in an empty body', () => {
    expect(splitClaims('x', '')).toEqual([]);
    expect(splitClaims('x', '\n\n  \n')).toEqual([]);
  });

  it('splits a one-paragraph article of 8,000 sentences (too deep for mdast-util-to-nlcst) into verbatim claims', () => {
    const body = Array.from({ length: 8000 }, (_, i) => `The council approved budget line ${i + 1} on Tuesday.`).join(' ');
    const claims = splitClaims('long', body);
    expect(claims.length).toBe(8000);
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(new Set(claims.map((c) => c.id)).size).toBe(8000);
  });

  it('finds sentences in blockquotes and list items of several lines where they stand, whole', () => {
    const body = '> Fifteen people were hurt in the blast.\n> Repairs will take three weeks.\n\n- Ten shops closed.\n  Two banks burned.';
    const claims = splitClaims('q', body);
    expect(claims.map((c) => c.text)).toEqual(['Fifteen people were hurt in the blast.', 'Repairs will take three weeks.', 'Ten shops closed.', 'Two banks burned.']);
    for (const claim of claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('reads GitHub-flavoured Markdown as pages render it: no footnote marker in a claim, no claim of a table', () => {
    const body = '[^1] Officials said 12 people were hurt.\n\n| a | b |\n|---|---|\n| one | two |\n\n[^1]: Figures from the fire service.';
    expect(splitClaims('f', body).map((c) => c.text)).toEqual(['Officials said 12 people were hurt.', 'Figures from the fire service.']);
  });
});


describe('a claim with Markdown syntax', () => {
  const body = 'The [health ministry](https://example.org/report) said **12** people died in Tarnow.\n\nRoads stayed open.';

  it('keeps its text verbatim and carries its words as a reader sees them in `plain`', () => {
    const [first, second] = splitClaims('a', body);
    expect(first!.text).toBe('The [health ministry](https://example.org/report) said **12** people died in Tarnow.');
    expect(body.slice(first!.start, first!.end)).toBe(first!.text);
    expect(first!.plain).toBe('The health ministry said 12 people died in Tarnow.');
    // Plain prose has no `plain` of its own.
    expect(second!.plain).toBeUndefined();
  });

  it('is compared by its plain words: a link or emphasis changes nothing', () => {
    const result = compareArticles([
      { slug: 'a', title: 'A', outlet: 'a.example', body },
      { slug: 'b', title: 'B', outlet: 'b.example', body: 'The health ministry said 12 people died in Tarnow.\n\nRoads stayed open.' },
    ]);
    const [a, b] = result.articles.map((article) => article.claims[0]!.id);
    expect(result.links.find((link) => link.from === a && link.to === b)).toMatchObject({ relation: 'same', score: 1 });
    expect(result.links.filter((link) => link.relation === 'contradiction')).toEqual([]);
  });

  it('is quoted in explanations by its plain words', () => {
    const result = compareArticles([
      { slug: 'a', title: 'A', outlet: 'a.example', body: 'The [health ministry](https://example.org/report) said 12 people died in the fire at the Tarnow plant.' },
      { slug: 'b', title: 'B', outlet: 'b.example', body: 'The health ministry said 19 people died in the fire at the Tarnow plant.' },
    ]);
    const contradiction = result.links.find((link) => link.relation === 'contradiction');
    expect(contradiction?.explanation).toBeDefined();
    expect(contradiction!.explanation).not.toMatch(/https?:|\]\(/);
  });
});
