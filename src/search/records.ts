/**
 * Search records: every claim of a comparison becomes one Pagefind record whose URL is the claim's
 * permalink, with filters for outlet, relation, contradiction kind and comparison, and metadata to
 * show in results. Built from the comparison's JSON (`/compare/<slug>.json`), so search indexes
 * exactly what the pages show and nothing of the page chrome.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { claimRelations } from '../engine/relations.ts';
import type { ComparisonResult } from '../engine/types.ts';
import { plainText } from '../markdown/render.ts';

/** A comparison's JSON as the site publishes it. */
export interface PublishedComparison extends ComparisonResult {
  comparison: { slug: string; title: string };
}

/**
 * The comparisons' JSON as a build wrote it (`<dir>/compare/<slug>.json`), in slug order. `files`
 * limits it to these output files (a build's own, when older ones may still lie in the folder).
 */
export function readPublishedComparisons(dir: string, files?: string[]): PublishedComparison[] {
  const compareDir = join(dir, 'compare');
  let paths: string[];
  if (files) {
    paths = files.filter((file) => dirname(file) === compareDir && file.endsWith('.json'));
  } else {
    try {
      paths = readdirSync(compareDir).filter((name) => name.endsWith('.json')).map((name) => join(compareDir, name));
    } catch {
      return []; // No comparisons.
    }
  }
  return paths.sort().map((path) => JSON.parse(readFileSync(path, 'utf8')) as PublishedComparison);
}

/** One Pagefind custom record (the shape of `addCustomRecord`'s argument). */
export interface ClaimRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The records of every claim of a published comparison. */
export function claimRecords(published: PublishedComparison, language = 'en'): ClaimRecord[] {
  const relation = claimRelations(published.links);
  const kinds = new Map<string, Set<string>>();
  for (const link of published.links) {
    if (!link.kind) continue;
    for (const id of [link.from, link.to]) {
      if (!kinds.has(id)) kinds.set(id, new Set());
      kinds.get(id)!.add(link.kind);
    }
  }
  const { slug, title } = published.comparison;
  // Each claim's counterpart to show in a result: the claim across its strongest link (a
  // contradiction first, then the highest score), with that link's explanation.
  const claims = new Map(published.articles.flatMap((article) => article.claims.map((claim) => [claim.id, { claim, outlet: article.outlet }] as const)));
  const rank = { contradiction: 3, same: 2, overlap: 1 } as const;
  const best = new Map<string, (typeof published.links)[number]>();
  for (const link of published.links) {
    for (const id of [link.from, link.to]) {
      const current = best.get(id);
      if (!current || rank[link.relation] > rank[current.relation] || (rank[link.relation] === rank[current.relation] && link.score > current.score)) best.set(id, link);
    }
  }
  const counterpart = (id: string): Record<string, string> => {
    const link = best.get(id);
    if (!link) return {};
    const other = claims.get(link.from === id ? link.to : link.from);
    if (!other) return {};
    return {
      counterpart: plainText(other.claim.text),
      counterpartOutlet: other.outlet,
      counterpartUrl: `/compare/${slug}/#${other.claim.id}`,
      ...(link.explanation ? { explanation: link.explanation } : {}),
    };
  };
  return published.articles.flatMap((article) =>
    article.claims.map((claim) => {
      const claimRelation = relation.get(claim.id) ?? 'unique';
      const claimKinds = [...(kinds.get(claim.id) ?? [])].sort();
      return {
        url: `/compare/${slug}/#${claim.id}`,
        content: plainText(claim.text),
        language,
        meta: { title: plainText(claim.text), outlet: article.outlet, relation: claimRelation, comparison: title, article: article.title, ...counterpart(claim.id) },
        filters: {
          outlet: [article.outlet],
          relation: [claimRelation],
          comparison: [title],
          ...(claimKinds.length > 0 ? { kind: claimKinds } : {}),
        },
      };
    }),
  );
}
