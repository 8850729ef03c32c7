/** What an article slug may look like: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest slug the importer makes from a title. */
export const MAX_SLUG_LENGTH = 60;

/** Whether a string is a valid article slug (the file name under content/articles without `.md`). */
export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/**
 * Makes a slug from a title: diacritics stripped (NFKD), lower-case ASCII, hyphens between words,
 * at most 60 characters cut at a hyphen. Returns '' when nothing ASCII is left (e.g. a Cyrillic title).
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes join a word ("council's" → "councils"), everything else separates words.
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG_LENGTH);
}
