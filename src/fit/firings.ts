/**
 * Every finding of every detector on the development corpus, before the fitted model decides:
 * for each event, every pair of its reports is aligned as in a comparison, and each aligned pair
 * of claims (and each pair sharing a cue) that some detector flags is written out, for review and
 * labelling (`docs/labelling.md`). Deterministic.
 *
 *   node src/fit/firings.ts > firings.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scorePairs, termWeights } from '../engine/align.ts';
import { analyzeArticle } from '../engine/analyze/index.ts';
import { findContradictions } from '../engine/contradictions/index.ts';

const root = process.argv[2] ?? 'tests/fixtures/dev/ecbplus';
const seen = new Set<string>();
let count = 0;
for (const event of readdirSync(root).filter((name) => name.endsWith('ecbplus')).sort()) {
  const articles = readdirSync(join(root, event))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const [, ...body] = readFileSync(join(root, event, file), 'utf8').split('\n');
      return { file, claims: analyzeArticle({ slug: file.replace(/\.txt$/, ''), title: '', outlet: '', body: body.join('\n') }) };
    });
  const weigh = termWeights(articles.flatMap((a) => a.claims));
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      for (const alignment of scorePairs(articles[i]!.claims, articles[j]!.claims, weigh)) {
        const findings = findContradictions(alignment.a, alignment.b, { similarity: alignment, label: (c) => (c === alignment.a ? 'a' : 'b') }, true);
        if (findings.length === 0) continue;
        const key = `${alignment.a.claim.text}\u0000${alignment.b.claim.text}`;
        if (seen.has(key) || alignment.a.claim.text === alignment.b.claim.text) continue;
        seen.add(key);
        count++;
        const source = `${event}:${articles[i]!.file}:${articles[j]!.file}`;
        process.stdout.write(`${JSON.stringify({ id: `fire-${count}`, source, a: alignment.a.claim.text, b: alignment.b.claim.text, found: findings.map((f) => f.kind) })}\n`);
      }
    }
  }
}
process.stderr.write(`${count} flagged pairs\n`);
