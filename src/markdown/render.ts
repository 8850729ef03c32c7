/**
 * Markdown to safe HTML for the site: remark → rehype, sanitised (no raw HTML, no scripts, event
 * handlers or `javascript:` links from articles), then Collate's claim marks.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from './plugins.ts';
import rehypeClaims, { type ClaimMarkup } from './rehype-claims.ts';

/** Renders Markdown to sanitised HTML, marking the claims whose offsets point into it. */
export function renderMarkdown(markdown: string, claims: ClaimMarkup[] = []): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeClaims, { claims })
    .use(rehypeStringify);
  return String(processor.processSync(new VFile(markdown)));
}

export type { ClaimMarkup };

/** The reader-facing text of a Markdown snippet: the engine's (`src/engine/plain.ts`), one definition for both. */
export { plainText } from '../engine/plain.ts';
