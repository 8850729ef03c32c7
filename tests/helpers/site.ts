import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this repository). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The Node binary the project runs on (Node 24 from the `node` devDependency). */
export const projectNode = join(projectRoot, 'node_modules', 'node', 'bin', 'node');

/**
 * Creates a throw-away copy of the site (its `src/`, config and `public/`, with `node_modules`
 * linked) holding the given content files, e.g. `{ 'content/articles/a.md': '...' }`.
 */
export function makeSite(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'collate-site-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
  mkdirSync(join(dir, 'content', 'comparisons'), { recursive: true });
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

/** Runs `astro build` in a site folder with the project's Node; returns its exit code and output. */
export function buildSite(dir: string, outDir = join(dir, 'dist')) {
  const result = spawnSync(projectNode, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr, outDir };
}
