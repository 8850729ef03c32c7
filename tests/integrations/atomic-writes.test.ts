/** Atomic page writes: while a build writes `dist/`, a failed or interrupted write leaves the old file whole. */
import { promises, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { atomicWritesUnder } from '../../src/integrations/atomic-writes.ts';

/** Page content that fails after its first part, as a write cut short by an interrupted build. */
async function* cutShort(): AsyncGenerator<string> {
  yield '<html><body>half of the new page';
  throw new Error('interrupted');
}

describe('atomicWritesUnder', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('leaves the old page whole when a write into the folder fails part way', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'collate-atomic-'));
    const page = join(dist, 'index.html');
    writeFileSync(page, '<html><body>the old page</body></html>');
    restore = atomicWritesUnder(dist);
    await expect(promises.writeFile(page, cutShort())).rejects.toThrow('interrupted');
    expect(readFileSync(page, 'utf8')).toBe('<html><body>the old page</body></html>');
    // No temporary file is left beside it.
    expect(readdirSync(dist)).toEqual(['index.html']);
  });

  it('writes and copies whole files into the folder, and leaves writes elsewhere as they were', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'collate-atomic-'));
    const elsewhere = mkdtempSync(join(tmpdir(), 'collate-elsewhere-'));
    restore = atomicWritesUnder(dist);
    await promises.writeFile(join(dist, 'a.html'), 'new page');
    await promises.copyFile(join(dist, 'a.html'), join(dist, 'b.html'));
    await promises.writeFile(new URL(`file://${join(dist, 'c.html')}`), 'by URL');
    expect(readFileSync(join(dist, 'a.html'), 'utf8')).toBe('new page');
    expect(readFileSync(join(dist, 'b.html'), 'utf8')).toBe('new page');
    expect(readFileSync(join(dist, 'c.html'), 'utf8')).toBe('by URL');
    expect(readdirSync(dist).sort()).toEqual(['a.html', 'b.html', 'c.html']);
    // Outside the folder a failed write behaves as Node's own: what was written stays.
    await expect(promises.writeFile(join(elsewhere, 'x.txt'), cutShort())).rejects.toThrow('interrupted');
    expect(readFileSync(join(elsewhere, 'x.txt'), 'utf8')).toBe('<html><body>half of the new page');
  });

  it('restores Node\'s own functions', () => {
    const { writeFile, copyFile } = promises;
    atomicWritesUnder(mkdtempSync(join(tmpdir(), 'collate-atomic-')))();
    expect(promises.writeFile).toBe(writeFile);
    expect(promises.copyFile).toBe(copyFile);
  });
});
