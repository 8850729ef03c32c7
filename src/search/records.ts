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
  return published.articles.flatMap((article) =>
    article.claims.map((claim) => {
      const claimRelation = relation.get(claim.id) ?? 'unique';
      const claimKinds = [...(kinds.get(claim.id) ?? [])].sort();
      return {
        url: `/compare/${slug}/#${claim.id}`,
        content: plainText(claim.text),
        language,
        meta: { title: plainText(claim.text), outlet: article.outlet, relation: claimRelation, comparison: title, article: article.title },
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
