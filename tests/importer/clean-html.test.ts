/** HTML pages: Readability's article text kept, site chrome gone, metadata from the page's head. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { cleanHtml, stripSiteName } from '../../src/importer/html.ts';
import { FIXTURES, listDir, runInProcess, tempDir } from './helpers.ts';

const html = readFileSync(join(FIXTURES, 'harbour-crane.html'), 'utf8');

/** The visible text of the article's paragraphs in the fixture, read with a regex rather than a parser. */
const storyParagraphs = [...html.slice(html.indexOf('class="story-body"'), html.indexOf('</article>')).matchAll(/<p>([^<]+)<\/p>/gu)].map(
  (m) => m[1]!,
);

describe('cleanHtml on a page with navigation, ads, comments and a footer', () => {
  const result = cleanHtml(html, { file: 'harbour-crane.html' });

  it('keeps every paragraph of the story, verbatim and in order', () => {
    expect(storyParagraphs).toHaveLength(5);
    expect(result.paragraphs).toEqual(storyParagraphs);
  });

  it('drops the chrome around it', () => {
    const body = result.paragraphs.join('\n\n');
    for (const chrome of [
      'Business', // navigation
      'Advertisement',
      'Facebook',
      'Photo: Jonas Berg',
      'Related stories',
      'Storm cancels evening ferries',
      'harbourwatcher',
      'Those cranes should never',
      'Leave a comment',
      'morning newsletter',
      'All rights reserved',
      'Privacy',
      'By Marta Lindqvist',
    ]) {
      expect(html).toContain(chrome);
      expect(body, `chrome survived: ${chrome}`).not.toContain(chrome);
    }
  });

  it('takes title, outlet, url, date and author from the page metadata', () => {
    expect(result.title).toBe('Harbour crane collapses during storm, two workers hurt');
    expect(result.titleDerived).toBe(false);
    expect(result.outlet).toBe('The Coastline Courier');
    expect(result.url).toBe('https://www.coastlinecourier.example/news/2024/11/harbour-crane-collapse');
    expect(result.published).toBe('2024-11-14T07:45:00+00:00');
    expect(result.author).toBe('Marta Lindqvist');
    expect(result.language).toBe('en');
  });

  it('lets explicit options win over the page', () => {
    const own = cleanHtml(html, { outlet: 'coastlinecourier.example', title: 'Crane falls', url: 'https://example.org/x' });
    expect(own.outlet).toBe('coastlinecourier.example');
    expect(own.title).toBe('Crane falls');
    expect(own.url).toBe('https://example.org/x');
  });

  it('writes the expected article file', async () => {
    const out = tempDir();
    const run = await runInProcess(['import', join(FIXTURES, 'harbour-crane.html'), '--out-dir', out, '--slug', 'harbour-crane']);
    expect(run.code, run.stderr.join('\n')).toBe(0);
    expect(listDir(out)).toEqual(['harbour-crane.md']);
    const written = readFileSync(join(out, 'harbour-crane.md'), 'utf8');
    expect(written).toBe(readFileSync(join(FIXTURES, 'harbour-crane.expected.md'), 'utf8'));
    expect(matter(written, {}).data.outlet).toBe('The Coastline Courier');
  });
});

describe('titles and outlets from sparse pages', () => {
  const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const story =
    '<article><p>The regional council approved a new bus line on Tuesday that will link the hospital with the railway station every fifteen minutes.</p>' +
    '<p>Buses will start running in March, and tickets will cost the same as on other city lines, a council spokesperson said.</p>' +
    '<p>Residents had asked for the connection for years, since the hospital moved to the edge of the city in 2019.</p></article>';

  it('strips a " | Site" suffix from <title> and falls back to the canonical host for the outlet', () => {
    const result = cleanHtml(
      page('<title>Council approves hospital bus line | Metro Daily</title><link rel="canonical" href="https://metrodaily.example/bus">', story),
    );
    expect(result.title).toBe('Council approves hospital bus line');
    expect(result.outlet).toBe('metrodaily.example');
    expect(result.url).toBe('https://metrodaily.example/bus');
  });

  it('reports a page without article text', () => {
    const empty = page('<title>Home | Metro Daily</title>', '<nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>© 2025 Metro Daily</footer>');
    expect(() => cleanHtml(empty, { file: 'home.html' })).toThrow(InputError);
    expect(() => cleanHtml(empty, { file: 'home.html' })).toThrow(/home\.html: no article text found/u);
  });
});

describe('stripSiteName', () => {
  it.each([
    ['Headline of the day | The Site', ['The Site'], 'Headline of the day'],
    ['Headline of the day | Some Section | The Site', [], 'Headline of the day'],
    ['Headline of the day - The Site', ['The Site'], 'Headline of the day'],
    ['The Site » Headline of the day', ['the-site.example'], 'Headline of the day'],
    // A dash inside a headline is not a separator unless a site name follows it.
    ['Talks resume - and stall again', ['The Site'], 'Talks resume - and stall again'],
    ['Just a headline', ['The Site'], 'Just a headline'],
  ])('%s', (title, sites, expected) => {
    expect(stripSiteName(title, sites)).toBe(expected);
  });
});
