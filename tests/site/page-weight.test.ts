/**
 * The seed comparison page's own weight (HTML + the CSS and JS it loads, search assets excluded)
 * stays within twice the two articles' text bytes plus 30 KB.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { projectRoot } from '../helpers/site.ts';

describe('page weight', () => {
  it('of the seed comparison is at most 2 × its articles’ text + 30 KB', () => {
    const dist = inject('siteDist');
    const content = checkContent(projectRoot);
    const comparison = content.comparisons.find((c) => c.slug === 'kursk-region-control')!;
    const textBytes = comparison.data.articles
      .map((slug) => Buffer.byteLength(content.articles.find((a) => a.slug === slug)!.body.trim()))
      .reduce((a, b) => a + b, 0);
    const htmlPath = join(dist, 'compare', comparison.slug, 'index.html');
    const html = readFileSync(htmlPath, 'utf8');
    const { document } = parseHTML(html);
    const assets = [
      ...[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!),
      ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
    ].filter((href) => !href.startsWith('/pagefind/'));
    const total = Buffer.byteLength(html) + assets.reduce((sum, href) => sum + statSync(join(dist, href)).size, 0);
    const limit = 2 * textBytes + 30 * 1024;
    console.log(`seed comparison page: ${total} bytes (HTML ${Buffer.byteLength(html)} + ${assets.length} assets); limit ${limit} (text ${textBytes})`);
    expect(assets.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(limit);
  });
});
