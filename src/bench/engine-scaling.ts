/**
 * Engine time for article pairs of growing length, in steady state: every size is run twice to
 * warm the JIT and the per-word caches, then timed in eleven rounds that take the sizes in turn (so
 * a busy moment of the machine falls on all sizes alike), with a garbage collection before each run
 * (run with --expose-gc); the median CPU time per size is printed. Used by `npm run bench`.
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

const ROUNDS = 11;
const runs = new Map(sizes.map((words) => [words, [] as number[]]));
const claims = new Map<number, number>();
for (let round = 0; round < ROUNDS; round++) {
  for (const words of sizes) {
    const pair = pairs.get(words)!;
    collect();
    // CPU time, not wall time: on a shared machine it is what the engine itself costs.
    const started = process.cpuUsage();
    const result = compareArticles(pair);
    const used = process.cpuUsage(started);
    runs.get(words)!.push((used.user + used.system) / 1000);
    claims.set(words, result.articles[0]!.claims.length + result.articles[1]!.claims.length);
  }
}
const median = new Map(sizes.map((words) => [words, runs.get(words)!.sort((a, b) => a - b)[(ROUNDS - 1) / 2]!]));
for (const words of sizes) {
  console.log(`${words} words each: ${median.get(words)!.toFixed(0)} ms CPU (median of ${ROUNDS} in steady state; ${claims.get(words)} claims)`);
}
console.log(`8,000 / 2,000 words: ${(median.get(8000)! / median.get(2000)!).toFixed(2)}×`);
