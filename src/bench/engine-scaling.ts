/**
 * Engine time for article pairs of growing length, in steady state: every size is run twice to
 * warm the JIT and the per-word caches, then timed seven times with a garbage collection before
 * each run (run with --expose-gc); the median CPU time is printed. Used by `npm run bench`.
 */
import { join } from 'node:path';
import { compareArticles } from '../engine/compare.ts';
import { generatePair } from './corpus.ts';
import { projectRoot } from './site.ts';

const devRoot = join(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus');
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});
const sizes = [500, 2000, 8000];
const pairs = new Map(sizes.map((words) => [words, generatePair(devRoot, words)]));
for (let round = 0; round < 2; round++) for (const pair of pairs.values()) compareArticles(pair);

const median = new Map<number, number>();
for (const words of sizes) {
  const pair = pairs.get(words)!;
  const runs: number[] = [];
  let claims = 0;
  for (let i = 0; i < 7; i++) {
    collect();
    // CPU time, not wall time: on a shared machine it is what the engine itself costs.
    const started = process.cpuUsage();
    const result = compareArticles(pair);
    const used = process.cpuUsage(started);
    runs.push((used.user + used.system) / 1000);
    claims = result.articles[0]!.claims.length + result.articles[1]!.claims.length;
  }
  median.set(words, runs.sort((a, b) => a - b)[3]!);
  console.log(`${words} words each: ${median.get(words)!.toFixed(0)} ms CPU (median of 7 in steady state; ${claims} claims)`);
}
console.log(`8,000 / 2,000 words: ${(median.get(8000)! / median.get(2000)!).toFixed(2)}×`);
