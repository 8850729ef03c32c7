/**
 * `npm run bench:stated`: what each test of src/engine/stated.ts does to same-vs-not accuracy, on
 * the labelled pairs (train and held-out test parts, weighed as `--pairs` weighs them) and on the
 * probe sets of tests/fixtures/probes/: with every test, with none, and with each one left out,
 * at the fitted `same` threshold. A test is kept only if the training part does not lose by it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { similarity, termWeights } from '../engine/align.ts';
import { analyzeArticle, type AnalyzedClaim } from '../engine/analyze/index.ts';
import type { Similarity } from '../engine/align.ts';
import { judgeClaims } from '../engine/judge.ts';
import { storedModel } from '../engine/model.ts';
import { reasonsOtherwise } from '../engine/stated.ts';
import { prepare, readLabelled } from '../fit/data.ts';

const root = new URL('../../', import.meta.url).pathname;
const model = storedModel();
// Judged with no `same` threshold, so that the cut and the tests are applied here.
const open = { ...model, same: { ...model.same, threshold: 0 } };

interface Row {
  /** The `same` probability, or -1 when the pair cannot be `same` whatever the tests say. */
  p: number;
  reasons: string[];
  same: boolean;
}

function row(a: AnalyzedClaim, b: AnalyzedClaim, sim: Similarity, same: boolean): Row {
  const judged = judgeClaims(a, b, sim, { similarity: sim, label: (c) => (c === a ? 'a' : 'b') }, true, open);
  const reasons = reasonsOtherwise(a, b);
  const eligible = judged.relation === 'same' || (judged.relation === 'overlap' && reasons.length > 0);
  return { p: eligible ? judged.same : -1, reasons, same };
}

const sets: [string, Row[]][] = [];
const labelled = prepare(readLabelled(join(root, 'tests/fixtures/labelled')), () => undefined);
for (const split of ['train', 'test']) {
  sets.push([`labelled ${split}`, labelled.filter((p) => p.split === split).map((p) => row(p.claimA, p.claimB, p.similarity, p.label === 'same'))]);
}
const probes = join(root, 'tests/fixtures/probes');
for (const name of readdirSync(probes).filter((f) => f.endsWith('.jsonl')).sort()) {
  const rows = readFileSync(join(probes, name), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { a: string; b: string; expect: string })
    .map(({ a, b, expect }) => {
      const [x] = analyzeArticle({ slug: 'a', title: '', outlet: '', body: a });
      const [y] = analyzeArticle({ slug: 'b', title: '', outlet: '', body: b });
      return row(x!, y!, similarity(x!, y!, termWeights([x!, y!], { local: false })), expect === 'same');
    });
  sets.push([name, rows]);
}

const threshold = model.same.threshold;
const accuracy = (rows: Row[], off: Set<string>) => rows.filter((r) => (r.p >= threshold && !r.reasons.some((g) => !off.has(g))) === r.same).length / rows.length;
const tests = [...new Set(sets.flatMap(([, rows]) => rows.flatMap((r) => r.reasons)))].sort();
console.log(`same threshold ${threshold}; accuracy of same vs not`);
for (const [name, rows] of sets) {
  console.log(`${name} (${rows.length} pairs): all tests ${accuracy(rows, new Set()).toFixed(3)}, none ${accuracy(rows, new Set(tests)).toFixed(3)}`);
  for (const test of tests) {
    const fired = rows.filter((r) => r.p >= threshold && r.reasons.includes(test));
    console.log(`  without "${test}": ${accuracy(rows, new Set([test])).toFixed(3)} (turns ${fired.length} pairs to overlap, ${fired.filter((r) => r.same).length} of them labelled same)`);
  }
}
