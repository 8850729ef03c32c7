/**
 * Markdown written from HTML: no character references, no emphasis that splits a word, no escape
 * where the text reads the same without; and the visible text is always that of the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitClaims } from '../../src/engine/claims.ts';
import { cleanHtml } from '../../src/importer/html.ts';
import { markdownToPlain, minimiseEscapes, stringifyMarkdown } from '../../src/importer/markdown.ts';
import { FIXTURES } from './helpers.ts';

/** The Markdown the importer writes for one HTML paragraph (hast → mdast → Markdown, as cleanHtml does). */
function markdownOf(html: string): string {
  const hast = unified().use(rehypeParse, { fragment: true }).parse(html);
  const mdast = unified().use(rehypeRemark).runSync(hast) as unknown as Root;
  return stringifyMarkdown(mdast.children);
}
/** What a browser shows of an HTML paragraph, white space collapsed. */
const visible = (html: string): string => (parseHTML(`<p>${html}</p>`).document.querySelector('p')?.textContent ?? '').replace(/\s+/gu, ' ').trim();
const REFERENCE = /&#x?[0-9a-f]+;/iu;

describe('emphasis as pages set it', () => {
  it.each([
    ['Uber had an interesting, if mean<em>s </em>predictable, response.', 'Uber had an interesting, if means predictable, response.'],
    ['understand tha<em>t </em>regulations exist for a reason.', 'understand that regulations exist for a reason.'],
    ['La Commission nationale informatique et libertés<strong> </strong>(CNIL), qui critique.', 'La Commission nationale informatique et libertés (CNIL), qui critique.'],
    ['Only <em>Gears of War 4 </em>runs natively in 4K.', 'Only _Gears of War 4_ runs natively in 4K.'],
    ['<em>Follow him on Twitter </em><strong>@LucasNolan</strong><em> or by email.</em>', '_Follow him on Twitter_ **@LucasNolan** _or by email._'],
    ['The ship, the <em>Northern Star</em>, left port.', 'The ship, the _Northern Star_, left port.'],
  ])('%s', (html, markdown) => {
    const written = markdownOf(`<p>${html}</p>`);
    expect(written).toBe(markdown);
    expect(written).not.toMatch(REFERENCE);
    expect(markdownToPlain(written)).toBe(visible(html));
  });
});

describe('escapes only where Markdown would read syntax', () => {
  it.each([
    ['As the report states: "[T]he birth lottery matters more."', 'As the report states: "[T]he birth lottery matters more."'],
    ['There is a consensus that this [attack] is alien to our culture.', 'There is a consensus that this [attack] is alien to our culture.'],
    ['“[My husband] wouldn’t die for a flag,” she said.', '“[My husband] wouldn’t die for a flag,” she said.'],
  ])('writes %s plainly', (html, markdown) => {
    expect(markdownOf(`<p>${html}</p>`)).toBe(markdown);
  });

  it.each([
    'The deal (worth $5 *million*) was signed.',
    'Use `code` literally',
    'Fish &amp;amp; chips',
    '# Not a heading',
    'A [link](https://example.org) shown as typed',
    'Write to jane@example.org for tickets.',
  ])('keeps the escapes %s needs, and it reads as typed', (html) => {
    const written = markdownOf(`<p>${html}</p>`);
    expect(markdownToPlain(written)).toBe(visible(html));
    expect(written).not.toMatch(REFERENCE);
  });

  it('drops the escapes remark adds that the text reads the same without', () => {
    expect(minimiseEscapes('this \\[deal] is done')).toBe('this [deal] is done');
    expect(minimiseEscapes('\\*note\\*')).toBe('\\*note*');
    expect(minimiseEscapes('a \\*b')).toBe('a *b');
    expect(minimiseEscapes('\\# heading?')).toBe('\\# heading?');
    expect(minimiseEscapes('x&#x20;_y_')).toBe('x _y_');
  });
});

describe('links', () => {
  const story = 'The regional council approved a new bus line on Tuesday that will link the hospital with the station.';
  const page = (body: string, head = '') => `<html><head><title>Bus line</title>${head}</head><body><article><p>${story}</p>${body}</article></body></html>`;

  it('keeps a link inside a sentence as [text](url), so a reader can follow it; the claim reads as its plain words', () => {
    const { paragraphs } = cleanHtml(page('<p>The <a href="https://example.org/plan" title="Plan">council’s plan</a> is online, a spokesperson said on Tuesday.</p>'));
    expect(paragraphs).toEqual([story, 'The [council’s plan](https://example.org/plan) is online, a spokesperson said on Tuesday.']);
    const [claim] = splitClaims('a', paragraphs[1]!);
    expect(claim!.plain).toBe('The council’s plan is online, a spokesperson said on Tuesday.');
  });

  it('resolves a relative link against the page\'s address, and drops one it cannot resolve or that points into the page', () => {
    const body = '<p>The <a href="/docs/plan.pdf">council’s plan</a> is online, and the <a href="#map">map</a> is below, a spokesperson said.</p>';
    expect(cleanHtml(page(body, '<link rel="canonical" href="https://news.example/city/bus">')).paragraphs[1]).toBe(
      'The [council’s plan](https://news.example/docs/plan.pdf) is online, and the map is below, a spokesperson said.',
    );
    expect(cleanHtml(page(body)).paragraphs[1]).toBe('The council’s plan is online, and the map is below, a spokesperson said.');
  });

  it('writes a link that is a whole block, or a script link, as its text', () => {
    const { paragraphs } = cleanHtml(page('<p><a href="https://example.org/plan">The council published the whole plan for the new line on its website on Tuesday.</a></p><p>Details are <a href="javascript:void(0)">here</a> for readers, the council said.</p>'));
    expect(paragraphs.slice(1)).toEqual(['The council published the whole plan for the new line on its website on Tuesday.', 'Details are here for readers, the council said.']);
  });
});

describe('the fixture pages', () => {
  it.each(['page-broadsheet.html', 'page-magazine.html', 'harbour-crane.html'])('%s is written without character references or escapes', (name) => {
    const markdown = cleanHtml(readFileSync(join(FIXTURES, name), 'utf8')).paragraphs.join('\n\n');
    expect(markdown).not.toMatch(REFERENCE);
    expect(markdown).not.toMatch(/\\[!-/:-@[-`{-~]/u);
  });
});

describe('character references a page encoded twice', () => {
  it('reads them as the characters they stand for', () => {
    const story = 'The regional council approved a new bus line on Tuesday that will link the hospital with the station.';
    const html = `<html><head><title>Bus line</title></head><body><article><p>${story}</p><p>Prime&amp;#x20;Minister Ana Lind said the city&amp;#8217;s line would cost 4 million &amp;amp; open in May.</p></article></body></html>`;
    expect(cleanHtml(html).paragraphs[1]).toBe('Prime Minister Ana Lind said the city’s line would cost 4 million & open in May.');
  });
});
