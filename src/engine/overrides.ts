/**
 * Editor overrides of a comparison (`overrides` in `content/comparisons/<slug>.md`, contract §1):
 * links the editor dismisses and links the engine missed. Applied to the engine's result before
 * anything reads it, so the page, the JSON and search all show the same links.
 */
import { groupClaims, type Comparison } from './compare.ts';
import type { ContradictionKind, Link, Relation } from './types.ts';

/** One link the editor rejects: either direction of the pair. */
export interface DismissedLink {
  from: string;
  to: string;
}

/** One link the editor adds. */
export interface AddedLink {
  from: string;
  to: string;
  relation: Relation;
  kind?: ContradictionKind;
  explanation?: string;
}

export interface Overrides {
  dismiss?: DismissedLink[];
  add?: AddedLink[];
}

const pairKey = (from: string, to: string) => (from < to ? `${from} ${to}` : `${to} ${from}`);

/**
 * The comparison with the editor's overrides applied: dismissed links removed, added links in
 * place of any engine link between the same two claims, marked `by: "editor"`, and the claim
 * groups recomputed. `resolve` maps an id the editor wrote to the claim's current id (ids a
 * claim had before lead to it through the claims ledger); ids are checked before this runs.
 */
export function applyOverrides(result: Comparison, overrides: Overrides | undefined, resolve: (id: string) => string = (id) => id): Comparison {
  if (!overrides || ((overrides.dismiss?.length ?? 0) === 0 && (overrides.add?.length ?? 0) === 0)) return result;
  const dismissed = new Set((overrides.dismiss ?? []).map((d) => pairKey(resolve(d.from), resolve(d.to))));
  const added: Link[] = (overrides.add ?? []).map((a) => ({
    from: resolve(a.from),
    to: resolve(a.to),
    relation: a.relation,
    score: 1,
    ...(a.kind ? { kind: a.kind } : {}),
    ...(a.explanation ? { explanation: a.explanation } : {}),
    by: 'editor' as const,
  }));
  const replaced = new Set(added.map((link) => pairKey(link.from, link.to)));
  const links = [
    ...result.links.filter((link) => !dismissed.has(pairKey(link.from, link.to)) && !replaced.has(pairKey(link.from, link.to))),
    ...added.filter((link) => !dismissed.has(pairKey(link.from, link.to))),
  ];
  const order = new Map(result.articles.flatMap((article) => article.claims).map((claim, index) => [claim.id, index]));
  return { ...result, links, groups: groupClaims(links, order) };
}
