/**
 * Comparing two or more articles: every pair of articles is aligned, contradictions are detected
 * on aligned claims and on claims about the same actor, and claims are grouped across all articles.
 */
import { scorePairs, termWeights, type Alignment, type Similarity } from './align.ts';
import { analyzeArticle, type AnalyzedClaim } from './analyze/index.ts';
import { detectors, type DetectorContext, type Finding } from './contradictions/index.ts';
import type { ArticleInput, ComparisonResult, Link } from './types.ts';

/** Thresholds of the alignment, on the similarity score (harmonic mean of coverages). */
export const THRESHOLDS = {
  /** Claims that are each other's best match link from this score. */
  mutual: 0.15,
  /** Otherwise claims among each other's two best link from this score. */
  link: 0.27,
  /** Both coverages at least this: the claims state the same thing. */
  same: 0.55,
  /** A claim contained in another (its coverage this high) links even with a lower score. */
  contained: 0.7,
  /** Contradictions below this confidence are dropped: a false alarm costs trust. */
  contradiction: 0.5,
} as const;

/** A comparison's result with the claim groups across articles. */
export interface Comparison extends ComparisonResult {
  /** Claims that state the same thing or overlap, across all articles (each group has 2+ claims). */
  groups: string[][];
}

const zero: Similarity = { score: 0, coverA: 0, coverB: 0 };

/** Rank of each alignment among its claim's alignments (0 = best), per side. */
function ranks(alignments: Alignment[]): Map<Alignment, [number, number]> {
  const byA = new Map<AnalyzedClaim, Alignment[]>();
  const byB = new Map<AnalyzedClaim, Alignment[]>();
  for (const alignment of alignments) {
    if (!byA.has(alignment.a)) byA.set(alignment.a, []);
    if (!byB.has(alignment.b)) byB.set(alignment.b, []);
    byA.get(alignment.a)!.push(alignment);
    byB.get(alignment.b)!.push(alignment);
  }
  const result = new Map<Alignment, [number, number]>();
  for (const list of byA.values()) list.sort((x, y) => y.score - x.score);
  for (const list of byB.values()) list.sort((x, y) => y.score - x.score);
  for (const alignment of alignments) {
    result.set(alignment, [byA.get(alignment.a)!.indexOf(alignment), byB.get(alignment.b)!.indexOf(alignment)]);
  }
  return result;
}

/**
 * Whether an alignment is a link. Competitive linking: two claims that are each other's best
 * match need less evidence than claims that only rank among each other's top two; a claim
 * contained in another links on its own coverage.
 */
function isLink(alignment: Alignment, rank: [number, number]): boolean {
  if (rank[0] === 0 && rank[1] === 0 && alignment.score >= THRESHOLDS.mutual) return true;
  const contained =
    Math.max(alignment.coverA, alignment.coverB) >= THRESHOLDS.contained && Math.min(alignment.coverA, alignment.coverB) >= 0.25;
  return (alignment.score >= THRESHOLDS.link || contained) && rank[0] <= 1 && rank[1] <= 1;
}

/** Runs detectors in order; the first confident finding wins. */
function detect(a: AnalyzedClaim, b: AnalyzedClaim, context: DetectorContext, aligned: boolean): Finding | undefined {
  for (const { detect: detector, aligned: needsAlignment } of detectors) {
    if (needsAlignment && !aligned) continue;
    const finding = detector(a, b, context);
    if (finding && finding.confidence >= THRESHOLDS.contradiction) return finding;
  }
  return undefined;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Claims of an article by the cues the actor-based detectors compare. */
interface CueIndex {
  byActor: Map<string, AnalyzedClaim[]>;
  byRole: Map<string, AnalyzedClaim[]>;
  withStatus: AnalyzedClaim[];
  withStance: AnalyzedClaim[];
}

function cueIndex(claims: AnalyzedClaim[]): CueIndex {
  const index: CueIndex = { byActor: new Map(), byRole: new Map(), withStatus: [], withStance: [] };
  const add = (map: Map<string, AnalyzedClaim[]>, key: string, claim: AnalyzedClaim) => {
    if (!map.has(key)) map.set(key, []);
    map.get(key)!.push(claim);
  };
  for (const claim of claims) {
    if (claim.speech.response?.actor) add(index.byActor, claim.speech.response.actor, claim);
    for (const role of claim.roles) add(index.byRole, role.role, claim);
    if (claim.status) index.withStatus.push(claim);
    if (claim.stance) index.withStance.push(claim);
  }
  return index;
}

/** Claims of the other article that share a cue with this one. */
function cueCandidates(claim: AnalyzedClaim, index: CueIndex): Set<AnalyzedClaim> {
  const found = new Set<AnalyzedClaim>();
  const actor = claim.speech.response?.actor;
  if (actor) for (const other of index.byActor.get(actor) ?? []) found.add(other);
  for (const role of claim.roles) for (const other of index.byRole.get(role.role) ?? []) found.add(other);
  if (claim.status) for (const other of index.withStatus) found.add(other);
  if (claim.stance) for (const other of index.withStance) found.add(other);
  return found;
}

/** Compares analysed articles pairwise; returns the links between their claims. */
export function linkArticles(analyzed: AnalyzedClaim[][], label: (claim: AnalyzedClaim) => string): Link[] {
  const weigh = termWeights(analyzed.flat());
  const links: Link[] = [];
  for (let i = 0; i < analyzed.length; i++) {
    for (let j = i + 1; j < analyzed.length; j++) {
      const alignments = scorePairs(analyzed[i]!, analyzed[j]!, weigh);
      const rank = ranks(alignments);
      const linked = new Map<string, Link>();
      for (const alignment of alignments) {
        if (!isLink(alignment, rank.get(alignment)!)) continue;
        const key = `${alignment.a.claim.id} ${alignment.b.claim.id}`;
        const same = Math.min(alignment.coverA, alignment.coverB) >= THRESHOLDS.same;
        linked.set(key, { from: alignment.a.claim.id, to: alignment.b.claim.id, relation: same ? 'same' : 'overlap', score: round(alignment.score) });
      }
      // Contradictions: every detector on the scored (aligned) pairs; the actor-based detectors
      // also on pairs that share a cue (the same responding actor, a status, a stance, a role),
      // found through small indexes rather than by trying every pair.
      const candidates = new Map<string, { a: AnalyzedClaim; b: AnalyzedClaim; similarity?: Similarity }>();
      for (const alignment of alignments) {
        candidates.set(`${alignment.a.claim.id} ${alignment.b.claim.id}`, { a: alignment.a, b: alignment.b, similarity: alignment });
      }
      const cues = cueIndex(analyzed[j]!);
      for (const a of analyzed[i]!) {
        for (const b of cueCandidates(a, cues)) {
          const key = `${a.claim.id} ${b.claim.id}`;
          if (!candidates.has(key)) candidates.set(key, { a, b });
        }
      }
      for (const [key, { a, b, similarity }] of candidates) {
        const finding = detect(a, b, { similarity: similarity ?? zero, label }, similarity !== undefined);
        if (!finding) continue;
        linked.set(key, {
          from: a.claim.id,
          to: b.claim.id,
          relation: 'contradiction',
          score: round(finding.confidence),
          kind: finding.kind,
          explanation: finding.explanation,
        });
      }
      links.push(...linked.values());
    }
  }
  return links;
}

/** Groups claims joined by same/overlap links (connected components), each sorted, in order. */
function groupClaims(links: Link[], order: Map<string, number>): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const link of links) {
    if (link.relation === 'contradiction') continue;
    for (const id of [link.from, link.to]) if (!parent.has(id)) parent.set(id, id);
    const [ra, rb] = [find(link.from), find(link.to)];
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(id);
  }
  const byOrder = (x: string, y: string) => order.get(x)! - order.get(y)!;
  return [...groups.values()].map((g) => g.sort(byOrder)).sort((x, y) => byOrder(x[0]!, y[0]!));
}

/** Compares two or more articles: claims, links (same, overlap, contradiction) and groups. */
export function compareArticles(articles: ArticleInput[]): Comparison {
  if (articles.length < 2) throw new Error('a comparison needs at least two articles');
  const analyzed = articles.map((article) => analyzeArticle(article));
  const outlets = new Map(articles.map((article) => [article.slug, article.outlet]));
  const label = (claim: AnalyzedClaim) => {
    const outlet = outlets.get(claim.article);
    return outlet && outlet !== 'unknown' ? outlet : `“${claim.article}”`;
  };
  const links = linkArticles(analyzed, label);
  const order = new Map(analyzed.flat().map((claim, index) => [claim.claim.id, index]));
  return {
    articles: articles.map((article, index) => ({
      slug: article.slug,
      title: article.title,
      outlet: article.outlet,
      claims: analyzed[index]!.map((claim) => claim.claim),
    })),
    links,
    groups: groupClaims(links, order),
  };
}
