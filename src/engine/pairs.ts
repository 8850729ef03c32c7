/**
 * Judging text pairs (`collate compare --pairs`): how text b relates to text a — states it
 * (`same`), contradicts it, is about the same thing (`overlap`), or `unrelated` — with a score,
 * the confidence that b states a. Each distinct text is analysed once, however many pairs use it.
 *
 * Every claim of a is judged against its candidate claims of b by the same judgement as in a
 * comparison (`judge.ts`: the fitted model over the same features, the same detectors); a text of
 * several claims is then judged by the share of its content that b states.
 */
import { scorePairs, similarity, termWeights, type Similarity, type Weigh } from './align.ts';
import { analyzeArticle, type AnalyzedClaim } from './analyze/index.ts';
import { passesOnReport, refutesStory, REPORT_NOUN } from './contradictions/denial.ts';
import { contradictionFeatures } from './features.ts';
import { bestContradiction, judgeClaims, type Judgement } from './judge.ts';
import { kindEnabled, probability, storedModel } from './model.ts';

/** One judged pair. */
export interface PairJudgement {
  relation: 'same' | 'overlap' | 'contradiction' | 'unrelated';
  score: number;
}

/** A text of several claims is `same` to another when claims holding this share of its content are stated there. */
const STATED_SHARE = 0.5;

/** Pairs of claims tried by the detectors of differently worded claims when both texts are this short. */
const ALL_PAIRS_LIMIT = 64;

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Texts of at most this many claims are read as one statement (a headline) against an article. */
const HEADLINE_CLAIMS = 2;

/**
 * How probably article b refutes the statement a (a headline or one sentence): b reports what a
 * states in one claim and calls "the story" false in another ("a blog post said the carmaker was
 * preparing a bid" / "the company dismissed the reports as speculation"). The claim that reports a
 * must pass it on as a report: of an article that states it as fact, "the reports were false"
 * speaks of some other report. It is the claim of b most probably linked to a, or, when no claim of
 * b states a as fact, the most probably linked claim that passes it on ("a video that appears to
 * show a shark in a flooded street" beside "police said no sharks had been seen"). The probability
 * is the fitted model's for a denial of a by that claim; 0 when b does not refute.
 */
function refutation(claimsA: AnalyzedClaim[], claimsB: AnalyzedClaim[], judged: (x: AnalyzedClaim, y: AnalyzedClaim) => { sim: Similarity; judged: Judgement }): number {
  if (claimsA.length > HEADLINE_CLAIMS || claimsB.length < 2) return 0;
  const model = storedModel();
  if (!kindEnabled(model, 'denial')) return 0;
  const refuting = claimsB.filter((y) => refutesStory(y));
  if (refuting.length === 0) return 0;
  let best = 0;
  for (const x of claimsA) {
    // A statement of a claim as a claim ("allegations of fraud") is not refuted by calling the claim false.
    if (REPORT_NOUN.test(x.text)) continue;
    const related = claimsB
      .filter((y) => !refuting.includes(y))
      .map((y) => ({ y, ...judged(x, y) }))
      .filter((found) => found.judged.relation !== 'unrelated')
      .sort((p, q) => q.judged.link - p.judged.link);
    const statedAsFact = related.some((found) => found.judged.relation === 'same' && !passesOnReport(found.y));
    const found = statedAsFact ? related[0] : related.find((candidate) => passesOnReport(candidate.y));
    if (!found || !passesOnReport(found.y)) continue;
    best = Math.max(best, probability(model.contradiction, contradictionFeatures('denial', x, found.y, found.sim)));
  }
  return best >= model.contradiction.threshold ? best : 0;
}

/**
 * Whether an article only passes a statement on (a headline, at most two claims): every claim of
 * b that states a claim of a reports it as someone's report ("a blog post said the carmaker was
 * preparing a bid") while a states it. Such an article discusses the statement; it does not state it.
 */
function onlyPassedOn(claimsA: AnalyzedClaim[], claimsB: AnalyzedClaim[], closest: Map<AnalyzedClaim, { y: AnalyzedClaim; judged: Judgement }>): boolean {
  if (claimsA.length > HEADLINE_CLAIMS || claimsB.length < 2) return false;
  const stating = claimsA.map((x) => closest.get(x)).filter((found) => found?.judged.relation === 'same');
  return stating.length > 0 && stating.every((found) => passesOnReport(found!.y)) && claimsA.every((x) => !passesOnReport(x));
}

/** Analyses texts once each and judges pairs of them against shared term weights. */
export class PairJudge {
  private readonly analysed = new Map<string, AnalyzedClaim[]>();
  private weigh: Weigh | undefined;

  /** Adds a text to the pool (analysed once); call before the first judgement. */
  add(text: string): void {
    if (this.analysed.has(text)) return;
    const slug = `t${this.analysed.size}`;
    this.analysed.set(text, analyzeArticle({ slug, title: '', outlet: '', body: text }));
    this.weigh = undefined;
  }

  /** Number of distinct texts analysed. */
  get size(): number {
    return this.analysed.size;
  }

  private weights(): Weigh {
    // The texts of a pairs file are not one story: a word's information alone weighs it.
    this.weigh ??= termWeights([...this.analysed.values()].flat(), { local: false });
    return this.weigh;
  }

  /** How text b relates to text a. */
  judge(a: string, b: string): PairJudgement {
    this.add(a);
    this.add(b);
    const claimsA = this.analysed.get(a)!;
    const claimsB = this.analysed.get(b)!;
    if (claimsA.length === 0 || claimsB.length === 0) return { relation: 'unrelated', score: 0 };
    const weigh = this.weights();
    const label = (claim: AnalyzedClaim) => (claimsA.includes(claim) ? 'the first text' : 'the second text');

    // Each claim of a against its candidates in b (all of b when b is one claim).
    const candidates = new Map<AnalyzedClaim, AnalyzedClaim[]>();
    if (claimsB.length === 1) for (const x of claimsA) candidates.set(x, [claimsB[0]!]);
    else for (const alignment of scorePairs(claimsA, claimsB, weigh)) candidates.set(alignment.a, [...(candidates.get(alignment.a) ?? []), alignment.b]);

    let mass = 0;
    let stated = 0;
    let scoreSum = 0;
    let related = false;
    let contradiction = 0;
    // The claim of b that best states each claim of a, and how alike the two are.
    const closest = new Map<AnalyzedClaim, { y: AnalyzedClaim; sim: Similarity; judged: Judgement }>();
    for (const x of claimsA) {
      const weight = x.terms.reduce((sum, term) => sum + weigh(term), 0) || 1;
      mass += weight;
      let best: Judgement | undefined;
      for (const y of candidates.get(x) ?? []) {
        const sim = similarity(x, y, weigh);
        const judged = judgeClaims(x, y, sim, { similarity: sim, label });
        if (judged.contradiction) contradiction = Math.max(contradiction, judged.contradiction.probability);
        if (!best || judged.link > best.link) {
          best = judged;
          closest.set(x, { y, sim, judged });
        }
      }
      if (!best) continue;
      scoreSum += weight * best.link * best.same;
      if (best.relation !== 'unrelated') related = true;
      if (best.relation === 'same') stated += weight;
    }
    // Detectors of differently worded claims (a response, a stance) on every pair of short texts.
    if (contradiction === 0 && claimsA.length * claimsB.length <= ALL_PAIRS_LIMIT) {
      for (const x of claimsA) {
        for (const y of claimsB) {
          const sim = similarity(x, y, weigh);
          const found = bestContradiction(x, y, sim, { similarity: sim, label }, false);
          if (found) contradiction = Math.max(contradiction, found.probability);
        }
      }
    }
    if (contradiction === 0) {
      contradiction = refutation(claimsA, claimsB, (x, y) => {
        const sim = similarity(x, y, weigh);
        return { sim, judged: judgeClaims(x, y, sim, { similarity: sim, label }) };
      });
    }
    const score = mass === 0 ? 0 : scoreSum / mass;
    // b contradicts a: the confidence that b states a falls with the confidence of the contradiction.
    if (contradiction > 0) return { relation: 'contradiction', score: round(score * (1 - contradiction)) };
    if (stated >= STATED_SHARE * mass && !onlyPassedOn(claimsA, claimsB, closest)) return { relation: 'same', score: round(score) };
    return { relation: related ? 'overlap' : 'unrelated', score: round(score) };
  }
}
