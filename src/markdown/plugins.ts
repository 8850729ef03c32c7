/**
 * The one list of Markdown plugins: GitHub-flavoured Markdown (tables, footnotes, strikethrough)
 * and sanitising of the HTML (no raw HTML, scripts, event handlers or `javascript:` links). Used
 * by the site's renderer (`render.ts`, which adds the claim marks) and by Astro's own Markdown
 * processor (`astro.config.mjs`), so both read Markdown the same way; claims are split with GFM too
 * (`src/engine/claims.ts`).
 */
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';

export const remarkPlugins = [remarkGfm];
export const rehypePlugins = [rehypeSanitize];
