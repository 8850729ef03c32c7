/**
 * Checking a comparison's editor overrides against its articles' claims: every id an override
 * names must be a claim of one of the comparison's articles, now or before an edit (a claim id
 * the ledger records leads to the current claim that took its place). Used by the content check
 * (one line per unknown id, with the file and line) and by the site (to apply the overrides).
 */
import type { Claim } from '../engine/types.ts';
import type { Overrides } from '../engine/overrides.ts';
import { movedClaims, type Ledger } from './ledger.ts';

/** Where an id an editor wrote leads: the current claim and its article, or why nowhere. */
export type Resolution = { id: string; article: string } | { problem: string };

/**
 * A resolver of claim ids over a comparison's articles: current ids resolve to themselves, ids of
 * edited sentences to the claim that took their place; ids of removed sentences and unknown ids
 * to a problem.
 */
export function claimResolver(articles: { slug: string; claims: Claim[] }[], ledger: Ledger): (id: string) => Resolution {
  const current = new Map<string, string>();
  const moved = new Map<string, { to: string; article: string; reason: 'changed' | 'removed' }>();
  for (const article of articles) {
    for (const claim of article.claims) current.set(claim.id, article.slug);
    for (const m of movedClaims(ledger, article.slug, article.claims)) moved.set(m.id, { to: m.to, article: article.slug, reason: m.reason });
  }
  return (id) => {
    const article = current.get(id);
    if (article) return { id, article };
    const m = moved.get(id);
    if (m?.reason === 'changed') return { id: m.to, article: m.article };
    if (m) return { problem: `claim "${id}" was removed from ${m.article}` };
    return { problem: `no claim "${id}" in this comparison's articles` };
  };
}

/** Each id an override names, with its path in the front matter ("overrides", "add", 0, "from"). */
export function overrideIds(overrides: Overrides | undefined): { id: string; path: (string | number)[] }[] {
  const out: { id: string; path: (string | number)[] }[] = [];
  for (const list of ['dismiss', 'add'] as const) {
    (overrides?.[list] ?? []).forEach((link, index) => {
      out.push({ id: link.from, path: ['overrides', list, index, 'from'] });
      out.push({ id: link.to, path: ['overrides', list, index, 'to'] });
    });
  }
  return out;
}

/** Problems of a comparison's overrides: unknown ids, and links within one article. */
export function overrideProblems(overrides: Overrides | undefined, resolve: (id: string) => Resolution): { message: string; path: (string | number)[] }[] {
  const problems: { message: string; path: (string | number)[] }[] = [];
  for (const { id, path } of overrideIds(overrides)) {
    const r = resolve(id);
    if ('problem' in r) problems.push({ message: `${path.join('.')}: ${r.problem}`, path });
  }
  for (const list of ['dismiss', 'add'] as const) {
    (overrides?.[list] ?? []).forEach((link, index) => {
      const a = resolve(link.from);
      const b = resolve(link.to);
      if ('article' in a && 'article' in b && a.article === b.article) {
        problems.push({ message: `overrides.${list}.${index}: both claims are of ${a.article}; a link joins claims of two articles`, path: ['overrides', list, index] });
      }
    });
  }
  return problems;
}
