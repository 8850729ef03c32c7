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
 * Keep this integration last, after any that write into `dist/` at `astro:build:done`.
 */
import type { AstroIntegration } from 'astro';
import { lstatSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The Astro integration. */
export default function keepOutput(): AstroIntegration {
  let started = 0;
  return {
    name: 'collate:output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        // The previous build's files are seconds older than this (Astro's start alone takes longer).
        started = Date.now() - CLOCK_MARGIN_MS;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const removed = pruneStaleFiles(fileURLToPath(dir), new Set(routeFiles(assets)), started);
        if (removed > 0) logger.info(`removed ${removed} files of the previous build that this build no longer writes`);
      },
    },
  };
}
