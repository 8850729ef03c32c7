/**
 * Time of one comparison of three articles of about 600 words each (generated from the development
 * corpus), as a user's `collate compare` or one page of a build pays it: the first run in a fresh
 * process (loading wink, WordNet and the word frequencies included) and the median of five more.
 *
 *   node src/bench/comparison.ts [--outlets 3] [--words 600]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareArticles } from '../engine/compare.ts';
import { generateEvent } from './corpus.ts';
import { projectRoot } from './site.ts';

const { values } = parseArgs({ options: { outlets: { type: 'string', default: '3' }, words: { type: 'string', default: '600' } } });
const outlets = Number(values.outlets);
const words = Number(values.words);
const event = generateEvent(join(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus'), 0, { outlets, words });

const time = () => {
  const started = performance.now();
  const result = compareArticles(event.articles);
  return { ms: performance.now() - started, result };
};
const first = time();
const rest = Array.from({ length: 5 }, () => time().ms).sort((x, y) => x - y);
const claims = first.result.articles.reduce((n, a) => n + a.claims.length, 0);
console.log(`one comparison of ${outlets} articles of ~${words} words (${claims} claims, ${first.result.links.length} links):`);
console.log(`  first run in a fresh process: ${first.ms.toFixed(0)} ms`);
console.log(`  warm, median of 5: ${rest[2]!.toFixed(0)} ms`);
