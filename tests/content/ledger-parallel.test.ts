/**
 * The ledger under load: imports run at once each read the others' entries before writing
 * theirs, so none is lost; a ledger that cannot be written is one line, and the article stays.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectNode, projectRoot } from '../helpers/site.ts';

/** Runs `collate` in a folder without waiting; resolves with its exit code and standard error. */
function collate(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(projectNode, [join(projectRoot, 'src', 'cli', 'collate.mjs'), ...args], { cwd });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the claims ledger with imports in parallel', () => {
  it('keeps every claim of twelve articles imported at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collate-parallel-'));
    mkdirSync(join(dir, 'raw'));
    const files = Array.from({ length: 12 }, (_, i) => {
      const file = join(dir, 'raw', `report-${i + 1}.txt`);
      writeFileSync(file, `Harbour crane number ${i + 1} collapses\n\nCrane number ${i + 1} fell into the harbour on Monday, the port authority said. Nobody was hurt.\n`);
      return file;
    });
    const runs = await Promise.all(files.map((file) => collate(['import', file, '--outlet', 'port.example'], dir)));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const ledger = JSON.parse(readFileSync(join(dir, 'content', 'claims-ledger.json'), 'utf8')) as { articles: Record<string, Record<string, unknown>> };
    expect(Object.keys(ledger.articles).length).toBe(12);
    for (const claims of Object.values(ledger.articles)) expect(Object.keys(claims).length).toBe(2);
  }, 120_000);

  it.runIf(process.getuid?.() !== 0)('says in one line that a read-only ledger cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'collate-readonly-'));
    mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
    writeFileSync(join(dir, 'content', 'articles', 'a.md'), '---\ntitle: A\noutlet: a.example\n---\n\nOne claim here.\n');
    chmodSync(join(dir, 'content'), 0o555);
    const run = await collate(['ledger'], dir);
    chmodSync(join(dir, 'content'), 0o755);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['collate: error: content/claims-ledger.json: cannot be written (permission denied) (make the content folder writable, then run `collate ledger`)']);
  });
});
