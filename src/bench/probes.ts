/**
 * `npm run bench:probes`: the probe pairs of tests/fixtures/probes/ through the judgement of
 * `collate compare --pairs` (one PairJudge per set), with four-way, same-vs-not and
 * related-vs-unrelated accuracy and contradiction precision and recall per set; and the
 * headline/article sets of tests/fixtures/probes/stance/ as a stance task (agree = same,
 * disagree = contradiction, discuss = overlap, unrelated), with accuracy and macro-F1 over the
 * four classes for the development half (each label's first, third, ... pair in id order) and
 * the held-out half (its second, fourth, ...) apart.
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

/** The four stance classes, as the relations `--pairs` gives them. */
const STANCES = ['same', 'contradiction', 'overlap', 'unrelated'] as const;

/** Accuracy and macro-F1 over the stance classes, with each class's precision and recall. */
function stanceScores(judged: { expect: string; relation: string }[]): string[] {
  const perClass = STANCES.map((label) => {
    const hit = judged.filter((x) => x.relation === label && x.expect === label).length;
    const shown = judged.filter((x) => x.relation === label).length;
    const labelled = judged.filter((x) => x.expect === label).length;
    const p = shown === 0 ? 0 : hit / shown;
    const r = labelled === 0 ? 0 : hit / labelled;
    return { label, hit, shown, labelled, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
  });
  const accuracy = judged.filter((x) => x.relation === x.expect).length;
  return [
    `accuracy ${share(accuracy, judged.length)}, macro-F1 ${(perClass.reduce((sum, c) => sum + c.f1, 0) / STANCES.length).toFixed(3)}`,
    ...perClass.map((c) => `${c.label.padEnd(13)} precision ${share(c.hit, c.shown)} (${c.hit}/${c.shown}), recall ${share(c.hit, c.labelled)} (${c.hit}/${c.labelled}), F1 ${c.f1.toFixed(3)}`),
  ];
}

const stanceDir = join(dir, 'stance');
for (const name of readdirSync(stanceDir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const probes = readFileSync(join(stanceDir, name), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Probe);
  const judge = new PairJudge();
  const judged = probes.map((p) => ({ id: p.id, expect: p.expect, relation: judge.judge(p.a, p.b).relation as string }));
  // Each label's pairs alternate between the halves, in id order, so both halves have every stance.
  const development = new Set(STANCES.flatMap((label) => judged.filter((x) => x.expect === label).filter((_, i) => i % 2 === 0).map((x) => x.id)));
  console.log(`stance/${name}: ${probes.length} headline/article pairs`);
  for (const [part, keep] of [['development (each label\'s 1st, 3rd, ... pair)', true], ['held out (each label\'s 2nd, 4th, ... pair)', false]] as const) {
    const half = judged.filter((x) => development.has(x.id) === keep);
    console.log(`  ${part}, ${half.length} pairs:`);
    for (const line of stanceScores(half)) console.log(`    ${line}`);
  }
}
