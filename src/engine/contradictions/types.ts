import type { AnalyzedClaim } from '../analyze/index.ts';
import type { Similarity } from '../align.ts';
import type { ContradictionKind } from '../types.ts';

/** A contradiction a detector found between two claims: what conflicts, in one sentence. */
export interface Finding {
  kind: ContradictionKind;
  /** One sentence naming both sides and quoting their conflicting words. */
  explanation: string;
  /**
   * How sure the detector is that the conflicting values fill one slot of one proposition, in
   * 0..1 (1 when omitted): a feature of the fitted model, which decides whether it is shown.
   */
  evidence?: number;
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

/** Words of a claim around [start, end) that say what a value is about: a few before, fewer after. */
const BEFORE_WORDS = 5;
const AFTER_WORDS = 4;

/**
 * The passage of a claim around the span [start, end): up to BEFORE_WORDS words before it and
 * AFTER_WORDS after it, never across a comma, semicolon, colon or dash, so a reader sees what the
 * conflicting words are about ("the indictment runs 48 pages").
 */
export function passage(text: string, start: number, end: number): string {
  const left = text.slice(0, start);
  const right = text.slice(end);
  // Marks that open a clause; a comma inside a figure ("250,000") is none.
  let clauseStart = 0;
  for (const mark of left.matchAll(/[,;:](?=\s)|\s[—–]\s|[("“]/g)) clauseStart = mark.index + mark[0].length;
  const before = [...left.slice(clauseStart).matchAll(/\S+/g)].slice(-BEFORE_WORDS);
  const from = before.length > 0 ? clauseStart + before[0]!.index : start;
  const stop = right.search(/[,;:()"“”]|\s[—–]\s|[.!?](?:\s|$)/);
  const after = [...(stop === -1 ? right : right.slice(0, stop)).matchAll(/\S+/g)].slice(0, AFTER_WORDS);
  // A passage does not end on a word that leads elsewhere ("died in the").
  while (after.length > 0 && /^(?:the|a|an|of|in|on|at|to|by|for|and|or|from|with)$/i.test(after[after.length - 1]![0])) after.pop();
  const last = after[after.length - 1];
  const to = last ? end + last.index + last[0].length : end;
  // The words as written, white space folded ("Paraguay's", not "Paraguay 's").
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** An explanation that sets the two sides' passages against each other: "nyt: “…”; fox: “…”." */
export function versus(labelA: string, passageA: string, labelB: string, passageB: string): string {
  return `${labelA}: ${q(passageA)}; ${labelB}: ${q(passageB)}.`;
}
