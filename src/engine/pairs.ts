/**
 * Judging text pairs (`collate compare --pairs`): how text b relates to text a — states it
 * (`same`), contradicts it, is about the same thing (`overlap`), or `unrelated` — with a score,
 * the confidence that b states a. Each distinct text is analysed once, however many pairs use it.
 */
import { scorePairs, termSimilarity, TermPool, termWeights, type Weigh } from './align.ts';
import { analyzeArticle, LIGHT_LEMMAS, type AnalyzedClaim, type Term } from './analyze/index.ts';
import { detectors } from './contradictions/index.ts';

/** One judged pair. */
export interface PairJudgement {
  relation: 'same' | 'overlap' | 'contradiction' | 'unrelated';
  score: number;
}

/** Thresholds on the score (coverage of a by b). */
export const PAIR_THRESHOLDS = { same: 0.6, overlap: 0.22, aligned: 0.3, contradiction: 0.5 } as const;

/** Analyses texts once each and judges pairs of them against shared term weights. */
export class PairJudge {
  private readonly analysed = new Map<string, AnalyzedClaim[]>();
  private readonly pools = new Map<string, TermPool>();
  private weigh: Weigh | undefined;

  /** Adds a text to the pool (analysed once); call before the first judgement. */
  add(text: string): void {
    if (this.analysed.has(text)) return;
    const slug = `t${this.analysed.size}`;
    this.analysed.set(text, analyzeArticle({ slug, title: '', outlet: '', body: text }));
    this.weigh = undefined;
    this.claims = 0;
  }

  /** Number of distinct texts analysed. */
  get size(): number {
    return this.analysed.size;
  }

  /** The confidence of the first confident contradiction between a claim of a and one of b, or 0. */
  private contradicts(claimsA: AnalyzedClaim[], claimsB: AnalyzedClaim[], alignments: ReturnType<typeof scorePairs>): number {
    const aligned = new Map(alignments.map((alignment) => [`${alignment.a.claim.id} ${alignment.b.claim.id}`, alignment]));
    const cued = (claim: AnalyzedClaim) => Boolean(claim.speech.response || claim.status || claim.stance || claim.roles.length > 0);
    for (const x of claimsA) {
      for (const y of claimsB) {
        const similarity = aligned.get(`${x.claim.id} ${y.claim.id}`);
        if (!similarity && !(cued(x) && cued(y))) continue;
        const context = { similarity: similarity ?? { score: 0, coverA: 0, coverB: 0 }, label: () => 'one text' };
        for (const { detect, aligned: needsAlignment } of detectors) {
          if (needsAlignment && (!similarity || similarity.score < PAIR_THRESHOLDS.aligned)) continue;
          const finding = detect(x, y, context);
          if (finding && finding.confidence >= PAIR_THRESHOLDS.contradiction) return finding.confidence;
        }
      }
    }
    return 0;
  }

  private claims = 0;

  /** How many claims all the texts have (for what counts as a rare word). */
  private claimCount(): number {
    if (this.claims === 0) for (const claims of this.analysed.values()) this.claims += claims.length;
    return this.claims;
  }

  private weights(): Weigh {
    this.weigh ??= termWeights([...this.analysed.values()].flat());
    return this.weigh;
  }

  /** How text b relates to text a. */
  judge(a: string, b: string): PairJudgement {
    this.add(a);
    this.add(b);
    const claimsA = this.analysed.get(a)!;
    const claimsB = this.analysed.get(b)!;
    const weigh = this.weights();
    if (claimsA.length === 0 || claimsB.length === 0) return { relation: 'unrelated', score: 0 };

    // Coverage of each claim of a by its best claim of b (blocked candidates, as in comparisons),
    // and of a's terms by all of b's terms (a headline's words spread over an article).
    const allTermsB = claimsB.flatMap((claim) => claim.terms);
    let pool = this.pools.get(b);
    if (!pool) this.pools.set(b, (pool = new TermPool(allTermsB)));
    const alignments = scorePairs(claimsA, claimsB, weigh);
    let mass = 0;
    let covered = 0;
    for (const x of claimsA) {
      const weight = x.terms.reduce((sum, term) => sum + weigh(term), 0);
      const best = Math.max(0, ...alignments.filter((alignment) => alignment.a === x).map((alignment) => alignment.coverA));
      mass += weight;
      covered += weight * Math.max(best, 0.85 * pool.coverage(x.terms, weigh));
    }
    const contradiction = this.contradicts(claimsA, claimsB, alignments);
    const score = mass === 0 ? 0 : Math.round((covered / mass) * 1000) / 1000;
    // Texts about the same thing share something specific: an entity, two content words, or one
    // rare word (used by at most three of all the texts' claims).
    const shared = claimsA.flatMap((claim) => claim.terms).filter((term) => !LIGHT_LEMMAS.has(term.key.slice(2)) && pool.has(term));
    const rare = Math.log(1 + this.claimCount() / 3);
    const anchored =
      shared.some((term) => term.key.startsWith('e:') || weigh(term) >= rare) || new Set(shared.map((term) => term.key)).size >= 2;
    // b contradicts a: the confidence that b states a falls with the confidence of the contradiction.
    if (contradiction > 0) return { relation: 'contradiction', score: Math.round(score * (1 - contradiction) * 1000) / 1000 };
    if (!anchored) return { relation: 'unrelated', score };
    if (score >= PAIR_THRESHOLDS.same && predicatesStated(claimsA, allTermsB)) return { relation: 'same', score };
    if (score >= PAIR_THRESHOLDS.overlap) return { relation: 'overlap', score };
    return { relation: 'unrelated', score };
  }
}

/**
 * Whether b states a's predicates: at least half of a's content verbs find a verb of like meaning
 * in b. "The museum reopened" is not stated by "the renovated museum drew queues".
 */
function predicatesStated(claimsA: AnalyzedClaim[], termsB: Term[]): boolean {
  const verbs = claimsA.flatMap((claim) => claim.terms.filter((term) => term.verb && !LIGHT_LEMMAS.has(term.key.slice(2))));
  if (verbs.length === 0) return true;
  const verbsB = termsB.filter((term) => term.verb);
  const stated = verbs.filter((verb) => verbsB.some((other) => termSimilarity(verb, other) >= 0.5));
  return stated.length * 2 >= verbs.length;
}

