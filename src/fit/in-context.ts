/**
 * Labelled pairs in context: a pair of the development corpus is two sentences of two whole
 * articles, and whether a comparison of those articles links the claims holding them depends on
 * every other claim too (competitive linking, `engine/compare.ts`). The fit chooses the
 * probability at which a link needs no contest (`link.uncontested`) here, on the training part;
 * `npm run fit` prints the held-out part's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termWeights } from '../engine/align.ts';
import { analyzeArticle, type AnalyzedClaim } from '../engine/analyze/index.ts';
import { judgePairs, keepsLink, type JudgedPair } from '../engine/compare.ts';
import type { FittedModel } from '../engine/model.ts';
import { cleanText } from '../importer/text.ts';
import type { LabelledPair } from './data.ts';

/** A labelled pair and the judged candidate pairs between the claims that hold its two sentences. */
export interface ContextPair {
  pair: LabelledPair;
  related: boolean;
  candidates: JudgedPair[];
}

/** The two article files of a development source ("24_ecbplus:24_1ecbplus.txt:24_3ecbplus.txt"), if it names two of one event. */
function articlesOf(source: string): [string, string, string] | undefined {
  const [event, a, b] = source.split(':');
  if (!event || !a || !b || a === b || !/^\w+ecbplus$/.test(event)) return undefined;
  return [event, a, b];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Claims of an article that hold (part of) a labelled sentence, or that the sentence is part of. */
function holding(claims: AnalyzedClaim[], sentence: string): AnalyzedClaim[] {
  const s = normalise(sentence);
  return claims.filter((claim) => {
    const c = normalise(claim.claim.text);
    return c.length >= MIN_CLAIM_CHARS && (s.includes(c) || c.includes(s));
  });
}

/** Shorter claims ("he said.") would be found in many sentences. */
const MIN_CLAIM_CHARS = 20;

/**
 * The labelled pairs whose source is two articles of the development corpus (`devDir`), each
 * with its candidates judged by `model` in a comparison of the two articles. Pairs whose sentences
 * no claim holds are left out.
 */
export function inContext(pairs: LabelledPair[], devDir: string, model: FittedModel): ContextPair[] {
  const bySource = new Map<string, LabelledPair[]>();
  for (const pair of pairs) {
    if (!articlesOf(pair.source)) continue;
    if (!bySource.has(pair.source)) bySource.set(pair.source, []);
    bySource.get(pair.source)!.push(pair);
  }
  // Each article as `collate import` would make it of the raw file (headline, datelines and
  // credits removed).
  const article = (event: string, file: string) => {
    const cleaned = cleanText(readFileSync(join(devDir, event, file), 'utf8'), { file });
    return analyzeArticle({ slug: file.replace(/\.txt$/, ''), title: cleaned.title, outlet: cleaned.outlet, body: cleaned.paragraphs.join('\n\n') });
  };
  const out: ContextPair[] = [];
  for (const [source, list] of [...bySource].sort(([x], [y]) => x.localeCompare(y))) {
    const [event, fileA, fileB] = articlesOf(source)!;
    const claimsA = article(event, fileA);
    const claimsB = article(event, fileB);
    const judged = judgePairs(claimsA, claimsB, termWeights([...claimsA, ...claimsB]), (claim) => claim.article, model);
    for (const pair of list) {
      const a = new Set(holding(claimsA, pair.a));
      const b = new Set(holding(claimsB, pair.b));
      if (a.size === 0 || b.size === 0) continue;
      out.push({ pair, related: pair.label !== 'unrelated', candidates: judged.filter((j) => a.has(j.alignment.a) && b.has(j.alignment.b)) });
    }
  }
  return out;
}

/** Whether the comparison links the pair's claims when links this probable need no contest. */
export function linkedAt(pair: ContextPair, uncontested: number): boolean {
  return pair.candidates.some((candidate) => keepsLink(candidate, uncontested));
}

/** Related pairs linked and unrelated pairs linked, at a threshold. */
export function contextFigures(pairs: ContextPair[], uncontested: number): { related: number; relatedLinked: number; unrelated: number; unrelatedLinked: number; accuracy: number } {
  let relatedLinked = 0;
  let unrelatedLinked = 0;
  for (const pair of pairs) {
    const linked = linkedAt(pair, uncontested);
    if (linked && pair.related) relatedLinked++;
    if (linked && !pair.related) unrelatedLinked++;
  }
  const related = pairs.filter((p) => p.related).length;
  const unrelated = pairs.length - related;
  const accuracy = pairs.length === 0 ? 0 : (relatedLinked + unrelated - unrelatedLinked) / pairs.length;
  return { related, relatedLinked, unrelated, unrelatedLinked, accuracy };
}

/**
 * The uncontested threshold that links the training pairs best in context: the accuracy of
 * "linked" against "related" is highest, and among equal ones the highest threshold (fewest links
 * outside the contest). 1 keeps competitive linking alone.
 */
export function bestUncontested(pairs: ContextPair[], linkThreshold: number): number {
  const candidates = [...new Set(pairs.flatMap((p) => p.candidates.map((c) => c.judgement.link)).filter((l) => l >= linkThreshold))].sort((x, y) => y - x);
  let best = { threshold: 1, accuracy: contextFigures(pairs, 1).accuracy };
  for (const t of candidates) {
    const { accuracy } = contextFigures(pairs, t);
    if (accuracy > best.accuracy) best = { threshold: t, accuracy };
  }
  return best.threshold;
}
