// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  markdown: {
    // Articles are rendered through unified (remark → rehype), where Collate's plugins hook in.
    // SmartyPants stays off: an article's quotes and dashes are shown exactly as the outlet wrote them.
    processor: unified({ remarkPlugins: [], rehypePlugins: [], smartypants: false }),
  },
  integrations: [contentCheck()],
});
