/**
 * Bad content, each case its own test: it either builds correctly or fails with one message that
 * names the file, the line where there is one, and the fix. The messages below are what a user sees.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';

const article = (front: string, body = 'The council met on Monday and approved the budget.') => `---\n${front}\n---\n\n${body}\n`;
const good = article('title: Good\noutlet: good.example');
const comparison = (list: string) => `---\ntitle: Event\narticles: ${list}\n---\n`;

/** Checks a content folder made of the given files; returns the problems' messages. */
function problems(files: Record<string, string | Buffer>): string[] {
  const root = mkdtempSync(join(tmpdir(), 'collate-bad-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return checkContent(root).problems.map((p) => p.message);
}

const cases: [string, Record<string, string | Buffer>, RegExp][] = [
  ['malformed YAML front matter', { 'content/articles/a.md': '---\ntitle: "unclosed\noutlet: x\n---\n\nText.\n' }, /^content\/articles\/a\.md:\d+: malformed front matter: .+ \(check the YAML syntax/],
  ['front matter never closed', { 'content/articles/a.md': '---\ntitle: A\noutlet: x\n\nText.\n' }, /^content\/articles\/a\.md:1: front matter is not closed \(end the YAML fields with a "---" line\)$/],
  ['missing title', { 'content/articles/a.md': article('outlet: x') }, /^content\/articles\/a\.md:1: title: required field is missing \(add "title: \.\.\." to the front matter\)$/],
  ['empty title', { 'content/articles/a.md': article('title: ""\noutlet: x') }, /^content\/articles\/a\.md:2: title: expected a non-empty string \(give it a title/],
  ['missing outlet', { 'content/articles/a.md': article('title: A') }, /^content\/articles\/a\.md:1: outlet: required field is missing \(add "outlet: \.\.\."/],
  ['empty outlet', { 'content/articles/a.md': article('title: A\noutlet: "   "') }, /^content\/articles\/a\.md:3: outlet: expected a non-empty string \(name the outlet/],
  ['a comparison naming an unknown article', { 'content/articles/a.md': good, 'content/comparisons/e.md': comparison('[a, ghost]') }, /^content\/comparisons\/e\.md:3: articles: no article "ghost" \(add content\/articles\/ghost\.md/],
  ['a comparison of one article', { 'content/articles/a.md': good, 'content/comparisons/e.md': comparison('[a]') }, /^content\/comparisons\/e\.md:3: articles: a comparison needs at least two articles \(list two or more/],
  ['the same article twice in a comparison', { 'content/articles/a.md': good, 'content/comparisons/e.md': comparison('[a, a]') }, /^content\/comparisons\/e\.md:3: articles: an article is listed twice \(list two or more different/],
  ['file names that give the same slug', { 'content/articles/storm.md': good, 'content/articles/Storm.md': good }, /^content\/articles\/Storm\.md: file name "Storm": expected a slug of lower-case letters, digits and hyphens \(rename the file\)$/],
  ['an empty body', { 'content/articles/a.md': article('title: A\noutlet: x', '') }, /^content\/articles\/a\.md: the article has no text \(add the article text after the front matter\)$/],
  ['a binary file', { 'content/articles/a.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, /^content\/articles\/a\.md: is a binary file, not Markdown text \(remove it, or import the article with `collate import`\)$/],
  ['bytes that are not UTF-8', { 'content/articles/a.md': Buffer.concat([Buffer.from('---\ntitle: A\noutlet: x\n---\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]) }, /^content\/articles\/a\.md:6: not valid UTF-8 \(byte 0xe9\) \(re-save the file as UTF-8\)$/],
  ['a bad date', { 'content/articles/a.md': article('title: A\noutlet: x\npublished: last Tuesday') }, /^content\/articles\/a\.md:4: published: expected an ISO date such as 2025-04-26 \(use an ISO date/],
];

describe('bad content', () => {
  it.each(cases)('%s', (_name, files, message) => {
    const found = problems(files);
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(message);
  });
});
