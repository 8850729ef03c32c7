/**
 * The fitted model: `npm run fit` reproduces the committed `src/engine/model.json` from the
 * labelled pairs (so no hand edit or stale fit goes unnoticed), the split keeps every source on
 * one side, and the logistic regression fits what it should.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLabelled, splitOf } from '../../src/fit/data.ts';
import { fitLogistic, predict } from '../../src/fit/logistic.ts';
import { projectNode, projectRoot } from '../helpers/site.ts';

describe('npm run fit', () => {
  it('gives the committed model from the labelled pairs', () => {
    const run = spawnSync(projectNode, [join(projectRoot, 'src', 'fit', 'fit.ts'), '--check'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/test \(held out\): \d+ pairs/);
    expect(run.stdout).toContain('src/engine/model.json is up to date');
  }, 60_000);
});

describe('the labelled pairs', () => {
  const pairs = readLabelled(join(projectRoot, 'tests', 'fixtures', 'labelled'));

  it('hold at least 400 pairs from the development corpus and written stories, about a quarter held out', () => {
    expect(pairs.filter((p) => p.source.includes('ecbplus')).length).toBeGreaterThanOrEqual(400);
    const test = pairs.filter((p) => splitOf(p.source) === 'test').length;
    expect(test / pairs.length).toBeGreaterThan(0.15);
    expect(test / pairs.length).toBeLessThan(0.35);
  });

  it('label every contradiction with a kind and nothing else with one', () => {
    for (const pair of pairs) expect(Boolean(pair.kind), pair.id).toBe(pair.label === 'contradiction');
  });
});

describe('fitLogistic', () => {
  it('separates two classes on one feature and is deterministic', () => {
    const x = [[0], [0.1], [0.2], [0.8], [0.9], [1]];
    const y = [0, 0, 0, 1, 1, 1];
    const fit = fitLogistic(x, y);
    expect(predict(fit, [0.05])).toBeLessThan(0.5);
    expect(predict(fit, [0.95])).toBeGreaterThan(0.5);
    expect(fitLogistic(x, y)).toEqual(fit);
  });
});

describe('every contradiction kind the model shows', () => {
  it('is exercised by true contradictions of at least two stories in the labelled pairs, none of them the seed pair', async () => {
    const { prepare } = await import('../../src/fit/data.ts');
    const { storedModel, kindEnabled } = await import('../../src/engine/model.ts');
    const { CONTRADICTION_KINDS } = await import('../../src/engine/types.ts');
    const pairs = prepare(readLabelled(join(projectRoot, 'tests', 'fixtures', 'labelled')), () => undefined);
    const seedWords = /\b(?:kursk|gerasimov|zelensk|kyiv|putin|witkoff)/i;
    for (const kind of CONTRADICTION_KINDS.filter((k) => kindEnabled(storedModel(), k))) {
      const stories = new Set(
        pairs.filter((p) => p.label === 'contradiction' && p.findings.some((f) => f.kind === kind) && !seedWords.test(p.a + p.b)).map((p) => p.source.split(':')[0]),
      );
      expect(stories.size, kind).toBeGreaterThanOrEqual(2);
    }
  }, 60_000);
});
