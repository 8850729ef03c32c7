/**
 * Content that must build correctly: a 1 MB article, an article in another language, CRLF line
 * ends with a byte order mark, zero-width and right-to-left characters, emoji, raw HTML and
 * scripts in Markdown, deeply nested lists. Then, in Chromium and under a Content-Security-Policy
 * without 'unsafe-inline', the pages execute nothing from the articles, send no request off the
 * site, and still work (claim selection, search).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildSite, makeSite } from '../helpers/site.ts';

const front = (title: string, extra = '') => `---\ntitle: ${JSON.stringify(title)}\noutlet: example.com\n${extra}---\n\n`;
const paragraph = 'The regional council approved the flood defence plan on Tuesday after a long debate. ';
const hostile = [
  'The council approved the plan. <script>alert("xss")</script> Officials said <img src="https://evil.example/x.png" onerror="alert(1)"> it was final.',
  '',
  'Read [the statement](javascript:alert(1)) or <a href="javascript:alert(2)" onclick="alert(3)">this</a>.',
  '',
  '<iframe src="https://evil.example/frame"></iframe><style>body{background:url(https://evil.example/bg.png)}</style>',
  '',
  '<svg onload="alert(4)"><script>alert(5)</script><image href="https://evil.example/s.png"/></svg> The vote was 30 to 12.',
  '',
  '<div style="background:url(https://evil.example/d.png)" onmouseover="alert(6)">Residents welcomed the decision.</div>',
].join('\n');
const nested = Array.from({ length: 12 }, (_, depth) => `${'  '.repeat(depth)}- Level ${depth + 1} of the plan was approved.`).join('\n');

const files: Record<string, string | Buffer> = {
  'content/articles/huge.md': front('A very long report') + Array.from({ length: 1_300 }, (_, i) => `${paragraph.repeat(9)}Paragraph ${i + 1} ends here.`).join('\n\n'),
  'content/articles/short.md': front('A short report') + 'The regional council approved the flood defence plan on Tuesday. The debate was long.\n',
  'content/articles/german.md': front('Der Rat stimmt zu', 'language: de\n') + 'Der Regionalrat hat den Hochwasserschutzplan am Dienstag nach langer Debatte gebilligt. Die Abstimmung endete 30 zu 12.\n',
  'content/articles/crlf.md': Buffer.from(`\uFEFF${front('Windows report')}The council approved the plan on Tuesday.\r\n\r\nThe vote was 30 to 12.\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')),
  'content/articles/unicode.md': front('Unicode report') + 'The council\u200b approved the plan \u202ein reverse\u202c on Tuesday. مجلس المدينة وافق على الخطة. Residents cheered 🎉👩‍👩‍👧.\n\n' + nested + '\n',
  'content/articles/hostile.md': front('Hostile markup') + hostile + '\n',
  'content/comparisons/long.md': '---\ntitle: A long report\narticles: [huge, short]\n---\n',
  'content/comparisons/languages.md': '---\ntitle: Two languages\narticles: [german, crlf]\n---\n',
  'content/comparisons/unicode.md': '---\ntitle: Unicode and hostile markup\narticles: [unicode, hostile, short]\n---\n\nIntro with <script>alert(7)</script> and [a link](javascript:alert(8)).\n',
};

let site: string;
let build: ReturnType<typeof buildSite>;

beforeAll(() => {
  site = makeSite(files);
  build = buildSite(site);
}, 300_000);

describe('hard content builds correctly', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.code).toBe(0);
    expect(Buffer.byteLength(String(files['content/articles/huge.md']))).toBeGreaterThan(1_000_000);
  });

  it('renders every comparison, the long one with all its claims', () => {
    for (const slug of ['long', 'languages', 'unicode']) expect(existsSync(join(build.outDir, 'compare', slug, 'index.html'))).toBe(true);
    const published = JSON.parse(readFileSync(join(build.outDir, 'compare', 'long.json'), 'utf8')) as { articles: { claims: unknown[] }[] };
    expect(published.articles[0]!.claims.length).toBeGreaterThan(1_000);
  });

  it('keeps unusual characters verbatim in claims', () => {
    const published = JSON.parse(readFileSync(join(build.outDir, 'compare', 'unicode.json'), 'utf8')) as { articles: { claims: { text: string }[] }[] };
    const texts = published.articles[0]!.claims.map((c) => c.text).join(' ');
    expect(texts).toContain('council\u200b approved');
    expect(texts).toContain('\u202ein reverse\u202c');
    expect(texts).toContain('🎉👩‍👩‍👧');
    expect(texts).toContain('Level 12 of the plan was approved.');
  });

  it('reads CRLF and a byte order mark', () => {
    const html = readFileSync(join(build.outDir, 'compare', 'languages', 'index.html'), 'utf8');
    expect(html).toContain('The vote was 30 to 12.');
    expect(html).not.toContain('\uFEFF');
  });

  it('leaves no active markup from articles in any page', () => {
    const published = JSON.parse(readFileSync(join(build.outDir, 'compare', 'unicode.json'), 'utf8')) as { articles: { claims: { id: string }[] }[] };
    const claimPages = published.articles[1]!.claims.map((claim) => `compare/unicode/claim/${claim.id}/index.html`);
    for (const path of ['compare/unicode/index.html', 'compare/unicode/claim/index.html', ...claimPages]) {
      const { document } = parseHTML(readFileSync(join(build.outDir, path), 'utf8'));
      // Markup from an article may show as text (claims are verbatim), but never as elements.
      expect(document.querySelectorAll('iframe, svg, style, img, object, embed').length, path).toBe(0);
      for (const script of document.querySelectorAll('script')) expect(script.getAttribute('src'), path).toMatch(/^\/_astro\//);
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          expect(attribute.name.startsWith('on'), `${path}: ${attribute.name}`).toBe(false);
          expect(/^\s*javascript:/i.test(attribute.value) || /evil\.example/.test(attribute.value), `${path}: ${attribute.name}=${attribute.value}`).toBe(false);
        }
      }
    }
  });
});

describe('in Chromium under a strict Content-Security-Policy', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

  beforeAll(async () => {
    server = await serve(build.outDir, { 'Content-Security-Policy': policy });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and records dialogs, requests off the site and CSP violations. */
  async function open(path: string) {
    const page = await browser.newPage();
    const events = { dialogs: [] as string[], foreign: [] as string[], violations: [] as string[], errors: [] as string[] };
    page.on('dialog', async (dialog) => {
      events.dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) events.foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) events.violations.push(message.text());
    });
    page.on('pageerror', (error) => events.errors.push(error.message));
    await page.goto(`${server.url}${path}`);
    return { page, events };
  }

  it('runs nothing from the articles and requests nothing off the site', async () => {
    for (const path of ['/compare/unicode/', '/compare/unicode/claim/']) {
      const { page, events } = await open(path);
      await page.mouse.move(10, 10);
      for (const claim of await page.$$('.article-body .claim[id]')) await claim.hover();
      await page.waitForTimeout(300);
      expect(events.dialogs, path).toEqual([]);
      expect(events.foreign, path).toEqual([]);
      expect(events.errors, path).toEqual([]);
      await page.close();
    }
  });

  it('keeps the page’s own script and search working, with no policy violation', async () => {
    const { page, events } = await open('/compare/unicode/');
    const id = await page.$eval('.article-body .claim[id]', (el) => el.id);
    await page.click(`[id="${id}"]`);
    await page.waitForSelector(`[id="${id}"].is-selected`);
    const search = await open('/search/?q=council');
    await search.page.waitForSelector('.search-result');
    expect([...events.violations, ...search.events.violations]).toEqual([]);
    expect([...events.errors, ...search.events.errors]).toEqual([]);
  });
});
