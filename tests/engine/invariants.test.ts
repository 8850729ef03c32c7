/**
 * Invariants of the engine that hold whatever the story: an article compared with a copy of
 * itself, a comparison and its mirror, equal amounts in other units, a negated main predicate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/engine/compare.ts';
import type { ArticleInput, Link } from '../../src/engine/types.ts';
import { cleanText } from '../../src/importer/text.ts';
import { splitSentences } from '../../src/importer/sentences.ts';

const devDir = new URL('../fixtures/dev/ecbplus/', import.meta.url).pathname;
const files = readdirSync(devDir)
  .filter((event) => event.endsWith('ecbplus'))
  .sort()
  .flatMap((event) => readdirSync(join(devDir, event)).sort().map((name) => join(devDir, event, name)));

function article(file: string, slug: string, outlet: string): ArticleInput {
  const cleaned = cleanText(readFileSync(file, 'utf8'), { file });
  return { slug, title: cleaned.title, outlet, body: cleaned.paragraphs.join('\n\n') };
}

const pair = (a: string, b: string): ArticleInput[] => [
  { slug: 'a', title: 'A', outlet: 'first.example', body: a },
  { slug: 'b', title: 'B', outlet: 'second.example', body: b },
];
const contradictions = (links: Link[]) => links.filter((l) => l.relation === 'contradiction');

describe('an article against an identical copy of itself', () => {
  it.each(files.map((file) => [file.slice(devDir.length), file] as const))('%s: no contradiction, every claim the same as its twin', (_name, file) => {
    const result = compareArticles([article(file, 'original', 'first.example'), article(file, 'copy', 'second.example')]);
    expect(contradictions(result.links)).toEqual([]);
    const [original, copy] = result.articles;
    const twins = original!.claims.filter((claim, i) =>
      result.links.some((l) => l.from === claim.id && l.to === copy!.claims[i]!.id && l.relation === 'same'),
    );
    expect(twins.length / original!.claims.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('compare(a, b) mirrors compare(b, a)', () => {
  const events = ['8_ecbplus', '24_ecbplus', '37_ecbplus'];
  it.each(events)('on two reports of %s', (event) => {
    const [x, y] = readdirSync(join(devDir, event)).sort().slice(0, 2).map((name) => join(devDir, event, name));
    const forward = compareArticles([article(x!, 'x', 'x.example'), article(y!, 'y', 'y.example')]);
    const backward = compareArticles([article(y!, 'y', 'y.example'), article(x!, 'x', 'x.example')]);
    const key = (l: Link) => `${[l.from, l.to].sort().join(' ')} ${l.relation} ${l.kind ?? ''}`;
    expect(backward.links.map(key).sort()).toEqual(forward.links.map(key).sort());
  });
});

describe('equal amounts in other units or currencies never conflict', () => {
  it.each([
    ['The storm flooded 1,300 square kilometres of farmland.', 'The storm flooded about 500 square miles of farmland.'],
    ['The glacier has retreated 3 kilometres since 1990.', 'The glacier has retreated nearly 2 miles since 1990.'],
    ['The ship was carrying 40,000 tonnes of grain.', 'The ship was carrying 40 million kilograms of grain.'],
    ['The thieves took jewellery worth €2 million.', 'The thieves took jewellery worth $2.6 million.'],
    ['The temperature fell to -4C overnight.', 'The temperature fell to 25F overnight.'],
    ['Unemployment rose to 5 percent in March.', 'Unemployment rose to 5% in March.'],
    ['The council spent £15m on the new bridge.', 'The council spent 15 million pounds on the new bridge.'],
  ])('%s / %s', (a, b) => {
    expect(contradictions(compareArticles(pair(a, b)).links)).toEqual([]);
  });
});

describe('negating the main predicate gives a contradiction', () => {
  // Real sentences of the development corpus with an auxiliary before the main verb, negated there.
  const cases = files
    .filter((_, i) => i % 3 === 0)
    .flatMap((file) => splitSentences(readFileSync(file, 'utf8').split('\n').slice(1).join(' ')))
    .map((sentence) => [sentence, /^([A-Z][^,;:"“]{3,60}?) (was|were|is|are|has|have|had|will) (?!not\b)([a-z]+\b)/.exec(sentence)] as const)
    .filter((entry): entry is readonly [string, RegExpExecArray] => entry[1] !== null && entry[0].length < 200)
    .map(([sentence, m]) => [sentence, sentence.replace(m[0], `${m[1]} ${m[2]} not ${m[3]}`)] as const);

  it('has real sentences to negate', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', (sentence, negated) => {
    const found = contradictions(compareArticles(pair(sentence, negated)).links);
    expect(found.map((l) => l.kind)).toEqual(['negation']);
  });
});
