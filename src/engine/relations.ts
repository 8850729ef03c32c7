/**
 * A claim's relation on a page or in search: the strongest of its links
 * (contradiction > same > overlap), or `unique` when it has none.
 */
import type { Link, Relation } from './types.ts';

/** A claim's shown relation. */
export type ClaimRelation = Relation | 'unique';

const RANK: Record<ClaimRelation, number> = { contradiction: 3, same: 2, overlap: 1, unique: 0 };

/** The stronger of two relations. */
export function stronger(a: ClaimRelation, b: ClaimRelation): ClaimRelation {
  return RANK[b] > RANK[a] ? b : a;
}

/** Each linked claim's strongest relation; claims absent from the map are unique. */
export function claimRelations(links: Link[]): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  for (const link of links) {
    for (const id of [link.from, link.to]) relations.set(id, stronger(relations.get(id) ?? 'unique', link.relation) as Relation);
  }
  return relations;
}
