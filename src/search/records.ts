/**
 * Search records: each comparison becomes one Pagefind page whose claims are its sub-results, at
 * the claims' permalinks, with filters for outlet, relation, contradiction kind and comparison; the
 * claims' outlets, relations and counterparts are published beside it for the search page. Built
 * from the comparisons as the build computed and published them (`src/site/build-store.ts`), so
 * search indexes exactly what the pages show and nothing of the page chrome.
 */
import { claimRelations, stronger, type ClaimRelation } from '../engine/relations.ts';
import type { PublishedComparison } from '../site/build-store.ts';
import { plainText } from '../markdown/render.ts';
import { foldedNames } from './fold.ts';

export type { PublishedComparison };

/** What a search result shows beside a claim: its counterpart across its strongest link. */
export interface Counterpart {
  text: string;
  outlet: string;
  url: string;
  explanation?: string;
}

/**
 * Each linked claim's counterpart to show in a search result: the claim across its strongest link
 * (a contradiction first, then the highest score), with that link's explanation.
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

/** What the search page shows of a claim beyond what Pagefind returns: its words, outlet, relation, kinds and counterpart. */
export interface ClaimInfo {
  /** The claim's words, plain (a search by filters alone gets no sub-results to read them from). */
  text: string;
  outlet: string;
  relation: ClaimRelation;
  kinds?: string[];
  counterpart?: Counterpart;
}

/**
 * Every claim's words, outlet, strongest relation, contradiction kinds and counterpart, published per
 * comparison as `/compare/<slug>/claims.json`: the search page filters and labels the claims a
 * search finds with it, for the comparisons it shows.
 */
export function claimInfo(published: PublishedComparison): Record<string, ClaimInfo> {
  const relation = claimRelations(published.links);
  const kinds = contradictionKinds(published);
  const others = counterparts(published);
  const out: Record<string, ClaimInfo> = {};
  for (const article of published.articles) {
    for (const claim of article.claims) {
      const claimKinds = [...(kinds.get(claim.id) ?? [])].sort();
      out[claim.id] = {
        text: plainText(claim.text),
        outlet: article.outlet,
        relation: relation.get(claim.id) ?? 'unique',
        ...(claimKinds.length > 0 ? { kinds: claimKinds } : {}),
        ...(others[claim.id] ? { counterpart: others[claim.id] } : {}),
      };
    }
  }
  return out;
}

/** The contradiction kinds of each claim's links. */
function contradictionKinds(published: PublishedComparison): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  for (const link of published.links) {
    if (!link.kind) continue;
    for (const id of [link.from, link.to]) {
      if (!kinds.has(id)) kinds.set(id, new Set());
      kinds.get(id)!.add(link.kind);
    }
  }
  return kinds;
}

/** A page for Pagefind's `addHTMLFile`: its URL and HTML. */
export interface SearchPage {
  url: string;
  content: string;
  /** How many claims it holds. */
  claims: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Claims per search page at most. Pagefind works out a page's sub-results in the reader's browser
 * in time that grows with the headings times the matches, so a comparison of thousands of claims
 * that all match a word would stall the search page; a larger comparison is cut into several pages.
 */
export const MAX_CLAIMS_PER_PAGE = 400;

/**
 * The search records of a comparison: Pagefind pages at the comparison's URL whose claims are
 * headings with the claims' ids, so Pagefind returns each matching claim as a sub-result at its
 * permalink (`/compare/<slug>/#<claim id>`). One record per comparison keeps the index that a first
 * search downloads small however many claims the site has; a comparison of more than
 * MAX_CLAIMS_PER_PAGE claims has further pages at `/compare/<slug>/?part=2` and so on, which open
 * the same page (the search page links every claim at its permalink).
 *
 * A heading holds the claim's words; the paragraph after it the claim's names folded ("zelenski"
 * for Zelensky and Zelenskyy), so one spelling finds the others. Filters (outlet, relation,
 * contradiction kind, comparison) are the values the page's claims have, in an element Pagefind
 * does not index: no headline or event title is searchable, or a word of a headline would find
 * every claim of its article. The search page narrows the claims to the filter with `claims.json`
 * (`claimInfo`).
 */
export function searchPages(published: PublishedComparison, language = 'en'): SearchPage[] {
  const info = claimInfo(published);
  const claims = published.articles.flatMap((article) => article.claims);
  const pages: SearchPage[] = [];
  for (let from = 0; from < Math.max(claims.length, 1); from += MAX_CLAIMS_PER_PAGE) {
    const part = claims.slice(from, from + MAX_CLAIMS_PER_PAGE);
    const values = (pick: (claim: ClaimInfo) => string[]) => [...new Set(part.flatMap((claim) => pick(info[claim.id]!)))].sort();
    const filters: [string, string[]][] = [
      ['comparison', [published.comparison.title]],
      ['outlet', values((c) => [c.outlet])],
      ['relation', values((c) => [c.relation])],
      ['kind', values((c) => c.kinds ?? [])],
    ];
    const filterHtml = filters.flatMap(([name, list]) => list.map((value) => `<span data-pagefind-filter="${name}">${escapeHtml(value)}</span>`)).join('');
    const headings = part.map((claim) => {
      const text = plainText(claim.text);
      const folded = foldedNames(text);
      return `<h2 id="${escapeHtml(claim.id)}">${escapeHtml(text)}</h2>${folded.length > 0 ? `<p>${escapeHtml(folded.join(' '))}</p>` : ''}`;
    });
    const number = from / MAX_CLAIMS_PER_PAGE + 1;
    pages.push({
      url: `/compare/${published.comparison.slug}/${number === 1 ? '' : `?part=${number}`}`,
      content: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"></head><body><div data-pagefind-ignore>${filterHtml}</div>${headings.join('')}</body></html>`,
      claims: part.length,
    });
  }
  return pages;
}
