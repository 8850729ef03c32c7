import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CONTENT_DIRS, checkContent } from '../content/check.ts';
import { trimBody } from '../content/front-matter.ts';
import { InputError, UsageError } from '../errors.ts';
import { groupArticles, type Group } from '../group/group.ts';
import { writeAtomic } from '../importer/import.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: collate group [--write] [--all] [--min-outlets N] [--days D] [--json]

Proposes comparisons: groups of articles in ${CONTENT_DIRS.articles} that report the same event
(shared words, names and figures; dated articles at most D days apart; one article per outlet
unless one is an update of the other). Prints a table of the groups; changes nothing unless --write.

Options:
  --write           write one ${CONTENT_DIRS.comparisons}/<slug>.md per group (never overwrites)
  --all             also group articles that are already in a comparison
  --min-outlets N   propose groups of at least N outlets (default 2)
  --days D          never group dated articles more than D days apart (default 3)
  --json            print the groups as JSON
  -h, --help        show this help`;

/** A whole number option of at least `min`, or a UsageError naming it. */
function wholeNumber(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`group: --${name} expects a whole number of at least ${min}, not "${value}"`);
  return number;
}

/** The comparison file of a group: its title and articles, and a line saying where it came from. */
function comparisonFile(group: Group): string {
  const front = stringify({ title: group.title, articles: group.articles }, { lineWidth: 0 });
  return `---\n${front}---\n\nProposed by \`collate group\` (${group.articles.length} articles, cohesion ${group.cohesion}); check the articles and edit the title.\n`;
}

/** Runs `collate group`; returns the exit code. */
export async function runGroup(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('group', argv, {
    write: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    'min-outlets': { type: 'string' },
    days: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new InputError(positionals[0]!, 'collate group takes no files', { fix: `run it in the project folder; it reads ${CONTENT_DIRS.articles}` });
  const minOutlets = wholeNumber('min-outlets', values['min-outlets'], 2, 2);
  const days = wholeNumber('days', values.days, 3, 0);

  const content = checkContent(io.cwd);
  if (content.problems.length > 0) throw content.problems[0]!;
  const compared = new Set(content.comparisons.flatMap((c) => c.data.articles));
  const pile = content.articles.filter((article) => values.all || !compared.has(article.slug));
  const existingSets = new Set(content.comparisons.map((c) => [...c.data.articles].sort().join(' ')));
  const groups = groupArticles(
    pile.map((article) => ({ slug: article.slug, title: article.data.title, outlet: article.data.outlet, published: article.data.published, body: trimBody(article.body) })),
    { days, minOutlets, takenSlugs: content.comparisons.map((c) => c.slug) },
  )
    // With --all, a group that is exactly an existing comparison is no proposal.
    .filter((group) => !existingSets.has([...group.articles].sort().join(' ')));

  if (values.json) io.out(JSON.stringify({ articles: pile.length, groups }, null, 2));
  else if (groups.length === 0) io.out(`no groups of ${minOutlets} or more outlets among ${pile.length} articles${values.all ? '' : ' not in a comparison'}`);
  else {
    io.out(['slug', 'title', 'articles', 'outlets', 'cohesion'].join('\t'));
    for (const group of groups) io.out([group.slug, group.title, group.articles.join(','), group.outlets.join(','), group.cohesion.toFixed(3)].join('\t'));
  }

  if (values.write) {
    const dir = join(io.cwd, CONTENT_DIRS.comparisons);
    mkdirSync(dir, { recursive: true });
    let written = 0;
    for (const group of groups) {
      const file = join(CONTENT_DIRS.comparisons, `${group.slug}.md`);
      // The slug avoids existing comparisons; a file that appeared meanwhile is still never overwritten.
      if (existsSync(join(io.cwd, file))) {
        io.err(`collate: ${file} exists: left as it is`);
        continue;
      }
      writeAtomic(join(io.cwd, file), comparisonFile(group), false);
      io.err(`collate: wrote ${file}`);
      written++;
    }
    io.err(`collate: ${written} comparison${written === 1 ? '' : 's'} written; run \`npm run build\` to see them`);
  } else if (groups.length > 0 && !values.json) {
    io.err('collate: nothing written; run `collate group --write` to add these comparisons');
  }
  return 0;
}
