import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parseContentFile, trimBody } from '../content/front-matter.ts';
import type { ArticleInput } from '../engine/types.ts';
import { InputError } from '../errors.ts';
import { loadArticle } from '../importer/import.ts';
import { slugify } from '../importer/slug.ts';
import { articleSchema } from '../schemas/article.ts';

/**
 * Reads an article for comparison: a content file (front matter + Markdown body) as it is, or a
 * raw .txt/.html/.md cleaned in memory as `collate import` would, writing nothing.
 * The body is the Markdown after the front matter, without surrounding blank lines.
 */
export async function readArticleInput(file: string, cwd: string): Promise<ArticleInput> {
  const path = resolve(cwd, file);
  const slug = slugify(basename(file, extname(file))) || 'article';
  if (extname(file).toLowerCase() === '.md') {
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot read file (${code})`);
    }
    if (/^\uFEFF?---\r?\n/.test(source)) {
      const parsed = parseContentFile(source, file);
      const checked = articleSchema.safeParse(parsed.data);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        const key = String(issue.path[0] ?? '');
        throw new InputError(file, `${issue.path.join('.') || 'front matter'}: ${issue.message}`, { line: parsed.lineOf(key) ?? 1 });
      }
      const body = trimBody(parsed.body);
      if (body === '') throw new InputError(file, 'the article has no text');
      return { slug, title: checked.data.title, outlet: checked.data.outlet, body };
    }
  }
  const loaded = await loadArticle({ file, cwd });
  return { slug, title: loaded.data.title, outlet: loaded.data.outlet, body: loaded.body };
}
