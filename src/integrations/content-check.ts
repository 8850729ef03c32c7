import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content/check.ts';
import { LEDGER_PATH, readLedger, unrecordedClaims } from '../content/ledger.ts';
import { lockAsync, releaseLock } from '../lock.ts';
import { buildStorePath, outputKey, readBuildStore, resetBuildStore } from '../site/build-store.ts';

/** How long a build waits for another build of the same folder. */
const BUILD_WAIT_MS = 20 * 60_000;

/**
 * One build per output folder at a time: a second build waits for the first (two builds writing
 * one `dist/` leave half-written pages and a broken incremental cache). The lock lives in the
 * project's cache, keyed by the output folder, and goes with the process.
 */
async function lockOutput(root: string, outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const lock = join(root, 'node_modules', '.cache', 'collate', `build-${outputKey(outDir)}.lock`);
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
  let store = '';
  return {
    name: 'collate:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        store = buildStorePath(root, fileURLToPath(config.outDir));
        const define: Record<string, string> = {
          // Pages read the ledger, the engine's sources and the engine cache from here: Astro's root,
          // compiled into the page code (src/site/root.ts).
          'import.meta.env.COLLATE_PROJECT_ROOT': JSON.stringify(root),
        };
        if (command === 'build') {
          await lockOutput(root, fileURLToPath(config.outDir), logger);
          // The comparisons this build computes are recorded here for search and the ledger check
          // (src/site/build-store.ts); under the lock, so no other build writes it meanwhile.
          resetBuildStore(store);
          define['import.meta.env.COLLATE_BUILD_STORE'] = JSON.stringify(store);
        }
        updateConfig({ vite: { define } });
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
      'astro:build:done': ({ logger }) => {
        // Claim ids not yet in the ledger would lose their permalinks when their sentence is edited.
        // The comparisons this build computed list every claim the site links to.
        const articles = new Map<string, { slug: string; claims: { id: string }[] }>();
        for (const published of readBuildStore(store)) {
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
