/**
 * The fitted model: three logistic regressions over the features of `features.ts`, fitted by
 * `npm run fit` (`src/fit/fit.ts`) on the labelled pairs of `tests/fixtures/labelled/` and stored
 * in `model.json` with the thresholds chosen on the training part:
 *
 * - `link`: the probability that two claims are about the same specific thing (same, overlap or
 *   contradiction against unrelated), and the probability at which a link needs no contest
 *   (chosen on whole article pairs of the development corpus, `src/fit/in-context.ts`);
 * - `same`: among related claims, the probability that b states what a states (b may add detail);
 * - `contradiction`: for a detector's finding, the probability that the claims really conflict.
 *   Kinds that could not reach the precision target on the training part are switched off.
 */
import fitted from './model.json' with { type: 'json' };
import { CONTRADICTION_FEATURES, LINK_FEATURES, SAME_FEATURES } from './features.ts';
import type { ContradictionKind } from './types.ts';

/** One logistic regression: a bias and a weight per feature, with its operating threshold. */
export interface Regression {
  features: readonly string[];
  bias: number;
  weights: number[];
  threshold: number;
}

/** What `npm run fit` writes. */
export interface FittedModel {
  about: string;
  /** `uncontested`: a link at least this probable needs no contest among its claims' counterparts. */
  link: Regression & { uncontested: number };
  same: Regression;
  contradiction: Regression & { kinds: Record<string, { enabled: boolean; fired: number; precision: number }> };
}

/** The logistic function. */
export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A regression's probability for a feature vector. */
export function probability(regression: Pick<Regression, 'bias' | 'weights'>, features: number[]): number {
  let z = regression.bias;
  for (let i = 0; i < features.length; i++) z += regression.weights[i]! * features[i]!;
  return sigmoid(z);
}

let checked: FittedModel | undefined;

/**
 * The stored model, checked once against the features the engine computes now (a model fitted
 * on other features is an error that names the fix).
 */
export function storedModel(): FittedModel {
  if (checked) return checked;
  const stored = fitted as FittedModel;
  for (const [name, regression, names] of [
    ['link', stored.link, LINK_FEATURES],
    ['same', stored.same, SAME_FEATURES],
    ['contradiction', stored.contradiction, CONTRADICTION_FEATURES],
  ] as const) {
    if (regression.features.join() !== names.join()) {
      throw new Error(`src/engine/model.json: the ${name} model was fitted on other features (run \`npm run fit\`)`);
    }
  }
  if (typeof stored.link.uncontested !== 'number') throw new Error('src/engine/model.json: the link model has no `uncontested` threshold (run `npm run fit`)');
  checked = stored;
  return stored;
}

/** Whether a model lets findings of this kind through at all. */
export function kindEnabled(model: FittedModel, kind: ContradictionKind): boolean {
  return model.contradiction.kinds[kind]?.enabled ?? false;
}
