/**
 * The comparisons one build computes, kept for the build's later steps. Pages compute each
 * comparison once (`comparisons.ts`: the engine's result, from its cache, with the editor's
 * overrides applied) and record it here as it is published; at `astro:build:done` the search index
 * and the ledger check read the same records, not the build's output in `dist/`.
 *
 * The store is a folder per output folder (`node_modules/.cache/collate/build-<key>/`, the key
 * that of the output folder's build lock, so one build at a time writes it), emptied when a build
 * starts; each comparison is one JSON file, written atomically. The pages find it through the
 * path compiled into them (`import.meta.env.COLLATE_BUILD_STORE`, set by the content-check
 * integration); `astro dev` has none and records nothing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ComparisonResult } from '../engine/types.ts';

/** A comparison as the site publishes it (`/compare/<slug>.json`): the engine's result with the comparison's slug and title. */
export interface PublishedComparison extends ComparisonResult {
  comparison: { slug: string; title: string };
}

/** The key of an output folder: its build lock and its store share it. */
export function outputKey(outDir: string): string {
  return createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
}

/** The store of the builds of `outDir` in the project at `root`. */
export function buildStorePath(root: string, outDir: string): string {
  return join(root, 'node_modules', '.cache', 'collate', `build-${outputKey(outDir)}`);
}

/** Empties the store for a new build: what an earlier build recorded is not this build's. */
export function resetBuildStore(store: string): void {
  rmSync(store, { recursive: true, force: true });
  mkdirSync(store, { recursive: true });
}

/** The store the running build's pages record into, if any (none in `astro dev`, the CLI or tests). */
export function currentBuildStore(): string | undefined {
  return (import.meta.env as Record<string, string | undefined> | undefined)?.COLLATE_BUILD_STORE;
}

/** Records one comparison of this build (atomically: a reader never sees half a file). */
export function recordComparison(store: string, published: PublishedComparison): void {
  const file = join(store, `${published.comparison.slug}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(published));
  renameSync(temporary, file);
}

/** Every comparison this build recorded, in slug order; none when the store is missing. */
export function readBuildStore(store: string): PublishedComparison[] {
  let names: string[];
  try {
    names = readdirSync(store).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().map((name) => JSON.parse(readFileSync(join(store, name), 'utf8')) as PublishedComparison);
}
