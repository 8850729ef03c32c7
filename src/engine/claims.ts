/**
 * Splitting an article body into claims.
 *
 * The body is parsed with remark and turned into natural-language syntax (nlcst) by
 * `mdast-util-to-nlcst` with `parse-english`, which keeps source offsets, so every claim is an exact
 * slice of the body. A sentence becomes one claim, or several where it joins independent statements
 * with a semicolon.
 */
import { createHash } from 'node:crypto';
import { toNlcst } from 'mdast-util-to-nlcst';
import { toString } from 'nlcst-to-string';
import remarkGfm from 'remark-gfm';
import type { Root as NlcstRoot, Sentence } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { splitSentences } from '../importer/sentences.ts';
import { plainField } from './plain.ts';
import type { Claim } from './types.ts';

/** A statement needs at least this many words to stand alone after a split at a semicolon. */
const MIN_WORDS_PER_PART = 4;

// GitHub-flavoured, as the pages render: a footnote marker is no word of a claim, a table no sentence.
const markdown = unified().use(remarkParse).use(remarkGfm);

/** Digest of a claim's text, folded so that white-space changes keep the id. */
function digest(text: string): string {
  const folded = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return createHash('sha256').update(folded).digest('base64url').replace(/[-_]/g, '').slice(0, 8).toLowerCase();
}

/** The id of a text without a repeat's suffix. */
const baseOf = (slug: string, text: string) => `${slug}-${digest(text)}`;

/**
 * Claim id from its text: article slug + digest of the claim text, with `-2`, `-3`... for repeats
 * of the same text in one article, in order. `settleRepeats` then keeps repeats' earlier ids.
 */
export function claimId(slug: string, text: string, seen: Map<string, number>): string {
  const base = baseOf(slug, text);
  const count = (seen.get(base) ?? 0) + 1;
  seen.set(base, count);
  return count === 1 ? base : `${base}-${count}`;
}

/** Word count of a slice of text. */
const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Whether a position of a text lies inside brackets or a quotation ("2m euros (£1.7m; $2.6m)"). */
function enclosed(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
  }
  const open = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  return depth > 0 || open > 0 || (text.match(/"/g) ?? []).length % 2 === 1;
}

/** Splits [start, end) at semicolons that separate statements of enough words each (not inside brackets or quotes). */
function splitAtSemicolons(body: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  const text = body.slice(start, end);
  for (const match of text.matchAll(/;\s+/g)) {
    const cut = start + match.index;
    const rest = start + match.index + match[0].length;
    if (enclosed(body.slice(start, cut))) continue;
    if (wordCount(body.slice(from, cut)) >= MIN_WORDS_PER_PART && wordCount(body.slice(rest, end)) >= MIN_WORDS_PER_PART) {
      parts.push([from, cut + 1]);
      from = rest;
    }
  }
  parts.push([from, end]);
  return parts;
}

/** Trims white space from both ends of a [start, end) range of the body. */
function trimRange(body: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return [start, end];
}

/**
 * Claims of a body too large for `mdast-util-to-nlcst` (a paragraph of thousands of sentences
 * overflows its stack): blank-line paragraphs split into sentences by the importer's splitter,
 * each located in the body, so every claim is still an exact slice with its offsets.
 */
function splitPlainly(slug: string, body: string): Claim[] {
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  let paragraph = 0;
  for (const match of body.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    let cursor = match.index;
    for (const sentence of splitSentences(match[0])) {
      const at = body.indexOf(sentence, cursor);
      if (at === -1) continue;
      cursor = at + sentence.length;
      for (const [from, to] of splitAtSemicolons(body, at, cursor)) {
        const [start, end] = trimRange(body, from, to);
        const text = body.slice(start, end);
        if (wordCount(text) === 0) continue;
        claims.push({ id: claimId(slug, text, seen), text, ...plainField(text), paragraph, start, end });
      }
    }
    paragraph++;
  }
  return claims;
}

/** How far (in characters) container prefixes may shift a sentence within its block. */
const MAX_DRIFT = 200;

/** Between two words of a sentence, the source may hold a line break and a container's prefix. */
const GAP = String.raw`(?:[ \t]*\r?\n[ \t]*(?:>[ \t]?)*[ \t]*|\s+)`;

/**
 * Where a sentence stands in the body. nlcst's offsets are right for a sentence on one line, but
 * inside a blockquote or list item a sentence that crosses a line drifts by the container's
 * prefixes ("> ", two spaces); so the sentence's words are found in the body from its start,
 * allowing a line break and a prefix between them.
 */
function locate(body: string, sentence: Sentence): [number, number] | undefined {
  const start = sentence.position?.start.offset;
  const end = sentence.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const words = toString(sentence).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [start, end];
  if (body.slice(start, end).trim().split(/\s+/).join(' ') === words.join(' ')) return [start, end];
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(GAP), 'g');
  // The drift is the prefixes of the lines before, so the words stand at or after nlcst's start.
  pattern.lastIndex = start;
  const match = pattern.exec(body);
  if (match && match.index - start <= MAX_DRIFT) return [match.index, match.index + match[0].length];
  return [start, Math.min(end, body.length)];
}

/** Ids an article's claims had before (the claims ledger's record of the article), with where they stood. */
export type KnownClaims = Record<string, { text: string; paragraph: number }>;

/**
 * Gives repeated sentences the ids they had before. Order alone cannot: when the first of two
 * identical sentences is edited, the second would become the first and take its id. So each
 * occurrence of a repeated text takes the recorded id of that text nearest to its paragraph, and
 * an occurrence with none left takes the lowest suffix never used. Without a record, ids are by order.
 */
function settleRepeats(slug: string, claims: Claim[], known: KnownClaims | undefined): Claim[] {
  if (!known) return claims;
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const base = baseOf(slug, claim.text);
    groups.set(base, [...(groups.get(base) ?? []), claim]);
  }
  const suffix = (id: string, base: string) => (id === base ? 1 : Number(id.slice(base.length + 1)));
  for (const [base, group] of groups) {
    const recorded = Object.keys(known).filter((id) => id === base || (id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1))));
    if (recorded.length === 0 || (group.length === 1 && recorded.length === 1 && recorded[0] === group[0]!.id)) continue;
    // Nearest paragraph first; on a tie the earlier occurrence and the lower suffix.
    const options = group.flatMap((claim, order) => recorded.map((id) => ({ claim, order, id, distance: Math.abs(known[id]!.paragraph - claim.paragraph) })));
    options.sort((x, y) => x.distance - y.distance || x.order - y.order || suffix(x.id, base) - suffix(y.id, base));
    const given = new Map<Claim, string>();
    const taken = new Set<string>();
    for (const option of options) {
      if (given.has(option.claim) || taken.has(option.id)) continue;
      given.set(option.claim, option.id);
      taken.add(option.id);
    }
    let next = 1;
    for (const claim of group) {
      let id = given.get(claim);
      if (!id) {
        while (known[next === 1 ? base : `${base}-${next}`] || taken.has(next === 1 ? base : `${base}-${next}`)) next++;
        id = next === 1 ? base : `${base}-${next}`;
        taken.add(id);
      }
      claim.id = id;
    }
  }
  return claims;
}

/**
 * Splits an article body (Markdown) into claims with verbatim text and offsets. With `known` (the
 * ids the article's claims had before), a repeated sentence keeps its id when another copy of it
 * is edited; every other id depends on its own text alone.
 */
export function splitClaims(slug: string, body: string, known?: KnownClaims): Claim[] {
  return settleRepeats(slug, splitMarkdown(slug, body), known);
}

function splitMarkdown(slug: string, body: string): Claim[] {
  const file = new VFile(body);
  const mdast = markdown.parse(file);
  let tree: NlcstRoot;
  try {
    tree = toNlcst(mdast, file, ParseEnglish) as NlcstRoot;
  } catch (error) {
    if (error instanceof RangeError) return splitPlainly(slug, body);
    throw error;
  }
  const claims: Claim[] = [];
  const seen = new Map<string, number>();
  let paragraph = -1;
  visit(tree, (node) => {
    if (node.type === 'ParagraphNode') paragraph++;
    if (node.type !== 'SentenceNode') return;
    const sentence = node as Sentence;
    const located = locate(body, sentence);
    if (!located) return;
    const [startOffset, endOffset] = located;
    for (const [from, to] of splitAtSemicolons(body, startOffset, endOffset)) {
      const [start, end] = trimRange(body, from, to);
      const text = body.slice(start, end);
      if (wordCount(text) === 0) continue;
      claims.push({ id: claimId(slug, text, seen), text, ...plainField(text), paragraph: Math.max(paragraph, 0), start, end });
    }
    return 'skip';
  });
  return claims;
}
