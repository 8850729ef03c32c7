import type { APIRoute, GetStaticPaths } from 'astro';
import { comparisonPaths, loadComparison, publishedComparison } from '../../site/comparisons.ts';

export const getStaticPaths = comparisonPaths satisfies GetStaticPaths;

/**
 * The comparison as JSON at a stable URL: the schema of `collate compare --json`, plus the
 * comparison's own slug and title (the same record the build keeps for search, src/site/build-store.ts).
 */
export const GET: APIRoute = async ({ props }) => {
  const published = publishedComparison(await loadComparison(props.comparison));
  return new Response(`${JSON.stringify(published, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
