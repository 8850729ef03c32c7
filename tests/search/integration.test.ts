import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { buildStorePath, readBuildStore, type PublishedComparison } from '../../src/site/build-store.ts';
import { projectRoot } from '../helpers/site.ts';

describe('the Pagefind integration', () => {
  afterEach(() => {
    vi.doUnmock('pagefind');
    vi.resetModules();
  });

  it('indexes every claim of the built site in dist/pagefind, one page per comparison', () => {
    const dist = inject('siteDist');
    const build = inject('siteBuild');
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const published = JSON.parse(readFileSync(join(dist, 'compare', 'kursk-region-control.json'), 'utf8')) as { articles: { claims: unknown[] }[] };
    const claims = published.articles.reduce((sum, a) => sum + a.claims.length, 0);
    // One search page per comparison, its claims the sub-results.
    expect(entry.languages.en!.page_count).toBe(1);
    expect(build.output).toMatch(new RegExp(`indexed ${claims} claims of 1 comparisons for search in [\\d.]+ s`));
  });

  it('indexes the comparisons the build recorded in its store, not the JSON files in dist/', () => {
    const dist = inject('siteDist');
    const recorded = readBuildStore(buildStorePath(projectRoot, dist));
    expect(recorded.map((c) => c.comparison.slug)).toEqual(['kursk-region-control']);
    // The store holds what the page publishes at /compare/<slug>.json.
    expect(recorded[0]).toEqual(JSON.parse(readFileSync(join(dist, 'compare', 'kursk-region-control.json'), 'utf8')));
  });

  it('stops the build when Pagefind reports an error', async () => {
    // An output folder with no comparison JSON in it: the comparisons come from the build's store.
    const dir = mkdtempSync(join(tmpdir(), 'collate-pf-'));
    const comparisons = [{ comparison: { slug: 'x', title: 'X' }, articles: [{ slug: 'a', title: 'A', outlet: 'o', claims: [{ id: 'a-1', text: 'T', paragraph: 0, start: 0, end: 1 }] }], links: [] }] as unknown as PublishedComparison[];
    const close = vi.fn(async () => null);
    vi.doMock('pagefind', () => ({
      createIndex: async () => ({
        errors: [],
        index: {
          addHTMLFile: async () => ({ errors: ['record rejected'], file: {} }),
          writeFiles: async () => ({ errors: [], outputPath: '' }),
        },
      }),
      close,
    }));
    const { indexSite } = await import('../../src/integrations/pagefind.ts');
    await expect(indexSite(dir, comparisons)).rejects.toThrow('Pagefind could not index /compare/x/: record rejected');
    expect(close).toHaveBeenCalled();
  });
});
