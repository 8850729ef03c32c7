import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedComparison, comparisonDigest } from '../../src/site/engine-cache.ts';

const articles = [
  { slug: 'a', title: 'A', outlet: 'a.example', body: 'The storm killed 12 people on Monday. Roads were closed.' },
  { slug: 'b', title: 'B', outlet: 'b.example', body: 'The storm killed 25 people on Monday. Schools stayed open.' },
];

describe('the engine cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'collate-cache-'));
    process.env.COLLATE_CACHE_DIR = dir;
  });
  afterEach(() => {
    delete process.env.COLLATE_CACHE_DIR;
  });

  it('computes a comparison once and then reads it back, unchanged', () => {
    const first = cachedComparison(articles);
    expect(first.cached).toBe(false);
    expect(readdirSync(dir)).toEqual([`${comparisonDigest(articles)}.json`]);
    const second = cachedComparison(articles);
    expect(second.cached).toBe(true);
    expect(second.result).toEqual(first.result);
  });

  it('keys results by content: editing an article gives a new digest', () => {
    cachedComparison(articles);
    const edited = [articles[0]!, { ...articles[1]!, body: `${articles[1]!.body} One more sentence.` }];
    expect(comparisonDigest(edited)).not.toBe(comparisonDigest(articles));
    expect(cachedComparison(edited).cached).toBe(false);
    expect(cachedComparison(articles).cached).toBe(true);
  });
});
