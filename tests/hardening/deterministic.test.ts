/** Two builds of the same content give byte-identical output. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/site.ts';

/** Every file under a folder with the digest of its bytes. */
function digests(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return files;
}

describe('builds', () => {
  it('are deterministic: a second build from scratch is byte-identical to the first', () => {
    const first = inject('siteDist');
    const outDir = mkdtempSync(join(tmpdir(), 'collate-dist-again-'));
    const second = buildSite(projectRoot, outDir, {
      // From scratch: no Astro incremental cache, no engine cache.
      env: { COLLATE_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'collate-astro-')), COLLATE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'collate-engine-')) },
    });
    expect(second.code).toBe(0);
    const a = digests(first);
    const b = digests(outDir);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a].filter(([path, digest]) => b.get(path) !== digest).map(([path]) => path);
    expect(differing).toEqual([]);
  });
});
