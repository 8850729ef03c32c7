/**
 * An article's publication date as its front matter writes it. Astro reads front matter with a
 * YAML schema that turns `2025-04-26T23:30:00-05:00` into an instant, which prints as the 27th in
 * UTC; a reader should see the day the outlet wrote, so the value is read again as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentFile } from '../content/front-matter.ts';

/** A publication date for display: the calendar day written, and the value for `<time datetime>`. */
export interface PublishedDate {
  day: string;
  datetime: string;
}

/** A date, optionally with a time and an offset, as ISO 8601 writes it ("2025-04-26", "2025-04-26T23:30:00-05:00"). */
const WRITTEN = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The publication date of the content file at `filePath` (relative to `root`) as written, given
 * the instant Astro parsed; the instant's UTC day when the file cannot be read again.
 */
export function publishedAsWritten(instant: Date | undefined, filePath: string | undefined, root: string): PublishedDate | undefined {
  if (!instant) return undefined;
  let written: unknown;
  try {
    if (filePath) written = parseContentFile(readFileSync(join(root, filePath), 'utf8'), filePath).data.published;
  } catch {
    // The content check has read the file already; if it cannot now, the instant is all there is.
  }
  const text = typeof written === 'string' ? written.trim() : written instanceof Date ? '' : String(written ?? '');
  if (WRITTEN.test(text)) return { day: text.slice(0, 10), datetime: text.replace(' ', 'T') };
  const iso = instant.toISOString();
  return { day: iso.slice(0, 10), datetime: iso };
}
