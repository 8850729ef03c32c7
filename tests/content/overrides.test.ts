/**
 * Editor overrides (contract §1): dismissed and added links in the engine's result, their ids
 * checked against the articles' claims with the file and line, and ids of edited sentences
 * followed through the claims ledger; and a build that honours them in the page and the JSON.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { parseContentFile, trimBody } from '../../src/content/front-matter.ts';
import { recordClaims, type Ledger } from '../../src/content/ledger.ts';
import { claimResolver } from '../../src/content/overrides.ts';
import { splitClaims } from '../../src/engine/claims.ts';
import { compareArticles } from '../../src/engine/compare.ts';
import { applyOverrides } from '../../src/engine/overrides.ts';
import { buildSite, makeSite, projectRoot } from '../helpers/site.ts';

const articleFile = (title: string, outlet: string, body: string) => `---\ntitle: ${title}\noutlet: ${outlet}\n---\n\n${body}\n`;
const harbourA = 'The harbour crane collapsed on Monday morning. Two workers were injured, the port authority said.\n\nThe port reopened on Tuesday.';
const harbourB = 'A crane fell at the harbour on Monday. Five workers were injured, according to the union.\n\nShips were diverted to Kellport.';

function project(comparison: string): string {
  const root = mkdtempSync(join(tmpdir(), 'collate-overrides-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  mkdirSync(join(root, 'content', 'comparisons'), { recursive: true });
  writeFileSync(join(root, 'content/articles/crane-a.md'), articleFile('Crane collapses', 'a.example', harbourA));
  writeFileSync(join(root, 'content/articles/crane-b.md'), articleFile('Crane falls', 'b.example', harbourB));
  writeFileSync(join(root, 'content/comparisons/crane.md'), comparison);
  return root;
}
const idsA = splitClaims('crane-a', harbourA).map((c) => c.id);
const idsB = splitClaims('crane-b', harbourB).map((c) => c.id);

describe('editor overrides', () => {
  it('dismiss a link in either direction and add one marked as the editor\'s, with the groups recomputed', () => {
    const result = compareArticles([
      { slug: 'crane-a', title: 'A', outlet: 'a.example', body: harbourA },
      { slug: 'crane-b', title: 'B', outlet: 'b.example', body: harbourB },
    ]);
    expect(result.links.length).toBeGreaterThan(0);
    const first = result.links[0]!;
    const out = applyOverrides(result, {
      dismiss: [{ from: first.to, to: first.from }],
      add: [{ from: idsA[2]!, to: idsB[2]!, relation: 'contradiction', kind: 'place', explanation: 'a.example says the port reopened; b.example that ships went elsewhere.' }],
    });
    expect(out.links.some((l) => (l.from === first.from && l.to === first.to) || (l.from === first.to && l.to === first.from))).toBe(false);
    expect(out.links.find((l) => l.from === idsA[2])).toMatchObject({ to: idsB[2], relation: 'contradiction', kind: 'place', by: 'editor' });
    expect(out.groups.flat()).not.toContain(idsA[2]);
    expect(applyOverrides(result, undefined)).toBe(result);
  });

  it('stop the content check with the file and line of an unknown claim id', () => {
    const root = project(`---\ntitle: Crane\narticles:\n  - crane-a\n  - crane-b\noverrides:\n  dismiss:\n    - { from: ${idsA[0]}, to: ${idsB[0]} }\n  add:\n    - from: crane-a-nosuchid\n      to: ${idsB[1]}\n      relation: same\n---\n`);
    const { problems } = checkContent(root);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^content\/comparisons\/crane\.md:10: overrides\.add\.0\.from: no claim "crane-a-nosuchid" in this comparison's articles \(use a claim id/),
    ]);
  });

  it('refuse a contradiction without a kind and an explanation, and a link within one article', () => {
    const root = project(`---\ntitle: Crane\narticles:\n  - crane-a\n  - crane-b\noverrides:\n  add:\n    - { from: ${idsA[0]}, to: ${idsB[0]}, relation: contradiction }\n    - { from: ${idsA[0]}, to: ${idsA[1]}, relation: same }\n---\n`);
    const messages = checkContent(root).problems.map((p) => p.message);
    expect(messages.some((m) => /crane\.md:8: overrides\.add\.0: a contradiction needs a kind and an explanation/.test(m))).toBe(true);
    const one = project(`---\ntitle: Crane\narticles:\n  - crane-a\n  - crane-b\noverrides:\n  add:\n    - { from: ${idsA[0]}, to: ${idsA[1]}, relation: same }\n---\n`);
    expect(checkContent(one).problems.map((p) => p.message)).toEqual([expect.stringContaining('overrides.add.0: both claims are of crane-a')]);
  });

  it('follow a claim whose sentence was edited, through the claims ledger', () => {
    const ledger: Ledger = { version: 1, articles: {} };
    recordClaims(ledger, [{ slug: 'crane-a', body: harbourA }]);
    const edited = harbourA.replace('Two workers were injured', 'Three workers were injured');
    const claims = splitClaims('crane-a', edited);
    const resolve = claimResolver([{ slug: 'crane-a', claims }], ledger);
    const old = splitClaims('crane-a', harbourA)[1]!;
    expect(claims.map((c) => c.id)).not.toContain(old.id);
    expect(resolve(old.id)).toEqual({ id: claims[1]!.id, article: 'crane-a' });
    expect(resolve('crane-a-unknown')).toHaveProperty('problem');
  });
});

describe('a site with overrides', () => {
  it('shows the added link as the editor\'s and not the dismissed one, on the page and in the JSON', () => {
    const bodies = ['kursk-gerasimov-briefing', 'kursk-full-control-claim'].map((slug) => {
      const source = readFileSync(join(projectRoot, 'content', 'articles', `${slug}.md`), 'utf8');
      return { slug, source, ...parseContentFile(source, slug) };
    });
    const result = compareArticles(bodies.map((b) => ({ slug: b.slug, title: String(b.data.title), outlet: String(b.data.outlet), body: trimBody(b.body) })));
    const dismissed = result.links.find((l) => l.relation === 'contradiction')!;
    const linked = new Set(result.links.flatMap((l) => [l.from, l.to]));
    const [a, b] = result.articles.map((article) => article.claims.find((c) => !linked.has(c.id))!);
    const site = makeSite({
      ...Object.fromEntries(bodies.map((x) => [`content/articles/${x.slug}.md`, x.source])),
      'content/comparisons/kursk.md': `---\ntitle: Kursk\narticles:\n  - kursk-gerasimov-briefing\n  - kursk-full-control-claim\noverrides:\n  dismiss:\n    - { from: ${dismissed.from}, to: ${dismissed.to} }\n  add:\n    - from: ${a!.id}\n      to: ${b!.id}\n      relation: contradiction\n      kind: timing\n      explanation: "The editor explains the two dates."\n---\n`,
    });
    const build = buildSite(site);
    expect(build.code, build.output).toBe(0);
    const json = JSON.parse(readFileSync(join(site, 'dist', 'compare', 'kursk.json'), 'utf8')) as { links: { from: string; to: string; by?: string; explanation?: string }[] };
    expect(json.links.some((l) => l.from === dismissed.from && l.to === dismissed.to)).toBe(false);
    expect(json.links.find((l) => l.from === a!.id && l.to === b!.id)).toMatchObject({ by: 'editor', explanation: "The editor explains the two dates." });
    const page = readFileSync(join(site, 'dist', 'compare', 'kursk', 'index.html'), 'utf8');
    expect(page).toContain("The editor explains the two dates.");
    expect(page).toContain('added by the editor');
    expect(page).not.toContain(dismissed.explanation!);
  }, 240_000);
});
