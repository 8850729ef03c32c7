import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/engine/analyze/index.ts';
import { compareArticles, keepsLink, linkArticles, type JudgedPair } from '../../src/engine/compare.ts';
import { storedModel, type FittedModel } from '../../src/engine/model.ts';
import { PairJudge } from '../../src/engine/pairs.ts';
import type { ArticleInput } from '../../src/engine/types.ts';
import { cleanText } from '../../src/importer/text.ts';

const devDir = new URL('../fixtures/dev/ecbplus/', import.meta.url).pathname;

/** The articles of one development event, cleaned as the importer would. */
function event(folder: string): ArticleInput[] {
  return readdirSync(join(devDir, folder))
    .sort()
    .map((name) => {
      const cleaned = cleanText(readFileSync(join(devDir, folder, name), 'utf8'), { file: name });
      return { slug: name.replace(/\.txt$/, ''), title: cleaned.title, outlet: cleaned.outlet, body: cleaned.paragraphs.join('\n\n') };
    });
}

describe('compareArticles', () => {
  const articles = event('24_ecbplus').slice(0, 4);
  const result = compareArticles(articles);
  const claims = new Map(result.articles.flatMap((a, i) => a.claims.map((c) => [c.id, { claim: c, article: i }] as const)));

  it('returns every claim as a verbatim slice of its article body', () => {
    result.articles.forEach((article, index) => {
      expect(article.claims.length).toBeGreaterThan(0);
      for (const claim of article.claims) expect(articles[index]!.body.slice(claim.start, claim.end)).toBe(claim.text);
    });
  });

  it('links claims of different articles only, with a relation and a score in 0..1', () => {
    expect(result.links.length).toBeGreaterThan(0);
    for (const link of result.links) {
      expect(claims.get(link.from)!.article).not.toBe(claims.get(link.to)!.article);
      expect(['same', 'overlap', 'contradiction']).toContain(link.relation);
      expect(link.score).toBeGreaterThanOrEqual(0);
      expect(link.score).toBeLessThanOrEqual(1);
      if (link.relation === 'contradiction') {
        expect(link.kind).toBeTruthy();
        expect(link.explanation).toBeTruthy();
      }
    }
  });

  it('compares every pair of articles and groups claims across all of them', () => {
    const pairs = new Set(result.links.map((l) => [claims.get(l.from)!.article, claims.get(l.to)!.article].sort().join('-')));
    expect(pairs.size).toBe((4 * 3) / 2);
    const spanning = result.groups.filter((group) => new Set(group.map((id) => claims.get(id)!.article)).size >= 3);
    expect(spanning.length).toBeGreaterThan(0);
    const grouped = result.groups.flat();
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compareArticles(articles))).toBe(JSON.stringify(result));
  });

  it('refuses fewer than two articles', () => {
    expect(() => compareArticles(articles.slice(0, 1))).toThrow(/at least two/);
  });
});

describe('precision on real multi-outlet reports', () => {
  it('does not take the same sum in euros, dollars and pounds for a contradiction', () => {
    const result = compareArticles(event('24_ecbplus'));
    expect(result.links.filter((l) => l.kind === 'numeric')).toEqual([]);
  });

  it('raises few contradictions where reports mostly agree', () => {
    for (const folder of ['8_ecbplus', '37_ecbplus']) {
      const result = compareArticles(event(folder));
      const contradictions = result.links.filter((l) => l.relation === 'contradiction').length;
      const shared = result.links.length - contradictions;
      expect(contradictions / shared).toBeLessThan(0.01);
    }
  });
});

describe('linking a claim that states several facts', () => {
  // One sentence of a states three facts that b gives one by one; a fourth claim of b is unrelated.
  const storm = {
    a: 'The storm killed four people in Halden on Sunday, cut power to 20,000 homes in the town and closed the main bridge over the river.',
    b: 'The storm killed four people in Halden on Sunday.\n\nPower was cut to 20,000 homes in Halden by the storm.\n\nThe storm also closed the main bridge over the river in Halden.\n\nSchools in Halden will reopen on Wednesday, the mayor said.',
  };
  const harbour = {
    a: 'Fire destroyed two warehouses at the Tamsin harbour on Friday night, forced the evacuation of 300 residents and shut the coastal road.',
    b: 'Two warehouses at the Tamsin harbour were destroyed by fire on Friday night.\n\nAbout 300 residents near the Tamsin harbour were evacuated on Friday night because of the fire.\n\nThe fire at the Tamsin harbour also shut the coastal road on Friday night.\n\nThe harbour authority will publish its annual report in May.',
  };
  const links = (texts: { a: string; b: string }, model: FittedModel) => {
    const analyzed = [
      analyzeArticle({ slug: 'a', title: 'A', outlet: 'first.example', body: texts.a }),
      analyzeArticle({ slug: 'b', title: 'B', outlet: 'second.example', body: texts.b }),
    ];
    return linkArticles(analyzed, (claim) => claim.article, model);
  };
  const contestOnly: FittedModel = { ...storedModel(), link: { ...storedModel().link, uncontested: 1 } };

  it.each([
    ['storm', storm],
    ['harbour', harbour],
  ])('%s: links it to each claim stating one of them, beyond the two best counterparts', (_name, texts) => {
    const found = links(texts, storedModel());
    expect(found).toHaveLength(3);
    // Competitive linking alone keeps the two most probable.
    expect(links(texts, contestOnly)).toHaveLength(2);
  });

  it('keeps a link outside the contest only when it is at least as probable as the fitted threshold', () => {
    const uncontested = storedModel().link.uncontested;
    expect(uncontested).toBeGreaterThan(storedModel().link.threshold);
    expect(uncontested).toBeLessThan(1);
    const pair = (link: number, rank: [number, number], relation: 'overlap' | 'unrelated' = 'overlap') => ({ alignment: {} as JudgedPair['alignment'], judgement: { relation, link, same: 0 }, rank });
    expect(keepsLink(pair(0.6, [0, 1]), uncontested)).toBe(true);
    expect(keepsLink(pair(uncontested, [2, 0]), uncontested)).toBe(true);
    expect(keepsLink(pair(uncontested - 0.01, [2, 0]), uncontested)).toBe(false);
    expect(keepsLink(pair(0.99, [0, 0], 'unrelated'), uncontested)).toBe(false);
  });
});

const sentencePairs = (JSON.parse(readFileSync(new URL('../fixtures/pairs/sentences.json', import.meta.url), 'utf8')) as { pairs: { id: string; a: string; b: string }[] }).pairs;

describe('claims worded alike but for how sure they are, or for one name', () => {
  const judge = new PairJudge();
  it.each([
    ['The plant will close next year.', 'The plant may close next year.'],
    ['The talks could collapse this week.', 'The talks will collapse this week.'],
  ])('"%s" / "%s" overlap: neither states the other', (a, b) => {
    expect(judge.judge(a, b).relation).toBe('overlap');
    expect(judge.judge(b, a).relation).toBe('overlap');
  });

  it.each(['name-change-1', 'name-change-2', 'place-kind-1', 'place-kind-3'])('%s, alike but for one name, overlap: they speak of different things', (id) => {
    const pair = sentencePairs.find((p) => p.id === id)!;
    expect(judge.judge(pair.a, pair.b).relation).toBe('overlap');
    expect(judge.judge(pair.b, pair.a).relation).toBe('overlap');
  });

  // Claims worded alike that speak of other things, occasions, figures or certainty (src/engine/stated.ts).
  it.each(sentencePairs.filter((p) => /^(?:stated-(?:plan|future|passed-on|increment|periods|occasions|hope|possible|expect|allege)|running-total|names-in-phrase|demonym-qualifier|noun-qualifier|classifying-adjective|ordinal-no-span|place-of-kind|antonym-qualified-place)-/.test(p.id)).map((p) => [p.id, p] as const))(
    '%s overlap: neither states the other',
    (_id, pair) => {
      expect(judge.judge(pair.a, pair.b).relation).toBe('overlap');
      expect(judge.judge(pair.b, pair.a).relation).toBe('overlap');
    },
  );

  it.each(['stated-hedge-1', 'stated-hedge-2'])('%s: a hedged or rounded figure still states the same figure', (id) => {
    const pair = sentencePairs.find((p) => p.id === id)!;
    expect(judge.judge(pair.a, pair.b).relation).toBe('same');
    expect(judge.judge(pair.b, pair.a).relation).toBe('same');
  });

  it('a synonym in the same place still states the same thing', () => {
    expect(judge.judge('The bridge was closed to traffic after the collision.', 'After the collision, the bridge was shut to traffic.').relation).toBe('same');
  });
});

describe('a headline against a whole article (--pairs)', () => {
  const { pairs } = JSON.parse(readFileSync(new URL('../fixtures/pairs/headline-body.json', import.meta.url), 'utf8')) as {
    pairs: { id: string; expect: string; a: string; b: string }[];
  };
  const judge = new PairJudge();

  it('has refutations from four stories, articles that only pass the headline on from two, and articles that refute nothing of it', () => {
    expect(pairs.filter((p) => p.expect === 'overlap').length).toBeGreaterThanOrEqual(2);
    expect(pairs.filter((p) => p.expect === 'contradiction').length).toBeGreaterThanOrEqual(4);
    expect(pairs.filter((p) => p.expect !== 'contradiction').length).toBeGreaterThanOrEqual(6);
  });

  it.each(pairs.map((p) => [p.id, p] as const))('%s', (_id, pair) => {
    const { relation } = judge.judge(pair.a, pair.b);
    if (pair.expect === 'not contradiction') expect(relation).not.toBe('contradiction');
    else expect(relation).toBe(pair.expect);
  });

  it('reads a refutation of "the story" only against a statement, not against a whole article', () => {
    const refuting = pairs.find((p) => p.id === 'refutes-rumour')!;
    const article = `${refuting.a}. Analysts expect the deal to close next year.\n\nKestrel makes electric buses. Its factory is in Ohio.`;
    expect(judge.judge(article, refuting.b).relation).not.toBe('contradiction');
  });
});

describe('a place that acts, and a place that only sets the scene', () => {
  // A state's capital as the subject of a verb stands for its government: "Oslo has not responded"
  // shares its actor with "Norwegian officials contested the claim", so the two are linked and
  // contradict; a country and a weekday alone link nothing (tests/fixtures/pairs: scene-only-*).
  const stories: [string, string, string, string][] = [
    [
      'The fisheries council said cod stocks in the Barents Sea had fallen by a third. Norwegian officials contested the council\'s claim on Monday. The council will publish its full report in March.',
      'The fisheries council reported a sharp fall in cod stocks. Oslo, notably quiet so far, hasn\'t responded to the claim. Fishermen in the north say their catches are stable.',
      'Norwegian officials contested',
      'Oslo, notably quiet',
    ],
    [
      'A mining company said it had found large copper deposits in the Andes. Peruvian authorities disputed the company\'s assertion on Thursday. Shares in the company rose sharply.',
      'The company announced what it called a major copper find. Lima, silent so far, has not responded to the assertion. Analysts urged caution.',
      'Peruvian authorities disputed',
      'Lima, silent so far',
    ],
  ];
  it.each(stories)('links a capital that acts to its state\'s officials (%#)', (a, b, fromText, toText) => {
    const result = compareArticles([
      { slug: 'a', title: 'A', outlet: 'A', body: a },
      { slug: 'b', title: 'B', outlet: 'B', body: b },
    ]);
    const text = new Map(result.articles.flatMap((article) => article.claims.map((claim) => [claim.id, claim.text] as const)));
    const link = result.links.find((l) => text.get(l.from)!.startsWith(fromText) && text.get(l.to)!.startsWith(toText));
    expect(link?.relation).toBe('contradiction');
    expect(link?.kind).toBe('response');
  });
});
