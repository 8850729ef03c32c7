/**
 * Work once, cache by content: a rebuild after editing one article recomputes only the comparison
 * that contains it (engine cache) and re-renders only its pages (Astro's incremental build).
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../src/bench/corpus.ts';
import { differingFiles, fileDigests } from '../helpers/files.ts';
import { buildSite, makeSite, projectNode, projectRoot } from '../helpers/site.ts';

describe('a rebuild after editing one article', () => {
  it('recomputes and re-renders only the comparison that contains it', () => {
    const files = generateContent(join(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus'), { comparisons: 2, outlets: 2, words: 200 });
    const site = makeSite(files);
    const env = { COLLATE_PROGRESS: '1', COLLATE_CACHE_DIR: join(site, 'engine-cache') };
    const first = buildSite(site, join(site, 'dist'), { env });
    expect(first.code).toBe(0);
    expect(first.output).toContain('engine: 2 comparisons, 2 computed, 0 from cache');
    // The site has no claims ledger: the build says how many claim ids it lacks (all of them).
    const claims = (JSON.parse(readFileSync(join(site, 'dist', 'compare', 'event-001.json'), 'utf8')) as { articles: { claims: unknown[] }[] })
      .articles.concat((JSON.parse(readFileSync(join(site, 'dist', 'compare', 'event-002.json'), 'utf8')) as { articles: { claims: unknown[] }[] }).articles)
      .reduce((sum, article) => sum + article.claims.length, 0);
    expect(first.output).toContain(`${claims} claim ids are not in content/claims-ledger.json`);
    const unchangedPage = join(site, 'dist', 'compare', 'event-001', 'index.html');
    const inode = statSync(unchangedPage).ino;

    appendFileSync(join(site, 'content', 'articles', 'event-002-b.md'), '\nThe report was updated with one more sentence.\n');
    const second = buildSite(site, join(site, 'dist'), { env });
    expect(second.code).toBe(0);
    expect(second.output).toContain('engine: 2 comparisons, 1 computed, 1 from cache');
    // Astro lists each page written, "(cached)" when the previous build's file was kept in place
    // (pages are written several at a time, so their log lines may run together).
    const count = (pattern: RegExp) => second.output.match(pattern)?.length ?? 0;
    const pages = (comparison: string) => count(new RegExp(`/compare/${comparison}/\\S*index\\.html`, 'g'));
    const kept = (comparison: string) => count(new RegExp(`/compare/${comparison}/\\S*index\\.html \\(cached\\)`, 'g'));
    expect(pages('event-001')).toBeGreaterThan(0);
    expect(kept('event-001')).toBe(pages('event-001'));
    expect(pages('event-002')).toBeGreaterThan(0);
    expect(kept('event-002')).toBe(0);
    // The edited sentence is on the new page, and the restored pages are all there.
    expect(readFileSync(join(site, 'dist', 'compare', 'event-002', 'index.html'), 'utf8')).toContain('The report was updated with one more sentence.');
    expect(existsSync(unchangedPage)).toBe(true);
    // The output folder was kept, not emptied and refilled: the unchanged page is the same file.
    expect(statSync(unchangedPage).ino).toBe(inode);
  });

  it('removes what the build no longer writes, leaving what a clean build leaves', () => {
    const files = generateContent(join(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus'), { comparisons: 2, outlets: 2, words: 200 });
    const site = makeSite(files);
    const dist = join(site, 'dist');
    const env = { COLLATE_CACHE_DIR: join(site, 'engine-cache') };
    expect(buildSite(site, dist, { env }).code).toBe(0);
    expect(existsSync(join(dist, 'compare', 'event-002', 'index.html'))).toBe(true);
    writeFileSync(join(dist, 'left-over.txt'), 'not written by any build');

    // One comparison and one article's text change: pages, claim pages and search fragments go stale.
    rmSync(join(site, 'content', 'comparisons', 'event-002.md'));
    appendFileSync(join(site, 'content', 'articles', 'event-001-a.md'), '\nA late paragraph changes this report.\n');
    const rebuild = buildSite(site, dist, { env });
    expect(rebuild.code).toBe(0);
    expect(rebuild.output).toMatch(/removed \d+ files of the previous build/);
    expect(existsSync(join(dist, 'compare', 'event-002'))).toBe(false);
    expect(existsSync(join(dist, 'left-over.txt'))).toBe(false);

    // A clean build of the same content, with no cache of any kind, gives the same files.
    const clean = mkdtempSync(join(tmpdir(), 'collate-dist-clean-'));
    const fresh = buildSite(site, clean, {
      env: { COLLATE_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'collate-astro-')), COLLATE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'collate-engine-')) },
    });
    expect(fresh.code).toBe(0);
    expect(differingFiles(fileDigests(clean), fileDigests(dist))).toEqual([]);
  });
});

describe('two builds of one folder at once', () => {
  it('take turns: the second waits for the first, and the pages are whole and as a clean build writes them', async () => {
    const { spawn } = await import('node:child_process');
    const { join: joinPath } = await import('node:path');
    const content = generateContent(joinPath(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus'), { comparisons: 2, outlets: 2, words: 200 });
    const site = makeSite(content);
    const clean = buildSite(makeSite(content));
    expect(clean.code, clean.output).toBe(0);
    const run = () =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(projectNode, [joinPath(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
          cwd: site,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', COLLATE_ASTRO_CACHE_DIR: joinPath(site, '.astro-cache') },
        });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (code) => resolve({ code, output }));
      });
    const [first, second] = await Promise.all([run(), new Promise((resolve) => setTimeout(resolve, 800)).then(run)]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    expect(first.output + second.output).toMatch(/another build of .* is running/);
    expect(differingFiles(fileDigests(clean.outDir), fileDigests(joinPath(site, 'dist')))).toEqual([]);
  }, 300_000);
});

describe('a kept output folder that is not as the last build left it', () => {
  it('is built again: a corrupted or truncated page does not survive the next build', () => {
    const content = generateContent(join(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus'), { comparisons: 2, outlets: 2, words: 200 });
    const site = makeSite(content);
    const first = buildSite(site);
    expect(first.code, first.output).toBe(0);
    const clean = fileDigests(first.outDir);
    const page = [...clean.keys()].find((path) => path.startsWith('compare/') && path.endsWith('/index.html'))!;
    writeFileSync(join(first.outDir, page), 'corrupted\n');
    const second = buildSite(site);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/is not as the last build left it/);
    expect(differingFiles(clean, fileDigests(second.outDir))).toEqual([]);
    // Unchanged since, the next build trusts it again.
    const third = buildSite(site);
    expect(third.output).not.toMatch(/is not as the last build left it/);
  }, 300_000);
});
