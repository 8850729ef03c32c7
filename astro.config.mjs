// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import keepOutput from './src/integrations/output.ts';
import pagefindSearch from './src/integrations/pagefind.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';

export default defineConfig({
  // Astro's caches (incremental builds among them); a throw-away site copy passes its own.
  cacheDir: process.env.COLLATE_ASTRO_CACHE_DIR ?? './node_modules/.astro',
  markdown: {
    // Markdown goes through unified (remark → rehype) with the site's one plugin list
    // (src/markdown/plugins.ts). SmartyPants stays off: an article's quotes and dashes are shown
    // exactly as the outlet wrote them.
    processor: unified({ remarkPlugins, rehypePlugins, smartypants: false }),
  },
  // Absolute URLs for canonical links and Open Graph, only where the site is deployed: set
  // COLLATE_SITE_URL to its address (without it, pages carry no canonical link and no og:url).
  site: process.env.COLLATE_SITE_URL || undefined,
  // keepOutput last: it removes, after the others, what the build no longer writes.
  integrations: [contentCheck(), pagefindSearch(), keepOutput()],
  build: {
    // Scripts and styles as files, never inline: pages work under a Content-Security-Policy without 'unsafe-inline'.
    inlineStylesheets: 'never',
    // Pages are written (or restored from the incremental cache) several at a time.
    concurrency: 8,
  },
  experimental: {
    // Pages whose comparison is unchanged (same cacheKey, same code) are copied from the previous build.
    incrementalBuild: true,
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
