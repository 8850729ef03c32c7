/**
 * `npm run bench:probes`: the probe pairs of tests/fixtures/probes/ through the judgement of
 * `collate compare --pairs` (one PairJudge per set), with four-way, same-vs-not and
 * related-vs-unrelated accuracy and contradiction precision and recall per set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PairJudge } from '../engine/pairs.ts';

interface Probe {
  id: string;
  a: string;
  b: string;
  expect: 'same' | 'overlap' | 'contradiction' | 'unrelated';
}

const dir = new URL('../../tests/fixtures/probes/', import.meta.url).pathname;
const share = (n: number, d: number) => (d === 0 ? '–' : (n / d).toFixed(3));
for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const probes = readFileSync(join(dir, name), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Probe);
  const judge = new PairJudge();
  const judged = probes.map((p) => ({ p, relation: judge.judge(p.a, p.b).relation }));
  const count = (f: (x: (typeof judged)[number]) => boolean) => judged.filter(f).length;
  const shown = count((x) => x.relation === 'contradiction');
  const real = count((x) => x.relation === 'contradiction' && x.p.expect === 'contradiction');
  const labelled = count((x) => x.p.expect === 'contradiction');
  console.log(`${name}: ${probes.length} pairs`);
  console.log(`  four-way accuracy:            ${share(count((x) => x.relation === x.p.expect), probes.length)}`);
  console.log(`  same vs not accuracy:         ${share(count((x) => (x.relation === 'same') === (x.p.expect === 'same')), probes.length)}`);
  console.log(`  related vs unrelated:         ${share(count((x) => (x.relation === 'unrelated') === (x.p.expect === 'unrelated')), probes.length)}`);
  console.log(`  contradiction precision:      ${share(real, shown)} (${real}/${shown})`);
  console.log(`  contradiction recall:         ${share(real, labelled)} (${real}/${labelled})`);
}
