/**
 * Search in real Chromium over the built seed site: claim results from both outlets, filters,
 * a result opening its claim's permalink, and the gold file's shared claims found by their words.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { covers, type Gold } from '../../src/engine/evaluate.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let page: Page;

beforeAll(async () => {
  site = await serve(inject('siteDist'));
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The results shown on the search page. */
async function results(): Promise<{ url: string; text: string; meta: string; marked: string[] }[]> {
  await page.waitForFunction(() => /found|No claims/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.$$eval('.search-result', (items) =>
    items.map((item) => ({
      url: item.querySelector('a')!.getAttribute('href')!,
      text: item.querySelector('a')!.textContent ?? '',
      meta: item.querySelector('.search-meta')!.textContent ?? '',
      marked: [...item.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

describe('searching claims', () => {
  it('finds “North Korean” claims of both outlets, filters to one, and opens the claim', async () => {
    await page.goto(`${site.url}/search/?q=North+Korean`);
    const all = await results();
    const outlets = new Set(all.map((r) => r.meta.split(' · ')[0]));
    expect(outlets).toEqual(new Set(['globalnews.ca', 'unknown']));
    for (const result of all) {
      expect(result.url).toMatch(/^\/compare\/kursk-region-control\/#kursk-/);
      expect(result.marked.join(' ')).toMatch(/North|Korean/);
    }

    // Filter values load when a filter is first reached.
    await page.focus('select[data-filter="outlet"]');
    await page.waitForSelector('select[data-filter="outlet"] option[value="unknown"]', { state: 'attached' });
    // Relations in the comparison page's words, counted in the comparisons that have such claims.
    const relations = await page.$$eval('select[data-filter="relation"] option', (options) => options.map((o) => o.textContent ?? ''));
    expect(relations).toContain('only in one report (in 1 comparison)');
    expect(relations).toContain('contradicts (in 1 comparison)');
    await page.selectOption('select[data-filter="outlet"]', 'unknown');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('outlet') === 'unknown');
    const filtered = await results();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const result of filtered) expect(result.meta.startsWith('unknown ·')).toBe(true);

    // The address holds the search, so it can be linked.
    const address = page.url();
    expect(address).toContain('q=North+Korean');
    const linked = await browser.newPage();
    await linked.goto(address);
    await linked.waitForFunction(() => document.querySelectorAll('.search-result').length > 0);
    expect(await linked.$$eval('.search-result', (items) => items.length)).toBe(filtered.length);
    await linked.close();

    const target = filtered[0]!.url.split('#')[1]!;
    await page.click('.search-result a');
    await page.waitForURL((url) => url.hash === `#${target}`);
    expect(await page.$eval(`[id="${target}"]`, (el) => el.matches(':target'))).toBe(true);
  });

  it('shows 10 results, then results 11–20 with "Show more", each with its counterpart and a contradiction\'s explanation', async () => {
    await page.goto(`${site.url}/search/?relation=${encodeURIComponent('contradiction')}`);
    await page.waitForFunction(() => /found|No claims/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const contradictions = await page.$$eval('.search-result', (items) => items.map((item) => ({ counterpart: item.querySelector('.search-counterpart a')?.getAttribute('href'), why: item.querySelector('.search-explanation')?.textContent })));
    expect(contradictions.length).toBeGreaterThan(0);
    for (const result of contradictions) {
      expect(result.counterpart).toMatch(/^\/compare\/kursk-region-control\/#kursk-/);
      expect(result.why).toMatch(/“/);
    }

    // A filter every claim passes: the seed comparison has more than 20 claims.
    await page.goto(`${site.url}/search/?comparison=${encodeURIComponent('Russia says Ukrainian forces are out of the Kursk region')}`);
    const first = await results();
    expect(first).toHaveLength(10);
    expect(await page.isVisible('[data-search-more]')).toBe(true);
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 20);
    const twenty = await results();
    expect(twenty.slice(0, 10).map((r) => r.url)).toEqual(first.map((r) => r.url));
    expect(new Set(twenty.map((r) => r.url)).size).toBe(20);
    // Focus moves to the first new result, so a keyboard reader continues there.
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10])).toBe(true);
  });

  it('finds a name in either spelling ("Zelensky" / "Zelenskyy") first, and a headline-only word in no claim that lacks it', async () => {
    const published = JSON.parse(readFileSync(`${inject('siteDist')}/compare/kursk-region-control.json`, 'utf8')) as { articles: { claims: { id: string; text: string }[] }[] };
    const mentions = published.articles.flatMap((a) => a.claims).filter((c) => /zelensk/i.test(c.text));
    expect(mentions.length).toBeGreaterThan(0);
    await page.goto(`${site.url}/search/?q=Zelensky`);
    const found = await results();
    expect(found.slice(0, mentions.length).map((r) => r.url.split("#")[1]).sort(), JSON.stringify(found.map((r) => r.text).slice(0, 6))).toEqual(mentions.map((c) => c.id).sort());
    for (const result of found.slice(0, mentions.length)) expect(result.marked.join(' ')).toMatch(/Zelensk/);

    // "full" is a word of a headline; only claims that contain it may be found.
    await page.goto(`${site.url}/search/?q=full`);
    for (const result of await results()) expect(result.text.toLowerCase()).toContain('full');
  });

  it('is reachable from the search box on every page', async () => {
    await page.goto(`${site.url}/`);
    await page.fill('#site-search-q', 'drones');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'drones');
    expect((await results()).length).toBeGreaterThan(0);
  });

  it('returns each shared claim of the gold file among the first five results for its words', async () => {
    const gold = JSON.parse(readFileSync(new URL('../fixtures/eval/kursk.gold.json', import.meta.url), 'utf8')) as Gold;
    const published = JSON.parse(readFileSync(`${inject('siteDist')}/compare/kursk-region-control.json`, 'utf8')) as {
      articles: { claims: { id: string; text: string }[] }[];
    };
    const misses: string[] = [];
    for (const entry of gold.shared) {
      for (const [side, strings] of [[0, entry.a], [1, entry.b]] as const) {
        for (const words of strings) {
          const wanted = published.articles[side]!.claims.filter((claim) => covers(claim.text, words)).map((c) => c.id);
          expect(wanted.length, words).toBeGreaterThan(0);
          await page.goto(`${site.url}/search/?q=${encodeURIComponent(words)}`);
          const top = (await results()).slice(0, 5).map((r) => r.url.split('#')[1]);
          if (!wanted.some((id) => top.includes(id))) misses.push(`${entry.id}: ${words}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
