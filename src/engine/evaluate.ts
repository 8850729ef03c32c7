/**
 * Scoring a comparison against a gold annotation (format: tests/fixtures/eval/FORMAT.md):
 * contradictions found (core and subtle), contradiction precision, shared and unique recall.
 */
import type { ComparisonResult, Claim, Link } from './types.ts';

/** A gold annotation of an article pair. */
export interface Gold {
  a: string;
  b: string;
  title?: { a?: string; b?: string };
  boilerplate?: { a?: string[]; b?: string[] };
  shared: { id: string; a: string[]; b: string[] }[];
  contradictions: { id: string; level: 'core' | 'subtle'; kind: string; a: string[]; b: string[] }[];
  acceptable_contradictions?: { id: string; a: string[]; b: string[] }[];
  unique: { a: string[]; b: string[] };
}

/** The figures of an evaluation, with the ids found and missed. */
export interface Scores {
  core: { found: string[]; missed: string[] };
  subtle: { found: string[]; missed: string[] };
  contradictionLinks: number;
  contradictionPrecision: number;
  falseContradictions: Link[];
  shared: { found: string[]; missed: string[] };
  unique: { found: string[]; missed: string[] };
}

/** Folds white space and quote characters, as the gold format prescribes. */
export function foldForGold(text: string): string {
  return text.replace(/[“”„"«»]/g, '"').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Whether a claim covers a gold string: contains it, or is contained and at least half as long. */
export function covers(claimText: string, gold: string): boolean {
  const claim = foldForGold(claimText);
  const string = foldForGold(gold);
  return claim.includes(string) || (string.includes(claim) && claim.length * 2 >= string.length);
}

/** Scores a comparison of the gold pair (articles[0] = a, articles[1] = b). */
export function score(result: ComparisonResult, gold: Gold): Scores {
  const [articleA, articleB] = result.articles;
  if (!articleA || !articleB) throw new Error('the comparison must hold the two gold articles');
  const claimsCovering = (claims: Claim[], strings: string[]) =>
    new Set(claims.filter((claim) => strings.some((s) => covers(claim.text, s))).map((c) => c.id));
  const linkJoins = (link: Link, as: Set<string>, bs: Set<string>) =>
    (as.has(link.from) && bs.has(link.to)) || (as.has(link.to) && bs.has(link.from));
  const entryMatches = (entry: { a: string[]; b: string[] }, link: Link) =>
    linkJoins(link, claimsCovering(articleA.claims, entry.a), claimsCovering(articleB.claims, entry.b));

  const contradictions = result.links.filter((link) => link.relation === 'contradiction');
  const level = (which: 'core' | 'subtle') => {
    const entries = gold.contradictions.filter((c) => c.level === which);
    const found = entries.filter((entry) => contradictions.some((link) => entryMatches(entry, link))).map((e) => e.id);
    return { found, missed: entries.map((e) => e.id).filter((id) => !found.includes(id)) };
  };
  const allowed = [...gold.contradictions, ...(gold.acceptable_contradictions ?? [])];
  const falseContradictions = contradictions.filter((link) => !allowed.some((entry) => entryMatches(entry, link)));
  const sharedFound = gold.shared.filter((entry) => result.links.some((link) => entryMatches(entry, link))).map((e) => e.id);
  const linked = new Set(result.links.flatMap((link) => [link.from, link.to]));
  const uniqueStrings = [
    ...gold.unique.a.map((s) => ({ s, claims: articleA.claims })),
    ...gold.unique.b.map((s) => ({ s, claims: articleB.claims })),
  ];
  const uniqueFound: string[] = [];
  const uniqueMissed: string[] = [];
  for (const { s, claims } of uniqueStrings) {
    const covering = claims.filter((claim) => covers(claim.text, s));
    (covering.length > 0 && covering.every((claim) => !linked.has(claim.id)) ? uniqueFound : uniqueMissed).push(s);
  }
  return {
    core: level('core'),
    subtle: level('subtle'),
    contradictionLinks: contradictions.length,
    contradictionPrecision: contradictions.length === 0 ? 1 : (contradictions.length - falseContradictions.length) / contradictions.length,
    falseContradictions,
    shared: { found: sharedFound, missed: gold.shared.map((e) => e.id).filter((id) => !sharedFound.includes(id)) },
    unique: { found: uniqueFound, missed: uniqueMissed },
  };
}
