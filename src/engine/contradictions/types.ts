import type { AnalyzedClaim } from '../analyze/index.ts';
import type { Similarity } from '../align.ts';
import type { ContradictionKind } from '../types.ts';

/** A contradiction a detector found between two claims: what conflicts, in one sentence. */
export interface Finding {
  kind: ContradictionKind;
  /** One sentence naming both sides and quoting their conflicting words. */
  explanation: string;
}

/** What a detector knows besides the two claims. */
export interface DetectorContext {
  /** Content similarity of the two claims (zero when they were not aligned). */
  similarity: Similarity;
  /** How to name a claim's source in an explanation: the outlet. */
  label(claim: AnalyzedClaim): string;
}

/**
 * A contradiction detector: one kind of conflict between two claims of different articles.
 * `aligned` detectors only see claims that share content; the others also see claims that share
 * an actor or a cue (found by `cues`), worded differently. Whether a finding is shown is decided
 * by the fitted model (`../model.ts`), not by the detector.
 */
export interface Detector {
  /** The kinds its findings can have. */
  kinds: readonly ContradictionKind[];
  aligned: boolean;
  detect(a: AnalyzedClaim, b: AnalyzedClaim, context: DetectorContext): Finding | undefined;
}

/** Quotes words for an explanation. */
export function q(words: string): string {
  return `“${words.trim().replace(/^[“"]+|[”"]+$/g, '')}”`;
}
