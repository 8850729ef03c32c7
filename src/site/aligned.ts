/**
 * The aligned view of a comparison (`/compare/<slug>/aligned/`): one row per statement the
 * reports share (claims joined by links, whatever their relation) and one per claim only one
 * outlet reports, in the reading order of the articles, with a cell per outlet. For two outlets
 * it reads as "outlet A's claim | relation | outlet B's claim"; for three to five it is a
 * consensus view: which outlets report a statement, and whether they agree or disagree.
 */
import type { ClaimRelation } from '../engine/relations.ts';
import type { ClaimView, ComparisonView } from './comparisons.ts';

/** One row: the claims of each article (by the view's article order) that make one statement. */
export interface AlignedRow {
  cells: ClaimView[][];
  /** contradiction when any two of its claims conflict; same when every link states the same; unique for one claim. */
  status: ClaimRelation;
  /** How many outlets report it. */
  outlets: number;
  /** Explanations of the contradictions inside the row. */
  explanations: string[];
}

/** The rows of a comparison's aligned view. */
export function alignedRows(view: ComparisonView): AlignedRow[] {
  const order = new Map<string, number>();
  view.articles.forEach((article, a) => article.claims.forEach((claim, c) => order.set(claim.claim.id, a * 100_000 + c)));
  // Claims joined by any link are one statement (union-find over the links).
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const link of view.result.links) {
    if (!order.has(link.from) || !order.has(link.to)) continue;
    for (const id of [link.from, link.to]) if (!parent.has(id)) parent.set(id, id);
    const [x, y] = [find(link.from), find(link.to)];
    if (x !== y) parent.set(order.get(x)! < order.get(y)! ? y : x, order.get(x)! < order.get(y)! ? x : y);
  }
  const clusters = new Map<string, ClaimView[]>();
  for (const claim of view.claims.values()) {
    const root = parent.has(claim.claim.id) ? find(claim.claim.id) : claim.claim.id;
    clusters.set(root, [...(clusters.get(root) ?? []), claim]);
  }
  // Rows in reading order: of the first article, then claims only the others have, by article.
  const rows = [...clusters.values()]
    .map((claims) => claims.sort((x, y) => order.get(x.claim.id)! - order.get(y.claim.id)!))
    .sort((x, y) => order.get(x[0]!.claim.id)! - order.get(y[0]!.claim.id)!);
  return rows.map((claims) => {
    const ids = new Set(claims.map((c) => c.claim.id));
    const links = view.result.links.filter((l) => ids.has(l.from) && ids.has(l.to));
    const status: ClaimRelation =
      claims.length === 1 ? 'unique' : links.some((l) => l.relation === 'contradiction') ? 'contradiction' : links.every((l) => l.relation === 'same') ? 'same' : 'overlap';
    const cells = view.articles.map((article) => claims.filter((c) => c.article.slug === article.slug));
    return {
      cells,
      status,
      outlets: cells.filter((cell) => cell.length > 0).length,
      explanations: links.filter((l) => l.relation === 'contradiction' && l.explanation).map((l) => l.explanation!),
    };
  });
}
