/**
 * Comparing two or more articles: every pair of articles is aligned, each aligned pair of claims
 * is judged by the fitted model (`judge.ts`), contradictions are also looked for between claims
 * about the same actor, and claims are grouped across all articles.
 */
import { scorePairs, similarity, termWeights, type Alignment, type Weigh } from './align.ts';
import { analyzeArticle, type AnalyzedClaim } from './analyze/index.ts';
import { bestContradiction, fold, judgeClaims, type Judgement } from './judge.ts';
import { storedModel, type FittedModel } from './model.ts';
import type { ArticleInput, ComparisonResult, Link } from './types.ts';

/** A comparison's result with the claim groups across articles. */
export interface Comparison extends ComparisonResult {
  /** Claims that state the same thing or overlap, across all articles (each group has 2+ claims). */
  groups: string[][];
}

/**
 * How many of a claim's best-judged counterparts it may link to. Competitive linking: a claim
 * links to claims among its two most probable counterparts, which are among theirs too, so one
 * sentence repeated in an article does not link to every sentence that shares a word with it. A
 * link at least as probable as the model's `link.uncontested` (chosen by the fit on whole article
 * pairs) needs no contest: a claim that states several facts links to each claim stating one.
 */
const TOP_COUNTERPARTS = 2;

/** A candidate pair of claims, judged, with its rank among each claim's candidates (0 = most probable). */
export interface JudgedPair {
  alignment: Alignment;
  judgement: Judgement;
  rank: [number, number];
}

/** Judges every aligned pair of claims of two articles and ranks each among its claims' candidates. */
export function judgePairs(claimsA: AnalyzedClaim[], claimsB: AnalyzedClaim[], weigh: Weigh, label: (claim: AnalyzedClaim) => string, model: FittedModel = storedModel()): JudgedPair[] {
  const judged = scorePairs(claimsA, claimsB, weigh).map((alignment) => ({
    alignment,
    judgement: judgeClaims(alignment.a, alignment.b, alignment, { similarity: alignment, label }, true, model, true),
  }));
  const rank = ranks(judged);
  return judged.map((pair) => ({ ...pair, rank: rank.get(pair.alignment)! }));
}

/**
 * Whether a judged pair becomes a link: a contradiction on its own evidence; a same or overlap
 * link when it wins both its claims (among their TOP_COUNTERPARTS most probable counterparts) or
 * when it is probable enough to need no contest.
 */
export function keepsLink(pair: JudgedPair, uncontested: number): boolean {
  const { relation, link } = pair.judgement;
  if (relation === 'unrelated') return false;
  if (relation === 'contradiction') return true;
  return (pair.rank[0] < TOP_COUNTERPARTS && pair.rank[1] < TOP_COUNTERPARTS) || link >= uncontested;
}

/** Rank of each judged alignment among its claim's alignments by link probability (0 = best), per side. */
function ranks(judged: { alignment: Alignment; judgement: Judgement }[]): Map<Alignment, [number, number]> {
  const byA = new Map<AnalyzedClaim, { alignment: Alignment; link: number }[]>();
  const byB = new Map<AnalyzedClaim, { alignment: Alignment; link: number }[]>();
  for (const { alignment, judgement } of judged) {
    const entry = { alignment, link: judgement.link };
    if (!byA.has(alignment.a)) byA.set(alignment.a, []);
    if (!byB.has(alignment.b)) byB.set(alignment.b, []);
    byA.get(alignment.a)!.push(entry);
    byB.get(alignment.b)!.push(entry);
  }
  const order = (x: { link: number }, y: { link: number }) => y.link - x.link;
  for (const list of byA.values()) list.sort(order);
  for (const list of byB.values()) list.sort(order);
  const result = new Map<Alignment, [number, number]>();
  for (const { alignment } of judged) {
    result.set(alignment, [
      byA.get(alignment.a)!.findIndex((e) => e.alignment === alignment),
      byB.get(alignment.b)!.findIndex((e) => e.alignment === alignment),
    ]);
  }
  return result;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Claims of an article by the cues the detectors of differently worded claims look at. */
interface CueIndex {
  byActor: Map<string, AnalyzedClaim[]>;
  withStance: AnalyzedClaim[];
}

function cueIndex(claims: AnalyzedClaim[]): CueIndex {
  const index: CueIndex = { byActor: new Map(), withStance: [] };
  for (const claim of claims) {
    const actor = claim.speech.response?.actor;
    if (actor) {
      if (!index.byActor.has(actor)) index.byActor.set(actor, []);
      index.byActor.get(actor)!.push(claim);
    }
    if (claim.stance) index.withStance.push(claim);
  }
  return index;
}

/** Claims of the other article that share a cue with this one (the same responding actor, a stance). */
function cueCandidates(claim: AnalyzedClaim, index: CueIndex): Set<AnalyzedClaim> {
  const found = new Set<AnalyzedClaim>();
  const actor = claim.speech.response?.actor;
  if (actor) for (const other of index.byActor.get(actor) ?? []) found.add(other);
  if (claim.stance) for (const other of index.withStance) found.add(other);
  return found;
}

/** The link for a judged pair of claims, or undefined when they are unrelated. */
function toLink(a: AnalyzedClaim, b: AnalyzedClaim, judgement: Judgement): Link | undefined {
  if (judgement.contradiction) {
    const { kind, explanation, probability } = judgement.contradiction;
    return { from: a.claim.id, to: b.claim.id, relation: 'contradiction', score: round(probability), kind, explanation };
  }
  if (judgement.relation === 'unrelated') return undefined;
  return { from: a.claim.id, to: b.claim.id, relation: judgement.relation, score: round(judgement.link) };
}

/** Compares analysed articles pairwise; returns the links between their claims. */
export function linkArticles(analyzed: AnalyzedClaim[][], label: (claim: AnalyzedClaim) => string, model: FittedModel = storedModel()): Link[] {
  const weigh = termWeights(analyzed.flat());
  const links: Link[] = [];
  for (let i = 0; i < analyzed.length; i++) {
    for (let j = i + 1; j < analyzed.length; j++) {
      const judged = judgePairs(analyzed[i]!, analyzed[j]!, weigh, label, model);
      const linked = new Map<string, Link>();
      for (const pair of judged) {
        if (!keepsLink(pair, model.link.uncontested)) continue;
        const { alignment, judgement } = pair;
        const link = toLink(alignment.a, alignment.b, judgement);
        if (link) linked.set(`${alignment.a.claim.id} ${alignment.b.claim.id}`, link);
      }
      // Detectors of differently worded claims (a response, a stance) also see pairs that share
      // their cue, found through small indexes rather than by trying every pair.
      const cues = cueIndex(analyzed[j]!);
      const scored = new Set(judged.map(({ alignment }) => `${alignment.a.claim.id} ${alignment.b.claim.id}`));
      for (const a of analyzed[i]!) {
        for (const b of cueCandidates(a, cues)) {
          const key = `${a.claim.id} ${b.claim.id}`;
          if (linked.has(key) || scored.has(key)) continue;
          const sim = similarity(a, b, weigh);
          const contradiction = bestContradiction(a, b, sim, { similarity: sim, label }, false, model);
          if (contradiction) {
            linked.set(key, { from: a.claim.id, to: b.claim.id, relation: 'contradiction', score: round(contradiction.probability), kind: contradiction.kind, explanation: contradiction.explanation });
          }
        }
      }
      links.push(...withoutSelfContradictions([...linked.values()], analyzed[i]!, analyzed[j]!));
    }
  }
  return links;
}

/**
 * Drops contradictions an article cannot hold against another: x of article A against y of B
 * when A itself has a claim in y's words, or B one in x's: the article says both. An article
 * compared with its own copy then contradicts nothing.
 */
function withoutSelfContradictions(links: Link[], claimsA: AnalyzedClaim[], claimsB: AnalyzedClaim[]): Link[] {
  const textsA = new Set(claimsA.map((c) => fold(c.text)));
  const textsB = new Set(claimsB.map((c) => fold(c.text)));
  const textOf = new Map([...claimsA, ...claimsB].map((c) => [c.claim.id, fold(c.text)]));
  return links.filter((link) => link.relation !== 'contradiction' || !(textsA.has(textOf.get(link.to)!) || textsB.has(textOf.get(link.from)!)));
}

/** Groups claims joined by same/overlap links (connected components), each sorted, in order. */
export function groupClaims(links: Link[], order: Map<string, number>): string[][] {
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

/** A headline cut to its first words, for naming a report in a sentence. */
function shorten(title: string): string {
  const words = title.replace(/[“”"]/g, '').split(/\s+/);
  return words.length <= 6 ? words.join(' ') : `${words.slice(0, 6).join(' ')}…`;
}

/** Compares two or more articles: claims, links (same, overlap, contradiction) and groups. */
export function compareArticles(articles: ArticleInput[]): Comparison {
  if (articles.length < 2) throw new Error('a comparison needs at least two articles');
  const analyzed = articles.map((article) => analyzeArticle(article));
  const outlets = new Map(articles.map((article) => [article.slug, article.outlet]));
  const titles = new Map(articles.map((article) => [article.slug, article.title]));
  // Explanations name the outlet; an article of unknown outlet by its headline, never its slug.
  const label = (claim: AnalyzedClaim) => {
    const outlet = outlets.get(claim.article);
    if (outlet && outlet !== 'unknown') return outlet;
    const title = titles.get(claim.article)?.trim() ?? '';
    return title ? `the report “${shorten(title)}”` : 'the other report';
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
