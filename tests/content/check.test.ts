import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { parseContentFile } from '../../src/content/front-matter.ts';
import { InputError } from '../../src/errors.ts';

/** Writes content files into a fresh project folder and returns its path. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'collate-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const article = (front: string, body = 'Some text of the article.') => `---\n${front}\n---\n\n${body}\n`;

describe('parseContentFile', () => {
  it('splits front matter and body and knows the line of each key', () => {
    const file = parseContentFile('---\ntitle: A\n\noutlet: b.example\n---\n\nBody.\n', 'x.md');
    expect(file.data).toEqual({ title: 'A', outlet: 'b.example' });
    expect(file.lineOf('outlet')).toBe(4);
    expect(file.body.trim()).toBe('Body.');
    expect(file.bodyLine).toBe(6);
  });

  it('accepts CRLF line ends and a byte order mark', () => {
    const file = parseContentFile('\uFEFF---\r\ntitle: A\r\noutlet: b\r\n---\r\nBody.\r\n', 'x.md');
    expect(file.data).toEqual({ title: 'A', outlet: 'b' });
  });

  it.each([
    ['title: A\n', 'no front matter', 1],
    ['---\ntitle: A\n', 'front matter is not closed', 1],
    ['---\ntitle: A\noutlet: b\ntitle: C\n---\n', 'malformed front matter: Map keys must be unique', 4],
  ])('reports %j as "%s" with its line', (source, reason, line) => {
    let error: unknown;
    try {
      parseContentFile(source, 'content/articles/x.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(new RegExp(`^content/articles/x\\.md:${line}: ${reason}`));
  });
});

describe('checkContent', () => {
  it('accepts a valid article pair and comparison', () => {
    const root = project({
      'content/articles/one.md': article('title: One\noutlet: one.example\npublished: 2025-04-26'),
      'content/articles/two.md': article('title: Two\noutlet: two.example'),
      'content/comparisons/event.md': '---\ntitle: Event\narticles: [one, two]\n---\n',
    });
    const result = checkContent(root);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.slug)).toEqual(['one', 'two']);
    expect(result.articles[0]!.data.published?.toISOString()).toBe('2025-04-26T00:00:00.000Z');
    expect(result.articles[1]!.data.language).toBe('en');
    expect(result.comparisons[0]!.data.articles).toEqual(['one', 'two']);
  });

  it('names the file, line and field of each schema error', () => {
    const root = project({
      'content/articles/one.md': article('outlet: one.example'),
      'content/articles/two.md': article('title: Two\noutlet: "  "\nurl: not a url'),
      'content/comparisons/event.md': '---\ntitle: Event\narticles:\n  - one\n---\n',
    });
    const messages = checkContent(root).problems.map((p) => p.message);
    expect(messages).toContain('content/articles/one.md:1: title: required field is missing (add "title: ..." to the front matter)');
    expect(messages).toContain('content/articles/two.md:3: outlet: expected a non-empty string (name the outlet, e.g. outlet: example.com (or outlet: unknown))');
    expect(messages).toContain('content/articles/two.md:4: url: expected an absolute URL (use an absolute address such as https://example.com/story, or remove the line)');
    expect(messages).toContain(
      'content/comparisons/event.md:3: articles: a comparison needs at least two articles (list two or more different article slugs, one per line: "  - slug")',
    );
  });

  it('rejects comparisons of unknown articles, empty bodies and bad file names', () => {
    const root = project({
      'content/articles/one.md': article('title: One\noutlet: o'),
      'content/articles/empty.md': article('title: Empty\noutlet: o', ''),
      'content/articles/Bad Name.md': article('title: B\noutlet: o'),
      'content/comparisons/event.md': '---\ntitle: Event\narticles: [one, missing]\n---\n',
    });
    const messages = checkContent(root).problems.map((p) => p.message);
    expect(messages.some((m) => m.startsWith('content/comparisons/event.md:3: articles: no article "missing"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('content/articles/empty.md: the article has no text'))).toBe(true);
    expect(messages.some((m) => m.startsWith('content/articles/Bad Name.md: file name "Bad Name"'))).toBe(true);
  });

  it('names a field the content model does not know, with the field it was probably meant to be', () => {
    const root = project({
      'content/articles/one.md': article('title: One\noutlet: one.example\npublshed: 2025-04-26'),
      'content/articles/two.md': article('title: Two\noutlet: two.example\ncolour: red'),
    });
    const messages = checkContent(root).problems.map((p) => p.message);
    expect(messages).toContain('content/articles/one.md:4: publshed: not a field of the content model (did you mean "published:"?)');
    expect(messages).toContain('content/articles/two.md:4: colour: not a field of the content model (remove it (the fields are title, outlet, url, published, author, language))');
  });

  it('reads language tags in any case', () => {
    const root = project({
      'content/articles/one.md': article('title: One\noutlet: one.example\nlanguage: EN'),
      'content/articles/two.md': article('title: Two\noutlet: two.example\nlanguage: pt-br'),
    });
    const result = checkContent(root);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.data.language)).toEqual(['en', 'pt-BR']);
  });

  it('names content files it cannot read or would skip, instead of failing or ignoring them', async () => {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    const root = project({
      'content/articles/one.md': article('title: One\noutlet: one.example'),
      'content/articles/Two.MD': article('title: Two\noutlet: two.example'),
      'content/articles/three.markdown': article('title: Three\noutlet: three.example'),
    });
    mkdirSync(join(root, 'content/articles/folder.md'));
    symlinkSync(join(root, 'nowhere.md'), join(root, 'content/articles/dangling.md'));
    const messages = checkContent(root).problems.map((p) => p.message);
    expect(messages).toContain('content/articles/Two.MD: is not read: content files end in ".md" (rename it to Two.md)');
    expect(messages).toContain('content/articles/three.markdown: is not read: content files end in ".md" (rename it to three.md)');
    expect(messages).toContain('content/articles/folder.md: is a folder, not a Markdown file (rename or move the folder out of the content folder)');
    expect(messages).toContain('content/articles/dangling.md: cannot be read: a link to a file that does not exist (remove the link, or point it at an article file)');
  });
});

