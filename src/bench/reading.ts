/**
 * What a reader sees of a built comparison page, measured in Chromium at a desktop and a phone
 * size: where the first sentence of the first article starts, how many contradictions the first
 * screen shows, whether anything overflows, the smallest tap target, and how many Tab stops cross
 * the page.
 *
 *   npm run build && npm run bench:reading [-- /compare/<slug>/]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { serve } from './serve.ts';
import { projectRoot } from './site.ts';

const dist = join(projectRoot, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html: no built site (run `npm run build` first)');
  process.exit(1);
}
const path = process.argv[2] ?? '/compare/kursk-region-control/';
const server = await serve(dist);
const browser = await launchChromium();
try {
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${server.url}${path}`);
    const seen = await page.evaluate(() => {
      const visible = (el: Element) => el.getClientRects().length > 0;
      const first = [...document.querySelectorAll('article[data-article] .article-body .claim[id]')].find(visible);
      const digest = [...document.querySelectorAll('ol.contradictions > li, ul.unique-digest > li')].filter(visible);
      const inFirstScreen = (el: Element) => el.getBoundingClientRect().top < window.innerHeight;
      // Links inside sentences are exempt from the target size (WCAG 2.5.8, inline); the others count.
      const inline = (el: Element) => el.tagName === 'A' && el.closest('p, li') !== null && (el.closest('p, li')!.textContent ?? '').length > (el.textContent ?? '').length + 2;
      const targets = [...document.querySelectorAll('a, button, [role="tab"], input, select')].filter((el) => visible(el) && !inline(el)).map((el) => el.getBoundingClientRect());
      return {
        firstSentenceTop: Math.round(first?.getBoundingClientRect().top ?? -1),
        digestItems: digest.length,
        digestItemsInFirstScreen: digest.filter(inFirstScreen).length,
        pageWidth: document.documentElement.scrollWidth,
        pageHeight: document.documentElement.scrollHeight,
        smallestTarget: Math.round(Math.min(...targets.map((r) => Math.min(r.width, r.height)))),
        columnsVisible: [...document.querySelectorAll('article[data-article]')].filter(visible).length,
      };
    });
    // Tab from the top until focus comes back to an element it has been on (or leaves the page).
    let stops = 0;
    await page.locator('body').focus();
    for (let i = 0; i < 1000; i++) {
      await page.keyboard.press('Tab');
      const fresh = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el.dataset.benchVisited) return false;
        el.dataset.benchVisited = 'yes';
        return true;
      });
      if (!fresh) break;
      stops++;
    }
    console.log(
      `${viewport.width}×${viewport.height}: first sentence at ${seen.firstSentenceTop} px from the top; ` +
        `digest ${seen.digestItems} items, ${seen.digestItemsInFirstScreen} in the first screen; ` +
        `${seen.columnsVisible} report(s) shown; page ${seen.pageWidth} px wide, ${seen.pageHeight} px tall; ` +
        `smallest target ${seen.smallestTarget} px; ${stops} Tab stops across the page`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
