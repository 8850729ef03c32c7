/**
 * By hand only (reads ../shared/dev/pages): the twelve saved real pages added to the development
 * corpus as twelve unrelated stories; `collate group` should merge none of them with anything.
 * Prints the groups and B-cubed figures. `node_modules/.bin/node src/bench/group-pages.ts [pages dir]`
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bcubed, groupArticles } from '../group/group.ts';
import { cleanHtml } from '../importer/html.ts';
import { cleanText } from '../importer/text.ts';

const root = new URL('../../', import.meta.url).pathname;
const pagesDir = process.argv[2] ?? join(root, '..', 'shared', 'dev', 'pages');
const pages = readdirSync(pagesDir)
  .filter((name) => existsSync(join(pagesDir, name, 'source.html')))
  .sort()
  .map((name) => {
    const page = cleanHtml(readFileSync(join(pagesDir, name, 'source.html'), 'utf8'), { file: name });
    // Without their dates: the similarity alone must keep unrelated stories apart.
    return { slug: `page-${name}`, title: page.title, outlet: page.outlet, body: page.paragraphs.join('\n\n'), event: `page-${name}` };
  });
const devDir = join(root, 'tests', 'fixtures', 'dev', 'ecbplus');
const dev = readdirSync(devDir)
  .filter((event) => event.endsWith('ecbplus'))
  .sort()
  .flatMap((event) =>
    readdirSync(join(devDir, event))
      .sort()
      .map((name) => {
        const text = cleanText(readFileSync(join(devDir, event, name), 'utf8'), { file: name });
        return { slug: name, title: text.title, outlet: name, body: text.paragraphs.join('\n\n'), event };
      }),
  );
const pile = [...dev, ...pages];
const groups = groupArticles(pile);
for (const group of groups) console.log(`${group.slug}: ${group.articles.join(' ')}`);
const { precision, recall, f1 } = bcubed(groups.map((g) => g.articles), new Map(pile.map((a) => [a.slug, a.event])));
console.log(`${pages.length} pages + ${dev.length} development articles: B-cubed precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`);
