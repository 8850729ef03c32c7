import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { InputError } from '../errors.ts';
import { decodeText, looksBinary } from '../importer/decode.ts';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { comparisonSchema, slugSchema, type ComparisonData } from '../schemas/comparison.ts';
import { splitClaims } from '../engine/claims.ts';
import { parseContentFile, trimBody, type ContentFile } from './front-matter.ts';
import { readLedger, type Ledger } from './ledger.ts';
import { claimResolver, overrideProblems } from './overrides.ts';

/** Where the content collections live, relative to the project root. */
export const CONTENT_DIRS = { articles: 'content/articles', comparisons: 'content/comparisons' } as const;

/** One checked content file. */
export interface CheckedEntry<Data> {
  slug: string;
  file: string;
  data: Data;
  body: string;
}

/** The result of checking a content folder: valid entries and every problem found. */
export interface ContentCheck {
  articles: CheckedEntry<ArticleData>[];
  comparisons: CheckedEntry<ComparisonData>[];
  problems: InputError[];
}

/** What to do about a field that fails its schema. */
const FIXES: Record<string, string> = {
  title: 'give it a title, e.g. title: "What happened"',
  outlet: 'name the outlet, e.g. outlet: example.com (or outlet: unknown)',
  url: 'use an absolute address such as https://example.com/story, or remove the line',
  published: 'use an ISO date such as 2025-04-26, or remove the line',
  overrides: 'see "Editor overrides" in README.md: dismiss: [{ from, to }], add: [{ from, to, relation, kind, explanation }]',
  author: 'write the byline, or remove the line',
  language: 'use a BCP 47 tag such as en, de or pt-BR',
  articles: 'list two or more different article slugs, one per line: "  - slug"',
};

/** Turns zod issues into one error per issue, each with the line of the offending field. */
function schemaProblems(file: string, parsed: ContentFile, issues: z.core.$ZodIssue[]): InputError[] {
  return issues.map((issue) => {
    const key = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const field = issue.path.map(String).join('.');
    const missing = key !== undefined && !(key in parsed.data);
    const reason = missing ? `${field}: required field is missing` : `${field || 'front matter'}: ${issue.message}`;
    return new InputError(file, reason, {
      // A top-level field by its key's line; a nested one (overrides.add.0.kind) by its own.
      line: (issue.path.length > 1 && parsed.lineOfPath(issue.path as (string | number)[])) || (key && parsed.lineOf(key)) || 1,
      fix: missing ? `add "${key}: ..." to the front matter` : (key && FIXES[key]) || 'see the content model in README.md',
    });
  });
}

/** The front-matter fields of the content model (README, contract §1). */
const ARTICLE_FIELDS = ['title', 'outlet', 'url', 'published', 'author', 'language'] as const;
const COMPARISON_FIELDS = ['title', 'articles', 'overrides'] as const;

/** Edit distance of two short words (for "did you mean"). */
function distance(x: string, y: string): number {
  const row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (x[i - 1] === y[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[y.length]!;
}

/** A field the content model does not know is a typo or a mistake, never silently dropped. */
function unknownFields(file: string, parsed: ContentFile, fields: readonly string[]): InputError[] {
  return Object.keys(parsed.data)
    .filter((key) => !fields.includes(key))
    .map((key) => {
      const near = fields.find((field) => distance(key.toLowerCase(), field) <= 2);
      return new InputError(file, `${key}: not a field of the content model`, {
        line: parsed.lineOf(key) || 1,
        fix: near ? `did you mean "${near}:"?` : `remove it (the fields are ${fields.join(', ')})`,
      });
    });
}

/** Checks one content file against a schema; returns the entry or the problems found. */
function checkFile<Data>(
  path: string,
  file: string,
  schema: z.ZodType<Data>,
  fields: readonly string[],
): { entry?: CheckedEntry<Data>; problems: InputError[] } {
  let parsed: ContentFile;
  try {
    // The same decoding rules as `collate import`: binary or non-UTF-8 files are refused by name.
    const bytes = readFileSync(path);
    if (bytes.length > 0 && bytes[0] !== 0xff && bytes[0] !== 0xfe && looksBinary(bytes)) {
      throw new InputError(file, 'is a binary file, not Markdown text', { fix: 'remove it, or import the article with `collate import`' });
    }
    parsed = parseContentFile(decodeText(file, bytes), file);
  } catch (error) {
    if (error instanceof InputError) return { problems: [error] };
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problems: [new InputError(file, 'cannot be read: a link to a file that does not exist', { fix: 'remove the link, or point it at an article file' })] };
    if (code === 'EISDIR') return { problems: [new InputError(file, 'is a folder, not a Markdown file', { fix: 'rename or move the folder out of the content folder' })] };
    if (code === 'EACCES' || code === 'EPERM') return { problems: [new InputError(file, 'cannot be read (permission denied)', { fix: 'make the file readable' })] };
    throw error;
  }
  const slug = basename(path, extname(path));
  const problems: InputError[] = [];
  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) {
    problems.push(
      new InputError(file, `file name "${slug}": ${slugCheck.error.issues[0]!.message}`, {
        fix: 'rename the file',
      }),
    );
  }
  problems.push(...unknownFields(file, parsed, fields));
  const result = schema.safeParse(parsed.data);
  if (!result.success) return { problems: [...problems, ...schemaProblems(file, parsed, result.error.issues)] };
  if (problems.length > 0) return { problems };
  return { entry: { slug, file, data: result.data, body: parsed.body }, problems };
}

/** Lists the Markdown files of a content folder, sorted, or none when it does not exist. */
function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Files of a content folder that look like Markdown but would be skipped (".MD", ".markdown"). */
function misnamedFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.endsWith('.md') && /\.(?:md|markdown|mdown|mkd)$/i.test(name))
      .sort()
      .map((name) => join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Problems of a comparison's editor overrides: each id must be a claim of its articles (or have
 * been one, before an edit), named with the line where the override writes it.
 */
function checkOverrides(root: string, file: string, path: string, data: ComparisonData, articles: CheckedEntry<ArticleData>[]): InputError[] {
  if (!data.overrides) return [];
  let ledger: Ledger;
  try {
    ledger = readLedger(root);
  } catch (error) {
    if (error instanceof InputError) return [error];
    throw error;
  }
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const resolve = claimResolver(
    data.articles.map((slug) => ({ slug, claims: splitClaims(slug, trimBody(bySlug.get(slug)!.body), ledger.articles[slug]) })),
    ledger,
  );
  const parsed = parseContentFile(readFileSync(path, 'utf8'), file);
  return overrideProblems(data.overrides, resolve).map(
    (p) => new InputError(file, p.message, { line: parsed.lineOfPath(p.path) ?? parsed.lineOf('overrides'), fix: `use a claim id of the comparison's articles (the id of a sentence on its page, or in /compare/${basename(file, '.md')}.json), or remove the override` }),
  );
}

/**
 * Checks every article and comparison under `root/content`: front matter syntax, schemas, file
 * names, empty bodies, and that each comparison names existing articles. Never throws for content
 * problems; it returns them, each naming the file and line.
 */
export function checkContent(root: string): ContentCheck {
  const result: ContentCheck = { articles: [], comparisons: [], problems: [] };
  for (const dir of Object.values(CONTENT_DIRS)) {
    for (const path of misnamedFiles(join(root, dir))) {
      const name = basename(path);
      result.problems.push(new InputError(relative(root, path), 'is not read: content files end in ".md"', { fix: `rename it to ${name.replace(/\.[^.]+$/, '.md')}` }));
    }
  }
  for (const path of markdownFiles(join(root, CONTENT_DIRS.articles))) {
    const file = relative(root, path);
    const { entry, problems } = checkFile(path, file, articleSchema, ARTICLE_FIELDS);
    result.problems.push(...problems);
    if (!entry) continue;
    if (entry.body.trim() === '') {
      result.problems.push(
        new InputError(file, 'the article has no text', { fix: 'add the article text after the front matter' }),
      );
      continue;
    }
    result.articles.push(entry);
  }

  const known = new Set(result.articles.map((article) => article.slug));
  const existing = new Set(markdownFiles(join(root, CONTENT_DIRS.articles)).map((p) => basename(p, '.md')));
  for (const path of markdownFiles(join(root, CONTENT_DIRS.comparisons))) {
    const file = relative(root, path);
    const { entry, problems } = checkFile(path, file, comparisonSchema, COMPARISON_FIELDS);
    result.problems.push(...problems);
    if (!entry) continue;
    const line = parseContentFile(readFileSync(path, 'utf8'), file).lineOf('articles');
    const unknown = entry.data.articles.filter((slug) => !existing.has(slug));
    for (const slug of unknown) {
      result.problems.push(
        new InputError(file, `articles: no article "${slug}"`, {
          line,
          fix: `add ${CONTENT_DIRS.articles}/${slug}.md (e.g. with \`collate import\`) or remove it from the list`,
        }),
      );
    }
    if (unknown.length === 0 && entry.data.articles.every((slug) => known.has(slug))) {
      result.problems.push(...checkOverrides(root, file, path, entry.data, result.articles));
      result.comparisons.push(entry);
    }
  }
  return result;
}
