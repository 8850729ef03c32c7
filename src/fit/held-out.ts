/**
 * Figures of the engine's judgement on labelled pairs: related-vs-unrelated accuracy, four-way
 * accuracy, contradiction precision and recall. `npm run fit` prints them for the train and test
 * parts; `collate eval` prints them for the held-out test part.
 */
import { judgeClaims } from '../engine/judge.ts';
import type { FittedModel } from '../engine/model.ts';
import { prepare, readLabelled, type PreparedPair } from './data.ts';

/** What the judgement got right on a set of pairs. */
export interface SplitFigures {
  pairs: number;
  relatedAccuracy: number;
  /** Same against everything else (the paraphrase question). */
  sameAccuracy: number;
  accuracy: number;
  contradictionPrecision: number;
  contradictionRecall: number;
  tp: number;
  fp: number;
  fn: number;
  /** `label→judged` counts. */
  confusions: Record<string, number>;
  falseAlarms: string[];
}

/** Judges every pair with a model (the stored one by default) and counts. */
export function splitFigures(list: PreparedPair[], model?: FittedModel): SplitFigures {
  const f: SplitFigures = { pairs: list.length, relatedAccuracy: 0, sameAccuracy: 0, accuracy: 0, contradictionPrecision: 1, contradictionRecall: 1, tp: 0, fp: 0, fn: 0, confusions: {}, falseAlarms: [] };
  let related = 0;
  let same = 0;
  let correct = 0;
  for (const pair of list) {
    const context = { similarity: pair.similarity, label: (c: unknown) => (c === pair.claimA ? 'a' : 'b') };
    const judged = judgeClaims(pair.claimA, pair.claimB, pair.similarity, context, true, model);
    const truth = pair.label;
    if ((judged.relation === 'unrelated') === (truth === 'unrelated')) related++;
    if (judged.relation === truth) correct++;
    if ((judged.relation === 'same') === (truth === 'same')) same++;
    if (judged.relation === 'contradiction' && truth === 'contradiction') f.tp++;
    if (judged.relation === 'contradiction' && truth !== 'contradiction') {
      f.fp++;
      f.falseAlarms.push(`${pair.id} (${judged.contradiction!.kind}, labelled ${truth}): ${judged.contradiction!.explanation}`);
    }
    if (judged.relation !== 'contradiction' && truth === 'contradiction') f.fn++;
    const key = `${truth}→${judged.relation}`;
    f.confusions[key] = (f.confusions[key] ?? 0) + 1;
  }
  f.relatedAccuracy = list.length === 0 ? 0 : related / list.length;
  f.accuracy = list.length === 0 ? 0 : correct / list.length;
  f.sameAccuracy = list.length === 0 ? 0 : same / list.length;
  f.contradictionPrecision = f.tp + f.fp === 0 ? 1 : f.tp / (f.tp + f.fp);
  f.contradictionRecall = f.tp + f.fn === 0 ? 1 : f.tp / (f.tp + f.fn);
  return f;
}

/** Lines that print figures under a name. */
export function describeFigures(name: string, f: SplitFigures): string[] {
  return [
    `${name}: ${f.pairs} pairs`,
    `  related vs unrelated accuracy: ${f.relatedAccuracy.toFixed(3)}`,
    `  same vs not accuracy:          ${f.sameAccuracy.toFixed(3)}`,
    `  four-way accuracy:             ${f.accuracy.toFixed(3)}`,
    `  contradiction precision:       ${f.contradictionPrecision.toFixed(3)} (${f.tp}/${f.tp + f.fp})`,
    `  contradiction recall:          ${f.contradictionRecall.toFixed(3)} (${f.tp}/${f.tp + f.fn})`,
    ...f.falseAlarms.map((alarm) => `  false alarm: ${alarm}`),
  ];
}

/**
 * The held-out test part of the labelled pairs in `dir`, judged with the stored model. The weights
 * of development pairs here are those of the pair alone, not of its event (the event's articles
 * are only at hand for the fit), so figures can differ a little from `npm run fit`'s.
 */
export function heldOutFigures(dir: string): SplitFigures {
  const pairs = prepare(readLabelled(dir), () => undefined).filter((p) => p.split === 'test');
  return splitFigures(pairs);
}
