import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content/check.ts';
import { LEDGER_PATH, readLedger, recordClaims } from '../content/ledger.ts';

/**
 * Checks `content/` before Astro loads it, so a bad article or comparison stops the build with one
 * line per problem naming the file, the line and the fix, instead of a schema dump or a stack trace.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'collate:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        const root = fileURLToPath(config.root);
        // Pages read the ledger, the engine's sources and the engine cache from here (src/site/root.ts).
        process.env.COLLATE_ROOT = root;
        const { problems, comparisons, articles } = checkContent(root);
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
        // Claim ids not yet in the ledger would lose their permalinks when their sentence is edited.
        const ledger = readLedger(root);
        const unrecorded = recordClaims(ledger, articles.map((article) => ({ slug: article.slug, body: article.body })));
        if (unrecorded > 0) {
          logger.warn(`${unrecorded} claim ids are not in ${LEDGER_PATH}: run \`npx collate ledger\` and commit it, so their permalinks survive edits`);
        }
      },
    },
  };
}
