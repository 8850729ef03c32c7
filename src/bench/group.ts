/**
 * `npm run bench:group`: how well and how fast `collate group` finds the stories.
 *
 * 1. The development corpus (tests/fixtures/dev/ecbplus: 36 reports of 3 events): B-cubed
 *    precision, recall and F1 of the proposed groups against the events.
 * 2. A generated corpus of `--articles N` (default 3,000) articles in distinct events, made by
 *    recombining the development articles: each generated event takes one development event,
 *    three of its reports and, for every report, a sample of its paragraphs; every capitalised
 *    word is replaced by a made-up name of the generated event (so events made from one
 *    development event share all their common words and none of their names), and each event
 *    gets dates within two days. Printed: time, peak RSS, groups and B-cubed F1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bcubed, groupArticles, type GroupInput } from '../group/group.ts';
import { cleanText } from '../importer/text.ts';
import { random } from './pairs-corpus.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '3000' } } });
const total = Number(values.articles);

const devDir = new URL('../../tests/fixtures/dev/ecbplus/', import.meta.url).pathname;
const events = readdirSync(devDir).filter((name) => name.endsWith('ecbplus')).sort();
const read = (file: string, event: string) => {
  const cleaned = cleanText(readFileSync(file, 'utf8'), { file });
  const slug = file.split('/').pop()!.replace(/\.txt$/, '').replace(/_/g, '-');
  return { slug, title: cleaned.title, outlet: `${slug}.example`, body: cleaned.paragraphs.join('\n\n'), event, paragraphs: cleaned.paragraphs };
};
const dev: (GroupInput & { event: string; paragraphs: string[] })[] = events.flatMap((event) =>
  readdirSync(join(devDir, event))
    .sort()
    .map((name) => read(join(devDir, event, name), event)),
);
// The seed pair is a fourth event (only measured, not recombined: two reports are too few).
const seedDir = new URL('../../tests/fixtures/seeds/', import.meta.url).pathname;
const seeds = readdirSync(seedDir).sort().map((name) => read(join(seedDir, name), 'seed'));

function report(name: string, groups: string[][], truth: Map<string, string>) {
  const { precision, recall, f1 } = bcubed(groups, truth);
  console.log(`${name}: B-cubed precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`);
}

// 1. The development corpus alone, then with the seed pair as a fourth event.
{
  const groups = groupArticles(dev, { days: 3 });
  report(`development corpus: ${dev.length} articles, ${events.length} events → ${groups.length} groups`, groups.map((g) => g.articles), new Map(dev.map((a) => [a.slug, a.event])));
}
{
  const started = performance.now();
  const pile = [...dev, ...seeds];
  const groups = groupArticles(pile, { days: 3 });
  console.log(`development corpus and seed pair: ${pile.length} articles, ${events.length + 1} events → ${groups.length} groups in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  for (const group of groups) console.log(`  ${group.slug}: ${group.articles.length} articles, cohesion ${group.cohesion}`);
  report('development corpus and seed pair', groups.map((g) => g.articles), new Map(pile.map((a) => [a.slug, a.event])));
}

// 2. The generated corpus.
const next = random(7);
const SYLLABLES = ['ka', 'lo', 'ver', 'min', 'tas', 'ro', 'bel', 'un', 'dra', 'shi', 'po', 'gen', 'mar', 'til', 'os', 'fen', 'zu', 'har', 'ne', 'vik'];
const madeUpName = () => {
  const length = 2 + Math.floor(next() * 2);
  const word = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  return word[0]!.toUpperCase() + word.slice(1);
};
const generated: GroupInput[] = [];
const truth = new Map<string, string>();
const byEvent = new Map(events.map((event) => [event, dev.filter((a) => a.event === event)]));
const start = Date.UTC(2026, 0, 1);
for (let e = 0; generated.length < total; e++) {
  const base = events[e % events.length]!;
  const reports = [...byEvent.get(base)!].sort(() => next() - 0.5).slice(0, 3);
  const names = new Map<string, string>();
  const rename = (text: string) =>
    text.replace(/(?<![.!?]\s|^)\b\p{Lu}\p{L}+/gu, (word) => {
      if (!names.has(word)) names.set(word, madeUpName());
      return names.get(word)!;
    });
  const day = start + Math.floor(next() * 700) * 86_400_000;
  const first = Math.floor(next() * 40);
  reports.forEach((article, r) => {
    if (generated.length >= total) return;
    const paragraphs = article.paragraphs.filter(() => next() < 0.7);
    const slug = `e${e}-r${r}`;
    generated.push({
      slug,
      title: rename(article.title),
      outlet: `outlet${(first + r * 7) % 40}.example`,
      published: new Date(day + Math.floor(next() * 2) * 86_400_000),
      body: rename((paragraphs.length > 0 ? paragraphs : article.paragraphs).join('\n\n')),
    });
    truth.set(slug, `e${e}`);
  });
}
{
  const started = performance.now();
  const groups = groupArticles(generated, { days: 3 });
  const seconds = (performance.now() - started) / 1000;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`generated corpus: ${generated.length} articles, ${new Set(truth.values()).size} events → ${groups.length} groups in ${seconds.toFixed(1)} s (peak RSS ${rss.toFixed(0)} MB)`);
  report('generated corpus', groups.map((g) => g.articles), truth);
}
