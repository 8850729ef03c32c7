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

describe('no contradiction where there is none', () => {
  it.each(pairs.filter((p) => p.relation !== 'contradiction').map((p) => [p.id, p] as const))('%s', (_id, pair) => {
    expect(shown(pair)).toEqual([]);
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
