import type { AnalyzedClaim } from '../analyze/index.ts';
import type { Similarity } from '../align.ts';
import type { ContradictionKind } from '../types.ts';

/** A contradiction a detector found between two claims. */
export interface Finding {
  kind: ContradictionKind;
  /** One sentence, quoting the conflicting words of both sides. */
  explanation: string;
  /** Confidence 0..1; findings under the engine's threshold are dropped. */
  confidence: number;
}

/** What a detector knows besides the two claims. */
export interface DetectorContext {
  /** Content similarity of the two claims (0 when they were not aligned). */
  similarity: Similarity;
  /** How to name a claim's source in an explanation, e.g. the outlet. */
  label(claim: AnalyzedClaim): string;
}

/** A contradiction detector: looks at two claims of different articles. */
export type Detector = (a: AnalyzedClaim, b: AnalyzedClaim, context: DetectorContext) => Finding | undefined;

/** Quotes words for an explanation. */
export function q(words: string): string {
  return `“${words.trim().replace(/^[“"]+|[”"]+$/g, '')}”`;
}
