/** The output step: what a build did not produce is removed from the kept `dist/`. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { pruneStaleFiles } from '../../src/integrations/output.ts';

function write(path: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
}

describe('pruneStaleFiles', () => {
  it('keeps route outputs, files written since the build started and .git; deletes the rest and empty folders', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'collate-prune-'));
    const kept = join(dist, 'compare', 'a', 'index.html');
    const stale = join(dist, 'compare', 'gone', 'index.html');
    const staleAsset = join(dist, '_astro', 'old.css');
    const repository = join(dist, '.git', 'HEAD');
    for (const path of [kept, stale, staleAsset, repository]) write(path);
    await sleep(50);
    const started = Date.now();
    await sleep(50);
    const fresh = join(dist, '_astro', 'new.css');
    write(fresh);

    expect(pruneStaleFiles(dist, new Set([kept]), started)).toBe(2);
    expect(existsSync(kept)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(repository)).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(staleAsset)).toBe(false);
    expect(existsSync(join(dist, 'compare', 'gone'))).toBe(false);
  });
});
