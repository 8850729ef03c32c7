import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { loadComparison } from '../../site/comparisons.ts';

export const getStaticPaths = (async () => {
  const comparisons = await getCollection('comparisons');
  return comparisons.map((comparison) => ({ params: { slug: comparison.id }, props: { comparison } }));
}) satisfies GetStaticPaths;

/** The comparison as JSON (the schema of `collate compare --json`), at a stable URL. */
export const GET: APIRoute = async ({ props }) => {
  const view = await loadComparison(props.comparison);
  return new Response(`${JSON.stringify(view.result, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
