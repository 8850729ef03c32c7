import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content/check.ts';
import { LEDGER_PATH, readLedger, unrecordedClaims } from '../content/ledger.ts';
import { readPublishedComparisons } from '../search/records.ts';
import { routeFiles } from './output.ts';

/**
 * Checks `content/` before Astro loads it, so a bad article or comparison stops the build with one
 * line per problem naming the file, the line and the fix, instead of a schema dump or a stack trace.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'collate:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, command }) => {
        root = fileURLToPath(config.root);
        // Pages read the ledger, the engine's sources and the engine cache from here (src/site/root.ts).
        process.env.COLLATE_ROOT = root;
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
