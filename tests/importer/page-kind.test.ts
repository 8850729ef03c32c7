/**
 * Pages that are not articles are refused with one line naming the file and the reason, exit
 * code 1, unless `--force`: a "page not found" page, an index or front page, a paywall teaser,
 * too little text. Real articles, short news briefs included, still import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { cleanHtml } from '../../src/importer/html.ts';
import { loadArticle } from '../../src/importer/import.ts';
import { judgePage, MIN_ARTICLE_WORDS, MIN_UNLOCKED_WORDS, notFoundTitle, type PageSignals } from '../../src/importer/page-kind.ts';
import { FIXTURES, listDir, runInProcess, spawnCollate, tempDir } from './helpers.ts';

const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const kindOf = (html: string) => cleanHtml(html, { file: 'page.html' }).nonArticle?.kind;
/**
 * Why the importer refuses a page: the verdict it reports, or the "no article text found" error,
 * which names the verdict when boilerplate removal left no prose (as on many front pages).
 */
function refusal(html: string): string | undefined {
  try {
    return cleanHtml(html, { file: 'page.html' }).nonArticle?.reason;
  } catch (error) {
    if (error instanceof InputError) return error.reason;
    throw error;
  }
}

/** A news brief of three sentences, 62 words: short, but an article. */
const BRIEF = [
  'Police closed the northbound motorway near the harbour junction for four hours on Sunday after a lorry overturned and spilled its load of gravel across all three lanes.',
  'The driver was taken to hospital with minor injuries, a police spokesperson said.',
  'The road reopened shortly after 3 p.m., and the cause of the crash is being investigated.',
];
const briefPage = (extra = ''): string =>
  page(
    '<title>Lorry overturns on motorway - Harbour Post</title><meta property="og:type" content="article"><meta property="og:site_name" content="Harbour Post">',
    `<header><a href="/">Harbour Post</a></header><article><h1>Lorry overturns on motorway</h1><div class="body">${BRIEF.map((p) => `<p>${p}</p>`).join('')}</div>${extra}</article>`,
  );

describe('real articles are imported', () => {
  it('a full article, and a short news brief', () => {
    expect(cleanHtml(fixture('harbour-crane.html')).nonArticle).toBeUndefined();
    const brief = cleanHtml(briefPage());
    expect(brief.nonArticle).toBeUndefined();
    expect(brief.paragraphs).toHaveLength(3);
  });

  it('an article with a newsletter box that says "Subscribe" is not a teaser', () => {
    const box = '<div class="newsletter"><h2>Subscribe to our newsletter</h2><p>The day\'s news in your inbox.</p></div>';
    expect(kindOf(briefPage(box))).toBeUndefined();
  });
});

describe('"page not found" pages', () => {
  it('a news site\'s 404 page: title "Page not found", suggestions, a search box', () => {
    const result = cleanHtml(fixture('not-found.html'), { file: 'not-found.html' });
    expect(result.nonArticle?.kind).toBe('not-found');
    expect(result.nonArticle?.reason).toMatch(/^looks like a "page not found" page, not an article: the title or heading is "Page not found \| The Valley Herald" and it has \d+ words of prose$/u);
  });

  it("a WordPress 404 in German, by its title or, with a plain title, by its body class", () => {
    const body = (h1: string) =>
      `<div id="page"><main><section class="error-404 not-found"><h1 class="page-title">${h1}</h1>` +
      '<p>Es sieht so aus, als wäre an dieser Stelle nichts zu finden. Vielleicht hilft eine Suche weiter.</p>' +
      '<form role="search"><input type="search" name="s"></form></section></main></div>';
    const german = page('<title>Seite nicht gefunden – Lokalblatt</title>', body('Hoppla! Das hat leider nicht geklappt.'));
    expect(kindOf(german.replace('<body>', '<body class="error404">'))).toBe('not-found');
    expect(kindOf(german)).toBe('not-found');
    const plainTitle = page('<title>Lokalblatt</title>', body('Hoppla! Das hat leider nicht geklappt.')).replace('<body>', '<body class="error404 hfeed">');
    expect(cleanHtml(plainTitle).nonArticle?.reason).toMatch(/its markup names an error page/u);
    // A plain title, but og:type or a JSON-LD type names an error page.
    expect(kindOf(page('<title>Lokalblatt</title><meta property="og:type" content="error">', body('Hoppla!')))).toBe('not-found');
    const ldError = '<script type="application/ld+json">{"@context":"https://schema.org","@type":["WebPage","ErrorPage"]}</script>';
    expect(kindOf(page(`<title>Lokalblatt</title>${ldError}`, body('Hoppla!')))).toBe('not-found');
    // A plain title, but the heading says it.
    expect(kindOf(page('<title>Lokalblatt</title>', body('Seite nicht gefunden')))).toBe('not-found');
  });

  it.each([
    ['404 | The Valley Herald', true],
    ['Error 404 - Not Found', true],
    ['Error 404: Page not found', true],
    ['Seite nicht gefunden – Lokalblatt', true],
    ['Page introuvable - Le Quotidien', true],
    ['Página no encontrada | El Diario', true],
    ["Oops! That page can't be found.", true],
    ['Harbour crane collapses during storm, two workers hurt', false],
    // A headline about the subject, not a missing page.
    ['Why 404 errors cost online shops millions every year', false],
    ['Passengers stranded for hours on flight 404', false],
    ['Not found: the search for two hikers goes on', false],
  ])('title %j is a "not found" title: %s', (title, expected) => {
    expect(notFoundTitle([title]) !== undefined).toBe(expected);
  });

  it(`a "not found" title on a page with much prose (${150} words or more) is not enough`, () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story explains how the search for the missing hikers went on through the night, with volunteers and dogs covering the ridge.</p>`).join('');
    const html = page('<title>Page not found - Harbour Post</title><meta property="og:type" content="article">', `<article><h1>Search for two hikers goes on</h1>${story}</article>`);
    expect(kindOf(html)).toBeUndefined();
    expect(kindOf(html.replace(/<p>Paragraph [3-8][\s\S]*?<\/p>/gu, ''))).toBe('not-found');
  });
});

describe('index and front pages', () => {
  it('a front page with a carousel ("1 / 5"), teaser cards and a most-read list', () => {
    expect(refusal(fixture('front-page.html'))).toMatch(/(?:^|; it )looks like an index or front page, not an article: /u);
  });

  it('the same front page without og:type website or JSON-LD: the cards alone tell', () => {
    const bare = fixture('front-page.html')
      .replace(/<meta property="og:type"[^>]*>/u, '')
      .replace(/<script type="application\/ld\+json">.*?<\/script>/su, '');
    expect(refusal(bare)).toMatch(/looks like an index or front page/u);
  });

  it('a section page of headline links, each with a summary sentence, in plain divs', () => {
    const stories = Array.from({ length: 10 }, (_, i) => {
      const href = `/sport/2025/03/${i + 1}/match-report`;
      return (
        `<div class="story-block"><a class="thumb" href="${href}"><img src="/img/${i}.jpg" alt=""></a>` +
        `<h2 class="story-title"><a href="${href}">Match report number ${i + 1} from the weekend's league games</a></h2>` +
        `<p class="summary">A late goal decided the game in front of a crowd of about ${i + 2},000 people.</p></div>`
      );
    }).join('\n');
    const html = page('<title>Sport | Harbour Post</title>', `<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><div class="section-list">${stories}</div>`);
    expect(refusal(html)).toMatch(/looks like an index or front page/u);
  });
});

describe('the index rules, on what Readability extracted', () => {
  const signals = (over: Partial<PageSignals> = {}): PageSignals => ({
    titles: ['Some page'],
    articleMarkup: false,
    errorMarkup: false,
    listingMarkup: false,
    headlineLinks: 0,
    ...over,
  });
  const sentence = (i: number) => `Paragraph ${i} says that the council met on Tuesday and agreed, after a long debate, to repair the old bridge next year.`;
  const prose = (n: number) => Array.from({ length: n }, (_, i) => sentence(i + 1));
  const headline = (i: number) => `Council news item number ${i} about the bridge`;
  const judge = (over: Partial<PageSignals>, html: string, blocks: string[]) => judgePage(signals(over), { html, blocks, kept: blocks })?.reason;

  it('link density: more than half the text is links (or 30% on a page that calls itself a website)', () => {
    const links = Array.from({ length: 8 }, (_, i) => `<p><a href="/n/${i}">${headline(i)}</a> <a href="/s/${i}">and more from the town</a></p>`).join('');
    const blocks = [...prose(2), ...Array.from({ length: 8 }, (_, i) => `${headline(i)} and more from the town`)];
    const html = `${prose(2).map((p) => `<p>${p}</p>`).join('')}${links}`;
    expect(judge({}, html, blocks)).toMatch(/: \d+% of the extracted text is link text$/u);
    const fewer = `${prose(6).map((p) => `<p>${p}</p>`).join('')}${links.slice(0, links.indexOf('</p>') * 3)}`;
    expect(judge({}, fewer, [...prose(6), headline(0)])).toBeUndefined();
  });

  it('linked headlines: at least 6, and as many as prose blocks (twice as many with article markup)', () => {
    const headlines = Array.from({ length: 8 }, (_, i) => `<h3><a href="/n/${i}">${headline(i)}</a></h3>`).join('');
    const html = (n: number) => `${headlines}${prose(n).map((p) => `<p>${p}</p>`).join('')}`;
    const blocks = (n: number) => [...Array.from({ length: 8 }, (_, i) => headline(i)), ...prose(n)];
    expect(judge({}, html(8), blocks(8))).toMatch(/8 linked headlines and 8 paragraphs of prose/u);
    expect(judge({ articleMarkup: true }, html(4), blocks(4))).toMatch(/8 linked headlines/u);
    expect(judge({ articleMarkup: true }, html(8), blocks(8))).toBeUndefined();
    // Many paragraphs with the headline links: an article with a list of links (beyond two paragraphs per link).
    expect(judge({}, html(17), blocks(17))).toBeUndefined();
  });

  it('little prose among dozens of headline links on the page, without article markup', () => {
    const html = prose(4).map((p) => `<p>${p}</p>`).join('');
    expect(judge({ headlineLinks: 30 }, html, prose(4))).toMatch(/\d+ words of prose were found among 30 headline links/u);
    expect(judge({ headlineLinks: 29 }, html, prose(4))).toBeUndefined();
    expect(judge({ headlineLinks: 60, articleMarkup: true }, html, prose(4))).toBeUndefined();
    // og:type website: 15 headline links are enough.
    expect(judge({ headlineLinks: 15, listingMarkup: true }, html, prose(4))).toMatch(/among 15 headline links/u);
    expect(judge({ headlineLinks: 15 }, html, prose(4))).toBeUndefined();
  });
});

describe('paywall teasers and too little text', () => {
  it('a two-sentence teaser with a "Subscribe to continue reading" box', () => {
    const result = cleanHtml(fixture('paywall-teaser.html'), { file: 'paywall-teaser.html' });
    expect(result.nonArticle?.kind).toBe('teaser');
    expect(result.nonArticle?.reason).toMatch(/^looks like a paywall teaser, not the full article: \d+ words of prose and "Subscribe to continue reading"$/u);
  });

  it(`a longer teaser (over ${MIN_ARTICLE_WORDS} words) is refused only with a subscription prompt`, () => {
    const box = '<div class="paywall"><p>Lesen Sie weiter mit Z+</p><a href="/abo">Jetzt abonnieren</a></div>';
    expect(kindOf(briefPage(box))).toBe('teaser');
    expect(kindOf(briefPage())).toBeUndefined();
    expect(MIN_UNLOCKED_WORDS).toBeGreaterThan(62);
  });

  it(`fewer than ${MIN_ARTICLE_WORDS} words of prose, with or without article markup`, () => {
    const two = '<p>The regional council approved a new bus line on Tuesday that will link the hospital with the railway station.</p><p>Buses start in March.</p>';
    const video = page('<title>Bus line approved - Metro Daily</title><meta property="og:type" content="video.other">', `<main><div class="video-player"></div><div class="caption">${two}</div></main>`);
    const result = cleanHtml(video);
    expect(result.nonArticle?.kind).toBe('too-short');
    expect(result.nonArticle?.reason).toMatch(/^has too little article text to import: \d+ words of prose, fewer than 50$/u);
    const article = page('<title>Bus line approved</title><meta property="og:type" content="article">', `<article><h1>Bus line approved</h1>${two}</article>`);
    expect(kindOf(article)).toBe('too-short');
  });
});

describe('collate import refuses non-articles unless --force', () => {
  it('one line naming the file, the reason and --force; exit code 1; nothing written', () => {
    const outDir = join(tempDir(), 'out');
    const file = join(FIXTURES, 'not-found.html');
    const run = spawnCollate(['import', file, '--out-dir', outDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(
      new RegExp(`^collate: error: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: looks like a "page not found" page, not an article: .* \\(collate import --force imports it anyway\\)$`, 'u'),
    );
    expect(listDir(outDir)).toEqual([]);
  });

  it('--force imports it anyway', async () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const short = join(dir, 'caption.html');
    writeFileSync(
      short,
      page(
        '<title>Bus line approved - Metro Daily</title><meta property="og:type" content="video.other">',
        '<main><div class="video-player"></div><div class="summary"><p>The regional council approved a new bus line on Tuesday that will link the hospital with the railway station.</p><p>Buses start running in March.</p></div></main>',
      ),
    );
    for (const file of [join(FIXTURES, 'paywall-teaser.html'), short]) {
      const refused = await runInProcess(['import', file, '--out-dir', outDir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toHaveLength(1);
      expect(refused.stderr[0]).toMatch(/^collate: error: .*: (?:looks like|has too little)/u);
      expect(refused.stderr[0]).toContain(`${file}: `);
      const forced = await runInProcess(['import', file, '--out-dir', outDir, '--force']);
      expect(forced.code, forced.stderr.join('\n')).toBe(0);
    }
    const written = listDir(outDir);
    expect(written).toHaveLength(2);
    expect(written).toContain('water-company-fined-over-sewage-spills-into-the-estuary.md');
  });

  it('loadArticle refuses with an InputError, and takes force', async () => {
    const file = join(FIXTURES, 'paywall-teaser.html');
    await expect(loadArticle({ file })).rejects.toThrow(/paywall-teaser\.html: looks like a paywall teaser/u);
    const loaded = await loadArticle({ file, force: true });
    expect(loaded.data.title).toBe('Water company fined over sewage spills into the estuary');
  });

  it('collate import --help says what --force does', async () => {
    const run = await runInProcess(['import', '--help']);
    expect(run.stdout.join('\n')).toMatch(/--force\s+replace an existing article with the same slug, and import a page that\s+looks like no article/u);
  });
});
