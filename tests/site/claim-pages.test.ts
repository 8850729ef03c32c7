/** COLLATE_CLAIM_PAGES=off: no page per claim, permalinks are the in-page anchors. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, makeSite, projectRoot } from '../helpers/site.ts';

const dir = join(projectRoot, 'tests', 'fixtures', 'group', 'articles');
const files = Object.fromEntries(readdirSync(dir).filter((n) => n.startsWith('fire-')).map((name) => [`content/articles/${name}`, readFileSync(join(dir, name), 'utf8')]));

describe('a build without claim pages', () => {
  it('writes no claim pages or claims list, and the comparison page links to neither', () => {
    const site = makeSite({ ...files, 'content/comparisons/fire.md': '---\ntitle: Fire\narticles:\n  - fire-1\n  - fire-2\n  - fire-3\n---\n' });
    const off = buildSite(site, join(site, 'dist-off'), { env: { COLLATE_CLAIM_PAGES: 'off' } });
    expect(off.code, off.output).toBe(0);
    expect(existsSync(join(site, 'dist-off', 'compare', 'fire', 'claim'))).toBe(false);
    const page = readFileSync(join(site, 'dist-off', 'compare', 'fire', 'index.html'), 'utf8');
    expect(page).not.toContain('href="claim/"');
    expect(page).toContain('data-claim-pages="off"');
    // Every claim still has its in-page anchor.
    expect(page).toMatch(/id="fire-1-[a-z0-9]+"/);
    const on = buildSite(site, join(site, 'dist-on'), { env: { COLLATE_ASTRO_CACHE_DIR: join(site, '.astro-cache-on') } });
    expect(on.code, on.output).toBe(0);
    expect(readdirSync(join(site, 'dist-on', 'compare', 'fire', 'claim')).length).toBeGreaterThan(1);
  }, 240_000);
});
