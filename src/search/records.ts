/**
 * Search records: every claim of a comparison becomes one Pagefind record whose URL is the claim's
 * permalink, with filters for outlet, relation, contradiction kind and comparison, and metadata to
 * show in results. Built from the comparison's JSON (`/compare/<slug>.json`), so search indexes
 * exactly what the pages show and nothing of the page chrome.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { claimRelations, stronger } from '../engine/relations.ts';
import type { ComparisonResult } from '../engine/types.ts';
import { plainText } from '../markdown/render.ts';
import { foldedNames } from './fold.ts';

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

/** What a search result shows beside a claim: its counterpart across its strongest link. */
export interface Counterpart {
  text: string;
  outlet: string;
  url: string;
  explanation?: string;
}

/**
 * Each linked claim's counterpart to show in a search result: the claim across its strongest link
 * (a contradiction first, then the highest score), with that link's explanation. Published per
 * comparison as `/compare/<slug>/counterparts.json`, fetched for the comparisons a search shows.
 */
export function counterparts(published: PublishedComparison): Record<string, Counterpart> {
  const { slug } = published.comparison;
  const claims = new Map(published.articles.flatMap((article) => article.claims.map((claim) => [claim.id, { claim, outlet: article.outlet }] as const)));
  const best = new Map<string, (typeof published.links)[number]>();
  for (const link of published.links) {
    for (const id of [link.from, link.to]) {
      const current = best.get(id);
      const better = !current || (link.relation === current.relation ? link.score > current.score : stronger(current.relation, link.relation) === link.relation);
      if (better) best.set(id, link);
    }
  }
  const out: Record<string, Counterpart> = {};
  for (const [id, link] of best) {
    const other = claims.get(link.from === id ? link.to : link.from);
    if (!other) continue;
    out[id] = {
      text: plainText(other.claim.text),
      outlet: other.outlet,
      url: `/compare/${slug}/#${other.claim.id}`,
      ...(link.explanation ? { explanation: link.explanation } : {}),
    };
  }
  return out;
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
        // The claim's words, and its names folded ("zelenski" for Zelensky and Zelenskyy) so one
        // spelling finds the others; results show `meta.title`, not this content.
        content: [plainText(claim.text), ...foldedNames(plainText(claim.text))].join(' '),
        language,
        // Pagefind indexes a record's metadata too: no headline or event title here, or a word of
        // a headline would find every claim of its article. The event's title is a filter value.
        // Counterparts and explanations are in `/compare/<slug>/counterparts.json` for the same reason.
        meta: { title: plainText(claim.text), outlet: article.outlet, relation: claimRelation },
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
