import type { APIRoute, GetStaticPaths } from 'astro';
import { claimInfo } from '../../../search/records.ts';
import { comparisonPaths, loadComparison } from '../../../site/comparisons.ts';

export const getStaticPaths = comparisonPaths satisfies GetStaticPaths;

/**
 * Each claim's outlet, relation, contradiction kinds, counterpart and explanation, for the search
 * page (src/scripts/search.ts), which filters and labels the claims a search finds with it.
 */
export const GET: APIRoute = async ({ props }) => {
  const view = await loadComparison(props.comparison);
  const published = { comparison: { slug: view.slug, title: view.title }, ...view.result };
  return new Response(JSON.stringify(claimInfo(published)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
