import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIRS } from './content/check.ts';
import { articleSchema } from './schemas/article.ts';
import { comparisonSchema } from './schemas/comparison.ts';

/** One Markdown file per source article, `content/articles/<slug>.md`. */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `./${CONTENT_DIRS.articles}` }),
  schema: articleSchema,
});

/** One Markdown file per compared event, `content/comparisons/<slug>.md`. */
const comparisons = defineCollection({
  loader: glob({ pattern: '*.md', base: `./${CONTENT_DIRS.comparisons}` }),
  schema: comparisonSchema,
});

export const collections = { articles, comparisons };
