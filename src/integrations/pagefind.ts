/**
 * Pagefind inside the build: at `astro:build:done` every comparison the build computed (its store,
 * src/site/build-store.ts) is indexed as one page whose claims are sub-results at their permalinks
 * (see src/search/records.ts), through Pagefind's Node API, so `npm run build` alone produces a
 * searchable site. Every `errors[]` Pagefind returns stops the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchPages, type PublishedComparison } from '../search/records.ts';
import { buildStorePath, readBuildStore } from '../site/build-store.ts';

/** Throws when Pagefind reports errors for a step. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/**
 * Builds the search index of the comparisons of a built site in `dir/pagefind/`; returns the
 * number of claims indexed. The index is written to a new folder that then replaces the old one,
 * so the site never serves half an index.
 */
export async function indexSite(dir: string, comparisons: PublishedComparison[], logger?: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  // No comparisons gives an empty index, which still lets the search page load.
  const { index, errors } = await pagefind.createIndex({});
  check('start', errors);
  if (!index) throw new Error('Pagefind could not start');
  try {
    let count = 0;
    for (const published of comparisons) {
      // One page per comparison (of a very large one, a few), its claims the sub-results (see src/search/records.ts).
      for (const page of searchPages(published)) {
        const added = await index.addHTMLFile({ url: page.url, content: page.content });
        check(`index ${page.url}`, added.errors);
        count += page.claims;
      }
    }
    const output = join(dir, 'pagefind');
    const next = `${output}.${process.pid}.next`;
    rmSync(next, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: next });
    check('write its files', written.errors);
    replaceFolder(next, output);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger?.info(`indexed ${count} claims of ${comparisons.length} comparisons for search in ${seconds} s`);
    return count;
  } finally {
    await pagefind.close();
  }
}

/** Puts folder `next` in the place of `target` (renames only; the old folder is deleted after). */
function replaceFolder(next: string, target: string): void {
  const old = `${target}.${process.pid}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
  rmSync(old, { recursive: true, force: true });
}

/** The Astro integration. */
export default function pagefindSearch(): AstroIntegration {
  let store = '';
  return {
    name: 'collate:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        store = buildStorePath(fileURLToPath(config.root), fileURLToPath(config.outDir));
      },
      'astro:server:start': ({ logger }) => {
        logger.info('search is built with the site: run `npm run build && npm run preview` to try it');
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), readBuildStore(store), logger);
      },
    },
  };
}
