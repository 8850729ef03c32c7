import { z } from 'astro/zod';

/** A non-empty string once surrounding white space is removed. */
const text = z.string().trim().min(1, 'expected a non-empty string');

/** Front matter of `content/articles/<slug>.md`: one source article as an outlet published it. */
export const articleSchema = z.object({
  /** Headline; the importer derives one from the lead sentence when the raw text has none. */
  title: text,
  /** Who published it, usually a domain such as `example.com`; `unknown` is allowed but explicit. */
  outlet: text,
  /** Address of the original article at the outlet. */
  url: z.url('expected an absolute URL').optional(),
  /** Publication date (ISO 8601, e.g. 2025-04-26). */
  published: z.coerce.date({ error: 'expected an ISO date such as 2025-04-26' }).optional(),
  /** Byline, as the outlet gives it. */
  author: text.optional(),
  /** Language of the article text as a BCP 47 tag. */
  language: z
    .preprocess(
      // Tags are case-insensitive: "EN" and "pt-br" are read as en and pt-BR.
      (value) => (typeof value === 'string' ? value.trim().replace(/^([A-Za-z]{2,3})((?:-[A-Za-z0-9]{2,8})*)$/, (_m, language: string, rest: string) => language.toLowerCase() + rest.replace(/-([a-z]{2})$/i, (_n, region: string) => `-${region.toUpperCase()}`)) : value),
      z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as en or pt-BR'),
    )
    .default('en'),
});

/** Validated front matter of an article. */
export type ArticleData = z.infer<typeof articleSchema>;
