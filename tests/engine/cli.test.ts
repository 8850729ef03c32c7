import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindEnabled, storedModel } from '../../src/engine/model.ts';
import type { ContradictionKind } from '../../src/engine/types.ts';
import { projectNode, projectRoot } from '../helpers/site.ts';

/** Runs the real `collate` command. */
function collate(args: string[]) {
  const run = spawnSync(projectNode, [join(projectRoot, 'src', 'cli', 'collate.mjs'), ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fixtures = join(projectRoot, 'tests', 'fixtures');
const { pairs } = JSON.parse(readFileSync(join(fixtures, 'pairs', 'sentences.json'), 'utf8')) as {
  pairs: { id: string; relation: string; kind?: string; a: string; b: string }[];
};

/** A pairs file of the given lines in a folder of its own. */
function pairsFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'collate-pairs-')), name);
  writeFileSync(file, content);
  return file;
}

describe('collate compare --pairs', () => {
  it('prints one judgement per input line, in order, with the expected relation', () => {
    const file = pairsFile('pairs.jsonl', pairs.map((p) => JSON.stringify({ id: p.id, a: p.a, b: p.b })).join('\n') + '\n');
    const run = collate(['compare', '--pairs', file]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; relation: string; score: number });
    expect(lines.map((l) => l.id)).toEqual(pairs.map((p) => p.id));
    for (const [index, line] of lines.entries()) {
      expect(Object.keys(line)).toEqual(['id', 'relation', 'score']);
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(1);
      const pair = pairs[index]!;
      // Contradictions of the kinds the fitted model shows are found; nothing else is one.
      if (pair.relation === 'contradiction' && kindEnabled(storedModel(), pair.kind as ContradictionKind)) expect(line.relation, pair.id).toBe('contradiction');
      if (pair.relation !== 'contradiction') expect(line.relation, pair.id).not.toBe('contradiction');
      if (pair.relation === 'unrelated') expect(line.relation, pair.id).toBe('unrelated');
      // Between same and overlap the model's boundary is its weakest (four-way accuracy in
      // npm run fit); both must at least be seen as related, and most same pairs as same (below).
      if (pair.relation === 'overlap' || pair.relation === 'same') expect(['overlap', 'same'], pair.id).toContain(line.relation);
      // The score is the confidence that b states a: low when b contradicts a.
      if (line.relation === 'contradiction') expect(line.score).toBeLessThan(0.5);
    }
    const same = pairs.map((p, i) => [p, lines[i]!] as const).filter(([p]) => p.relation === 'same');
    expect(same.filter(([, line]) => line.relation === 'same').length / same.length).toBeGreaterThanOrEqual(0.8);
    expect(run.stderr).toMatch(/judged \d+ pairs over \d+ distinct texts/);
  });

  it('echoes each id as given, a number or a string', () => {
    const file = pairsFile('ids.jsonl', '{"id": 7, "a": "One.", "b": "Two."}\n{"id": "x", "a": "", "b": "Text."}\n');
    const run = collate(['compare', '--pairs', file]);
    expect(run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: unknown }).id)).toEqual([7, 'x']);
  });

  it('reads a pairs file that opens with a byte order mark', () => {
    const file = pairsFile('bom.jsonl', '\uFEFF{"id": 1, "a": "The bridge reopened on Monday.", "b": "The bridge reopened on Monday."}\n');
    const run = collate(['compare', '--pairs', file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout.trim()) as { id: number; relation: string }).toMatchObject({ id: 1, relation: 'same' });
  });

  it('judges a 4 MB line of one paragraph (too deep for the Markdown-to-sentences tree)', () => {
    const text = 'The river rose two metres overnight and 40 homes were flooded. '.repeat(64_000);
    expect(text.length).toBeGreaterThan(4_000_000);
    const file = pairsFile('big.jsonl', `${JSON.stringify({ id: 'big', a: text, b: 'The river rose two metres overnight.' })}\n`);
    const run = collate(['compare', '--pairs', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ id: 'big', relation: 'same' });
  }, 120_000);

  it('names the file and line of a malformed input line', () => {
    const file = pairsFile('bad.jsonl', '{"id": 1, "a": "x", "b": "y"}\n{"id": 2, "a": "x"\n');
    const run = collate(['compare', '--pairs', file]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`collate: error: ${file}:2: not a JSON object (write one {"id", "a", "b"} object per line)`]);
  });
});

describe('collate compare --json', () => {
  it('compares two raw seeds in memory and prints the contract’s JSON', () => {
    const run = collate(['compare', join(fixtures, 'seeds', '000_7a806c1ab9359a62.txt'), join(fixtures, 'seeds', '004_8a37da79554fa6c2.txt'), '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { articles: { slug: string; claims: unknown[] }[]; links: { relation: string }[] };
    expect(result.articles.map((a) => a.slug)).toEqual(['000-7a806c1ab9359a62', '004-8a37da79554fa6c2']);
    expect(result.links.some((l) => l.relation === 'contradiction')).toBe(true);
  });

  it('reads content files as they are', () => {
    const run = collate(['compare', 'content/articles/kursk-gerasimov-briefing.md', 'content/articles/kursk-full-control-claim.md', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { articles: { slug: string; outlet: string; claims: { text: string; start: number; end: number }[] }[] };
    const body = readFileSync(join(projectRoot, 'content/articles/kursk-gerasimov-briefing.md'), 'utf8').split(/^---$/m)[2]!.trim();
    expect(result.articles[0]!.outlet).toBe('globalnews.ca');
    for (const claim of result.articles[0]!.claims) expect(body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it('gives inputs of one file name slugs of their own, never one another input has', () => {
    const dir = mkdtempSync(join(tmpdir(), 'collate-slugs-'));
    mkdirSync(join(dir, 'x'));
    mkdirSync(join(dir, 'y'));
    const article = (text: string) => `---\ntitle: T\noutlet: o.example\n---\n\n${text}\n`;
    writeFileSync(join(dir, 'x', 'a.md'), article('The bridge reopened on Monday.'));
    writeFileSync(join(dir, 'y', 'a.md'), article('The bridge reopened on Tuesday.'));
    writeFileSync(join(dir, 'a-2.md'), article('The bridge stayed closed.'));
    const run = collate(['compare', join(dir, 'x', 'a.md'), join(dir, 'y', 'a.md'), join(dir, 'a-2.md'), '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { articles: { slug: string; claims: { id: string }[] }[] };
    expect(result.articles.map((a) => a.slug)).toEqual(['a', 'a-3', 'a-2']);
    const ids = result.articles.flatMap((a) => a.claims.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('needs two articles', () => {
    const run = collate(['compare', 'content/articles/kursk-gerasimov-briefing.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs at least two articles/);
  });
});

describe('collate eval on every gold file (a regression check, not a target)', () => {
  // The figures measured when the engine was fitted (see the closing note of issue 11); a change
  // that loses any of them fails here. Precision is the one figure that must stay high.
  const run = collate(['eval', join(fixtures, 'eval'), '--json']);
  const report = JSON.parse(run.stdout) as {
    files: { file: string }[];
    total: { core: [number, number]; subtle: [number, number]; contradictionLinks: number; falseContradictions: number; shared: [number, number]; unique: [number, number] };
    heldOut: { pairs: number; contradictionPrecision: number; contradictionRecall: number; relatedAccuracy: number };
  };

  it('scores the seed pair and the six ECB+ pairs', () => {
    expect(run.code).toBe(0);
    expect(report.files.map((f) => f.file.split('/').pop()).sort()).toEqual([
      '24_ecbplus-3-6.gold.json',
      '24_ecbplus-4-5.gold.json',
      '37_ecbplus-1-14.gold.json',
      '37_ecbplus-2-10.gold.json',
      '8_ecbplus-5-6.gold.json',
      '8_ecbplus-8-9.gold.json',
      'kursk.gold.json',
    ]);
  });

  it('keeps contradiction precision at 0.8 or more over all contradiction links', () => {
    const { contradictionLinks, falseContradictions } = report.total;
    expect(contradictionLinks).toBeGreaterThan(0);
    expect((contradictionLinks - falseContradictions) / contradictionLinks).toBeGreaterThanOrEqual(0.8);
  });

  it('finds at least the contradictions and shared and unique claims it found when fitted', () => {
    expect(report.total.core[0]).toBeGreaterThanOrEqual(2);
    expect(report.total.shared[0]).toBeGreaterThanOrEqual(36);
    expect(report.total.unique[0] / report.total.unique[1]).toBeGreaterThanOrEqual(0.8);
  });

  it('prints the held-out labelled pairs: contradiction precision 0.9 or more, related accuracy 0.85 or more', () => {
    expect(report.heldOut.pairs).toBeGreaterThanOrEqual(150);
    expect(report.heldOut.contradictionPrecision).toBeGreaterThanOrEqual(0.9);
    expect(report.heldOut.relatedAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.heldOut.contradictionRecall).toBeGreaterThanOrEqual(0.4);
  });
});

describe('collate ledger', () => {
  it('fails --check with one line when claim ids are not recorded, and records them otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'collate-ledger-'));
    const run = (args: string[]) => spawnSync(projectNode, [join(projectRoot, 'src', 'cli', 'collate.mjs'), 'ledger', ...args], { cwd: dir, encoding: 'utf8' });
    mkdirSync(join(dir, 'content', 'articles'), { recursive: true });
    writeFileSync(join(dir, 'content', 'articles', 'a.md'), '---\ntitle: A\noutlet: a.example\n---\n\nOne claim. Another claim.\n');
    const check = run(['--check']);
    expect(check.status).toBe(1);
    expect(check.stderr.trim().split('\n')).toEqual(['collate: error: content/claims-ledger.json: 2 current claim ids are not recorded (run `collate ledger` and commit the ledger)']);
    const record = run([]);
    expect(record.status).toBe(0);
    expect(record.stdout).toContain('2 new claim ids recorded (2 in all)');
    expect(run(['--check']).status).toBe(0);
  });
});
