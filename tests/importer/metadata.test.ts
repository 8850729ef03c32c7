/**
 * Metadata of HTML pages: publication date, author and outlet, each from the page's own markup
 * first (JSON-LD, meta tags, microdata, `<time>`), then Readability, normalised. The pages are
 * small, modelled on the structures of real news sites: a WordPress page with a Yoast-style
 * JSON-LD `@graph`, a news CMS with a NewsArticle array in CDATA, meta tags only, microdata, and
 * bare markup with a byline block.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/importer/html.ts';
import { cleanByline, cleanOutlet, readPageMetadata } from '../../src/importer/metadata.ts';
import { normaliseIsoDate } from '../../src/importer/validate.ts';

/** An article of four paragraphs, enough prose for any page. */
const STORY = [
  'The county council voted on Tuesday evening to keep the swimming pool on Mill Lane open for at least three more years, reversing a plan to close it in the spring.',
  'Councillors said a survey had found the building in better condition than feared, and that repairs to the roof and the filters would cost about half the earlier estimate.',
  'Parents and swimming clubs had collected more than four thousand signatures against the closure, and several spoke at the meeting before the vote.',
  'The pool will close for six weeks in the summer while the work is done, the council said, and lessons will move to the school pool on the other side of town.',
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('\n');

const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** A script of JSON-LD. */
const ld = (value: unknown, cdata = false): string =>
  `<script type="application/ld+json">${cdata ? `<![CDATA[${JSON.stringify(value)}]]>` : JSON.stringify(value)}</script>`;

/** WordPress with a Yoast-style graph: WebPage, Article, Person and Organization linked by @id. */
function wordpressPage(options: { article?: Record<string, unknown>; siteName?: string; time?: string; byline?: string } = {}): string {
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': 'https://lokalblatt.example/#organization', name: 'Lokalblatt', url: 'https://lokalblatt.example/' },
      { '@type': 'WebSite', '@id': 'https://lokalblatt.example/#website', name: 'Lokalblatt', publisher: { '@id': 'https://lokalblatt.example/#organization' } },
      { '@type': 'WebPage', '@id': 'https://lokalblatt.example/pool/#webpage', name: 'Pool stays open' },
      {
        '@type': 'Article',
        '@id': 'https://lokalblatt.example/pool/#article',
        headline: 'Pool stays open',
        isPartOf: { '@id': 'https://lokalblatt.example/pool/#webpage' },
        author: { '@id': 'https://lokalblatt.example/#/schema/person/1' },
        publisher: { '@id': 'https://lokalblatt.example/#organization' },
        datePublished: '2024-05-14T18:02:11+02:00',
        ...options.article,
      },
      { '@type': 'Person', '@id': 'https://lokalblatt.example/#/schema/person/1', name: 'Anna Keller' },
    ],
  };
  return page(
    `<title>Pool stays open – Lokalblatt</title>${options.siteName === undefined ? '' : `<meta property="og:site_name" content="${options.siteName}">`}` +
      `<link rel="canonical" href="https://lokalblatt.example/pool/">${ld(graph)}`,
    `<div id="page"><header id="masthead"><a href="/">Lokalblatt</a></header>` +
      `<article class="post"><header class="entry-header"><h1 class="entry-title">Pool stays open</h1>` +
      `<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="${options.time ?? '2024-05-14T18:02:11+02:00'}">14. Mai 2024</time></span>` +
      `<span class="byline">${options.byline ?? 'von <a rel="author" href="/author/anna/">Anna Keller</a>'}</span></div></header>` +
      `<div class="entry-content">${paragraphs}</div></article></div>`,
  );
}

/** A news CMS: one NewsArticle in an array, wrapped in CDATA, and no og:site_name. */
function newsCmsPage(options: { article?: Record<string, unknown>; head?: string } = {}): string {
  const data = [
    {
      '@context': 'http://schema.org/',
      '@type': 'NewsArticle',
      headline: 'Pool stays open',
      datePublished: '2017-11-03 03:01:00.000000',
      author: [
        { '@type': 'Person', name: 'Devi Rao', url: 'https://dailywire.example/authors/devi-rao' },
        { '@type': 'Person', name: 'Tom Whitaker' },
      ],
      publisher: { '@type': 'Organization', name: 'Daily Wire Report', logo: { '@type': 'ImageObject', url: '/logo.png' } },
      ...options.article,
    },
  ];
  return page(
    `<title>Pool stays open - Daily Wire Report</title>${options.head ?? ''}${ld(data, true)}`,
    `<main><div class="article-header"><h1>Pool stays open</h1></div><div class="article-body">${paragraphs}</div></main>`,
  );
}

/** Meta tags only: article:published_time, a name in `author`, a profile URL in article:author. */
function metaOnlyPage(options: { head?: string } = {}): string {
  return page(
    `<title>Pool stays open | Environment | The Ledger</title>` +
      (options.head ??
        `<meta name="author" content="Eleanor Ward"><meta property="article:author" content="https://www.ledger.example/profile/eleanor-ward">` +
          `<meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2019-01-03T07:00:02.000Z">`),
    `<div class="content"><h1>Pool stays open</h1><div class="content__article-body">${paragraphs}</div></div>`,
  );
}

/** Microdata: itemprop datePublished on a <time>, itemprop author on a span. */
function microdataPage(byline = 'Martin Brun (avec Léa Morel et Paul Vidal)'): string {
  return page(
    `<title>Pool stays open</title><meta property="og:site_name" content="Le Quotidien.fr">`,
    `<article itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Pool stays open</h1>` +
      `<p class="bloc_signature"><span itemprop="author" class="auteur">${byline}</span> ` +
      `<time itemprop="datePublished" datetime="2015-05-04T13:36:31+02:00">04.05.2015 à 13h36</time></p>` +
      `<div itemprop="articleBody">${paragraphs}</div></article>`,
  );
}

/** Bare markup: no JSON-LD, no author meta; the byline block glues name, date and comment count. */
function bylineBlockPage(options: { byline?: string; head?: string; time?: string } = {}): string {
  return page(
    `<title>Pool stays open - Newsline</title>${options.head ?? '<meta property="og:site_name" content="Newsline">'}`,
    `<article class="the-article"><header><h1>Pool stays open</h1>` +
      `<address class="byline">${options.byline ?? 'by <a href="/author/lucas-noor/">Lucas Noor</a><time datetime="2016-12-22T10:43:37Z">22 Dec 2016</time><span class="comment-count">651</span>'}</address>` +
      `${options.time ?? ''}</header><div class="entry-content">${paragraphs}</div></article>`,
  );
}

describe('published', () => {
  it('comes from JSON-LD datePublished: a @graph Article, and a NewsArticle in an array in CDATA', () => {
    // The <time> says otherwise; JSON-LD wins.
    expect(cleanHtml(wordpressPage({ time: '2024-05-20T09:00:00+02:00' })).published).toBe('2024-05-14T18:02:11+02:00');
    expect(cleanHtml(newsCmsPage({ head: '<meta property="article:published_time" content="2017-11-04T10:00:00-04:00">' })).published).toBe(
      '2017-11-03T03:01:00',
    );
  });

  it('is read from the markup before Readability: JSON-LD in a @graph, in CDATA, with raw line breaks', () => {
    const read = (html: string) => readPageMetadata(parseHTML(html).document);
    expect(read(wordpressPage({ time: '2024-05-20' })).published).toBe('2024-05-14T18:02:11+02:00');
    expect(read(newsCmsPage()).published).toBe('2017-11-03T03:01:00');
    const rawBreak = newsCmsPage({ article: { articleBody: 'First line.@@Second line.' } }).replace('@@', '\n');
    expect(read(rawBreak).published).toBe('2017-11-03T03:01:00');
  });

  it('comes from meta tags or itemprop when JSON-LD has none', () => {
    expect(cleanHtml(metaOnlyPage()).published).toBe('2019-01-03T07:00:02Z');
    expect(cleanHtml(microdataPage()).published).toBe('2015-05-04T13:36:31+02:00');
    // A <meta itemprop> in the body, as some CMSs write it.
    const nyStyle = metaOnlyPage({ head: '' }).replace('<div class="content">', '<div class="content"><meta itemprop="datePublished" content="2017-01-13T00:00:04-05:00">');
    expect(cleanHtml(nyStyle).published).toBe('2017-01-13T00:00:04-05:00');
  });

  it('comes from the first <time datetime> of the article or its header, not from asides', () => {
    const withoutLd = wordpressPage({ time: '2024-05-14' }).replace(/<script type="application\/ld\+json">.*?<\/script>/su, '');
    expect(cleanHtml(withoutLd).published).toBe('2024-05-14');
    const aside = '<aside class="related"><article><time datetime="2011-01-01T00:00:00Z">old</time></article></aside>';
    const bare = bylineBlockPage({ byline: 'By Lucas Noor' }).replace('<article class="the-article">', `${aside}<article class="the-article">`);
    expect(cleanHtml(bare.replace('</header>', '<time datetime="2019-01-03T02:00:02-0500">Thu 3 Jan 2019</time></header>')).published).toBe(
      '2019-01-03T02:00:02-05:00',
    );
  });

  it("falls back to Readability's date (parsely-pub-date, a DiscussionForumPosting) when the markup gives none", () => {
    expect(cleanHtml(bylineBlockPage({ byline: 'By Lucas Noor', head: '<meta name="parsely-pub-date" content="2016-02-01 01:28:49">' })).published).toBe(
      '2016-02-01T01:28:49',
    );
    const forum = newsCmsPage({ article: { '@type': 'DiscussionForumPosting', datePublished: '2021-06-30T12:00:00.000+01:00' } });
    expect(cleanHtml(forum).published).toBe('2021-06-30T12:00:00+01:00');
  });

  it('ignores invalid values and takes the next source', () => {
    expect(cleanHtml(wordpressPage({ article: { datePublished: '0000-00-00 00:00:00' } })).published).toBe('2024-05-14T18:02:11+02:00');
    const metaBad = metaOnlyPage({ head: '<meta property="article:published_time" content="TBD"><meta name="date" content="2016-02-01 01:28:49">' });
    expect(cleanHtml(metaBad).published).toBe('2016-02-01T01:28:49');
  });

  it.each([
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2016-12-22T10:00:00-05:00', '2016-12-22T10:00:00-05:00'],
    ['2019-01-03T02:00:02-0500', '2019-01-03T02:00:02-05:00'],
    ['2023-06-07T20:54:26.829Z', '2023-06-07T20:54:26Z'],
    ['2015-05-04', '2015-05-04'],
    ['Thu, 03 Jan 2019 07:00:02 +0200', '2019-01-03T07:00:02+02:00'],
    ['March 11, 2015', '2015-03-11'],
    ['2025-02-30', undefined],
    ['yesterday', undefined],
  ])('normalises %j to %j', (value, expected) => {
    expect(normaliseIsoDate(value)).toBe(expected);
  });
});

describe('author', () => {
  it('comes from JSON-LD: a Person linked by @id, and an array of people joined', () => {
    expect(cleanHtml(wordpressPage({ byline: 'Posted by admin' })).author).toBe('Anna Keller');
    expect(cleanHtml(newsCmsPage()).author).toBe('Devi Rao and Tom Whitaker');
    const three = newsCmsPage({ article: { author: [{ name: 'Devi Rao' }, { name: 'Tom Whitaker' }, 'Ines Alba'] } });
    expect(cleanHtml(three).author).toBe('Devi Rao, Tom Whitaker and Ines Alba');
  });

  it('comes from meta author when it is a name, not a URL and not the outlet', () => {
    expect(cleanHtml(metaOnlyPage()).author).toBe('Eleanor Ward');
    // Only a profile URL and the outlet's name: no author.
    const urlAndOutlet = metaOnlyPage({
      head: '<meta property="og:site_name" content="The Ledger"><meta property="article:author" content="https://www.ledger.example/profile/eleanor-ward"><meta property="og:article:author" content="The Ledger">',
    });
    expect(cleanHtml(urlAndOutlet).author).toBeUndefined();
    // A JSON-LD author that is the publisher: no author either.
    const outletAuthor = newsCmsPage({ article: { author: { '@type': 'Organization', name: 'Daily Wire Report' } } });
    expect(cleanHtml(outletAuthor).author).toBeUndefined();
  });

  it("cleans Readability's byline: a glued date and comment count, a date on the next line, 'By'", () => {
    expect(cleanHtml(bylineBlockPage()).author).toBe('Lucas Noor');
    const shouted = bylineBlockPage({ byline: 'By GILLIAN MOHR\n      <span class="date">March 11, 2015 3:46 PM</span>' });
    expect(cleanHtml(shouted).author).toBe('Gillian Mohr');
    expect(cleanHtml(microdataPage()).author).toBe('Martin Brun, Léa Morel and Paul Vidal');
  });

  it.each([
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['By Erin Cunning', 'Erin Cunning'],
    ['Jane Doe, Staff Writer', 'Jane Doe'],
    ['Jane Doe - Senior Political Correspondent', 'Jane Doe'],
    ['By Jane Doe | Newsline', 'Jane Doe'],
    ['Jane Doe for Newsline', 'Jane Doe'],
    ['Jane Doe jane.doe@newsline.example', 'Jane Doe'],
    ['Jane Doe and John Smith, Reuters', 'Jane Doe and John Smith'],
    ['Von Anna Müller und Jörg Schmidt', 'Anna Müller and Jörg Schmidt'],
    ['Par Jean-Pierre Dupont, envoyé spécial à Kiev', 'Jean-Pierre Dupont'],
    ['Jane Doe Updated on Thursday, March 3, 2022 at 10:30', 'Jane Doe'],
    ['Theresa May 22 Dec 2016', 'Theresa May'],
    ['Newsline', undefined],
    ['22 Dec 2016', undefined],
    ['Share this article', undefined],
    ['devi_rao', undefined],
    ['https://www.newsline.example/profile/jane', undefined],
    ['Sign up for our newsletter to get the best stories in your inbox every morning', undefined],
  ])('byline %j gives %j', (raw, expected) => {
    expect(cleanByline(raw, ['Newsline'])).toBe(expected);
  });
});

describe('outlet', () => {
  it('comes from og:site_name, without its tagline', () => {
    expect(cleanHtml(wordpressPage({ siteName: 'Lokalblatt – Nachrichten aus der Region' })).outlet).toBe('Lokalblatt');
    expect(cleanHtml(metaOnlyPage()).outlet).toBe('The Ledger');
  });

  it('comes from the JSON-LD publisher when there is no og:site_name: named, or linked by @id', () => {
    expect(cleanHtml(newsCmsPage()).outlet).toBe('Daily Wire Report');
    expect(cleanHtml(wordpressPage()).outlet).toBe('Lokalblatt');
  });

  it("falls back to Readability's site name: a publisher on a JSON-LD type the page readers do not take as an article", () => {
    const forum = newsCmsPage({ article: { '@type': 'DiscussionForumPosting' } });
    expect(readPageMetadata(parseHTML(forum).document).siteNames).toEqual([]);
    expect(cleanHtml(forum).outlet).toBe('Daily Wire Report');
  });

  it('turns a URL into its host and falls back to the canonical host', () => {
    expect(cleanHtml(bylineBlockPage({ head: '<meta property="og:site_name" content="http://www.newsline.example">' })).outlet).toBe('newsline.example');
    const noName = metaOnlyPage({ head: '<link rel="canonical" href="https://www.ledger.example/pool">' });
    expect(cleanHtml(noName).outlet).toBe('ledger.example');
  });

  it.each([
    ['The Verge — technology news', 'theverge.com', 'The Verge'],
    ['Technology News | The Verge', 'theverge.com', 'The Verge'],
    ['TMZ | Celebrity Gossip', 'tmz.com', 'TMZ'],
    ['Spiegel Online: Nachrichten', 'spiegel.example', 'Spiegel Online'],
    ['http://www.tmz.com', undefined, 'tmz.com'],
    ['www.tmz.com', undefined, 'tmz.com'],
    ['Le Quotidien.fr', 'lequotidien.example', 'Le Quotidien.fr'],
  ])('site name %j (host %s) gives %j', (raw, host, expected) => {
    expect(cleanOutlet(raw, host)).toBe(expected);
  });
});
