import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { score, type Gold, type Scores } from '../engine/evaluate.ts';
import type { ComparisonResult } from '../engine/types.ts';
import { InputError, UsageError } from '../errors.ts';
import { describeFigures, heldOutFigures } from '../fit/held-out.ts';
import { runCompare } from './compare-command.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: collate eval <gold.json or folder> [more ...] [--seeds DIR] [--json]

Runs \`collate compare --json\` on each gold file's two raw articles and scores the result
(contradictions found, contradiction precision, shared and unique recall), per file and in total,
then prints the figures of the labelled pairs' held-out test part (tests/fixtures/labelled).
A folder stands for every *.gold.json in it and its subfolders. The raw articles are looked up in --seeds DIR (and
its subfolders), beside the gold file, in ../seeds from it, and under tests/fixtures.`;

/** Files a name can be found in below a folder (depth-first, sorted). */
function findBelow(dir: string, name: string, depth = 3): string | undefined {
  if (!existsSync(dir) || depth < 0) return undefined;
  if (existsSync(join(dir, name)) && statSync(join(dir, name)).isFile()) return join(dir, name);
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const found = findBelow(join(dir, entry.name), name, depth - 1);
    if (found) return found;
  }
  return undefined;
}

/** Finds a gold file's raw article. */
function findRaw(name: string, goldFile: string, seeds: string | undefined, cwd: string): string {
  const dirs = [seeds, dirname(goldFile), join(dirname(goldFile), '..', 'seeds'), join(cwd, 'tests', 'fixtures')].filter((d): d is string => Boolean(d));
  for (const dir of dirs) {
    const found = findBelow(dir, name);
    if (found) return found;
  }
  throw new InputError(goldFile, `raw article "${name}" not found in ${dirs.map((d) => relative(cwd, d) || '.').join(', ')}`, { fix: 'pass --seeds DIR' });
}

/** The gold files named: files as given, folders as their *.gold.json files. */
function goldFiles(paths: string[], cwd: string): string[] {
  return paths.flatMap((path) => {
    const full = resolve(cwd, path);
    if (!existsSync(full)) throw new InputError(path, 'no such file or folder');
    if (!statSync(full).isDirectory()) return [full];
    const files = (readdirSync(full, { recursive: true }) as string[]).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(full, f));
    if (files.length === 0) throw new InputError(path, 'no *.gold.json file in this folder');
    return files;
  });
}

/** Totals over several files' scores. */
interface Totals {
  core: [number, number];
  subtle: [number, number];
  contradictionLinks: number;
  falseContradictions: number;
  shared: [number, number];
  unique: [number, number];
}

function add(totals: Totals, s: Scores): void {
  const both = (x: { found: string[]; missed: string[] }): [number, number] => [x.found.length, x.found.length + x.missed.length];
  const sum = (t: [number, number], [f, n]: [number, number]) => {
    t[0] += f;
    t[1] += n;
  };
  sum(totals.core, both(s.core));
  sum(totals.subtle, both(s.subtle));
  sum(totals.shared, both(s.shared));
  sum(totals.unique, both(s.unique));
  totals.contradictionLinks += s.contradictionLinks;
  totals.falseContradictions += s.falseContradictions.length;
}

const ratio = ([found, total]: [number, number]) => `${total === 0 ? '1.000' : (found / total).toFixed(3)} (${found}/${total})`;

/** Runs `collate eval`; prints each figure of the gold format, per file and in total. */
export async function runEval(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('eval', argv, {
    seeds: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError('eval: expected a gold file or a folder of them');
  const seeds = parsed.values.seeds ? resolve(io.cwd, parsed.values.seeds) : undefined;
  const files = goldFiles(parsed.positionals, io.cwd);
  const results: { file: string; scores: Scores }[] = [];
  for (const goldPath of files) {
    let gold: Gold;
    try {
      gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    } catch {
      throw new InputError(relative(io.cwd, goldPath), 'not valid JSON');
    }
    const a = relative(io.cwd, findRaw(gold.a, goldPath, seeds, io.cwd));
    const b = relative(io.cwd, findRaw(gold.b, goldPath, seeds, io.cwd));
    // The comparison goes through the command line's own code path.
    const output: string[] = [];
    const status = await runCompare([a, b, '--json'], { cwd: io.cwd, out: (line) => output.push(line), err: io.err });
    if (status !== 0) return status;
    results.push({ file: relative(io.cwd, goldPath), scores: score(JSON.parse(output.join('\n')) as ComparisonResult, gold) });
  }
  const totals: Totals = { core: [0, 0], subtle: [0, 0], contradictionLinks: 0, falseContradictions: 0, shared: [0, 0], unique: [0, 0] };
  for (const { scores } of results) add(totals, scores);
  const labelled = join(io.cwd, 'tests', 'fixtures', 'labelled');
  const heldOut = existsSync(labelled) ? heldOutFigures(labelled) : undefined;

  if (parsed.values.json) {
    // One file: its scores, as before; several: each file's and the totals.
    io.out(JSON.stringify(results.length === 1 && parsed.positionals.length === 1 && !statSync(resolve(io.cwd, parsed.positionals[0]!)).isDirectory() ? results[0]!.scores : { files: results, total: totals, heldOut }, null, 2));
    return 0;
  }
  const missed = (ids: string[]) => (ids.length ? ` (missed: ${ids.join(', ')})` : '');
  for (const { file, scores } of results) {
    const count = (x: { found: string[]; missed: string[] }) => `${x.found.length}/${x.found.length + x.missed.length}`;
    if (results.length > 1) io.out(`== ${basename(file)}`);
    io.out(`core contradictions found:   ${count(scores.core)}${missed(scores.core.missed)}`);
    io.out(`subtle contradictions found: ${count(scores.subtle)}${missed(scores.subtle.missed)}`);
    io.out(`contradiction precision:     ${scores.contradictionPrecision.toFixed(3)} (${scores.contradictionLinks - scores.falseContradictions.length}/${scores.contradictionLinks} links)`);
    io.out(`shared recall:               ${ratio([scores.shared.found.length, scores.shared.found.length + scores.shared.missed.length])}${missed(scores.shared.missed)}`);
    io.out(`unique recall:               ${ratio([scores.unique.found.length, scores.unique.found.length + scores.unique.missed.length])}`);
    for (const s of scores.unique.missed) io.out(`  linked although unique: “${s}”`);
    for (const link of scores.falseContradictions) io.out(`  false contradiction (${link.kind}): ${link.explanation}`);
  }
  if (results.length > 1) {
    io.out(`== total over ${results.length} gold files`);
    io.out(`core contradictions found:   ${totals.core[0]}/${totals.core[1]}`);
    io.out(`subtle contradictions found: ${totals.subtle[0]}/${totals.subtle[1]}`);
    io.out(`contradiction precision:     ${ratio([totals.contradictionLinks - totals.falseContradictions, totals.contradictionLinks])} links`);
    io.out(`shared recall:               ${ratio(totals.shared)}`);
    io.out(`unique recall:               ${ratio(totals.unique)}`);
  }
  if (heldOut) for (const line of describeFigures('== held-out labelled pairs (tests/fixtures/labelled, test part)', heldOut)) io.out(line);
  return 0;
}
