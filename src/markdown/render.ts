/**
 * Markdown to safe HTML for the site: remark → rehype, sanitised (no raw HTML, no scripts, event
 * handlers or `javascript:` links from articles), then Collate's claim marks.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'mdast-util-to-string';
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

const parser = unified().use(remarkParse).use(remarkPlugins);

/**
 * The reader-facing text of a Markdown snippet (a claim, a title): Markdown syntax and raw HTML
 * dropped, words kept. For page titles, descriptions, lists and search records; the claim's
 * `text` itself stays verbatim.
 */
export function plainText(markdown: string): string {
  let text = plainTexts.get(markdown);
  if (text === undefined) {
    // Plain prose (most claims) needs no parsing.
    text = /[\\`*_[\]<>&#|~!]/.test(markdown)
      ? toString(parser.parse(markdown), { includeHtml: false }).replace(/\s+/g, ' ').trim()
      : markdown.replace(/\s+/g, ' ').trim();
    plainTexts.set(markdown, text);
  }
  return text;
}

/** Claims are shown on several pages each: their plain text is computed once. */
const plainTexts = new Map<string, string>();
