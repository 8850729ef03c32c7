/**
 * Keeps the output folder between builds instead of emptying it first. Astro empties `dist/` before
 * every build and its incremental build then copies the unchanged pages back; on a site of
 * thousands of claim pages, deleting and copying them was the largest single cost of a rebuild.
 * With `vite.build.emptyOutDir: false` Astro leaves an unchanged page where it is ("(cached)" in its
 * log) and overwrites the others, and at `astro:build:done` this integration deletes every file the
 * build did not produce (pages of removed comparisons, old assets), so `dist/` holds what a clean
 * build holds.
 *
 * A file belongs to this build when it is the output of one of this build's routes (Astro lists
 * them, kept ones included) or when its status changed after the build started (written, copied or
 * renamed: all set a file's ctime, which no tool can set back, unlike mtime).
 * A kept folder is trusted only when it is exactly what the last build recorded (a digest per
 * file, written when a build ends): otherwise the build starts from an empty folder and cache.
 * While the build runs, Astro's page writes into the folder are atomic (`atomic-writes.ts`).
 * Keep this integration last, after any that write into `dist/` at `astro:build:done`.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputKey } from '../site/build-store.ts';
import { atomicWritesUnder } from './atomic-writes.ts';

/** Folders never touched: a `dist/` deployed as a git worktree keeps its repository (as Astro does). */
const UNTOUCHED = new Set(['.git']);

/**
 * Deletes the files under `dir` that are not in `keep` and whose status last changed before `since`
 * (ms since the epoch), and the folders left empty; returns how many files were deleted.
 */
export function pruneStaleFiles(dir: string, keep: Set<string>, since: number): number {
  let removed = 0;
  const walk = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (folder === dir && UNTOUCHED.has(entry.name)) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (walk(path)) rmdirSync(path);
        else empty = false;
      } else if (!keep.has(path) && lstatSync(path).ctimeMs < since) {
        unlinkSync(path);
        removed++;
      } else {
        empty = false;
      }
    }
    return empty;
  };
  walk(dir);
  return removed;
}

/** The files of a build's routes, from `astro:build:done`'s `assets`. */
export function routeFiles(assets: Map<string, URL[]>): string[] {
  return [...assets.values()].flat().map((url) => fileURLToPath(url));
}

/** How far a file time may lag behind `Date.now()` (the kernel stamps files with a coarse clock). */
const CLOCK_MARGIN_MS = 500;

/** Digest of every file under `dir` (`.git` aside), by path relative to it. */
export function outputDigests(dir: string): Record<string, string> {
  const digests: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (folder === dir && UNTOUCHED.has(entry.name)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) digests[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir);
  return digests;
}

/**
 * Whether a kept output folder is as the last build left it: every file the last build recorded
 * is there with the same digest. No record (a first build, or one interrupted before its end,
 * which removes the record when it starts) trusts nothing.
 */
export function outputIntact(dir: string, manifest: string): boolean {
  let recorded: Record<string, string>;
  try {
    recorded = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>;
  } catch {
    return false;
  }
  const current = outputDigests(dir);
  return Object.entries(recorded).every(([path, digest]) => current[path] === digest);
}

/** Empties a folder, `.git` aside. */
function emptyFolder(dir: string): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) if (!UNTOUCHED.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
}

/** The Astro integration. */
export default function keepOutput(): AstroIntegration {
  let started = 0;
  let manifest = '';
  let outDir = '';
  let restoreWrites: (() => void) | undefined;
  return {
    name: 'collate:output',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        if (command !== 'build') return;
        // A kept page must be what the last build wrote: a truncated, edited or half-written file
        // (an interrupted build) would otherwise be kept as "(cached)" for ever. When the folder is
        // not exactly as recorded, it and Astro's incremental cache are emptied: a full build.
        outDir = fileURLToPath(config.outDir);
        manifest = join(fileURLToPath(config.root), 'node_modules', '.cache', 'collate', `output-${outputKey(outDir)}.json`);
        const kept = existsSync(outDir) && readdirSync(outDir).some((entry) => !UNTOUCHED.has(entry));
        if (kept && !outputIntact(outDir, manifest)) {
          logger.info(`${outDir} is not as the last build left it: building everything again`);
          emptyFolder(outDir);
          emptyFolder(fileURLToPath(config.cacheDir));
        }
        rmSync(manifest, { force: true });
      },
      'astro:build:start': () => {
        // The previous build's files are seconds older than this (Astro's start alone takes longer).
        started = Date.now() - CLOCK_MARGIN_MS;
        // Pages are written and restored atomically: an interrupted build leaves no half page.
        restoreWrites = atomicWritesUnder(outDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        restoreWrites?.();
        restoreWrites = undefined;
        const removed = pruneStaleFiles(fileURLToPath(dir), new Set(routeFiles(assets)), started);
        if (removed > 0) logger.info(`removed ${removed} files of the previous build that this build no longer writes`);
        // What this build left, for the next build to check its kept pages against.
        mkdirSync(dirname(manifest), { recursive: true });
        writeFileSync(`${manifest}.tmp`, JSON.stringify(outputDigests(fileURLToPath(dir))));
        renameSync(`${manifest}.tmp`, manifest);
      },
    },
  };
}
