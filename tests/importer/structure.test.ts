/** Boilerplate by structure: what the page's markup says is not the article, removed before Readability. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/importer/html.ts';
import { HINT_RULES, hintRuleOf, nameParts, removeStructuralBoilerplate, type StructureRuleId } from '../../src/importer/structure.ts';
import { FIXTURES } from './helpers.ts';

const PAGES = ['page-broadsheet.html', 'page-magazine.html'] as const;
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** Runs the structural rules on a page and returns what they removed and the document left. */
function strip(html: string) {
  const { document } = parseHTML(html);
  const removals = removeStructuralBoilerplate(document);
  return { document, removals, text: (document.querySelector('body')?.textContent ?? '').replace(/\s+/gu, ' ') };
}

const page = (body: string): string => `<!doctype html><html><head><title>Test page</title></head><body>${body}</body></html>`;
/** Three paragraphs of a story, enough for Readability to take them for the article. */
const STORY = [
  'The regional council approved a new bus line on Tuesday that will link the hospital with the railway station every fifteen minutes.',
  'Buses will start running in March, and tickets will cost the same as on other city lines, a council spokesperson said on Tuesday.',
  'Residents had asked for the connection for years, since the hospital moved to the edge of the city in 2019, the spokesperson added.',
];

describe('structural rules on two page structures', () => {
  const ids: StructureRuleId[] = [
    'html-comment',
    'media',
    'caption',
    'promo',
    'related',
    'newsletter',
    'share',
    'subscribe',
    'advert',
    'author-bio',
    'screen-reader',
    'pull-quote',
    'link-dense',
    'orphan-lead-in',
  ];
  const fired = new Map(PAGES.map((name) => [name, new Set(strip(read(name)).removals.map((r) => r.rule))]));

  it.each(ids)('%s removes something on both pages', (id) => {
    for (const name of PAGES) expect(fired.get(name)!.has(id), `${id} on ${name}`).toBe(true);
  });

  it.each(PAGES)('removes the chrome of %s and leaves every story paragraph', (name) => {
    const html = read(name);
    const { text, document } = strip(html);
    // No comment is left, so Readability cannot split a paragraph at one.
    expect(html).toContain('<!--');
    const comments: Node[] = [];
    const walk = (node: Node): void => {
      for (const child of node.childNodes) {
        if (child.nodeType === 8) comments.push(child);
        walk(child);
      }
    };
    walk(document.documentElement as unknown as Node);
    expect(comments).toEqual([]);
    for (const chrome of ['Skip to content', 'Advertisement', 'Facebook', 'Most read', 'Related Coverage', 'our morning newsletter', 'Try 4 weeks free', 'Book your ticket']) {
      if (html.includes(chrome)) expect(text, chrome).not.toContain(chrome);
    }
    for (const kept of ['voted on Wednesday to accept a four-year contract', 'who shared the stage with the port director', 'three of the largest phone makers']) {
      if (html.toLowerCase().includes(kept.toLowerCase())) expect(text.toLowerCase()).toContain(kept.toLowerCase());
    }
  });

  it('takes captions set as a one-item list beside their picture, on both pages', () => {
    const captions = PAGES.map((name) => strip(read(name)).removals.filter((r) => r.rule === 'caption' && (r.tag === 'ul' || r.tag === 'ol')));
    expect(captions.map((c) => c.length)).toEqual([1, 1]);
    expect(captions[0]![0]!.text).toMatch(/^The north terminal’s automated cranes/u);
    expect(captions[1]![0]!.text).toMatch(/^Hinge parts at a supplier’s plant/u);
  });
});

describe('class names', () => {
  it('splits class names into parts', () => {
    expect(nameParts('c-socialButtons')).toEqual(['c', 'social', 'buttons']);
    expect(nameParts('immersive-main-media__headline-container--gallery')).toEqual(['immersive', 'main', 'media', 'headline', 'container', 'gallery']);
  });

  it.each([
    ['share-tools', 'share'],
    ['c-socialButtons', 'share'],
    ['AdSlot', 'advert'],
    ['ad-slot', 'advert'],
    ['gpt-ad-1', 'advert'],
    ['mostRead', 'related'],
    ['related-coverage', 'related'],
    ['newsletterSignup', 'newsletter'],
    ['inline-video-caption', 'caption'],
    ['image-credit', 'caption'],
    ['pullQuote', 'pull-quote'],
    ['screen-reader-text', 'screen-reader'],
    ['visually-hidden', 'screen-reader'],
    ['author-bio', 'author-bio'],
    ['paywall-prompt', 'subscribe'],
    ['promo-unit', 'promo'],
    ['wp-block-embed', 'media'],
  ])('names %s as %s', (className, id) => {
    const { document } = parseHTML(page(`<div class="${className}"></div>`));
    expect(hintRuleOf(document.querySelector('div')!)?.id).toBe(id);
  });

  it.each([
    'article-body__shared-block', // "shared" is not "share"
    'masthead',
    'section-header subheader', // "header" holds no "ad"
    'shadow-box',
    'download-link',
    'ad-free-post', // an ad-free page says there is no ad
    'has-related-links',
    'no-caption',
    'readable-content',
    'badge',
  ])('names %s as nothing', (className) => {
    const { document } = parseHTML(page(`<div class="${className}"></div>`));
    expect(hintRuleOf(document.querySelector('div')!)).toBeUndefined();
  });

  it('gives every hint rule an id, a description and hints', () => {
    for (const rule of HINT_RULES) {
      expect(rule.id).toMatch(/^[a-z-]+$/u);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.hints.length).toBeGreaterThan(0);
    }
  });
});

describe('what the structural rules keep', () => {
  it('keeps an element its class calls boilerplate when it holds the story', () => {
    const html = page(`<div class="paywall has-video"><article>${STORY.map((p) => `<p>${p}</p>`).join('')}</article></div><div class="paywall-prompt"><p>Subscribe to read more.</p></div>`);
    const { removals, text } = strip(html);
    for (const p of STORY) expect(text).toContain(p);
    expect(removals.map((r) => r.text)).toEqual(['Subscribe to read more.']);
    expect(cleanHtml(html).paragraphs).toEqual(STORY);
  });

  it('keeps the byline a share bar holds, for Readability to read', () => {
    const html = page(`<div class="share-byline"><span class="byline">By Jane Roe</span> <a href="/share">Share</a></div><div class="share-bar"><a href="/f">Facebook</a></div>${STORY.map((p) => `<p>${p}</p>`).join('')}`);
    const { removals, text } = strip(html);
    expect(text).toContain('By Jane Roe');
    expect(removals.map((r) => r.text)).toEqual(['Facebook']);
  });

  it('keeps links inside sentences, a linked sentence, and a linked list a lead-in introduces', () => {
    const body = [
      `<p>${STORY[0]} The <a href="/plan">council's plan</a> is online.</p>`,
      '<p><a href="/report">The full report was published by the transport office on Tuesday.</a></p>',
      '<p>The three new stops are:</p>',
      '<ul><li><a href="/stops/a">Hospital North</a></li><li><a href="/stops/b">Old Mill</a></li><li><a href="/stops/c">Station Square</a></li></ul>',
      `<p>${STORY[1]}</p>`,
    ].join('');
    const { removals } = strip(page(body));
    expect(removals).toEqual([]);
  });

  it('takes a lead-in only with the picture or promo it pointed at', () => {
    const body = [
      `<p>${STORY[0]}</p>`,
      '<p>In a statement, the council said:</p>',
      '<ul><li>Buses will run every fifteen minutes</li><li>Tickets cost the same as on other lines</li></ul>',
      '<p>Watch the first test run below:</p>',
      '<div class="video-player"><iframe src="https://video.example/1"></iframe></div>',
      `<p>${STORY[1]}</p>`,
    ].join('');
    const { removals, text } = strip(page(body));
    expect(removals.map((r) => `${r.rule}: ${r.text}`)).toEqual(['media: ', 'orphan-lead-in: Watch the first test run below:']);
    expect(text).toContain('In a statement, the council said:');
  });
});

describe('Readability after the structural rules', () => {
  it('reads a print line split by comments as one block', () => {
    const result = cleanHtml(read('page-broadsheet.html'));
    const print = result.removed.filter((r) => r.rule === 'print-edition');
    expect(print).toHaveLength(1);
    expect(print[0]!.text).toMatch(/^A version of this article appears in print on June 13, 2025, Section A, Page 1 of the New York edition/u);
    // Without the comments removed, the line came out as blocks such as "A" and "1".
    expect(result.removed.map((r) => r.text)).not.toContain('A');
    expect(result.paragraphs.join('\n')).not.toMatch(/\bSection\b|^A$|^1$/mu);
  });
});
