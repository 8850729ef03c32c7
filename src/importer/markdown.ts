/**
 * Markdown for article bodies: plain-text paragraphs go in verbatim unless Markdown would read
 * something in them as syntax, and only then are they escaped. Blocks converted from HTML keep
 * their emphasis where Markdown can write it, and carry no escape or character reference that
 * the text reads the same without.
 */
import type { Nodes, Root, RootContent } from 'mdast';
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

/** Inline containers whose delimiters must touch the words they wrap. */
const ATTENTION = new Set(['emphasis', 'strong', 'delete']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Inline = RootContent & { children?: RootContent[] };

/** First and last character of a node's text ('' when it has none). */
const edges = (node: RootContent | undefined): [string, string] => {
  const text = node ? toString(node as Nodes) : '';
  return [text.slice(0, 1), text.slice(-1)];
};

/** Joins neighbouring text nodes, as a parser would have made them. */
function mergeText(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else if (node.type !== 'text' || node.value !== '') out.push(node);
  }
  return out;
}

/**
 * Tidies emphasis the way HTML pages set it and Markdown cannot write it: white space inside the
 * tags (`<em>Title </em>runs`) moves outside them; emphasis around nothing but white space
 * (`libertés<strong> </strong>(CNIL)`) becomes that space; emphasis that starts or ends inside a
 * word (`mean<em>s </em>predictable`) goes, so the word reads whole. Otherwise the stringifier
 * writes character references (`&#x20;`, `&#x73;`) to keep the delimiters apart from the text.
 * The text the nodes hold is unchanged. Mutates and returns `nodes`.
 */
export function tidyInline(nodes: RootContent[]): RootContent[] {
  let out: RootContent[] = [];
  for (const node of nodes as Inline[]) {
    if (node.children) node.children = tidyInline(node.children);
    if (!ATTENTION.has(node.type) && node.type !== 'link') {
      out.push(node);
      continue;
    }
    const children = node.children ?? [];
    const first = children[0];
    const last = children[children.length - 1];
    const lead = first?.type === 'text' ? (/^\s+/u.exec(first.value)?.[0] ?? '') : '';
    if (first?.type === 'text') first.value = first.value.slice(lead.length);
    const trail = last?.type === 'text' ? (/\s+$/u.exec(last.value)?.[0] ?? '') : '';
    if (last?.type === 'text' && trail) last.value = last.value.slice(0, -trail.length);
    if (lead) out.push({ type: 'text', value: lead });
    if (ATTENTION.has(node.type) && toString(node as Nodes).trim() === '') out.push(...children);
    else out.push(node);
    if (trail) out.push({ type: 'text', value: trail });
  }
  out = mergeText(out);
  // Emphasis glued to a word on either side cannot be written with `_`; the word reads whole without it.
  const unwrapped: RootContent[] = [];
  out.forEach((node, i) => {
    if (ATTENTION.has(node.type)) {
      const [first, last] = edges(node);
      const before = edges(out[i - 1])[1];
      const after = edges(out[i + 1])[0];
      if ((WORD_CHAR.test(before) && WORD_CHAR.test(first)) || (WORD_CHAR.test(after) && WORD_CHAR.test(last))) {
        unwrapped.push(...((node as Inline).children ?? []));
        return;
      }
    }
    unwrapped.push(node);
  });
  return mergeText(unwrapped);
}

/** A character reference left in a page's text by encoding it twice (`&amp;#x20;` shows as `&#x20;`). */
const STRAY_REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|(amp|quot|apos|lt|gt|nbsp));/gu;
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Decodes character references that stand as text in a page (encoded twice): the reader sees the character. */
export function decodeStrayReferences(text: string): string {
  return text.replace(STRAY_REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Removes emphasis, strong and strikethrough, keeping their text. Mutates and returns `nodes`. */
function flattenAttention(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes as Inline[]) {
    if (node.children) node.children = flattenAttention(node.children);
    if (ATTENTION.has(node.type)) out.push(...(node.children ?? []));
    else out.push(node);
  }
  return mergeText(out);
}

/** A tree without positions, as a string, to compare what two Markdown strings mean. */
function meaning(markdown: string): string {
  return JSON.stringify(parseMarkdown(markdown), (key, value: unknown) => (key === 'position' ? undefined : value));
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/u;
/** A backslash escape or a numeric character reference in stringified Markdown. */
const ESCAPE_OR_REFERENCE = /\\([!-/:-@[-`{-~])|&#[xX]([0-9a-fA-F]+);|&#(\d+);/gu;
const REFERENCE = /&#[xX]?[0-9a-fA-F]+;/u;
/** Blocks with more escapes than this are left as remark wrote them. */
const MAX_ESCAPES_TRIED = 200;

/**
 * Drops every backslash escape and character reference Markdown reads the same without: remark
 * escapes a `[` in `[T]he` or `[deal]` though no link can start there. A reference it cannot drop
 * becomes a backslash escape where CommonMark allows one.
 */
export function minimiseEscapes(markdown: string): string {
  if (!/[\\&]/u.test(markdown)) return markdown;
  const matches = [...markdown.matchAll(ESCAPE_OR_REFERENCE)];
  // Each try parses the block again; a block of code-like text full of escapes keeps them all.
  if (matches.length === 0 || matches.length > MAX_ESCAPES_TRIED) return markdown;
  const target = meaning(markdown);
  let out = markdown;
  // From the end, so that of a pair of escapes (`\*note\*`) the opening one stays: `\*note*`.
  for (const match of matches.reverse()) {
    const char = match[1] ?? String.fromCodePoint(match[2] ? parseInt(match[2], 16) : Number(match[3]));
    const candidates = match[1] ? [char] : [char, ...(ASCII_PUNCTUATION.test(char) ? [`\\${char}`] : [])];
    const head = out.slice(0, match.index);
    const tail = out.slice(match.index + match[0].length);
    const accepted = candidates.find((c) => meaning(head + c + tail) === target);
    if (accepted !== undefined) out = head + accepted + tail;
  }
  return out;
}

/**
 * Serialises mdast nodes as Markdown (GFM), without a trailing newline. Emphasis is tidied first
 * (see tidyInline), escapes are kept only where needed, and a block the stringifier can still only
 * write with character references loses its emphasis instead.
 */
export function stringifyMarkdown(nodes: RootContent[]): string {
  const write = (children: RootContent[]): string =>
    minimiseEscapes(stringifier.stringify({ type: 'root', children }).trim());
  const tidied = tidyInline(nodes);
  const markdown = write(tidied);
  if (!REFERENCE.test(markdown)) return markdown;
  const plain = write(flattenAttention(tidied));
  return REFERENCE.test(plain) ? markdown : plain;
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
  return minimiseEscapes(text.replace(/[!-/:-@[-`{-~]/g, (char) => `\\${char}`));
}
