import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { compareArticles, type Comparison } from '../engine/compare.ts';
import { PairJudge } from '../engine/pairs.ts';
import { InputError, UsageError } from '../errors.ts';
import { readArticleInput } from './article-input.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: collate compare <a> <b> [<c> ...] [--json]
       collate compare --pairs <file.jsonl>

Compares two or more articles claim by claim: which claims they share, which contradict each
other (with a kind and an explanation) and which only one article makes. Articles are content
files (front matter + Markdown) or raw .txt/.html files, cleaned in memory (nothing is written).

Options:
  --json          print the comparison as one JSON object
  --pairs FILE    judge text pairs: each line {"id","a","b"}; prints {"id","relation","score"} per line
  -h, --help      show this help`;

/** Runs `collate compare`; returns the exit code. */
export async function runCompare(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('compare', argv, {
    json: { type: 'boolean', default: false },
    pairs: { type: 'string' },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.pairs !== undefined) {
    if (positionals.length > 0) throw new UsageError('compare: --pairs takes no article files');
    await judgePairs(values.pairs, io);
    return 0;
  }
  if (positionals.length < 2) throw new UsageError('compare: needs at least two articles');
  const articles = [];
  for (const file of positionals) articles.push(await readArticleInput(file, io.cwd));
  // Two inputs with the same file name would share claim ids: number the later ones, with a
  // number no other input's own name has taken (x/a.md, y/a.md and a-2.md give a, a-3 and a-2).
  const names = new Set(articles.map((article) => article.slug));
  const used = new Set<string>();
  for (const article of articles) {
    let slug = article.slug;
    for (let n = 2; used.has(slug) || (slug !== article.slug && names.has(slug)); n++) slug = `${article.slug}-${n}`;
    used.add(slug);
    article.slug = slug;
  }
  const result = compareArticles(articles);
  if (values.json) io.out(JSON.stringify(result, null, 2));
  else printSummary(result, io);
  return 0;
}

/** A reader's summary: counts per article and each contradiction with its explanation. */
function printSummary(result: Comparison, io: CliIO): void {
  const linked = new Set(result.links.flatMap((link) => [link.from, link.to]));
  for (const article of result.articles) {
    const unique = article.claims.filter((claim) => !linked.has(claim.id)).length;
    io.out(`${article.slug} (${article.outlet}): ${article.claims.length} claims, ${article.claims.length - unique} linked, ${unique} unique`);
  }
  const contradictions = result.links.filter((link) => link.relation === 'contradiction');
  io.out(`${result.links.length - contradictions.length} shared links, ${contradictions.length} contradictions`);
  for (const link of contradictions) io.out(`- ${link.kind}: ${link.explanation}`);
}

/** Streams a JSONL file of pairs; every distinct text is analysed once. */
async function judgePairs(file: string, io: CliIO): Promise<void> {
  const path = resolve(io.cwd, file);
  const started = performance.now();
  // Ids are echoed as given (a string or a number), so results join back to their inputs.
  const pairs: { id: unknown; a: string; b: string }[] = [];
  const judge = new PairJudge();
  let line = 0;
  try {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    for await (const raw of lines) {
      line++;
      // A byte order mark opens files some editors save; it is not part of the first object.
      const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new InputError(file, 'not a JSON object', { line, fix: 'write one {"id", "a", "b"} object per line' });
      }
      const pair = value as Record<string, unknown>;
      if (typeof pair !== 'object' || pair === null || typeof pair.a !== 'string' || typeof pair.b !== 'string' || !('id' in pair)) {
        throw new InputError(file, 'expected {"id": ..., "a": "<text>", "b": "<text>"}', { line });
      }
      pairs.push({ id: pair.id, a: pair.a, b: pair.b });
      judge.add(pair.a);
      judge.add(pair.b);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'no such file');
    if (code === 'EISDIR') throw new InputError(file, 'is a directory, not a file');
    throw error;
  }
  const analysed = performance.now();
  for (const pair of pairs) {
    const { relation, score } = judge.judge(pair.a, pair.b);
    io.out(JSON.stringify({ id: pair.id, relation, score }));
  }
  const judging = (performance.now() - analysed) / 1000;
  const total = (performance.now() - started) / 1000;
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  io.err(
    `collate: judged ${pairs.length} pairs over ${judge.size} distinct texts in ${total.toFixed(1)} s ` +
      `(analysis ${(total - judging).toFixed(1)} s, judging ${judging.toFixed(1)} s, peak RSS ${peak} MB)`,
  );
}
