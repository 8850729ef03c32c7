/**
 * Candidate sentence pairs for hand labelling, drawn from the development corpus
 * (`tests/fixtures/dev/ecbplus`: real multi-outlet news). For every event, claims of two different
 * outlets are paired across the whole range of the aligner's scores (high, middle, low, none),
 * and a few pairs join claims of different events, so the labelled set does not only hold what the
 * engine already links. Seeded and deterministic.
 *
 *   node src/fit/candidates.ts > candidates.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorePairs, termWeights } from '../engine/align.ts';
import { analyzeArticle, type AnalyzedClaim } from '../engine/analyze/index.ts';
import { random } from '../bench/pairs-corpus.ts';

const root = process.argv[2] ?? 'tests/fixtures/dev/ecbplus';
const rand = random(20261201);
const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;

interface Candidate {
  id: string;
  source: string;
  a: string;
  b: string;
  score: number;
}

const words = (text: string) => text.split(/\s+/).length;
const events = readdirSync(root).filter((name) => name.endsWith('ecbplus')).sort();
const byEvent = new Map<string, { file: string; claims: AnalyzedClaim[] }[]>();
for (const event of events) {
  const articles = readdirSync(join(root, event))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const [, ...body] = readFileSync(join(root, event, file), 'utf8').split('\n');
      const claims = analyzeArticle({ slug: file.replace(/\.txt$/, ''), title: '', outlet: '', body: body.join('\n') });
      return { file, claims: claims.filter((c) => words(c.claim.text) >= 5 && words(c.claim.text) <= 60) };
    });
  byEvent.set(event, articles);
}

const out: Candidate[] = [];
const seen = new Set<string>();
function push(source: string, a: AnalyzedClaim, b: AnalyzedClaim, score: number): void {
  const key = `${a.claim.text}\u0000${b.claim.text}`;
  if (seen.has(key) || a.claim.text === b.claim.text) return;
  seen.add(key);
  out.push({ id: `dev-${out.length + 1}`, source, a: a.claim.text, b: b.claim.text, score: Math.round(score * 1000) / 1000 });
}

const BANDS: [number, number, number][] = [
  [0.5, 2, 45],
  [0.3, 0.5, 45],
  [0.12, 0.3, 35],
];
for (const event of events) {
  const articles = byEvent.get(event)!;
  const weigh = termWeights(articles.flatMap((a) => a.claims));
  const scored: { source: string; a: AnalyzedClaim; b: AnalyzedClaim; score: number }[] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      for (const alignment of scorePairs(articles[i]!.claims, articles[j]!.claims, weigh)) {
        scored.push({ source: `${event}:${articles[i]!.file}:${articles[j]!.file}`, a: alignment.a, b: alignment.b, score: alignment.score });
      }
    }
  }
  for (const [low, high, count] of BANDS) {
    const band = scored.filter((s) => s.score >= low && s.score < high);
    for (let k = 0; k < count && band.length > 0; k++) {
      const chosen = band.splice(Math.floor(rand() * band.length), 1)[0]!;
      push(chosen.source, chosen.a, chosen.b, chosen.score);
    }
  }
  // Random pairs of the same event, whatever their score.
  for (let k = 0; k < 15; k++) {
    const x = pick(articles);
    const y = pick(articles.filter((a) => a !== x));
    push(`${event}:${x.file}:${y.file}`, pick(x.claims), pick(y.claims), 0);
  }
}
// Pairs across events (about different events, often on related subjects).
for (let k = 0; k < 30; k++) {
  const [e1, e2] = [pick(events), pick(events)];
  if (e1 === e2) continue;
  const x = pick(byEvent.get(e1)!);
  const y = pick(byEvent.get(e2)!);
  push(`${e1}|${e2}:${x.file}:${y.file}`, pick(x.claims), pick(y.claims), 0);
}
for (const candidate of out) process.stdout.write(`${JSON.stringify(candidate)}\n`);
process.stderr.write(`${out.length} candidates\n`);
