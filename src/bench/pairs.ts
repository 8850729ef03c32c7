/**
 * Times `collate compare --pairs` on a generated corpus (see pairs-corpus.ts) and prints the
 * throughput and peak memory the command reports. Usage:
 *   node src/bench/pairs.ts [--pairs 25000] [--articles 900] [--words 400]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pairsCorpus } from './pairs-corpus.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: { pairs: { type: 'string', default: '25000' }, articles: { type: 'string', default: '900' }, words: { type: 'string', default: '400' } },
});
const options = { pairs: Number(values.pairs), articles: Number(values.articles), words: Number(values.words) };
const { lines } = pairsCorpus(join(root, 'tests', 'fixtures', 'dev', 'ecbplus'), options);
const file = join(mkdtempSync(join(tmpdir(), 'collate-pairs-')), 'pairs.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);

const started = performance.now();
const run = spawnSync(process.execPath, [join(root, 'src', 'cli', 'collate.mjs'), 'compare', '--pairs', file], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const seconds = (performance.now() - started) / 1000;
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(run.status ?? 1);
}
const out = run.stdout.trim().split('\n');
const relations = new Map<string, number>();
for (const line of out) {
  const { relation } = JSON.parse(line) as { relation: string };
  relations.set(relation, (relations.get(relation) ?? 0) + 1);
}
console.log(`pairs: ${out.length} over ${options.articles} articles of ~${options.words} words`);
console.log(`wall time (whole command, incl. start-up and analysis): ${seconds.toFixed(1)} s`);
console.log(`throughput: ${(out.length / seconds).toFixed(0)} pairs/s`);
console.log(`command says: ${run.stderr.trim().split('\n').pop()}`);
console.log(`relations: ${[...relations].map(([r, n]) => `${r} ${n}`).join(', ')}`);
