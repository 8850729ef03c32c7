/** The aligned view's rows for three outlets: who reports a statement, and whether they agree. */
import { describe, expect, it } from 'vitest';
import { alignedRows } from '../../src/site/aligned.ts';
import type { ArticleView, ClaimView, ComparisonView } from '../../src/site/comparisons.ts';
import type { Link } from '../../src/engine/types.ts';

function view(articles: Record<string, string[]>, links: Link[]): ComparisonView {
  const claims = new Map<string, ClaimView>();
  const views = Object.entries(articles).map(([slug, ids]) => {
    const article = { slug, outlet: `${slug}.example`, claims: [] as ClaimView[] } as unknown as ArticleView;
    for (const id of ids) {
      const claim = { claim: { id, text: `Claim ${id}.`, paragraph: 0, start: 0, end: 1 }, article, relation: 'unique', links: [] } as ClaimView;
      article.claims.push(claim);
      claims.set(id, claim);
    }
    return article;
  });
  return { articles: views, claims, result: { articles: [], links, groups: [] } } as unknown as ComparisonView;
}

describe('aligned rows', () => {
  it('put claims joined by links in one row, count the outlets, and mark a row with a conflict', () => {
    const rows = alignedRows(
      view({ a: ['a1', 'a2'], b: ['b1', 'b2'], c: ['c1'] }, [
        { from: 'a1', to: 'b1', relation: 'same', score: 0.9 },
        { from: 'a1', to: 'c1', relation: 'contradiction', score: 0.9, kind: 'numeric', explanation: 'a says 5; c says 7.' },
        { from: 'a2', to: 'b2', relation: 'same', score: 0.9 },
      ]),
    );
    expect(rows.map((r) => r.cells.map((cell) => cell.map((c) => c.claim.id).join('')))).toEqual([
      ['a1', 'b1', 'c1'],
      ['a2', 'b2', ''],
    ]);
    expect(rows.map((r) => [r.status, r.outlets])).toEqual([
      ['contradiction', 3],
      ['same', 2],
    ]);
    expect(rows[0]!.explanations).toEqual(['a says 5; c says 7.']);
  });

  it('give a claim only one outlet reports a row of its own, after the first article\'s', () => {
    const rows = alignedRows(view({ a: ['a1'], b: ['b1', 'b2'] }, [{ from: 'a1', to: 'b2', relation: 'overlap', score: 0.5 }]));
    expect(rows.map((r) => [r.cells.map((cell) => cell.map((c) => c.claim.id).join('')), r.status])).toEqual([
      [['a1', 'b2'], 'overlap'],
      [['', 'b1'], 'unique'],
    ]);
  });
});
