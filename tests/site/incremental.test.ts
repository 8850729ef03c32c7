/**
 * Work once, cache by content: a rebuild after editing one article recomputes only the comparison
 * that contains it (engine cache) and re-renders only its pages (Astro's incremental build).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../src/bench/corpus.ts';
import { buildSite, makeSite, projectRoot } from '../helpers/site.ts';

describe('a rebuild after editing one article', () => {
  it('recomputes and re-renders only the comparison that contains it', () => {
    const files = generateContent(join(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus'), { comparisons: 2, outlets: 2, words: 200 });
    const site = makeSite(files);
    const env = { COLLATE_PROGRESS: '1', COLLATE_CACHE_DIR: join(site, 'engine-cache') };
    const first = buildSite(site, join(site, 'dist'), { env });
    expect(first.code).toBe(0);
    expect(first.output).toContain('engine: 2 comparisons, 2 computed, 0 from cache');

    appendFileSync(join(site, 'content', 'articles', 'event-002-b.md'), '\nThe report was updated with one more sentence.\n');
    const second = buildSite(site, join(site, 'dist'), { env });
    expect(second.code).toBe(0);
    expect(second.output).toContain('engine: 2 comparisons, 1 computed, 1 from cache');
    // Astro lists each page written, "(restored)" when copied from the previous build (pages are
    // written several at a time, so their log lines may run together).
    const count = (pattern: RegExp) => second.output.match(pattern)?.length ?? 0;
    const pages = (comparison: string) => count(new RegExp(`/compare/${comparison}/\\S*index\\.html`, 'g'));
    const restored = (comparison: string) => count(new RegExp(`/compare/${comparison}/\\S*index\\.html \\(restored\\)`, 'g'));
    expect(pages('event-001')).toBeGreaterThan(0);
    expect(restored('event-001')).toBe(pages('event-001'));
    expect(pages('event-002')).toBeGreaterThan(0);
    expect(restored('event-002')).toBe(0);
    // The edited sentence is on the new page, and the restored pages are all there.
    expect(readFileSync(join(site, 'dist', 'compare', 'event-002', 'index.html'), 'utf8')).toContain('The report was updated with one more sentence.');
    expect(existsSync(join(site, 'dist', 'compare', 'event-001', 'index.html'))).toBe(true);
  });
});
