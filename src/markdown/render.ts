/**
 * Markdown to safe HTML for the site: remark → rehype, sanitised (no raw HTML, no scripts, event
 * handlers or `javascript:` links from articles), then Collate's claim marks.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import rehypeClaims, { type ClaimMarkup } from './rehype-claims.ts';

/** Renders Markdown to sanitised HTML, marking the claims whose offsets point into it. */
export function renderMarkdown(markdown: string, claims: ClaimMarkup[] = []): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize)
    .use(rehypeClaims, { claims })
    .use(rehypeStringify);
  return String(processor.processSync(new VFile(markdown)));
}

export type { ClaimMarkup };
