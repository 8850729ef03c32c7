/**
 * Links that never break: after a claim's sentence is edited, its old permalink still lands on
 * the nearest current claim with a notice, with or without JavaScript, and its old claim page
 * says the statement changed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitClaims } from '../../src/engine/claims.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildSite, makeSite, projectNode, projectRoot } from '../helpers/site.ts';

const body = 'The council met on Monday. It approved the flood plan by 30 votes to 12. Residents welcomed the decision.';
const other = 'The council approved the flood plan on Monday by 30 votes to 12, officials said.';
const front = (title: string) => `---\ntitle: ${title}\noutlet: ${title.toLowerCase()}.example\n---\n\n`;

let site: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const oldId = splitClaims('first', body)[1]!.id;
const newText = 'It approved the flood plan by 31 votes to 11.';
const newId = splitClaims('first', body.replace('It approved the flood plan by 30 votes to 12.', newText))[1]!.id;

beforeAll(async () => {
  site = makeSite({
    'content/articles/first.md': front('First') + body + '\n',
    'content/articles/second.md': front('Second') + other + '\n',
    'content/comparisons/vote.md': '---\ntitle: The vote\narticles: [first, second]\n---\n',
  });
  const recorded = spawnSync(projectNode, [join(projectRoot, 'src', 'cli', 'collate.mjs'), 'ledger'], { cwd: site, encoding: 'utf8' });
  expect(recorded.status, recorded.stderr).toBe(0);
  // The sentence is edited after its id was recorded.
  const path = join(site, 'content', 'articles', 'first.md');
  writeFileSync(path, readFileSync(path, 'utf8').replace('It approved the flood plan by 30 votes to 12.', newText));
  const build = buildSite(site);
  expect(build.code, build.output).toBe(0);
  server = await serve(join(site, 'dist'));
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an old permalink', () => {
  it('leads to the edited claim, marked, with a notice (JavaScript on)', async () => {
    expect(newId).not.toBe(oldId);
    const page = await browser.newPage();
    await page.goto(`${server.url}/compare/vote/#${oldId}`);
    await page.waitForSelector(`[id="${newId}"].is-selected`);
    expect(await page.textContent('[data-selection-status]')).toMatch(/changed since it was linked/);
    // The page scrolls the claim into view (smoothly, so the test waits for it to arrive).
    const inView = await page
      .waitForFunction((id) => { const box = document.getElementById(id)!.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight; }, newId, { timeout: 5000 })
      .then(() => true, () => false);
    expect(inView).toBe(true);
  });

  it('leads to the edited claim with a notice without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/compare/vote/#${oldId}`);
    const alias = `[id="${oldId}"]`;
    expect(await page.$eval(alias, (el) => el.matches(':target'))).toBe(true);
    expect(await page.$eval(alias, (el) => (el.nextElementSibling as HTMLElement).id)).toBe(newId);
    expect(await page.$eval(alias, (el) => getComputedStyle(el, '::after').content)).toMatch(/changed since it was linked/);
    await context.close();
  });

  it('keeps a claim page that says the statement changed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/compare/vote/claim/${oldId}/`);
    expect(await page.textContent('.moved-notice')).toMatch(/has changed.*30 votes to 12/s);
    expect(await page.textContent('.claim-quote')).toContain(newText);
  });
});
