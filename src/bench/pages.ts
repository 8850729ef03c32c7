/**
 * Measures the HTML importer on saved news pages, by hand:
 *   node src/bench/pages.ts [dir]
 * `dir` (default `../shared/dev/pages` beside the project) holds one folder per page with
 * `source.html`, `expected.html` (Readability's expected article) and `expected-metadata.json`.
 *
 * For each page it runs cleanHtml on source.html and prints whether the title matches the expected
 * one (both after the importer's site-name stripping), the body recall, the character references
 * and backslash escapes left in the Markdown, and the blocks a reader should look at: short ones
 * (under 8 words) and ones that look like a credit, a caption stub or a prompt. Totals at the end.
 *
 * Body recall is multiset recall of word tokens: of the lower-cased words in expected.html's
 * paragraphs (`<p>`), the share our body holds as often (min of the two counts); `lcs` is the same
 * share by longest common subsequence, so words out of order do not count.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { cleanHtml, stripSiteName } from '../importer/html.ts';
import { markdownToPlain } from '../importer/markdown.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'dev', 'pages'));

/** Blocks under this many words are listed for review. */
const SHORT_WORDS = 8;
/** What a credit, a stub or a prompt left in a body tends to look like; a review aid, not a rule. */
const SUSPECT =
  /(?:^|\s)(?:credit|photo(?:graph)?|image|video|picture)s?\s*(?::|by\b|copyright)|[a-z.]Credit\p{Lu}|\/(?:AFP|AP|Getty|Reuters|EPA|AOL)\b|getty images|^(?:image|photo|video|advertisement)$|continue reading|subscribe|sign up|newsletter|originally (?:appeared|published)|about the author|^\[.*\]$|:$/iu;

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const fold = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Share of `expected` tokens that `ours` holds, counted as multisets. */
function multisetRecall(expected: string[], ours: string[]): number {
  const counts = new Map<string, number>();
  for (const t of ours) counts.set(t, (counts.get(t) ?? 0) + 1);
  let hit = 0;
  for (const t of expected) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      hit++;
      counts.set(t, n - 1);
    }
  }
  return expected.length === 0 ? 1 : hit / expected.length;
}

/** Share of `expected` tokens in a longest common subsequence with `ours`. */
function lcsRecall(expected: string[], ours: string[]): number {
  if (expected.length === 0) return 1;
  let previous = new Uint32Array(ours.length + 1);
  let current = new Uint32Array(ours.length + 1);
  for (let i = 1; i <= expected.length; i++) {
    for (let j = 1; j <= ours.length; j++) {
      current[j] = expected[i - 1] === ours[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[ours.length]! / expected.length;
}

const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;
const clip = (text: string): string => (text.length > 160 ? `${text.slice(0, 157)}...` : text);

interface PageResult {
  name: string;
  titleOk: boolean;
  recall: number;
  lcs: number;
  references: number;
  escapes: number;
  blocks: number;
  short: string[];
  suspect: string[];
  missing: string[];
  /** Expected paragraphs a boilerplate rule removed, with the rule's id. */
  removedBy: Map<string, string>;
  /** Recall over the expected paragraphs that no rule removed. */
  articleRecall: number;
}

const pages = existsSync(dir)
  ? readdirSync(dir)
      .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'source.html')))
      .sort()
  : [];
if (pages.length === 0) {
  console.error(`no page folders with source.html in ${dir}`);
  process.exit(1);
}

const results: PageResult[] = [];
for (const name of pages) {
  const folder = join(dir, name);
  const source = readFileSync(join(folder, 'source.html'), 'utf8');
  const expectedHtml = existsSync(join(folder, 'expected.html')) ? readFileSync(join(folder, 'expected.html'), 'utf8') : '';
  const metadata = existsSync(join(folder, 'expected-metadata.json'))
    ? (JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8')) as { title?: string; siteName?: string | null })
    : {};
  let result;
  try {
    result = cleanHtml(source, { file: `${name}/source.html` });
  } catch (error) {
    console.log(`${name}: ERROR ${(error as Error).message}`);
    continue;
  }
  const { document } = parseHTML(`<html><body>${expectedHtml}</body></html>`);
  const expectedParagraphs = [...document.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/gu, ' ').trim());
  const expectedTokens = expectedParagraphs.flatMap(tokens);
  const plain = result.paragraphs.map((md) => markdownToPlain(md).replace(/\s+/gu, ' ').trim());
  const ourTokens = plain.flatMap(tokens);
  const markdown = result.paragraphs.join('\n\n');
  const expectedTitle = metadata.title ? stripSiteName(metadata.title, [metadata.siteName ?? '', result.outlet]) : '';
  const page: PageResult = {
    name,
    titleOk: expectedTitle !== '' && fold(expectedTitle) === fold(result.title),
    recall: multisetRecall(expectedTokens, ourTokens),
    lcs: lcsRecall(expectedTokens, ourTokens),
    references: (markdown.match(/&#x?[0-9a-f]+;|&[a-z][a-z0-9]+;/giu) ?? []).length,
    escapes: (markdown.match(/\\[!-/:-@[-`{-~]/gu) ?? []).length,
    blocks: plain.length,
    short: plain.filter((text) => tokens(text).length < SHORT_WORDS),
    suspect: plain.filter((text) => tokens(text).length >= SHORT_WORDS && SUSPECT.test(text)),
    // Expected paragraphs of which our body holds less than half the words: removed boilerplate, or lost text.
    missing: expectedParagraphs.filter((text) => tokens(text).length > 0 && multisetRecall(tokens(text), ourTokens) < 0.5),
    removedBy: new Map(),
    articleRecall: 0,
  };
  // An expected paragraph a rule removed (its words in a removal's text: a caption, a credit, a
  // promo) is boilerplate by that rule; the article's recall is over the expected paragraphs no rule removed.
  const removals = [...result.removed.map((r) => ({ rule: r.rule, text: r.text })), ...result.structural.map((r) => ({ rule: r.rule, text: r.text }))];
  for (const text of expectedParagraphs) {
    const words = tokens(text);
    // A paragraph our body holds is no removal, whatever else a rule removed.
    if (words.length === 0 || multisetRecall(words, ourTokens) >= 0.9) continue;
    const by = removals.find((r) => {
      const removedWords = tokens(r.text);
      // Structural removals keep at most 200 characters of their text: a prefix also counts.
      return multisetRecall(words, removedWords) >= 0.5 || (r.text.length >= 150 && multisetRecall(removedWords, words) >= 0.9);
    });
    if (by) page.removedBy.set(text, by.rule);
  }
  page.articleRecall = multisetRecall(expectedParagraphs.filter((text) => !page.removedBy.has(text)).flatMap(tokens), ourTokens);
  results.push(page);
  console.log(
    `${name}: title ${page.titleOk ? 'yes' : `no (ours "${result.title}", expected "${expectedTitle}")`}; recall ${percent(page.recall)} (lcs ${percent(page.lcs)}; of the article text ${percent(page.articleRecall)}); ` +
      `${page.blocks} blocks; ${page.references} character references, ${page.escapes} backslash escapes`,
  );
  for (const text of page.short) console.log(`    short:   ${JSON.stringify(text)}`);
  for (const text of page.suspect) console.log(`    suspect: ${JSON.stringify(clip(text))}`);
  if (process.env.COLLATE_PAGES_VERBOSE) for (const [text, rule] of page.removedBy) if (!page.missing.includes(text)) console.log(`    removed by rule ${rule}: ${JSON.stringify(clip(text))}`);
  for (const text of page.missing) console.log(`    missing: ${JSON.stringify(clip(text))}${page.removedBy.has(text) ? ` (removed by rule ${page.removedBy.get(text)})` : ' (no rule removed it)'}`);
}

const sum = (f: (p: PageResult) => number): number => results.reduce((a, p) => a + f(p), 0);
const mean = (f: (p: PageResult) => number): number => (results.length ? sum(f) / results.length : 0);
console.log('');
console.log(`pages: ${results.length} of ${pages.length}`);
console.log(`titles matching: ${sum((p) => (p.titleOk ? 1 : 0))} of ${results.length}`);
console.log(`body recall (multiset): mean ${percent(mean((p) => p.recall))}, lowest ${percent(Math.min(...results.map((p) => p.recall)))}`);
console.log(`body recall (lcs): mean ${percent(mean((p) => p.lcs))}, lowest ${percent(Math.min(...results.map((p) => p.lcs)))}`);
console.log(`blocks: ${sum((p) => p.blocks)}; character references: ${sum((p) => p.references)}; backslash escapes: ${sum((p) => p.escapes)}`);
console.log(`short blocks (< ${SHORT_WORDS} words): ${sum((p) => p.short.length)}; suspect blocks: ${sum((p) => p.suspect.length)}`);
console.log(`expected paragraphs missing (under half their words in our body): ${sum((p) => p.missing.length)}, of which a boilerplate rule removed ${sum((p) => p.missing.filter((text) => p.removedBy.has(text)).length)}`);
console.log(`expected paragraphs a boilerplate rule removed (captions, credits, promos, bios): ${sum((p) => p.removedBy.size)}`);
console.log(`body recall of the article text (the expected paragraphs no rule removed): mean ${percent(mean((p) => p.articleRecall))}, lowest ${percent(Math.min(...results.map((p) => p.articleRecall)))}`);
