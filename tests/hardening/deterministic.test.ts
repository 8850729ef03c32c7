/** Two builds of the same content give byte-identical output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { differingFiles, fileDigests } from '../helpers/files.ts';
import { buildSite, projectRoot } from '../helpers/site.ts';

describe('builds', () => {
  it('are deterministic: a second build from scratch is byte-identical to the first', () => {
    const first = inject('siteDist');
    const outDir = mkdtempSync(join(tmpdir(), 'collate-dist-again-'));
    const second = buildSite(projectRoot, outDir, {
      // From scratch: no Astro incremental cache, no engine cache.
      // The same site address as the first build (tests/global-setup.ts).
      env: { COLLATE_SITE_URL: 'https://collate.example', COLLATE_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'collate-astro-')), COLLATE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'collate-engine-')) },
    });
    expect(second.code).toBe(0);
    const a = fileDigests(first);
    expect(a.size).toBeGreaterThan(0);
    expect(differingFiles(a, fileDigests(outDir))).toEqual([]);
  });
});
