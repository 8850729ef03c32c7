/** The publication date a page shows is the day the article's front matter writes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedAsWritten } from '../../src/site/published.ts';

function article(published: string): string {
  const root = mkdtempSync(join(tmpdir(), 'collate-published-'));
  writeFileSync(join(root, 'a.md'), `---\ntitle: A\noutlet: example.com\npublished: ${published}\n---\n\nText.\n`);
  return root;
}

describe('the publication date shown', () => {
  it('keeps the day written with its offset, not the UTC day of the instant', () => {
    const written = '2025-04-26T23:30:00-05:00';
    const root = article(written);
    const instant = new Date(written);
    expect(instant.toISOString().slice(0, 10)).toBe('2025-04-27');
    expect(publishedAsWritten(instant, 'a.md', root)).toEqual({ day: '2025-04-26', datetime: written });
  });

  it('shows a plain date as written, and falls back to the instant when the file is gone', () => {
    const root = article('2025-04-26');
    expect(publishedAsWritten(new Date('2025-04-26'), 'a.md', root)).toEqual({ day: '2025-04-26', datetime: '2025-04-26' });
    expect(publishedAsWritten(new Date('2025-04-26T10:00:00Z'), 'missing.md', root)?.day).toBe('2025-04-26');
    expect(publishedAsWritten(undefined, 'a.md', root)).toBeUndefined();
  });
});
