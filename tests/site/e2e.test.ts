/**
 * End-to-end tests of the built site in real Chromium (Debian's, driven by playwright-core):
 * the contract's claim markup, selecting a claim, permalinks, accessibility (axe-core) on every
 * page type, and the page without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const comparisonPath = '/compare/kursk-region-control/';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(inject('siteDist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page that fails the test on any request leaving the site or any page error. */
async function open(path: string, options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: options.viewport ?? { width: 1280, height: 900 } });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.url)) foreign.push(request.url());
  });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(site.url + path);
  (page as Page & { foreignRequests: string[] }).foreignRequests = foreign;
  return page;
}

describe('the seed comparison page', () => {
  it('marks every claim as the contract says, with both articles side by side', async () => {
    const page = await open(comparisonPath);
    const claims = await page.$$eval('.article-body [data-claim]', (elements) =>
      elements.map((el) => ({ id: el.id, claim: el.getAttribute('data-claim'), relation: el.getAttribute('data-relation'), article: el.closest('article')?.getAttribute('data-article') })),
    );
    const json = (await (await fetch(`${site.url}/compare/kursk-region-control.json`)).json()) as {
      articles: { slug: string; claims: { id: string }[] }[];
      links: { from: string; to: string; relation: string }[];
    };
    const expected = json.articles.flatMap((a) => a.claims.map((c) => c.id));
    const firstPieces = claims.filter((c) => c.id !== '');
    expect(firstPieces.map((c) => c.id)).toEqual(expected);
    for (const claim of firstPieces) expect(claim.claim).toBe(claim.id);
    for (const claim of claims) expect(['same', 'overlap', 'contradiction', 'unique']).toContain(claim.relation);
    expect(new Set(claims.map((c) => c.article))).toEqual(new Set(json.articles.map((a) => a.slug)));
    // The relation shown is the strongest link of the claim: contradiction > same > overlap.
    const rank = { contradiction: 3, same: 2, overlap: 1 } as Record<string, number>;
    for (const claim of firstPieces) {
      const links = json.links.filter((l) => l.from === claim.id || l.to === claim.id);
      const strongest = links.sort((x, y) => rank[y.relation]! - rank[x.relation]!)[0]?.relation ?? 'unique';
      expect(claim.relation, claim.id).toBe(strongest);
    }
    const boxes = await page.$$eval('article[data-article]', (articles) => articles.map((a) => a.getBoundingClientRect().left));
    expect(boxes[1]).toBeGreaterThan(boxes[0]!);
    expect((page as Page & { foreignRequests: string[] }).foreignRequests).toEqual([]);
  });

  it('highlights the counterparts of a clicked claim and scrolls them into view', async () => {
    const page = await open(comparisonPath);
    const json = (await (await fetch(`${site.url}/compare/kursk-region-control.json`)).json()) as { links: { from: string; to: string }[] };
    const link = json.links[json.links.length - 1]!;
    await page.click(`[id="${link.from}"]`);
    await expect.poll(() => page.$eval(`[id="${link.from}"]`, (el) => el.classList.contains('is-selected'))).toBe(true);
    await expect.poll(() => page.$eval(`[id="${link.to}"]`, (el) => el.classList.contains('is-counterpart'))).toBe(true);
    await expect.poll(() => page.$eval(`[id="${link.to}"]`, (el) => {
      const box = el.getBoundingClientRect();
      const column = el.closest('.article-body')!.getBoundingClientRect();
      return box.bottom > Math.max(0, column.top) && box.top < Math.min(window.innerHeight, column.bottom);
    })).toBe(true);
    expect(await page.textContent('[data-selection-status]')).toMatch(/counterpart/);
  });

  it('selects a claim from the keyboard', async () => {
    const page = await open(comparisonPath);
    const first = await page.$eval('.article-body [data-claim][id]', (el) => el.id);
    await page.focus(`[id="${first}"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$eval(`[id="${first}"]`, (el) => el.classList.contains('is-selected'))).toBe(true);
    expect(await page.isVisible('.claim-toolbar button')).toBe(true);
  });

  it('opens a permalink with the claim targeted and in view', async () => {
    const json = (await (await fetch(`${site.url}/compare/kursk-region-control.json`)).json()) as { articles: { claims: { id: string }[] }[] };
    const id = json.articles[1]!.claims.at(-1)!.id;
    const page = await open(`${comparisonPath}#${id}`);
    expect(await page.$eval(`[id="${id}"]`, (el) => el.matches(':target'))).toBe(true);
    await expect.poll(() => page.$eval(`[id="${id}"]`, (el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
  });

  it('keeps claims, counterparts and explanations reachable without JavaScript', async () => {
    const page = await open(comparisonPath, { javaScript: false });
    expect(await page.$$eval('.article-body [data-claim]', (els) => els.length)).toBeGreaterThan(20);
    const explanations = await page.$$eval('.contradiction', (items) => items.map((item) => item.textContent ?? ''));
    expect(explanations.length).toBeGreaterThan(0);
    for (const text of explanations) expect(text).toMatch(/“.+”/);
    // Every reference after a claim leads to a counterpart claim or a contradiction's explanation.
    const targets = await page.$$eval('.claim-ref', (refs) => refs.map((ref) => (ref as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of new Set(targets)) expect(await page.$(`[id="${target}"]`), target).not.toBeNull();
  });
});

/** Runs axe-core on the page; returns the violated rules with their node counts. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('navigating a comparison', () => {
  it('puts a selected claim in the address, shows its explanation beside it, clears on Esc, and steps through contradictions with n and p', async () => {
    const page = await open(comparisonPath);
    const entries = await page.$$eval('.contradictions > .contradiction', (items) => items.map((li) => decodeURIComponent(li.querySelector<HTMLAnchorElement>('.sides a')!.hash.slice(1))));
    expect(entries.length).toBeGreaterThan(1);
    await page.keyboard.press('n');
    await page.waitForFunction((id) => document.querySelector(`.claim.is-selected[data-claim="${id}"]`) !== null, entries[0]);
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(entries[0]);
    expect(await page.$eval('.claim-toolbar .claim-explanation', (el) => el.textContent ?? '')).toMatch(/“/);
    await page.keyboard.press('n');
    await page.waitForFunction((id) => document.querySelector(`.claim.is-selected[data-claim="${id}"]`) !== null, entries[1]);
    await page.keyboard.press('p');
    await page.waitForFunction((id) => document.querySelector(`.claim.is-selected[data-claim="${id}"]`) !== null, entries[0]);
    // The buttons do the same.
    await page.click('.contradiction-nav button:last-child');
    await page.waitForFunction((id) => document.querySelector(`.claim.is-selected[data-claim="${id}"]`) !== null, entries[1]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.claim.is-selected') === null);
    expect(new URL(page.url()).hash).toBe('');

    // A click selects too, and the address then opens the page with that claim selected.
    const claim = await page.$eval('article[data-article] .claim[data-claim]', (el) => el.getAttribute('data-claim')!);
    await page.click(`article[data-article] .claim[data-claim="${claim}"]`);
    expect(decodeURIComponent(new URL(page.url()).hash.slice(1))).toBe(claim);
    const shared = await open(`${comparisonPath}#${encodeURIComponent(claim)}`);
    await shared.waitForFunction((id) => document.querySelector(`.claim.is-selected[data-claim="${id}"]`) !== null, claim);
    await shared.click('.claim-toolbar button:text-is("Clear")');
    await shared.waitForFunction(() => document.querySelector('.claim.is-selected') === null);
  });
});

describe('the aligned view', () => {
  it('works without JavaScript: a row per statement, each outlet\'s claim linked to its permalink, the relation and explanation beside', async () => {
    const page = await open(`${comparisonPath}aligned/`, { javaScript: false });
    const rows = await page.$$eval('.aligned-table tbody tr', (trs) =>
      trs.map((tr) => ({ relation: tr.getAttribute('data-relation'), claims: [...tr.querySelectorAll('a[data-claim-ref]')].map((a) => a.getAttribute('href')), explanations: tr.querySelectorAll('.explanation').length })),
    );
    expect(rows.length).toBeGreaterThan(10);
    const conflict = rows.find((row) => row.relation === 'contradiction');
    expect(conflict?.claims.length).toBeGreaterThanOrEqual(2);
    expect(conflict!.explanations).toBeGreaterThan(0);
    for (const href of rows.flatMap((row) => row.claims)) expect(href).toMatch(/^\/compare\/kursk-region-control\/#kursk-/);
    // Claims one outlet alone reports have rows of their own.
    expect(rows.some((row) => row.claims.length === 1)).toBe(true);
  });
});

describe('on a phone', () => {
  it('shows one report at a time in tabs, with the aligned view, and a tap never scrolls away from the claim', async () => {
    const page = await open(comparisonPath, { viewport: { width: 390, height: 844 } });
    const visible = () => page.$$eval('article[data-article]', (els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.getAttribute('data-article')));
    const articles = await page.$$eval('article[data-article]', (els) => els.map((el) => el.getAttribute('data-article')));
    expect(await page.$$eval('.column-tabs [role="tab"]', (tabs) => tabs.length)).toBe(articles.length);
    expect(await page.getAttribute('.column-tabs a', 'href')).toBe('aligned/');
    expect(await visible()).toEqual([articles[0]]);
    await page.click('.column-tabs [role="tab"]:nth-child(2)');
    expect(await visible()).toEqual([articles[1]]);
    // The tabs pattern: one tab stop, the arrow keys move between tabs, each tab controls its panel.
    expect(await page.$$eval('.column-tabs [role="tab"]', (tabs) => tabs.map((t) => (t as HTMLElement).tabIndex))).toEqual([-1, 0]);
    await page.focus('.column-tabs [role="tab"][aria-selected="true"]');
    await page.keyboard.press('ArrowLeft');
    expect(await visible()).toEqual([articles[0]]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    const controls = await page.getAttribute('.column-tabs [role="tab"]:nth-child(1)', 'aria-controls');
    expect(await page.getAttribute(`#${controls}`, 'role')).toBe('tabpanel');
    await page.keyboard.press('End');
    expect(await visible()).toEqual([articles[articles.length - 1]]);
    await page.click('.column-tabs [role="tab"]:nth-child(2)');
    const claim = page.locator('.column-panel:not(.is-tab-hidden) article[data-article] .article-body .claim[id]').nth(3);
    await claim.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await claim.click();
    await page.waitForSelector('.claim.is-selected');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(5);
    // Tap targets of the tabs are at least 24 px high.
    expect(await page.$eval('.column-tabs [role="tab"]', (el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(24);
    // So are all targets that are not links inside a sentence (WCAG 2.2, 2.5.8): buttons, the marks' radio buttons, the view switch.
    const smallest = await page.evaluate(() => {
      const inline = (el: Element) => el.tagName === 'A' && el.closest('p, li') !== null && (el.closest('p, li')!.textContent ?? '').length > (el.textContent ?? '').length + 2;
      const targets = [...document.querySelectorAll('a, button, [role="tab"], input, select')].filter((el) => el.getClientRects().length > 0 && !inline(el));
      return Math.min(...targets.map((el) => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height)));
    });
    expect(smallest).toBeGreaterThanOrEqual(24);
    // The tabs and their panels are valid ARIA (axe-core at phone width).
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('going to a counterpart', () => {
  it('has a way back to the claim one came from', async () => {
    const page = await open(comparisonPath);
    // The first reference a reader can see (marks of some relations are hidden until chosen), clicked itself.
    const refs = page.locator('.article-body sup.claim-refs a.claim-ref[href^="#kursk"]').filter({ visible: true }).first();
    const ref = await refs.evaluate((a) => ({
      from: (a.closest('sup')!.previousElementSibling as HTMLElement).dataset.claim!,
      to: decodeURIComponent((a as HTMLAnchorElement).hash.slice(1)),
    }));
    await refs.click();
    await page.waitForFunction((id) => document.querySelector(`.claim.is-selected[data-claim="${id}"]`) !== null, ref.to);
    expect(await page.isVisible('.claim-toolbar .claim-back')).toBe(true);
    expect(await page.textContent('.claim-toolbar .claim-back')).toMatch(/^← Back to /);
    await page.click('.claim-toolbar .claim-back');
    await page.waitForFunction((id) => document.querySelector(`.claim.is-selected[data-claim="${id}"]`) !== null, ref.from);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.claim)).toBe(ref.from);
  });
});

describe('claims as buttons', () => {
  it('give each article one tab stop, move with the arrow keys, and say when they are pressed', async () => {
    const page = await open(comparisonPath);
    const stops = await page.$$eval('.article-body .claim[tabindex="0"]', (els) => els.map((el) => el.closest('article')?.getAttribute('data-article')));
    const articles = await page.$$eval('article[data-article]', (els) => els.map((el) => el.getAttribute('data-article')));
    expect(stops).toEqual(articles);
    expect(await page.$$eval('.article-body .claim[id]', (els) => els.every((el) => el.getAttribute('role') === 'button' && el.getAttribute('aria-pressed') === 'false'))).toBe(true);
    await page.focus('article[data-article] .claim[tabindex="0"]');
    const first = await page.evaluate(() => document.activeElement?.id);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.id);
    expect(second).not.toBe(first);
    expect(await page.$eval(`[id="${second}"]`, (el) => el.getAttribute('tabindex'))).toBe('0');
    expect(await page.$eval(`[id="${first}"]`, (el) => el.getAttribute('tabindex'))).toBe('-1');
    await page.keyboard.press('Enter');
    expect(await page.$eval(`[id="${second}"]`, (el) => el.getAttribute('aria-pressed'))).toBe('true');
  });
});

describe('calm marks', () => {
  it('underline only contradictions by default, and what the reader chooses, without JavaScript; the legend shows what the text shows', async () => {
    const page = await open(comparisonPath, { javaScript: false });
    const line = (relation: string) => page.$eval(`.article-body .claim[data-relation="${relation}"]`, (el) => getComputedStyle(el).textDecorationLine);
    const legend = () => page.$$eval('.legend [data-legend]', (items) => items.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.getAttribute('data-legend')));
    expect(await line('contradiction')).toBe('underline');
    expect(await line('unique')).toBe('none');
    expect(await line('same')).toBe('none');
    expect(await legend()).toEqual(['contradiction']);
    await page.check('input[name="marks"][value="unique"]');
    expect(await line('unique')).toBe('underline');
    expect(await line('contradiction')).toBe('none');
    expect(await legend()).toEqual(['unique']);
    await page.check('input[name="marks"][value="all"]');
    for (const relation of ['same', 'contradiction', 'unique']) expect(await line(relation)).toBe('underline');
    expect(await legend()).toEqual(['same', 'overlap', 'contradiction', 'unique']);
  });
});

describe('the first screen', () => {
  it('shows what differs and the first sentence of the first article within 1366×900', async () => {
    const page = await open(comparisonPath, { viewport: { width: 1366, height: 900 } });
    expect(await page.isVisible('#contradictions-heading')).toBe(true);
    const top = await page.$eval('article[data-article] [data-claim]', (el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(900);
  });

  it('has no horizontal overflow at 360 px, on the comparison page and its aligned view', async () => {
    for (const path of [comparisonPath, `${comparisonPath}aligned/`]) {
      const page = await open(path, { viewport: { width: 360, height: 740 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('the harness reports a violation when there is one', async () => {
    const page = await open('/');
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">'));
    expect(await axeViolations(page)).toContain('image-alt (1)');
  });

  it.each([
    ['the index', '/'],
    ['a comparison', comparisonPath],
    ['the aligned view of a comparison', `${comparisonPath}aligned/`],
    ['the claims of a comparison', `${comparisonPath}claim/`],
    ['the page for an unknown address', '/404.html'],
    ['a claim page', 'claim-page'],
    ['the search page with results', '/search/?q=troops'],
  ])('%s has no violations', async (_name, path) => {
    let target = path;
    if (path === 'claim-page') {
      const json = (await (await fetch(`${site.url}/compare/kursk-region-control.json`)).json()) as { links: { from: string; relation: string }[] };
      target = `${comparisonPath}claim/${json.links.find((l) => l.relation === 'contradiction')!.from}/`;
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open(target);
      if (target.startsWith('/search/')) await page.waitForSelector('.search-result');
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `${target} in ${colorScheme}`).toEqual([]);
    }
  });
});

describe('claim pages', () => {
  it('give search engines and social cards a title, description and Open Graph tags', async () => {
    const json = (await (await fetch(`${site.url}/compare/kursk-region-control.json`)).json()) as { articles: { claims: { id: string; text: string }[] }[] };
    const claim = json.articles[0]!.claims[1]!;
    const page = await open(`${comparisonPath}claim/${claim.id}/`);
    const meta = async (selector: string) => page.$eval(selector, (el) => el.getAttribute('content'));
    expect(await page.title()).toContain('globalnews.ca');
    expect(await meta('meta[name="description"]')).toBeTruthy();
    expect(await meta('meta[property="og:title"]')).toContain(claim.text.split(' ').slice(0, 4).join(' '));
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:url"]')).toMatch(new RegExp(`/claim/${claim.id}/$`));
    expect(await page.getAttribute(`a[href="${comparisonPath}#${claim.id}"]`, 'href')).toBeTruthy();
  });
});
