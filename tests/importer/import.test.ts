/** importArticle: bad input is refused with one reason and nothing written; existing files need --force. */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { importArticle, loadArticle } from '../../src/importer/import.ts';
import { FIXTURES, listDir, tempDir } from './helpers.ts';

const fixture = (name: string): string => join(FIXTURES, name);

/** Expects importArticle to fail with an InputError whose message matches, and the out-dir to stay empty. */
async function expectRefused(options: Parameters<typeof importArticle>[0], reason: RegExp): Promise<InputError> {
  const outDir = options.outDir ?? tempDir();
  const error = await importArticle({ ...options, outDir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toMatch(reason);
  expect((error as InputError).message).not.toMatch(/\n/u);
  expect(listDir(outDir)).toEqual([]);
  return error as InputError;
}

describe('bad input', () => {
  it('refuses a missing file, a directory and an unsupported type', async () => {
    const dir = tempDir();
    await expectRefused({ file: join(dir, 'missing.txt') }, /missing\.txt: no such file/u);
    mkdirSync(join(dir, 'folder.txt'));
    await expectRefused({ file: join(dir, 'folder.txt') }, /folder\.txt: is a directory/u);
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7 not really');
    await expectRefused({ file: join(dir, 'scan.pdf') }, /scan\.pdf: unsupported file type \.pdf/u);
  });

  it('refuses empty, white-space-only and boilerplate-only files', async () => {
    const dir = tempDir();
    await expectRefused({ file: fixture('empty.txt') }, /empty\.txt: file is empty/u);
    writeFileSync(join(dir, 'blank.txt'), ' \r\n\t\n\n');
    await expectRefused({ file: join(dir, 'blank.txt') }, /blank\.txt: file contains only white space/u);
    await expectRefused({ file: fixture('only-boilerplate.txt') }, /only-boilerplate\.txt: no article text found/u);
  });

  it('refuses binary files and undecodable bytes, naming the line', async () => {
    const dir = tempDir();
    // The start of a PNG file: signature, then an IHDR chunk with NUL bytes.
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await expectRefused({ file: join(dir, 'photo.txt') }, /photo\.txt: binary file/u);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Headline\n\nThe caf\xe9 reopened on Monday after a fire.\n', 'latin1'));
    const error = await expectRefused({ file: join(dir, 'latin1.txt') }, /latin1\.txt:3: not valid UTF-8/u);
    expect(error.line).toBe(3);
  });

  it('refuses invalid --published, --url and --slug before reading anything', async () => {
    const file = fixture('no-headline.txt');
    await expectRefused({ file, published: '26 April 2025' }, /--published "26 April 2025" is not an ISO date/u);
    await expectRefused({ file, published: '2025-02-30' }, /--published/u);
    await expectRefused({ file, url: 'example.com/story' }, /--url "example.com\/story" is not an absolute/u);
    await expectRefused({ file, url: 'ftp://example.com/story' }, /--url/u);
    await expectRefused({ file, slug: 'Bad Slug' }, /--slug "Bad Slug" is not a valid slug/u);
    await expectRefused({ file, slug: '../escape' }, /--slug/u);
  });
});

describe('existing articles', () => {
  it('does not replace an existing slug without force, and leaves the file untouched', async () => {
    const outDir = tempDir();
    const existing = join(outDir, 'grass-fire.md');
    writeFileSync(existing, '---\ntitle: Mine\noutlet: me\n---\nHand-edited text.\n');
    const before = statSync(existing).mtimeMs;
    const error = await importArticle({ file: fixture('no-headline.txt'), outDir, slug: 'grass-fire', cwd: outDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      `${fixture('no-headline.txt')}: grass-fire.md already exists; pass --force to replace it`,
    );
    expect(readFileSync(existing, 'utf8')).toBe('---\ntitle: Mine\noutlet: me\n---\nHand-edited text.\n');
    expect(statSync(existing).mtimeMs).toBe(before);
    expect(listDir(outDir)).toEqual(['grass-fire.md']);
  });

  it('replaces it with force, leaving no temp file behind', async () => {
    const outDir = tempDir();
    const existing = join(outDir, 'grass-fire.md');
    writeFileSync(existing, 'old');
    const result = await importArticle({ file: fixture('no-headline.txt'), outDir, slug: 'grass-fire', force: true });
    expect(result.path).toBe(existing);
    expect(readFileSync(existing, 'utf8')).toMatch(/^---\ntitle: Firefighters spent most of Saturday/u);
    expect(listDir(outDir)).toEqual(['grass-fire.md']);
  });

  it('creates a missing out-dir and prints the path relative to the working directory', async () => {
    const cwd = tempDir();
    const result = await importArticle({ file: fixture('council-budget-crlf.txt'), cwd });
    expect(result.displayPath).toBe(join('content', 'articles', 'city-council-approves-budget-with-cuts-to-road-repairs.md'));
    expect(listDir(join(cwd, 'content/articles'))).toEqual(['city-council-approves-budget-with-cuts-to-road-repairs.md']);
  });
});

describe('loadArticle', () => {
  it('cleans in memory and writes nothing', async () => {
    const cwd = tempDir();
    const article = await loadArticle({ file: fixture('market-prices-es-trailer.txt'), cwd, outlet: 'agrinews.example' });
    expect(article.slug).toBe('vegetable-prices-fall-as-harvest-recovers');
    expect(article.data).toEqual({ title: 'Vegetable prices fall as harvest recovers', outlet: 'agrinews.example', language: 'en' });
    expect(article.paragraphs).toHaveLength(3);
    expect(article.body).toBe(article.paragraphs.join('\n\n'));
    expect(article.removed.length).toBeGreaterThanOrEqual(5);
    expect(listDir(cwd)).toEqual([]);
  });
});

describe('Markdown front matter errors', () => {
  it('names the front matter line of a YAML error and refuses a non-ISO date', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: Fine\noutlet: [unclosed\n---\nBody text of the article, long enough to be prose.\n');
    const error = await expectRefused({ file: join(dir, 'broken.md') }, /broken\.md:\d+: front matter: /u);
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.line).toBeLessThanOrEqual(4);
    writeFileSync(join(dir, 'date.md'), '---\ntitle: Fine\npublished: last Tuesday\n---\nBody text of the article, long enough to be prose.\n');
    await expectRefused({ file: join(dir, 'date.md') }, /date\.md: front matter: published "last Tuesday" is not an ISO date/u);
  });
});
