/**
 * Markdown for article bodies: plain-text paragraphs go in verbatim unless Markdown would read
 * something in them as syntax, and only then are they escaped.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

// The site renders article bodies as GFM, so "would be read as Markdown" is judged by GFM.
const parser = unified().use(remarkParse).use(remarkGfm);
const stringifier = unified().use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' }).use(remarkGfm);

/** Parses Markdown into an mdast tree (GFM). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** Serialises mdast nodes as Markdown (GFM), without a trailing newline. */
export function stringifyMarkdown(nodes: RootContent[]): string {
  return stringifier.stringify({ type: 'root', children: nodes }).trim();
}

/** The text a reader sees for a Markdown string (syntax removed). */
export function markdownToPlain(markdown: string): string {
  return toString(parseMarkdown(markdown));
}

/** Whether Markdown reads `markdown` as one paragraph whose visible text is exactly `text`. */
function readsAs(markdown: string, text: string): boolean {
  const tree = parseMarkdown(markdown);
  if (tree.children.length !== 1 || tree.children[0]!.type !== 'paragraph') return false;
  // Raw HTML and hard breaks keep or drop characters without changing toString's result.
  let plain = true;
  const visit = (node: RootContent): void => {
    if (node.type === 'html' || node.type === 'break' || node.type === 'inlineCode') plain = false;
    if ('children' in node) node.children.forEach((child) => visit(child as RootContent));
  };
  visit(tree.children[0]!);
  return plain && toString(tree) === text;
}

/**
 * Returns a plain-text paragraph as Markdown that renders to exactly that text.
 *
 * Most news text needs nothing and comes back unchanged (curly quotes, dashes and all). Only text
 * Markdown would misread (a line-initial `#`, `>` or list marker, `<tag`, emphasis pairs, backticks,
 * `[..](..)`, entities) is escaped, by remark's own rules or, failing those, every ASCII punctuation mark.
 */
export function escapeMarkdown(text: string): string {
  if (readsAs(text, text)) return text;
  const escaped = stringifyMarkdown([{ type: 'paragraph', children: [{ type: 'text', value: text }] }]);
  if (readsAs(escaped, text)) return escaped;
  // CommonMark lets a backslash escape any ASCII punctuation, so this always reads back as text.
  return text.replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`);
}
