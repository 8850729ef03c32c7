/**
 * The site's view of a comparison: the engine's result for its articles, computed once per
 * comparison per build (memoised by a digest of the content it depends on), with each article's
 * HTML marked claim by claim. Pages only route and render this.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Comparison } from '../engine/compare.ts';
import { stronger, type ClaimRelation } from '../engine/relations.ts';
import type { Claim, Link } from '../engine/types.ts';
import { plainText, renderMarkdown, type ClaimMarkup } from '../markdown/render.ts';
import { movedClaims, readLedger, type Ledger, type MovedClaim } from '../content/ledger.ts';
import { publishedAsWritten, type PublishedDate } from './published.ts';
import { claimResolver } from '../content/overrides.ts';
import { applyOverrides } from '../engine/overrides.ts';
import { cachedComparison, comparisonDigest } from './engine-cache.ts';
import { projectRoot } from './root.ts';
import { currentBuildStore, recordComparison, type PublishedComparison } from './build-store.ts';
import { textFragmentUrl } from './text-fragment.ts';
import { Progress } from '../progress.ts';

export type { ClaimRelation };
export { textFragmentUrl };

import { RELATION_SIGN, RELATION_WORDS } from './vocabulary.ts';

export { RELATION_SIGN, RELATION_WORDS };

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
  /** Past claim ids of this article and the current claims they now lead to. */
  moved: MovedClaim[];
  title: string;
  outlet: string;
  url?: string;
  published?: Date;
  /**
   * The publication date as the article gives it: `day` is the calendar day written
   * (2025-04-26T23:30:00-05:00 is the 26th, whatever the build machine's time zone), `datetime`
   * the value for a `<time>` element.
   */
  publishedAs?: PublishedDate;
  author?: string;
  /** The article as HTML with its claims marked (rendered on first use). */
  readonly html: string;
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
  /** Digest of everything the comparison's pages show: the key of their incremental-build cache. */
  digest: string;
  title: string;
  introHtml: string;
  articles: ArticleView[];
  contradictions: ContradictionView[];
  claims: Map<string, ClaimView>;
  result: Comparison;
}

/** The reader-facing words of a claim (no Markdown or HTML syntax), shortened for labels. */
export function excerpt(text: string, words = 12): string {
  const plain = plainText(text);
  const parts = plain.split(/\s+/);
  return parts.length <= words ? plain : `${parts.slice(0, words).join(' ')}…`;
}

/** A comparison as the site publishes it: its JSON (`/compare/<slug>.json`) and its build record. */
export function publishedComparison(view: ComparisonView): PublishedComparison {
  return { comparison: { slug: view.slug, title: view.title }, ...view.result };
}

/** Path of a comparison page, and of a claim's permalink on it. */
export const comparisonPath = (slug: string) => `/compare/${slug}/`;
export const claimPermalink = (slug: string, claimId: string) => `/compare/${slug}/#${claimId}`;
export { plainText };
export const claimPagePath = (slug: string, claimId: string) => `/compare/${slug}/claim/${claimId}/`;


function build(comparison: CollectionEntry<'comparisons'>, entries: CollectionEntry<'articles'>[], result: Comparison, digest: string): ComparisonView {
  const claims = new Map<string, ClaimView>();
  const articles: ArticleView[] = entries.map((entry, index) => {
    const article: ArticleView = {
      slug: entry.id,
      moved: movedClaims(ledger(), entry.id, result.articles[index]!.claims),
      title: entry.data.title,
      outlet: entry.data.outlet,
      url: entry.data.url,
      published: entry.data.published,
      publishedAs: publishedAsWritten(entry.data.published, entry.filePath, projectRoot()),
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
    for (const side of [from, to]) side.relation = stronger(side.relation, link.relation);
  }
  const contradictions = result.links
    .filter((link) => link.relation === 'contradiction')
    .map((link, index) => ({ number: index + 1, link, from: claims.get(link.from)!, to: claims.get(link.to)! }));
  const contradictionNumber = new Map(contradictions.map((c) => [c.link, c.number]));

  articles.forEach((article, index) => {
    for (const view of article.claims) article.counts[view.relation]++;
    // Rendered on first use: pages that list claims need no article HTML.
    let html: string | undefined;
    Object.defineProperty(article, 'html', { get: () => (html ??= renderArticle(article, entries[index]!)) });
  });

  /** The article's Markdown as HTML with its claims marked. */
  function renderArticle(article: ArticleView, entry: CollectionEntry<'articles'>): string {
    const markup: ClaimMarkup[] = article.claims.map((view) => ({
      aliases: article.moved.filter((moved) => moved.to === view.claim.id).map(({ id, reason }) => ({ id, reason })),
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
    return renderMarkdown(entry.body ?? '', markup);
  }

  return {
    slug: comparison.id,
    digest,
    title: comparison.data.title,
    introHtml: comparison.body?.trim() ? renderMarkdown(comparison.body) : '',
    articles,
    contradictions,
    claims,
    result,
  };
}

const views = new Map<string, Promise<ComparisonView>>();
let ledgerCache: Ledger | undefined;

/** The project's claims ledger, read once per build. */
function ledger(): Ledger {
  ledgerCache ??= readLedger(projectRoot());
  return ledgerCache;
}
let progress: Promise<Progress> | undefined;
const engine = { computed: 0, cached: 0, seconds: 0 };

/** Digest of what a comparison's page shows besides the engine's result: its own file and article data. */
function viewDigest(comparison: CollectionEntry<'comparisons'>, entries: CollectionEntry<'articles'>[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([comparison.id, comparison.data, comparison.body]));
  for (const entry of entries) hash.update(JSON.stringify([entry.id, entry.data, entry.body]));
  return hash.digest('hex');
}

/**
 * The view of one comparison. The engine's result comes from the on-disk cache when the articles
 * are unchanged (src/site/engine-cache.ts); the view is built once per build and reused by every
 * page that shows the comparison.
 */
export function loadComparison(comparison: CollectionEntry<'comparisons'>): Promise<ComparisonView> {
  // Pages ask for the same comparison many times, often at once: one promise per comparison.
  let view = views.get(comparison.id);
  if (!view) {
    view = computeView(comparison);
    views.set(comparison.id, view);
  }
  return view;
}

async function computeView(comparison: CollectionEntry<'comparisons'>): Promise<ComparisonView> {
  const entries = await Promise.all(
    comparison.data.articles.map(async (slug) => {
      const entry = await getEntry('articles', slug);
      // The content check has already verified that every listed article exists.
      if (!entry) throw new Error(`comparison ${comparison.id} lists a missing article "${slug}"`);
      return entry;
    }),
  );
  progress ??= getCollection('comparisons').then((all) => new Progress('comparisons', all.length));
  const counter = await progress;
  const inputs = entries.map((entry) => ({ slug: entry.id, title: entry.data.title, outlet: entry.data.outlet, body: entry.body ?? '', knownClaims: ledger().articles[entry.id] }));
  const { result: computed, cached, seconds } = cachedComparison(inputs);
  // The editor's overrides apply before anything reads the result: page, JSON and search agree.
  const resolve = claimResolver(computed.articles, ledger());
  const result = applyOverrides(computed, comparison.data.overrides, (id) => {
    const to = resolve(id);
    return 'id' in to ? to.id : id;
  });
  engine[cached ? 'cached' : 'computed']++;
  engine.seconds += seconds;
  const movedDigest = createHash('sha256')
    .update(JSON.stringify(entries.map((entry) => ledger().articles[entry.id] ?? {})))
    .digest('hex')
    .slice(0, 12);
  const view = build(comparison, entries, result, `${viewDigest(comparison, entries).slice(0, 24)}-${comparisonDigest(inputs).slice(0, 24)}-${movedDigest}`);
  // Search and the ledger check read the comparison from the build's store (src/site/build-store.ts).
  const store = currentBuildStore();
  if (store) recordComparison(store, publishedComparison(view));
  counter.step(cached ? '(cached)' : '');
  if (engine.computed + engine.cached === counter.total) {
    counter.finish(`engine: ${counter.total} comparisons, ${engine.computed} computed, ${engine.cached} from cache, ${engine.seconds.toFixed(2)} s`);
  }
  return view;
}

/**
 * Static paths with one page per comparison (its page, its claims list, its JSON). The cacheKey
 * lets Astro's incremental build copy an unchanged comparison's output from the previous build.
 */
export async function comparisonPaths() {
  const comparisons = await getCollection('comparisons');
  return Promise.all(
    comparisons.map(async (comparison) => ({
      params: { slug: comparison.id },
      props: { comparison },
      cacheKey: (await loadComparison(comparison)).digest,
    })),
  );
}

/** All comparisons, sorted by title. */
export async function loadComparisons(): Promise<ComparisonView[]> {
  const comparisons = await getCollection('comparisons');
  const loaded = await Promise.all(comparisons.map((comparison) => loadComparison(comparison)));
  return loaded.sort((a, b) => a.title.localeCompare(b.title));
}
