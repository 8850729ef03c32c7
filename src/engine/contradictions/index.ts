/** All contradiction detectors, strongest evidence first: the first finding for a pair is kept. */
import { antonym } from './antonym.ts';
import { attribution } from './attribution.ts';
import { denial } from './denial.ts';
import { negation } from './negation.ts';
import { numeric } from './numeric.ts';
import { quote } from './quote.ts';
import { response } from './response.ts';
import { scope } from './scope.ts';
import { stance } from './stance.ts';
import { status } from './status.ts';
import { timing } from './timing.ts';
import type { Detector } from './types.ts';

export type { Detector, DetectorContext, Finding } from './types.ts';

/**
 * Detectors in order of priority: the first confident finding for a pair of claims is kept, so the
 * more specific kinds (a quote, a response) come before the general ones (negation).
 * `aligned` detectors only run on claims that share content; the others also on claims about the
 * same actor worded differently.
 */
export const detectors: { detect: Detector; aligned: boolean }[] = [
  { detect: quote, aligned: true },
  { detect: response, aligned: false },
  { detect: numeric, aligned: true },
  { detect: status, aligned: false },
  { detect: scope, aligned: true },
  { detect: timing, aligned: true },
  { detect: negation, aligned: true },
  { detect: denial, aligned: true },
  { detect: antonym, aligned: true },
  { detect: attribution, aligned: false },
  { detect: stance, aligned: false },
];

export { antonym, attribution, denial, negation, numeric, quote, response, scope, stance, status, timing };
