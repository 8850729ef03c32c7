/**
 * Each contradiction detector on its own: the sentence pairs of tests/fixtures/pairs/sentences.json
 * that expect its kind must be found with that kind, and the pairs that state the same thing or
 * merely overlap must raise no contradiction at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/engine/compare.ts';
import { materialDifference } from '../../src/engine/contradictions/quote.ts';
import { roundingStep } from '../../src/engine/analyze/quantities.ts';

interface Pair {
  id: string;
  relation: string;
  kind?: string;
  a: string;
  b: string;
}

const { pairs } = JSON.parse(readFileSync(new URL('../fixtures/pairs/sentences.json', import.meta.url), 'utf8')) as { pairs: Pair[] };

/** Compares two one-sentence articles and returns their contradiction links. */
function contradictions(pair: Pair) {
  const result = compareArticles([
    { slug: 'a', title: 'A', outlet: 'first.example', body: pair.a },
    { slug: 'b', title: 'B', outlet: 'second.example', body: pair.b },
  ]);
  return result.links.filter((link) => link.relation === 'contradiction');
}

const kinds = [...new Set(pairs.flatMap((p) => (p.kind ? [p.kind] : [])))];

describe.each(kinds)('the %s detector', (kind) => {
  it.each(pairs.filter((p) => p.kind === kind).map((p) => [p.id, p] as const))('finds %s', (_id, pair) => {
    const found = contradictions(pair);
    expect(found.map((link) => link.kind)).toContain(kind);
    const link = found.find((l) => l.kind === kind)!;
    // One sentence, naming both sides and quoting words of the claims.
    expect(link.explanation).toMatch(/“[^”]+”/);
    expect(link.explanation).toMatch(/[.!?]$/);
    expect(link.score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('no contradiction where there is none', () => {
  it.each(pairs.filter((p) => p.relation !== 'contradiction').map((p) => [p.id, p] as const))('%s', (_id, pair) => {
    expect(contradictions(pair)).toEqual([]);
  });
});

describe('helpers', () => {
  it('reads the rounding step of a figure', () => {
    expect(roundingStep(1300)).toBe(100);
    expect(roundingStep(66)).toBe(1);
    expect(roundingStep(2.6e6)).toBe(1e5);
  });

  it('tells material differences in a quote from rewording', () => {
    expect(materialDifference('We will not raise taxes this year', 'We will raise taxes this year')).toBe('a negation');
    expect(materialDifference('Ten people died in the fire', 'Twelve people died in the fire')).toBe('a number');
    expect(materialDifference('The future of Europe is at stake', 'Nothing less than the future of Europe is at stake')).toBeUndefined();
    expect(materialDifference('a raw murderous act', 'raw murderous act')).toBeUndefined();
  });
});
