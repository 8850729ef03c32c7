/** Plain-text cleaning on the importer's own fixtures: line ends, headlines, foreign trailers, Markdown. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/importer/text.ts';
import { FIXTURES, listDir, runInProcess, tempDir } from './helpers.ts';

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** Imports a fixture with the real command (in process) and returns the written file. */
async function importFixture(name: string, ...args: string[]) {
  const out = tempDir();
  const run = await runInProcess(['import', join(FIXTURES, name), '--out-dir', out, ...args]);
  expect(run.code, run.stderr.join('\n')).toBe(0);
  const files = listDir(out);
  expect(files).toHaveLength(1);
  const written = readFileSync(join(out, files[0]!), 'utf8');
  const { data, content } = matter(written, {});
  return { run, out, files, written, data, body: content.trim(), paragraphs: content.trim().split('\n\n') };
}

describe('line ends and byte-order mark', () => {
  it('reads CRLF text with a BOM into LF paragraphs and finds the headline', async () => {
    const raw = readFileSync(join(FIXTURES, 'council-budget-crlf.txt'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw.includes('\r\n')).toBe(true);

    const { written, data, paragraphs, files } = await importFixture('council-budget-crlf.txt');
    expect(written).not.toMatch(/\r|\uFEFF/u);
    expect(data.title).toBe('City council approves budget with cuts to road repairs');
    expect(files).toEqual(['city-council-approves-budget-with-cuts-to-road-repairs.md']);
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[3]).toBe('The budget takes effect on January 1.');
  });

  it('writes what the expected file beside the fixture says', async () => {
    const { written } = await importFixture('council-budget-crlf.txt', '--slug', 'council-budget-crlf');
    expect(written).toBe(fixture('council-budget-crlf.expected.md'));
  });

  it('treats lone CR line ends like LF', () => {
    const lf = cleanText('Headline of the story\n\nThe first paragraph says something true.\n\nThe second one too, with detail.');
    const cr = cleanText('Headline of the story\r\rThe first paragraph says something true.\r\rThe second one too, with detail.');
    expect(cr).toEqual(lf);
    expect(lf.paragraphs).toHaveLength(2);
  });
});

describe('headline or derived title', () => {
  it('derives a title from the lead sentence when the text starts with prose, and says so', async () => {
    const raw = fixture('no-headline.txt');
    const { run, data, paragraphs } = await importFixture('no-headline.txt');
    const title = String(data.title);
    expect(title.endsWith('…')).toBe(true);
    const words = title.slice(0, -1).split(' ');
    expect(words.length).toBeGreaterThanOrEqual(10);
    expect(words.length).toBeLessThanOrEqual(14);
    const firstLine = raw.split('\n')[0]!;
    expect(firstLine.startsWith(title.slice(0, -1))).toBe(true);
    // The lead paragraph stays in the body: it is not a headline.
    expect(paragraphs[0]).toBe(firstLine);
    expect(paragraphs).toHaveLength(4);
    expect(run.stderr).toContain('collate: note: title derived from the lead sentence; pass --title to set it');
  });

  it('uses --title instead and prints no notice', async () => {
    const { run, data } = await importFixture('no-headline.txt', '--title', 'Grass fire forces evacuations');
    expect(data.title).toBe('Grass fire forces evacuations');
    expect(run.stderr.join('\n')).not.toMatch(/title derived/u);
  });

  it('strips a site name glued to the first line and uses it as the outlet', async () => {
    const { data, written, files } = await importFixture('glued-site-prefix.txt');
    expect(data.title).toBe('Bridge closure extended after inspection finds cracks');
    expect(data.outlet).toBe('riverside-gazette.example');
    expect(files).toEqual(['bridge-closure-extended-after-inspection-finds-cracks.md']);
    expect(written.split('---').slice(2).join('---')).not.toContain('riverside-gazette');
  });

  it('lets --outlet win over a detected outlet', async () => {
    const { data } = await importFixture('glued-site-prefix.txt', '--outlet', 'Riverside Gazette');
    expect(data.outlet).toBe('Riverside Gazette');
  });
});

describe('boilerplate in another language after an English article', () => {
  for (const [name, firstTrailerLine] of [
    ['library-reopens-de-trailer.txt', 'Diesen Artikel teilen'],
    ['market-prices-es-trailer.txt', 'Comparte esta noticia'],
  ] as const) {
    it(`drops the whole trailer of ${name} and keeps the last sentence`, async () => {
      const raw = fixture(name);
      const cut = raw.indexOf(firstTrailerLine);
      expect(cut).toBeGreaterThan(0);
      const article = raw.slice(0, cut).trim().split('\n').filter(Boolean);
      const trailer = raw.slice(cut).split('\n').map((l) => l.trim()).filter(Boolean);
      expect(trailer.length).toBeGreaterThanOrEqual(5);

      const { body, data, run } = await importFixture(name);
      for (const line of trailer) expect(body, `trailer line survived: ${line}`).not.toContain(line);
      for (const line of article.slice(1)) expect(body).toContain(line);
      expect(body.endsWith(article[article.length - 1]!)).toBe(true);
      expect(data.language).toBe('en');
      expect(run.stderr.join('\n')).toMatch(/removed \d+ line\(s\) of boilerplate .*(foreign-language|trailing-zone)/u);
    });
  }

  it('keeps a one-line-per-paragraph English text whole when nothing marks a trailer', () => {
    const text = 'Short headline here\nThe first paragraph is a sentence.\nA list of things follows\nAnother short line';
    const result = cleanText(text);
    expect(result.removed).toEqual([]);
    expect(result.paragraphs).toEqual(['The first paragraph is a sentence.', 'A list of things follows', 'Another short line']);
  });
});

describe('paragraphs and Markdown', () => {
  it('joins hard-wrapped lines and escapes only what Markdown would misread', async () => {
    const { written, paragraphs } = await importFixture('wrapped-with-markdown-syntax.txt', '--slug', 'wrapped-with-markdown-syntax');
    expect(written).toBe(fixture('wrapped-with-markdown-syntax.expected.md'));
    expect(paragraphs[0]).toMatch(/^A national survey .* said on Wednesday\.$/u);
    // Rendered, the escaped paragraphs read exactly as the raw text.
    const render = (md: string) => toString(unified().use(remarkParse).parse(md));
    expect(render(paragraphs[2]!)).toBe('*Figures are rounded to the nearest whole number.*');
    expect(render(paragraphs[3]!)).toBe('1. Cheaper fares were the top answer in every region surveyed.');
    // Plain prose is left alone.
    expect(paragraphs[1]).toBe(
      'The institute asked drivers which of five changes would make them switch. Cheaper fares came first, ahead of more frequent trains and safer cycle routes.',
    );
  });

  it('reports what each rule removed', () => {
    const text = [
      'Photo credit: example-news.example',
      'Ministers agree on a new fisheries deal',
      '',
      'Ministers from five countries agreed on Monday to cut fishing quotas for cod by a fifth next year.',
      '',
      'Advertisement',
      '',
      'The deal still needs approval by each national parliament, officials said.',
      '',
      'Share this article',
      'Related stories',
      'Port workers plan weekend protest',
      'Source',
      'example-news.example',
    ].join('\n');
    const result = cleanText(text);
    expect(result.title).toBe('Ministers agree on a new fisheries deal');
    expect(result.outlet).toBe('example-news.example');
    expect(result.paragraphs).toEqual([
      'Ministers from five countries agreed on Monday to cut fishing quotas for cod by a fifth next year.',
      'The deal still needs approval by each national parliament, officials said.',
    ]);
    expect(result.removed.map((r) => r.rule)).toEqual(['credit', 'advert', 'share', 'related', 'related', 'source', 'source']);
  });
});

describe('Markdown input with front matter', () => {
  it('keeps the Markdown body, merges the front matter and removes boilerplate', async () => {
    const { data, body, run } = await importFixture('rail-strike-front-matter.md');
    expect(data).toEqual({
      title: 'Rail workers vote for two-day strike',
      outlet: 'transitwire.example',
      url: 'https://transitwire.example/rail-strike-vote',
      published: '2025-03-03',
      author: 'Lee Ann Moore',
      language: 'en',
    });
    expect(body).toContain('their union said on **Monday**.');
    expect(body).not.toContain('Share this article');
    expect(body.split('\n\n')).toHaveLength(3);
    expect(run.stderr.join('\n')).toMatch(/ignored front matter keys .*section/u);
  });

  it('lets command-line options win over the front matter', async () => {
    const { data } = await importFixture('rail-strike-front-matter.md', '--title', 'Strike vote', '--published', '2025-03-04');
    expect(data.title).toBe('Strike vote');
    expect(data.published).toBe('2025-03-04');
    expect(data.outlet).toBe('transitwire.example');
  });

  it('treats a .md file without front matter as text, with a # heading as the headline', () => {
    const result = cleanText('# Water main bursts downtown\n\nA water main burst under the main square on Sunday, flooding two streets.\n');
    expect(result.title).toBe('Water main bursts downtown');
    expect(result.paragraphs).toEqual(['A water main burst under the main square on Sunday, flooding two streets.']);
  });
});

describe('hard-wrapped text', () => {
  it('keeps the short last line of a wrapped paragraph before a trailer', () => {
    const text = [
      'Ferry timetable changes from Sunday',
      '',
      'Commuters had complained for months about crowded crossings at peak times.',
      '',
      'The island ferry will run every forty minutes instead of every hour from',
      'Sunday, after the operator added a second boat to the route for the summer,',
      'the office said.',
      '',
      'Share this article',
      'Leave a comment',
    ].join('\n');
    const result = cleanText(text);
    expect(result.paragraphs).toEqual([
      'Commuters had complained for months about crowded crossings at peak times.',
      'The island ferry will run every forty minutes instead of every hour from Sunday, after the operator added a second boat to the route for the summer, the office said.',
    ]);
    expect(result.removed.map((r) => r.rule)).toEqual(['share', 'comments']);
  });
});
