import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { buildSite, makeSite, projectRoot } from '../helpers/site.ts';

/** Folds runs of white space so rendered HTML text can be compared with Markdown paragraphs. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('astro build of the project', () => {
  const outDir = inject('siteDist');
  const build = inject('siteBuild');

  it('succeeds', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/);
    expect(build.code).toBe(0);
  });

  it('has at least one comparison to show', () => {
    expect(readdirSync(join(projectRoot, 'content', 'comparisons')).filter((f) => f.endsWith('.md')).length).toBeGreaterThan(0);
  });

  it('renders every comparison with each article’s full text in its own column', () => {
    const content = checkContent(projectRoot);
    expect(content.problems).toEqual([]);
    for (const comparison of content.comparisons) {
      const page = join(outDir, 'compare', comparison.slug, 'index.html');
      expect(existsSync(page), page).toBe(true);
      const { document } = parseHTML(readFileSync(page, 'utf8'));
      // The references after each claim (links to counterparts) are not article text.
      for (const refs of document.querySelectorAll('sup.claim-refs')) refs.remove();
      expect(document.querySelector('h1')?.textContent).toBe(comparison.data.title);
      const columns = [...document.querySelectorAll('article[data-article]')];
      expect(columns.map((column) => column.getAttribute('data-article'))).toEqual(comparison.data.articles);
      for (const slug of comparison.data.articles) {
        const article = content.articles.find((a) => a.slug === slug)!;
        const column = fold(document.querySelector(`article[data-article="${slug}"]`)!.textContent ?? '');
        expect(column).toContain(fold(article.data.title));
        expect(column).toContain(article.data.outlet);
        for (const paragraph of article.body.split(/\n\s*\n/).map(fold).filter(Boolean)) {
          expect(column).toContain(paragraph);
        }
      }
    }
  });

  it('has a 404 page, scripts inside <body>, and canonical links under the site address it was given', () => {
    const missing = readFileSync(join(outDir, '404.html'), 'utf8');
    expect(missing).toContain('Page not found');
    const comparison = checkContent(projectRoot).comparisons[0]!;
    for (const file of [join(outDir, 'compare', comparison.slug, 'index.html'), join(outDir, 'search', 'index.html')]) {
      const html = readFileSync(file, 'utf8');
      expect(html.lastIndexOf('<script'), file).toBeGreaterThan(-1);
      expect(html.lastIndexOf('<script'), file).toBeLessThan(html.indexOf('</body>'));
    }
    const page = readFileSync(join(outDir, 'compare', comparison.slug, 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="https://collate.example/compare/${comparison.slug}/"`);
  });

  it('has an aligned view: one row per statement, every claim once, contradictions marked and explained', () => {
    for (const comparison of checkContent(projectRoot).comparisons) {
      const published = JSON.parse(readFileSync(join(outDir, 'compare', `${comparison.slug}.json`), 'utf8')) as {
        articles: { outlet: string; claims: { id: string }[] }[];
        links: { from: string; to: string; relation: string; explanation?: string }[];
      };
      const { document } = parseHTML(readFileSync(join(outDir, 'compare', comparison.slug, 'aligned', 'index.html'), 'utf8'));
      const headers = [...document.querySelectorAll('.aligned-table thead th')].map((th) => th.textContent?.trim());
      expect(headers).toEqual([...published.articles.map((a) => a.outlet), 'Relation']);
      const refs = [...document.querySelectorAll('.aligned-table [data-claim-ref]')].map((a) => a.getAttribute('data-claim-ref'));
      const ids = published.articles.flatMap((a) => a.claims.map((c) => c.id));
      expect([...refs].sort()).toEqual([...ids].sort());
      const rows = [...document.querySelectorAll('.aligned-table tbody tr')];
      // Linked claims share a row; a claim in no link has a row of its own.
      for (const link of published.links) {
        const row = (id: string) => rows.findIndex((tr) => tr.querySelector(`[data-claim-ref="${id}"]`));
        expect(row(link.from)).toBe(row(link.to));
        if (link.relation === 'contradiction') {
          expect(rows[row(link.from)]!.getAttribute('data-relation')).toBe('contradiction');
          expect(rows[row(link.from)]!.textContent).toContain(link.explanation!);
        }
      }
      const linked = new Set(published.links.flatMap((l) => [l.from, l.to]));
      expect(rows.filter((tr) => tr.getAttribute('data-relation') === 'unique').length).toBe(ids.filter((id) => !linked.has(id)).length);
      // Reached from the comparison page, and back.
      const page = readFileSync(join(outDir, 'compare', comparison.slug, 'index.html'), 'utf8');
      expect(page).toContain(`href="/compare/${comparison.slug}/aligned/"`);
    }
  });

  it('lists every comparison on the index page', () => {
    const { document } = parseHTML(readFileSync(join(outDir, 'index.html'), 'utf8'));
    const links = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    for (const comparison of checkContent(projectRoot).comparisons) {
      expect(links).toContain(`/compare/${comparison.slug}/`);
    }
  });
});

describe('astro build with bad content', () => {
  it('fails with one line per problem naming the file, the line and the field', () => {
    const site = makeSite({
      'content/articles/one.md': '---\ntitle: One\noutlet: ""\n---\n\nText of one.\n',
      'content/articles/two.md': '---\noutlet: two.example\n---\n\nText of two.\n',
      'content/comparisons/event.md': '---\ntitle: Event\narticles: [one, two, three]\n---\n',
    });
    const build = buildSite(site);
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('content/articles/one.md:3: outlet: expected a non-empty string');
    expect(build.output).toContain('content/articles/two.md:1: title: required field is missing');
    expect(build.output).toContain('content/comparisons/event.md:3: articles: no article "three"');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
    // The messages are the whole story: no stack trace.
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
