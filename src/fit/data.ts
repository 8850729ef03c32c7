/**
 * The labelled pairs (`tests/fixtures/labelled/*.jsonl`, format in `docs/labelling.md`), their
 * fixed 75 / 25 train / test split, and everything the fit needs of each pair: both claims
 * analysed, their similarity under the weights a comparison would use, and the detectors' findings.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { similarity, termWeights, type Similarity, type Weigh } from '../engine/align.ts';
import { analyzeArticle, type AnalyzedClaim } from '../engine/analyze/index.ts';
import { findContradictions, type Finding } from '../engine/contradictions/index.ts';

/** How b relates to a, as labelled. */
export type Label = 'same' | 'overlap' | 'contradiction' | 'unrelated';

/** One labelled pair as stored. */
export interface LabelledPair {
  id: string;
  source: string;
  a: string;
  b: string;
  label: Label;
  kind: string | null;
  note?: string;
}

/** A labelled pair ready for the fit. */
export interface PreparedPair extends LabelledPair {
  split: 'train' | 'test';
  claimA: AnalyzedClaim;
  claimB: AnalyzedClaim;
  similarity: Similarity;
  findings: Finding[];
}

/** Share of the sources whose pairs are held out for testing. */
export const TEST_SHARE = 0.25;

/**
 * The split of a pair, by a digest of its source (an article pair of the development corpus, or a
 * story of the minimal pairs): every pair of one source is on the same side, so the test part
 * holds article pairs and stories no training pair comes from.
 */
export function splitOf(source: string): 'train' | 'test' {
  const digest = createHash('sha256').update(source).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < TEST_SHARE ? 'test' : 'train';
}

/** Reads every labelled pair of a folder, naming the file and line of a malformed one. */
export function readLabelled(dir: string): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        let pair: LabelledPair;
        try {
          pair = JSON.parse(line) as LabelledPair;
        } catch {
          throw new Error(`${join(dir, file)}:${index + 1}: not a JSON object`);
        }
        if (!['same', 'overlap', 'contradiction', 'unrelated'].includes(pair.label) || !pair.a || !pair.b || !pair.source) {
          throw new Error(`${join(dir, file)}:${index + 1}: needs a, b, source and a label (same, overlap, contradiction or unrelated)`);
        }
        pairs.push(pair);
      });
  }
  return pairs;
}

/** The one claim of a sentence, analysed on its own. */
function analyseSentence(text: string, slug: string): AnalyzedClaim {
  const claims = analyzeArticle({ slug, title: '', outlet: '', body: text });
  // A labelled sentence is one claim; a rare one the splitter cuts in two is judged by its first part.
  return claims[0]!;
}

/**
 * Prepares the pairs. `eventClaims` gives, for a development source, the claims of its event's
 * articles, so that term weights are those a comparison of the event would use; a minimal pair is
 * weighed on its own two claims, as `collate compare --pairs` weighs a lone pair.
 */
export function prepare(pairs: LabelledPair[], eventClaims: (source: string) => AnalyzedClaim[] | undefined): PreparedPair[] {
  const weights = new Map<string, Weigh>();
  return pairs.map((pair) => {
    const claimA = analyseSentence(pair.a, 'a');
    const claimB = analyseSentence(pair.b, 'b');
    const event = pair.source.split(':')[0]!;
    let weigh = weights.get(event);
    if (!weigh) {
      const claims = eventClaims(pair.source);
      weigh = termWeights(claims ?? [claimA, claimB]);
      if (claims) weights.set(event, weigh);
    }
    const sim = similarity(claimA, claimB, weigh);
    const findings = findContradictions(claimA, claimB, { similarity: sim, label: (c) => (c === claimA ? 'a' : 'b') }, true);
    return { ...pair, split: splitOf(pair.source), claimA, claimB, similarity: sim, findings };
  });
}
