import { z } from 'astro/zod';
import { CONTRADICTION_KINDS } from '../engine/types.ts';

/** An article slug as used in file names under `content/articles/`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of lower-case letters, digits and hyphens');

/** A claim id as the site shows it (`<article slug>-<digest>`, with `-2`… for a repeat). */
const claimIdSchema = z.string().trim().min(1, 'expected a claim id');

const relationSchema = z.enum(['same', 'overlap', 'contradiction'], { error: 'expected same, overlap or contradiction' });
const kindSchema = z.enum(CONTRADICTION_KINDS, { error: `expected one of ${CONTRADICTION_KINDS.join(', ')}` });

/** Editor overrides (contract §1): detected links dismissed, missed links added. */
export const overridesSchema = z.strictObject({
  dismiss: z.array(z.strictObject({ from: claimIdSchema, to: claimIdSchema }), { error: 'expected a list of { from, to }' }).optional(),
  add: z
    .array(
      z
        .strictObject({
          from: claimIdSchema,
          to: claimIdSchema,
          relation: relationSchema,
          kind: kindSchema.optional(),
          explanation: z.string().trim().min(1, 'expected a non-empty sentence').optional(),
        })
        .refine((link) => link.relation !== 'contradiction' || (link.kind !== undefined && link.explanation !== undefined), {
          message: 'a contradiction needs a kind and an explanation',
        }),
      { error: 'expected a list of { from, to, relation }' },
    )
    .optional(),
});

/** Front matter of `content/comparisons/<slug>.md`: one news event compared across articles. */
export const comparisonSchema = z.object({
  /** Name of the event, shown as the page heading. */
  title: z.string().trim().min(1, 'expected a non-empty string'),
  /** Slugs of the compared articles, at least two, each once. */
  articles: z
    .array(slugSchema, { error: 'expected a list of article slugs' })
    .min(2, 'a comparison needs at least two articles')
    .refine((slugs) => new Set(slugs).size === slugs.length, 'an article is listed twice'),
  overrides: overridesSchema.optional(),
});

/** Validated front matter of a comparison. */
export type ComparisonData = z.infer<typeof comparisonSchema>;
