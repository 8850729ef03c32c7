/**
 * Logistic regression fitted by full-batch gradient descent with an L2 penalty on the weights
 * (not the bias). Deterministic: the weights start at zero and the data are visited in order.
 */

/** Fitted bias and weights. */
export interface Fit {
  bias: number;
  weights: number[];
}

/** Options of the fit; the defaults suit a few hundred examples of features in 0..1. */
export interface FitOptions {
  /** Strength of the L2 penalty. */
  l2?: number;
  iterations?: number;
  rate?: number;
  /** Weight of positive examples relative to negative ones (for rare classes). */
  positiveWeight?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Fits a logistic regression of y (0 or 1) on x. */
export function fitLogistic(x: number[][], y: number[], options: FitOptions = {}): Fit {
  const { l2 = 0.01, iterations = 4000, rate = 0.5, positiveWeight = 1 } = options;
  const dims = x[0]?.length ?? 0;
  let bias = 0;
  const weights = new Array<number>(dims).fill(0);
  const total = y.reduce((sum, v) => sum + (v === 1 ? positiveWeight : 1), 0) || 1;
  for (let step = 0; step < iterations; step++) {
    let gradBias = 0;
    const grad = new Array<number>(dims).fill(0);
    for (let i = 0; i < x.length; i++) {
      const row = x[i]!;
      let z = bias;
      for (let d = 0; d < dims; d++) z += weights[d]! * row[d]!;
      const w = y[i] === 1 ? positiveWeight : 1;
      const error = (sigmoid(z) - y[i]!) * w;
      gradBias += error;
      for (let d = 0; d < dims; d++) grad[d]! += error * row[d]!;
    }
    bias -= (rate * gradBias) / total;
    for (let d = 0; d < dims; d++) weights[d]! -= rate * (grad[d]! / total + l2 * weights[d]!);
  }
  return { bias, weights };
}

/** A fit's probability for one feature vector. */
export function predict(fit: Fit, row: number[]): number {
  let z = fit.bias;
  for (let d = 0; d < row.length; d++) z += fit.weights[d]! * row[d]!;
  return sigmoid(z);
}
