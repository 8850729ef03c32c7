import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedComparison, comparisonDigest, engineFingerprint } from '../../src/site/engine-cache.ts';

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

  it('keys results by the fitted model too: another model.json, another fingerprint', () => {
    const copy = (name: string) => {
      const root = mkdtempSync(join(tmpdir(), `collate-${name}-`));
      cpSync(join(process.cwd(), 'src', 'engine'), join(root, 'src', 'engine'), { recursive: true });
      return root;
    };
    const [one, two] = [copy('one'), copy('two')];
    expect(engineFingerprint(one)).toBe(engineFingerprint(two));
    const model = join(two, 'src', 'engine', 'model.json');
    writeFileSync(model, readFileSync(model, 'utf8').replace(/"threshold": ([\d.]+)/, (_m, t: string) => `"threshold": ${Number(t) + 0.01}`));
    expect(engineFingerprint(two)).not.toBe(engineFingerprint(one));
  });

  it('keys results by the installed versions of the packages whose data the engine reads', () => {
    const site = (name: string, winkVersion: string) => {
      const root = mkdtempSync(join(tmpdir(), `collate-${name}-`));
      cpSync(join(process.cwd(), 'src', 'engine'), join(root, 'src', 'engine'), { recursive: true });
      mkdirSync(join(root, 'node_modules', 'wink-nlp'), { recursive: true });
      writeFileSync(join(root, 'node_modules', 'wink-nlp', 'package.json'), JSON.stringify({ name: 'wink-nlp', version: winkVersion }));
      return root;
    };
    const [before, same, upgraded] = [site('before', '2.3.0'), site('same', '2.3.0'), site('upgraded', '2.4.0')];
    expect(engineFingerprint(same)).toBe(engineFingerprint(before));
    // Upgrading wink (or WordNet, the gazetteer, the word frequencies) reuses no stale result.
    expect(engineFingerprint(upgraded)).not.toBe(engineFingerprint(before));
  });
});
