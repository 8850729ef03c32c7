/**
 * The site's view of a comparison: the engine's result for its articles, computed once per
 * comparison per build (memoised by a digest of the content it depends on), with each article's
 * HTML marked claim by claim. Pages only route and render this.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { compareArticles, type Comparison } from '../engine/compare.ts';
import type { Claim, Link } from '../engine/types.ts';
import { renderMarkdown, type ClaimMarkup } from '../markdown/render.ts';

/** A claim's strongest relation on the page: contradiction > same > overlap, else unique. */
export type ClaimRelation = 'contradiction' | 'same' | 'overlap' | 'unique';

const RANK: Record<ClaimRelation, number> = { contradiction: 3, same: 2, overlap: 1, unique: 0 };

/** Signs for relations: a cue that does not rely on colour. */
export const RELATION_SIGN: Record<ClaimRelation, string> = { same: '=', overlap: '≈', contradiction: '≠', unique: '◆' };

/** Words for relations, for labels and the legend. */
export const RELATION_WORDS: Record<ClaimRelation, string> = {
  same: 'states the same',
  overlap: 'overlaps',
  contradiction: 'contradicts',
  unique: 'only in this report',
};

/** A claim with its article and links, as shown on the page. */
export interface ClaimView {
  claim: Claim;
  article: ArticleView;
  relation: ClaimRelation;
  links: { link: Link; other: ClaimView }[];
}

/** An article of a comparison with its marked-up HTML. */
export interface ArticleView {
  slug: string;
  title: string;
  outlet: string;
  url?: string;
  published?: Date;
  author?: string;
  html: string;
  claims: ClaimView[];
  counts: Record<ClaimRelation, number>;
}

/** A contradiction between two claims, numbered for anchors (`#contradiction-1`). */
export interface ContradictionView {
  number: number;
  link: Link;
  from: ClaimView;
  to: ClaimView;
}

/** Everything a comparison page shows. */
export interface ComparisonView {
  slug: string;
  title: string;
  introHtml: string;
  articles: ArticleView[];
  contradictions: ContradictionView[];
  claims: Map<string, ClaimView>;
  result: Comparison;
}

/** Shortens a claim for labels. */
export function excerpt(text: string, words = 12): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')}…`;
}

/** Path of a comparison page, and of a claim's permalink on it. */
export const comparisonPath = (slug: string) => `/compare/${slug}/`;
export const claimPermalink = (slug: string, claimId: string) => `/compare/${slug}/#${claimId}`;
export const claimPagePath = (slug: string, claimId: string) => `/compare/${slug}/claim/${claimId}/`;

/** A text-fragment link into the original article at the outlet (`#:~:text=`). */
export function textFragmentUrl(url: string, text: string): string {
  const words = text.trim().split(/\s+/);
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length > 8 ? `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}` : encode(text.trim());
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}

function build(comparison: CollectionEntry<'comparisons'>, entries: CollectionEntry<'articles'>[]): ComparisonView {
  const result = compareArticles(
    entries.map((entry) => ({ slug: entry.id, title: entry.data.title, outlet: entry.data.outlet, body: entry.body ?? '' })),
  );
  const claims = new Map<string, ClaimView>();
  const articles: ArticleView[] = entries.map((entry, index) => {
    const article: ArticleView = {
      slug: entry.id,
      title: entry.data.title,
      outlet: entry.data.outlet,
      url: entry.data.url,
      published: entry.data.published,
      author: entry.data.author,
      html: '',
      claims: [],
      counts: { same: 0, overlap: 0, contradiction: 0, unique: 0 },
    };
    for (const claim of result.articles[index]!.claims) {
      const view: ClaimView = { claim, article, relation: 'unique', links: [] };
      article.claims.push(view);
      claims.set(claim.id, view);
    }
    return article;
  });
  for (const link of result.links) {
    const from = claims.get(link.from)!;
    const to = claims.get(link.to)!;
    from.links.push({ link, other: to });
    to.links.push({ link, other: from });
    for (const side of [from, to]) if (RANK[link.relation] > RANK[side.relation]) side.relation = link.relation;
  }
  const contradictions = result.links
    .filter((link) => link.relation === 'contradiction')
    .map((link, index) => ({ number: index + 1, link, from: claims.get(link.from)!, to: claims.get(link.to)! }));
  const contradictionNumber = new Map(contradictions.map((c) => [c.link, c.number]));

  articles.forEach((article, index) => {
    for (const view of article.claims) article.counts[view.relation]++;
    const markup: ClaimMarkup[] = article.claims.map((view) => ({
      id: view.claim.id,
      start: view.claim.start,
      end: view.claim.end,
      relation: view.relation,
      // Kept short: these links are repeated for every claim, and the page weight matters.
      refs: view.links.map(({ link, other }) => {
        const number = contradictionNumber.get(link);
        return number
          ? { href: `#contradiction-${number}`, text: RELATION_SIGN.contradiction, label: `contradiction ${number}, with ${other.article.outlet}` }
          : { href: `#${other.claim.id}`, text: RELATION_SIGN[link.relation], label: `${link.relation} in ${other.article.outlet}` };
      }),
    }));
    article.html = renderMarkdown(entries[index]!.body ?? '', markup);
  });

  return {
    slug: comparison.id,
    title: comparison.data.title,
    introHtml: comparison.body?.trim() ? renderMarkdown(comparison.body) : '',
    articles,
    contradictions,
    claims,
    result,
  };
}

const views = new Map<string, ComparisonView>();

/** Digest of everything a comparison's view depends on: its own file and its articles' data and text. */
function digest(comparison: CollectionEntry<'comparisons'>, entries: CollectionEntry<'articles'>[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([comparison.data, comparison.body]));
  for (const entry of entries) hash.update(JSON.stringify([entry.id, entry.data, entry.body]));
  return hash.digest('hex');
}

/** The view of one comparison, computed once per build and content. */
export async function loadComparison(comparison: CollectionEntry<'comparisons'>): Promise<ComparisonView> {
  const entries = await Promise.all(
    comparison.data.articles.map(async (slug) => {
      const entry = await getEntry('articles', slug);
      // The content check has already verified that every listed article exists.
      if (!entry) throw new Error(`comparison ${comparison.id} lists a missing article "${slug}"`);
      return entry;
    }),
  );
  const key = `${comparison.id}:${digest(comparison, entries)}`;
  let view = views.get(key);
  if (!view) {
    view = build(comparison, entries);
    views.set(key, view);
  }
  return view;
}

/** All comparisons, sorted by title. */
export async function loadComparisons(): Promise<ComparisonView[]> {
  const comparisons = await getCollection('comparisons');
  const loaded = await Promise.all(comparisons.map((comparison) => loadComparison(comparison)));
  return loaded.sort((a, b) => a.title.localeCompare(b.title));
}
