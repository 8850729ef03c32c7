/**
 * The contradiction detectors on the sentence pairs of tests/fixtures/pairs/sentences.json: each
 * pair that expects a kind is found by that kind's detector, and shown by a comparison when the
 * fitted model has the kind switched on; pairs that state the same thing or merely overlap raise
 * no contradiction at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { similarity, termWeights } from '../../src/engine/align.ts';
import { analyzeArticle } from '../../src/engine/analyze/index.ts';
import { roundingStep } from '../../src/engine/analyze/quantities.ts';
import { compareArticles } from '../../src/engine/compare.ts';
import { findContradictions } from '../../src/engine/contradictions/index.ts';
import { numericVerdict } from '../../src/engine/contradictions/numeric.ts';
import { materialDifference } from '../../src/engine/contradictions/quote.ts';
import { kindEnabled, storedModel } from '../../src/engine/model.ts';
import type { ContradictionKind } from '../../src/engine/types.ts';

interface Pair {
  id: string;
  relation: string;
  kind?: ContradictionKind;
  a: string;
  b: string;
}

const { pairs } = JSON.parse(readFileSync(new URL('../fixtures/pairs/sentences.json', import.meta.url), 'utf8')) as { pairs: Pair[] };

/** Compares two one-sentence articles and returns their contradiction links. */
function shown(pair: Pair) {
  const result = compareArticles([
    { slug: 'a', title: 'A', outlet: 'first.example', body: pair.a },
    { slug: 'b', title: 'B', outlet: 'second.example', body: pair.b },
  ]);
  return result.links.filter((link) => link.relation === 'contradiction');
}

/** Every detector's findings for a pair of one-sentence texts. */
function found(pair: Pair) {
  const [a] = analyzeArticle({ slug: 'a', title: '', outlet: '', body: pair.a });
  const [b] = analyzeArticle({ slug: 'b', title: '', outlet: '', body: pair.b });
  const sim = similarity(a!, b!, termWeights([a!, b!]));
  return findContradictions(a!, b!, { similarity: sim, label: (c) => (c === a ? 'first.example' : 'second.example') }, true);
}

const kinds = [...new Set(pairs.flatMap((p) => (p.kind ? [p.kind] : [])))];

describe.each(kinds)('the %s detector', (kind) => {
  it.each(pairs.filter((p) => p.kind === kind).map((p) => [p.id, p] as const))('finds %s', (_id, pair) => {
    const findings = found(pair);
    expect(findings.map((f) => f.kind)).toContain(kind);
    const finding = findings.find((f) => f.kind === kind)!;
    // One sentence, naming both sides by outlet and quoting words of the claims.
    expect(finding.explanation).toMatch(/“[^”]+”/);
    expect(finding.explanation).toMatch(/first\.example|second\.example/);
    expect(finding.explanation).toMatch(/[.!?]$/);
  });

  it.runIf(kindEnabled(storedModel(), kind)).each(pairs.filter((p) => p.kind === kind).map((p) => [p.id, p] as const))(
    'is shown by a comparison of %s (the kind is on in the fitted model)',
    (_id, pair) => {
      const links = shown(pair);
      expect(links.length).toBe(1);
      expect(links[0]!.score).toBeGreaterThanOrEqual(storedModel().contradiction.threshold);
    },
  );
});

describe('the denial detector explains what is denied', () => {
  it.each([
    ['denial-rejected-claims', "the town's water supply had been contaminated with lead"],
    ['denial-dismissed-reports', 'the ship had sailed with a faulty engine'],
  ])('%s quotes the denied statement', (id, statement) => {
    const finding = found(pairs.find((p) => p.id === id)!).find((f) => f.kind === 'denial')!;
    expect(finding.explanation).toContain(`“${statement}”`);
  });
});

describe('no contradiction where there is none', () => {
  it.each(pairs.filter((p) => p.relation !== 'contradiction').map((p) => [p.id, p] as const))('%s', (_id, pair) => {
    expect(shown(pair)).toEqual([]);
  });
});

describe('the numeric detector on loosely related claims', () => {
  const verdict = (a: string, b: string) => {
    const [x] = analyzeArticle({ slug: 'a', title: '', outlet: '', body: a });
    const [y] = analyzeArticle({ slug: 'b', title: '', outlet: '', body: b });
    const sim = similarity(x!, y!, termWeights([x!, y!], { local: false }));
    return numericVerdict(x!, y!, { similarity: sim, label: () => 'x' });
  };

  it.each([
    // A headline of the development corpus against another outlet's sentence about an earlier heist.
    ['Paris thieves nab $2.5 million worth of jewellery', 'The raid comes little over a month after a masked bandit made off with an $136M worth of diamonds and jewels from the Carlton Intercontinental Hotel in Cannes on the glamorous French Riviera, in possibly the world’s biggest heist.'],
    ['Athens thieves grab $3.1 million worth of watches', "The theft comes two months after a masked gunman made off with $90M worth of watches and rings from the Grand Hotel in Corfu on the sunny Greek coast, in possibly the country's biggest robbery."],
  ])('compares no headline figure with one of a sentence that is mostly about something else: %s', (a, b) => {
    expect(verdict(a, b).finding).toBeUndefined();
  });

  it('reads a year before a noun as naming an event, not dating the claim ("the area hit by 2016 quakes")', () => {
    expect(verdict("5.1-magnitude quake shakes Japan's Kumamoto in area hit by 2016 quakes", 'In 2016, a magnitude 7.0 quake struck Kumamoto in southern Japan, killing 50 people.').finding).toBeUndefined();
    // A year after "in" dates it: the same year on both sides compares the figures.
    expect(verdict('In 2016, a magnitude 6.2 quake struck Kumamoto in southern Japan.', 'In 2016, a magnitude 7.0 quake struck Kumamoto in southern Japan.').finding?.kind).toBe('numeric');
  });
});

describe('helpers', () => {
  it('reads the rounding step of a figure', () => {
    expect(roundingStep(1300)).toBe(100);
    expect(roundingStep(66)).toBe(1);
    expect(roundingStep(2.6e6)).toBe(1e5);
    expect(roundingStep(8.7)).toBeCloseTo(0.1, 9);
  });

  it('tells material differences in a quote from rewording', () => {
    expect(materialDifference('We will not raise taxes this year', 'We will raise taxes this year')).toBe('a negation');
    expect(materialDifference('Ten people died in the fire', 'Twelve people died in the fire')).toBe('a number');
    expect(materialDifference('The future of Europe is at stake', 'Nothing less than the future of Europe is at stake')).toBeUndefined();
    expect(materialDifference('a raw murderous act', 'raw murderous act')).toBeUndefined();
  });
});
