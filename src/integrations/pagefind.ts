/**
 * Pagefind inside the build: at `astro:build:done` every claim of every comparison is indexed as a
 * custom record (see src/search/records.ts) through Pagefind's Node API, so `npm run build` alone
 * produces a searchable site. Every `errors[]` Pagefind returns stops the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimRecords, type PublishedComparison } from '../search/records.ts';

/** Throws when Pagefind reports errors for a step. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/** Builds the search index of a built site in `dir/pagefind/`; returns the number of records. */
export async function indexSite(dir: string, logger?: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const compareDir = join(dir, 'compare');
  let files: string[] = [];
  try {
    files = readdirSync(compareDir).filter((name) => name.endsWith('.json')).sort();
  } catch {
    // No comparisons: an empty index still lets the search page load.
  }
  const { index, errors } = await pagefind.createIndex({});
  check('start', errors);
  if (!index) throw new Error('Pagefind could not start');
  try {
    let count = 0;
    for (const file of files) {
      const published = JSON.parse(readFileSync(join(compareDir, file), 'utf8')) as PublishedComparison;
      // Records go to Pagefind's service concurrently, one comparison at a time.
      const records = claimRecords(published);
      const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
      added.forEach((result, at) => check(`index ${records[at]!.url}`, result.errors));
      count += records.length;
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    check('write its files', written.errors);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger?.info(`indexed ${count} claims of ${files.length} comparisons for search in ${seconds} s`);
    return count;
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration. */
export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'collate:pagefind',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.info('search is built with the site: run `npm run build && npm run preview` to try it');
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), logger);
      },
    },
  };
}
