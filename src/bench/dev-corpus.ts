/**
 * Every report of each development event compared at once (tests/fixtures/dev/ecbplus: three real
 * events, 11 to 14 outlets each), printing the links and every contradiction shown with the two
 * claims, for reading the engine's findings on real news by hand:
 *
 *   node_modules/.bin/node src/bench/dev-corpus.ts
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticleInput } from '../cli/article-input.ts';
import { compareArticles } from '../engine/compare.ts';

const root = fileURLToPath(new URL('../../tests/fixtures/dev/ecbplus', import.meta.url));
let links = 0;
let contradictions = 0;
let articles = 0;
for (const event of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const files = readdirSync(join(root, event)).filter((f) => f.endsWith('.txt')).sort();
  const inputs = [];
  for (const file of files) inputs.push(await readArticleInput(join(root, event, file), process.cwd()));
  articles += inputs.length;
  const result = compareArticles(inputs);
  const text = new Map(result.articles.flatMap((a) => a.claims.map((c) => [c.id, `${a.slug}: ${c.text}`])));
  links += result.links.length;
  for (const link of result.links.filter((l) => l.relation === 'contradiction')) {
    contradictions++;
    console.log(`${event} [${link.kind}] ${link.explanation}\n  ${text.get(link.from)}\n  ${text.get(link.to)}`);
  }
}
console.log(`${articles} articles: ${links} links, ${contradictions} contradictions`);
