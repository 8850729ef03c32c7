/** The index page of a site of several comparisons: dates, claim counts, find, outlet filter and sort (Chromium). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildSite, makeSite, projectRoot } from '../helpers/site.ts';

const dir = join(projectRoot, 'tests', 'fixtures', 'group', 'articles');
const files = Object.fromEntries(readdirSync(dir).map((name) => [`content/articles/${name}`, readFileSync(join(dir, name), 'utf8')]));
const comparison = (title: string, slugs: string[]) => `---\ntitle: ${title}\narticles:\n${slugs.map((s) => `  - ${s}\n`).join('')}---\n`;

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const root = makeSite({
    ...files,
    'content/comparisons/fire.md': comparison('Factory fire in Dunmore', ['fire-1', 'fire-2', 'fire-3']),
    'content/comparisons/vote.md': comparison('Dunmore elects a mayor', ['vote-1', 'vote-2', 'vote-3']),
    'content/comparisons/flood.md': comparison('Ostrin Valley flood', ['flood-1', 'flood-2', 'flood-3', 'flood-4']),
  });
  const build = buildSite(root);
  if (build.code !== 0) throw new Error(build.output);
  site = await serve(join(root, 'dist'));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a comparison of four outlets', () => {
  it('has a consensus view: a column per outlet, and for each shared statement how many outlets report it', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/compare/flood/aligned/`);
    const headers = await page.$$eval('.aligned-table thead th', (ths) => ths.map((th) => th.textContent?.trim()));
    expect(headers).toHaveLength(5);
    const rows = await page.$$eval('.aligned-table tbody tr', (trs) => trs.map((tr) => ({ outlets: Number(tr.getAttribute('data-outlets')), text: tr.textContent ?? '', cells: [...tr.querySelectorAll('td')].slice(0, 4).filter((td) => td.querySelector('[data-claim-ref]')).length })));
    const shared = rows.filter((r) => r.outlets > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const row of shared) {
      expect(row.cells).toBe(row.outlets);
      expect(row.text).toContain(`(${row.outlets} of 4 outlets)`);
    }
  });
});

describe('the index of comparisons', () => {
  it('lists them newest first with dates and claim counts, and finds, filters and sorts them', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    const titles = () => page.$$eval('[data-index-list] li:not([hidden]) > a', (links) => links.map((a) => a.textContent));
    expect(await titles()).toEqual(['Ostrin Valley flood', 'Dunmore elects a mayor', 'Factory fire in Dunmore']);
    expect(await page.textContent('[data-index-list] li')).toMatch(/2026-05-10 · 4 articles .* \d+ claims: \d+ shared, \d+ contradicting, \d+ only in one report/);
    await page.fill('[data-index-text]', 'dunmore');
    await page.waitForFunction(() => /2 of 3/.test(document.querySelector('[data-index-status]')?.textContent ?? ''));
    expect(await titles()).toEqual(['Dunmore elects a mayor', 'Factory fire in Dunmore']);
    await page.fill('[data-index-text]', '');
    await page.selectOption('[data-index-outlet]', 'valley-post.example');
    expect(await titles()).toEqual(['Ostrin Valley flood']);
    await page.selectOption('[data-index-outlet]', '');
    await page.selectOption('[data-index-sort]', 'title');
    expect(await titles()).toEqual(['Dunmore elects a mayor', 'Factory fire in Dunmore', 'Ostrin Valley flood']);
  });
});
