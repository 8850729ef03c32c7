/**
 * Throw-away copies of the site for tests and benchmarks: the project's `src/`, config and
 * `public/` with `node_modules` linked, and content of one's own; and `astro build` run on them
 * with the project's Node.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this repository). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The Node binary the project runs on (Node 24 from the `node` devDependency). */
export const projectNode = join(projectRoot, 'node_modules', 'node', 'bin', 'node');

/** Creates a copy of the site holding the given content files, e.g. `{ 'content/articles/a.md': '...' }`. */
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

/**
 * Runs `astro build` in a site folder with the project's Node; returns its exit code, output and
 * wall time. `env` adds variables (e.g. COLLATE_PROGRESS, COLLATE_CACHE_DIR); `nodeArgs` go to Node.
 */
export function buildSite(dir: string, outDir = join(dir, 'dist'), options: { env?: Record<string, string>; nodeArgs?: string[] } = {}) {
  const started = performance.now();
  const result = spawnSync(
    projectNode,
    [...(options.nodeArgs ?? []), join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        // Each site keeps Astro's incremental-build cache to itself (copies share node_modules).
        COLLATE_ASTRO_CACHE_DIR: join(dir, '.astro-cache'),
        ...options.env,
      },
    },
  );
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: result.stdout + result.stderr,
    outDir,
    seconds: (performance.now() - started) / 1000,
  };
}
