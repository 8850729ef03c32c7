/**
 * Build settings read from the environment when the site builds.
 *
 * `COLLATE_CLAIM_PAGES=off` builds no page per claim (`/compare/<slug>/claim/<id>/` and the
 * claims list): a site of 1,000 comparisons then has a few thousand files instead of tens of
 * thousands, which some static hosts cap. Permalinks are then the in-page anchors
 * (`/compare/<slug>/#<claim id>`), which every claim has anyway.
 */
export function claimPagesEnabled(): boolean {
  return (process.env.COLLATE_CLAIM_PAGES ?? 'on').trim().toLowerCase() !== 'off';
}
