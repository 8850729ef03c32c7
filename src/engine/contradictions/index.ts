/**
 * All contradiction detectors, and the one loop that runs them on a pair of claims. A new kind is
 * one file exporting a `Detector`, added to the list below; `compare`, `--pairs` and the fitted
 * model pick it up from here.
 */
import type { AnalyzedClaim } from '../analyze/index.ts';
import { antonym } from './antonym.ts';
import { attribution } from './attribution.ts';
import { denial } from './denial.ts';
import { exclusive } from './exclusive.ts';
import { negation } from './negation.ts';
import { numeric } from './numeric.ts';
import { quote } from './quote.ts';
import { response } from './response.ts';
import { scope } from './scope.ts';
import { stance } from './stance.ts';
import { status } from './status.ts';
import type { Detector, DetectorContext, Finding } from './types.ts';

export type { Detector, DetectorContext, Finding } from './types.ts';

/**
 * The detectors, the more specific kinds first (a quote before a negation inside it): when
 * several find a conflict in one pair, the most probable finding is kept, and on a tie the first.
 */
export const detectors: Detector[] = [quote, response, numeric, status, scope, exclusive, negation, denial, antonym, attribution, stance];

/**
 * Every finding of every detector for claims a and b. Aligned detectors run only when the claims
 * were aligned (`aligned`); the others run on any pair they are given.
 */
export function findContradictions(a: AnalyzedClaim, b: AnalyzedClaim, context: DetectorContext, aligned: boolean): Finding[] {
  const found: Finding[] = [];
  for (const detector of detectors) {
    if (detector.aligned && !aligned) continue;
    const finding = detector.detect(a, b, context);
    if (finding) found.push(finding);
  }
  return found;
}

export { antonym, attribution, denial, exclusive, negation, numeric, quote, response, scope, stance, status };
