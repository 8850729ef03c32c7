import type { APIRoute, GetStaticPaths } from 'astro';
import { counterparts } from '../../../search/records.ts';
import { comparisonPaths, loadComparison } from '../../../site/comparisons.ts';

export const getStaticPaths = comparisonPaths satisfies GetStaticPaths;

/**
 * Each linked claim's counterpart and explanation, for search results (src/scripts/search.ts):
 * kept out of the search records, whose metadata Pagefind indexes.
 */
export const GET: APIRoute = async ({ props }) => {
  const view = await loadComparison(props.comparison);
  const published = { comparison: { slug: view.slug, title: view.title }, ...view.result };
  return new Response(JSON.stringify(counterparts(published)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
