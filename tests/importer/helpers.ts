/** Shared helpers of the importer tests: paths, temp dirs, in-process and spawned CLI runs. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { main } from '../../src/cli/main.ts';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The importer's own fixtures. */
export const FIXTURES = join(ROOT, 'tests/fixtures/import');
/** Copies of the raw seed articles. */
export const SEEDS = join(ROOT, 'tests/fixtures/seeds');

const made: string[] = [];
afterEach(() => {
  while (made.length > 0) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'collate-import-'));
  made.push(dir);
  return dir;
}

/** Names in a directory, or [] when it does not exist (the importer creates its out-dir only to write). */
export function listDir(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Result of one run of the command line. */
export interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs `collate <argv>` in this process with captured output. */
export async function runInProcess(argv: string[], cwd: string = ROOT): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { cwd, out: (line) => stdout.push(line), err: (line) => stderr.push(line) });
  return { code, stdout, stderr };
}

/** Runs the real `collate` command (the package's bin under the project's Node) as a child process. */
export function spawnCollate(argv: string[], cwd: string = ROOT): Run {
  const child = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'src/cli/collate.mjs'), ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
  return { code: child.status ?? -1, stdout: lines(child.stdout), stderr: lines(child.stderr) };
}
