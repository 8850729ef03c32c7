/**
 * The words of a Markdown snippet as a reader sees them: syntax and raw HTML dropped, white space
 * folded ("[the report](https://…) says **12**" reads "the report says 12"). A claim's `text` is
 * verbatim Markdown; the engine analyses and quotes its plain form, and the site shows it in
 * titles, lists and search.
 */
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** Claims are shown and analysed many times: their plain text is computed once. */
const plainTexts = new Map<string, string>();

/** The plain text of a Markdown snippet. */
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

/** A claim's `plain` field: its plain text when Markdown syntax makes it differ from the verbatim text. */
export function plainField(text: string): { plain?: string } {
  const plain = plainText(text);
  return plain === text.replace(/\s+/g, ' ').trim() ? {} : { plain };
}
