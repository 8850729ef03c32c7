import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { score, type Gold } from '../engine/evaluate.ts';
import type { ComparisonResult } from '../engine/types.ts';
import { InputError, UsageError } from '../errors.ts';
import { runCompare } from './compare-command.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: collate eval <gold.json> [--seeds DIR] [--json]

Runs \`collate compare --json\` on a gold file's two raw articles and scores the result
(contradictions found, contradiction precision, shared and unique recall).
The raw articles are looked up in --seeds DIR, beside the gold file, or in ../seeds from it.`;

/** Finds a gold file's raw article. */
function findRaw(name: string, goldFile: string, seeds: string | undefined): string {
  const dirs = [seeds, dirname(goldFile), join(dirname(goldFile), '..', 'seeds')].filter((d): d is string => Boolean(d));
  for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  throw new InputError(goldFile, `raw article "${name}" not found in ${dirs.join(', ')}`, { fix: 'pass --seeds DIR' });
}

/** Runs `collate eval`; prints each figure of the gold format. */
export async function runEval(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('eval', argv, {
    seeds: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new UsageError('eval: expected one gold file');
  const goldPath = resolve(io.cwd, parsed.positionals[0]!);
  let gold: Gold;
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
  } catch (error) {
    throw new InputError(parsed.positionals[0]!, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON');
  }
  const seeds = parsed.values.seeds ? resolve(io.cwd, parsed.values.seeds) : undefined;
  const a = relative(io.cwd, findRaw(gold.a, goldPath, seeds));
  const b = relative(io.cwd, findRaw(gold.b, goldPath, seeds));

  // The comparison goes through the command line's own code path.
  const output: string[] = [];
  const status = await runCompare([a, b, '--json'], { cwd: io.cwd, out: (line) => output.push(line), err: io.err });
  if (status !== 0) return status;
  const result = JSON.parse(output.join('\n')) as ComparisonResult;
  const scores = score(result, gold);
  if (parsed.values.json) {
    io.out(JSON.stringify(scores, null, 2));
    return 0;
  }
  const coreTotal = scores.core.found.length + scores.core.missed.length;
  const subtleTotal = scores.subtle.found.length + scores.subtle.missed.length;
  const sharedTotal = scores.shared.found.length + scores.shared.missed.length;
  const uniqueTotal = scores.unique.found.length + scores.unique.missed.length;
  const missed = (ids: string[]) => (ids.length ? ` (missed: ${ids.join(', ')})` : '');
  io.out(`core contradictions found:   ${scores.core.found.length}/${coreTotal}${missed(scores.core.missed)}`);
  io.out(`subtle contradictions found: ${scores.subtle.found.length}/${subtleTotal}${missed(scores.subtle.missed)}`);
  io.out(`contradiction precision:     ${scores.contradictionPrecision.toFixed(3)} (${scores.contradictionLinks - scores.falseContradictions.length}/${scores.contradictionLinks} links)`);
  io.out(`shared recall:               ${(scores.shared.found.length / sharedTotal).toFixed(3)} (${scores.shared.found.length}/${sharedTotal})${missed(scores.shared.missed)}`);
  io.out(`unique recall:               ${(scores.unique.found.length / uniqueTotal).toFixed(3)} (${scores.unique.found.length}/${uniqueTotal})`);
  for (const s of scores.unique.missed) io.out(`  linked although unique: “${s}”`);
  for (const link of scores.falseContradictions) io.out(`  false contradiction (${link.kind}): ${link.explanation}`);
  return 0;
}
