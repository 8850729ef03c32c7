/**
 * `collate group` on articles written for these tests (tests/fixtures/group): two events in one
 * town, one event reported over four days, a lone article; the grouping rules (dates, outlets,
 * determinism), the command's table, --write that never overwrites, and a build of what it wrote.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/content/front-matter.ts';
import { bcubed, groupArticles, type GroupInput } from '../../src/group/group.ts';
import { buildSite, makeSite, projectNode, projectRoot } from '../helpers/site.ts';

const dir = join(projectRoot, 'tests', 'fixtures', 'group', 'articles');
const files = Object.fromEntries(readdirSync(dir).sort().map((name) => [`content/articles/${name}`, readFileSync(join(dir, name), 'utf8')]));
const articles: GroupInput[] = readdirSync(dir)
  .sort()
  .map((name) => {
    const { data, body } = parseContentFile(readFileSync(join(dir, name), 'utf8'), name);
    return { slug: name.replace(/\.md$/, ''), title: String(data.title), outlet: String(data.outlet), published: new Date(String(data.published)), body };
  });
/** The event of a fixture article is its slug's prefix ("fire-2" → fire). */
const truth = new Map(articles.map((a) => [a.slug, a.slug.replace(/-\d+$/, '')]));
const sets = (groups: { articles: string[] }[]) => groups.map((g) => [...g.articles].sort().join(' ')).sort();

function collate(cwd: string, args: string[]) {
  const run = spawnSync(projectNode, [join(projectRoot, 'src', 'cli', 'collate.mjs'), 'group', ...args], { cwd, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('grouping articles into stories', () => {
  it('finds the events: two in one town apart, one over four days together, the lone article in none', () => {
    const groups = groupArticles(articles);
    expect(sets(groups)).toEqual(['fire-1 fire-2 fire-3', 'flood-1 flood-2 flood-3 flood-4', 'vote-1 vote-2 vote-3']);
    expect(bcubed(groups.map((g) => g.articles), truth).f1).toBe(1);
    for (const group of groups) {
      expect(group.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(group.cohesion).toBeGreaterThan(0);
      expect(group.outlets.length).toBe(group.articles.length);
    }
  });

  it('never puts dated articles further apart than --days in one group', () => {
    const groups = groupArticles(articles, { days: 1 });
    const day = (slug: string) => articles.find((a) => a.slug === slug)!.published!.getTime() / 86_400_000;
    for (const group of groups) {
      const times = group.articles.map(day);
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(1);
    }
    expect(groups.some((g) => g.articles.length === 4)).toBe(false);
  });

  it('keeps one article per outlet, unless one is an update of the other', () => {
    const fire = articles.filter((a) => a.slug.startsWith('fire-'));
    const oneOutlet = fire.map((a) => ({ ...a, outlet: 'same.example' }));
    expect(groupArticles(oneOutlet, { minOutlets: 1 }).filter((g) => g.articles.length > 1)).toEqual([]);
    const update = { ...fire[0]!, slug: 'fire-1-update', body: `${fire[0]!.body}\n\nThe cause of the fire is still under investigation.` };
    const [group] = groupArticles([fire[0]!, update], { minOutlets: 1 });
    expect(group?.articles.sort()).toEqual(['fire-1', 'fire-1-update']);
  });

  it('does not group two stories that share little more than a person', () => {
    const library = { slug: 'library', title: 'Okafor opens new library in Brentwick', outlet: 'one.example', body: "Governor Adaeze Okafor opened the new public library in Brentwick on Tuesday. Okafor said the building, which cost 4 million pounds, would hold 80,000 books. Okafor cut the ribbon in front of schoolchildren. The library has a reading garden and a children's wing, and Okafor praised the architects." };
    const rail = { slug: 'rail', title: 'Okafor attacks rail timetable', outlet: 'two.example', body: 'Governor Adaeze Okafor criticised the regional rail operator on Wednesday over its new timetable. Okafor said commuters faced longer journeys and fewer trains at night. Okafor wrote to the transport minister asking for the old schedule back. The operator said the changes were needed for track repairs, and Okafor called that excuse weak.' };
    const transfer = { slug: 'transfer', title: 'Lindqvist joins Varberg on a three-year deal', outlet: 'three.example', body: 'Striker Mats Lindqvist has signed for Varberg on a three-year contract, the club said. Lindqvist scored 14 goals last season. The fee was not disclosed, and Lindqvist will wear the number nine shirt.' };
    const charity = { slug: 'charity', title: 'Lindqvist runs marathon for hospital', outlet: 'four.example', body: 'Mats Lindqvist ran the Gothenburg marathon on Sunday to raise money for the children’s hospital. Lindqvist finished in three hours and 40 minutes. The hospital said Lindqvist had raised enough to buy two incubators.' };
    expect(groupArticles([library, rail])).toEqual([]);
    expect(groupArticles([transfer, charity])).toEqual([]);
  });

  it('gives the same groups whatever order the articles come in', () => {
    const reversed = [...articles].reverse();
    expect(groupArticles(reversed)).toEqual(groupArticles(articles));
  });

  it('scores B-cubed as defined: a wrong merge costs precision, a split costs recall', () => {
    const t = new Map([['a', 'x'], ['b', 'x'], ['c', 'y']]);
    expect(bcubed([['a', 'b', 'c']], t).precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(bcubed([['a'], ['b']], t).recall).toBeCloseTo((1 / 2 + 1 / 2 + 1) / 3);
    expect(bcubed([['a', 'b']], t).f1).toBe(1);
  });
});

describe('collate group', () => {
  it('prints the groups, writes them with --write, never overwrites, and a rerun changes nothing; the site builds them', () => {
    const site = makeSite({
      ...files,
      // An existing comparison whose slug a proposal would take: it is left as it is.
      'content/comparisons/fire-destroys-furniture-factory-in-dunmore.md': '---\ntitle: Hand-made\narticles:\n  - lone-1\n  - vote-1\n---\n',
    });
    const dry = collate(site, []);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')[0]).toBe('slug\ttitle\tarticles\toutlets\tcohesion');
    // lone-1 and vote-1 are in a comparison already: left out without --all.
    expect(dry.stdout).not.toContain('lone-1');
    expect(dry.stdout).toContain('fire-1,fire-2,fire-3');
    expect(dry.stdout).toContain('vote-2,vote-3');
    expect(dry.stderr).toContain('nothing written');
    expect(readdirSync(join(site, 'content', 'comparisons'))).toHaveLength(1);

    const write = collate(site, ['--write']);
    expect(write.code).toBe(0);
    const written = readdirSync(join(site, 'content', 'comparisons')).sort();
    // The hand-made comparison, and the fire, the flood and the rest of the vote (vote-2, vote-3).
    expect(written).toHaveLength(4);
    expect(readFileSync(join(site, 'content/comparisons/fire-destroys-furniture-factory-in-dunmore.md'), 'utf8')).toContain('title: Hand-made');
    const fire = written.find((name) => name.startsWith('fire-destroys') && name !== 'fire-destroys-furniture-factory-in-dunmore.md')!;
    const { data } = parseContentFile(readFileSync(join(site, 'content', 'comparisons', fire), 'utf8'), fire);
    expect(data.articles).toEqual(['fire-1', 'fire-2', 'fire-3']);

    const before = Object.fromEntries(written.map((name) => [name, readFileSync(join(site, 'content', 'comparisons', name), 'utf8')]));
    const again = collate(site, ['--write']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^no groups/);
    expect(Object.fromEntries(readdirSync(join(site, 'content', 'comparisons')).sort().map((name) => [name, readFileSync(join(site, 'content', 'comparisons', name), 'utf8')]))).toEqual(before);
    // --all sees every article, but proposes no group that is exactly an existing comparison.
    const all = JSON.parse(collate(site, ['--all', '--json']).stdout) as { groups: { articles: string[] }[] };
    expect(all.groups.map((g) => g.articles.join(' '))).not.toContain('fire-1 fire-2 fire-3');

    const build = buildSite(site);
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(site, 'dist', 'compare', fire.replace(/\.md$/, ''), 'index.html'))).toBe(true);
    const index = readFileSync(join(site, 'dist', 'index.html'), 'utf8');
    // Every article is now in a comparison: no "not compared yet" list.
    expect(index).not.toContain('Not compared yet');
    // Built without COLLATE_SITE_URL: no canonical link or og:url pointing at a made-up address.
    expect(index).not.toContain('rel="canonical"');
    expect(index).not.toContain('og:url');
  }, 240_000);

  it('lists articles that are in no comparison on the index page, with the command', () => {
    const site = makeSite({ ...files, 'content/comparisons/fire.md': '---\ntitle: Fire\narticles:\n  - fire-1\n  - fire-2\n---\n' });
    writeFileSync(join(site, 'content', 'claims-ledger.json'), '{"version":1,"articles":{}}\n');
    const build = buildSite(site);
    expect(build.code, build.output).toBe(0);
    const index = readFileSync(join(site, 'dist', 'index.html'), 'utf8');
    expect(index).toContain('Not compared yet');
    expect(index).toContain('collate group --write');
    expect(index).toContain('Ronan Keel');
  }, 240_000);

  it('refuses a bad option with one line', () => {
    const site = makeSite(files);
    const bad = collate(site, ['--days', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('--days');
  });
});
