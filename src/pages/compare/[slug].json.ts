import type { APIRoute, GetStaticPaths } from 'astro';
import { comparisonPaths, loadComparison } from '../../site/comparisons.ts';

export const getStaticPaths = comparisonPaths satisfies GetStaticPaths;

/**
 * The comparison as JSON at a stable URL: the schema of `collate compare --json`, plus the
 * comparison's own slug and title. The search index is built from these files.
 */
export const GET: APIRoute = async ({ props }) => {
  const view = await loadComparison(props.comparison);
  const published = { comparison: { slug: view.slug, title: view.title }, ...view.result };
  return new Response(`${JSON.stringify(published, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
