import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content/check.ts';
import { LEDGER_PATH, readLedger, unrecordedClaims } from '../content/ledger.ts';
import { readPublishedComparisons } from '../search/records.ts';
import { lockAsync, releaseLock } from '../lock.ts';
import { routeFiles } from './output.ts';

/** How long a build waits for another build of the same folder. */
const BUILD_WAIT_MS = 20 * 60_000;

/**
 * One build per output folder at a time: a second build waits for the first (two builds writing
 * one `dist/` leave half-written pages and a broken incremental cache). The lock lives in the
 * project's cache, keyed by the output folder, and goes with the process.
 */
async function lockOutput(root: string, outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  const lock = join(root, 'node_modules', '.cache', 'collate', `build-${key}.lock`);
  const taken = await lockAsync(lock, BUILD_WAIT_MS, (holder) => {
    logger.info(`another build of ${outDir} is running${holder ? ` (process ${holder})` : ''}: waiting for it to finish`);
  });
  if (!taken) {
    const error = new Error(`another build of ${outDir} has held it for ${BUILD_WAIT_MS / 60_000} minutes (lock ${lock}); stop it, or delete the lock if no build runs`);
    error.name = 'BuildLocked';
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
  process.once('exit', () => releaseLock(lock));
}

/**
 * Checks `content/` before Astro loads it, so a bad article or comparison stops the build with one
 * line per problem naming the file, the line and the fix, instead of a schema dump or a stack trace.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'collate:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') await lockOutput(root, fileURLToPath(config.outDir), logger);
        // Pages read the ledger, the engine's sources and the engine cache from here: Astro's root,
        // compiled into the page code (src/site/root.ts).
        updateConfig({ vite: { define: { 'import.meta.env.COLLATE_PROJECT_ROOT': JSON.stringify(root) } } });
        const { problems, comparisons } = checkContent(root);
        if (problems.length > 0) {
          const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
          const error = new Error(`content has ${count}:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
          error.name = 'ContentError';
          // The list above says it all; a stack trace would only hide it.
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        if (command === 'build' && comparisons.length === 0) {
          logger.warn('no comparisons under content/comparisons: the site will list nothing');
        }
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        // Claim ids not yet in the ledger would lose their permalinks when their sentence is edited.
        // The published comparisons list every claim the site links to, already split by the build.
        const articles = new Map<string, { slug: string; claims: { id: string }[] }>();
        for (const published of readPublishedComparisons(fileURLToPath(dir), routeFiles(assets))) {
          for (const article of published.articles) articles.set(article.slug, article);
        }
        const unrecorded = unrecordedClaims(readLedger(root), [...articles.values()]);
        if (unrecorded > 0) {
          logger.warn(`${unrecorded} claim ids are not in ${LEDGER_PATH}: run \`npx collate ledger\` and commit it, so their permalinks survive edits`);
        }
      },
    },
  };
}
