import { z } from 'astro/zod';

/** An article slug as used in file names under `content/articles/`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and hyphens');

/** Front matter of `content/comparisons/<slug>.md`: one news event compared across articles. */
export const comparisonSchema = z.object({
  /** Name of the event, shown as the page heading. */
  title: z.string().trim().min(1, 'expected a non-empty string'),
  /** Slugs of the compared articles, at least two, each once. */
  articles: z
    .array(slugSchema, { error: 'expected a list of article slugs' })
    .min(2, 'a comparison needs at least two articles')
    .refine((slugs) => new Set(slugs).size === slugs.length, 'an article is listed twice'),
});

/** Validated front matter of a comparison. */
export type ComparisonData = z.infer<typeof comparisonSchema>;
