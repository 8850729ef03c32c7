import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/engine/compare.ts';
import type { ArticleInput } from '../../src/engine/types.ts';
import { cleanText } from '../../src/importer/text.ts';

const devDir = new URL('../fixtures/dev/ecbplus/', import.meta.url).pathname;

/** The articles of one development event, cleaned as the importer would. */
function event(folder: string): ArticleInput[] {
  return readdirSync(join(devDir, folder))
    .sort()
    .map((name) => {
      const cleaned = cleanText(readFileSync(join(devDir, folder, name), 'utf8'), { file: name });
      return { slug: name.replace(/\.txt$/, ''), title: cleaned.title, outlet: cleaned.outlet, body: cleaned.paragraphs.join('\n\n') };
    });
}

describe('compareArticles', () => {
  const articles = event('24_ecbplus').slice(0, 4);
  const result = compareArticles(articles);
  const claims = new Map(result.articles.flatMap((a, i) => a.claims.map((c) => [c.id, { claim: c, article: i }] as const)));

  it('returns every claim as a verbatim slice of its article body', () => {
    result.articles.forEach((article, index) => {
      expect(article.claims.length).toBeGreaterThan(0);
      for (const claim of article.claims) expect(articles[index]!.body.slice(claim.start, claim.end)).toBe(claim.text);
    });
  });

  it('links claims of different articles only, with a relation and a score in 0..1', () => {
    expect(result.links.length).toBeGreaterThan(0);
    for (const link of result.links) {
      expect(claims.get(link.from)!.article).not.toBe(claims.get(link.to)!.article);
      expect(['same', 'overlap', 'contradiction']).toContain(link.relation);
      expect(link.score).toBeGreaterThanOrEqual(0);
      expect(link.score).toBeLessThanOrEqual(1);
      if (link.relation === 'contradiction') {
        expect(link.kind).toBeTruthy();
        expect(link.explanation).toBeTruthy();
      }
    }
  });

  it('compares every pair of articles and groups claims across all of them', () => {
    const pairs = new Set(result.links.map((l) => [claims.get(l.from)!.article, claims.get(l.to)!.article].sort().join('-')));
    expect(pairs.size).toBe((4 * 3) / 2);
    const spanning = result.groups.filter((group) => new Set(group.map((id) => claims.get(id)!.article)).size >= 3);
    expect(spanning.length).toBeGreaterThan(0);
    const grouped = result.groups.flat();
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compareArticles(articles))).toBe(JSON.stringify(result));
  });

  it('refuses fewer than two articles', () => {
    expect(() => compareArticles(articles.slice(0, 1))).toThrow(/at least two/);
  });
});

describe('precision on real multi-outlet reports', () => {
  it('does not take the same sum in euros, dollars and pounds for a contradiction', () => {
    const result = compareArticles(event('24_ecbplus'));
    expect(result.links.filter((l) => l.kind === 'numeric')).toEqual([]);
  });

  it('raises few contradictions where reports mostly agree', () => {
    for (const folder of ['8_ecbplus', '37_ecbplus']) {
      const result = compareArticles(event(folder));
      const contradictions = result.links.filter((l) => l.relation === 'contradiction').length;
      const shared = result.links.length - contradictions;
      expect(contradictions / shared).toBeLessThan(0.01);
    }
  });
});
