/**
 * `collate import` without the command line: read a raw article, clean it, write
 * `<out-dir>/<slug>.md` atomically. `loadArticle` does everything but the writing, for callers
 * (such as `collate compare`) that clean raw files in memory.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { InputError } from '../errors.ts';
import { articleSchema } from '../schemas/article.ts';
import { decodeArticle } from './decode.ts';
import type { FetchedPage } from './fetch.ts';
import type { HtmlCleanResult } from './html.ts';
import { isValidSlug, slugify } from './slug.ts';
import { cleanText, normaliseNewlines, UNKNOWN_OUTLET, type CleanResult, type Removal } from './text.ts';
import { isIsoDate, normaliseUrl } from './validate.ts';

/** Where `collate import` writes articles, relative to the working directory. */
export const DEFAULT_OUT_DIR = 'content/articles';

/** File types the importer reads, by extension. */
const FORMATS: Record<string, 'text' | 'markdown' | 'html'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** What the user can set on the command line; every field overrides what the importer detects. */
export interface ArticleOverrides {
  outlet?: string;
  title?: string;
  /** ISO date, e.g. 2025-04-26. */
  published?: string;
  /** Absolute http(s) URL of the original. */
  url?: string;
  /** File name under the out-dir, without `.md`. */
  slug?: string;
}

/** Options of loadArticle and importArticle. */
export interface ImportOptions extends ArticleOverrides {
  /** The raw article's path, as the user named it (used in messages), resolved against `cwd`. */
  file: string;
  /** Directory relative paths are resolved against; defaults to the process's. */
  cwd?: string;
  /** Where to write; defaults to content/articles. */
  outDir?: string;
  /**
   * Replace an existing article with the same slug, and import an HTML page that does not look
   * like an article (a "not found" page, an index or front page, a paywall teaser, too little text).
   */
  force?: boolean;
  /** Encoding label (`--encoding`) that overrides whatever the bytes or their page declare. */
  encoding?: string;
  /**
   * A fetched page to read instead of a file (`collate import <url>`); `file` is then its address
   * as the user typed it, and the article's url is the page's final address unless `url` is set.
   */
  source?: FetchedPage;
}

/** Front matter of an article file, in the order it is written. */
export interface ArticleFrontMatter {
  title: string;
  outlet: string;
  url?: string;
  published?: string;
  author?: string;
  language: string;
}

/** A raw article cleaned in memory: what `collate import` would write. */
export interface LoadedArticle {
  slug: string;
  data: ArticleFrontMatter;
  /** Markdown body: one paragraph per block, blocks separated by a blank line. */
  body: string;
  /** The body's paragraphs (blocks), in order. */
  paragraphs: string[];
  titleDerived: boolean;
  removed: Removal[];
  /** Things the user should know (derived title, unknown outlet, removed boilerplate), one line each. */
  notices: string[];
}

/** An article written by importArticle. */
export interface ImportResult extends LoadedArticle {
  /** Absolute path of the written file. */
  path: string;
  /** The same path relative to the working directory, for messages. */
  displayPath: string;
}

/** Checks the overrides the user typed; throws InputError naming the file and the bad option. */
export function validateOverrides(file: string, overrides: ArticleOverrides): void {
  if (overrides.published !== undefined && !isIsoDate(overrides.published)) {
    throw new InputError(file, `--published "${overrides.published}" is not an ISO date such as 2025-04-26`);
  }
  if (overrides.url !== undefined && !normaliseUrl(overrides.url)) {
    throw new InputError(file, `--url "${overrides.url}" is not an absolute http(s) URL`);
  }
  if (overrides.slug !== undefined && !isValidSlug(overrides.slug)) {
    throw new InputError(file, `--slug "${overrides.slug}" is not a valid slug (lower-case letters, digits and single hyphens, e.g. bridge-closure-extended)`);
  }
  for (const key of ['title', 'outlet'] as const) {
    if (overrides[key] !== undefined && overrides[key]!.trim() === '') throw new InputError(file, `--${key} is empty`);
  }
}

/** Front matter keys an article may carry; others in a .md file are dropped with a notice. */
const FRONT_MATTER_KEYS = ['title', 'outlet', 'url', 'published', 'author', 'language'] as const;

/** Reads a .md file's front matter into overrides-like fields; YAML errors name their line. */
function readFrontMatter(file: string, text: string, notices: string[]): { data: Partial<ArticleFrontMatter>; body: string } {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options bypasses gray-matter's cache, which would hand back a shared, mutable object.
    parsed = matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0]!;
    // The YAML starts on the file's second line, after the opening `---`; an error at the end of
    // the YAML (an unclosed bracket) is reported on the closing `---`, not past it.
    const closing = text.split('\n').findIndex((line, i) => i > 0 && line.trimEnd() === '---') + 1;
    const line = mark?.line === undefined ? undefined : Math.min(mark.line + 2, closing > 0 ? closing : Infinity);
    throw new InputError(file, `front matter: ${reason}`, line === undefined ? {} : { line });
  }
  const data: Partial<ArticleFrontMatter> = {};
  const source = parsed.data as Record<string, unknown>;
  for (const key of FRONT_MATTER_KEYS) {
    const value = source[key];
    if (value === undefined || value === null) continue;
    // YAML reads `published: 2025-04-26` as a date; the content model keeps ISO text.
    data[key] = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  }
  if (data.published !== undefined && !isIsoDate(data.published)) {
    throw new InputError(file, `front matter: published "${data.published}" is not an ISO date such as 2025-04-26`);
  }
  const ignored = Object.keys(source).filter((key) => !(FRONT_MATTER_KEYS as readonly string[]).includes(key));
  if (ignored.length > 0) notices.push(`ignored front matter keys not in the article model: ${ignored.join(', ')}`);
  return { data, body: parsed.content };
}

/** A short hash-based slug for titles with no ASCII letters (e.g. Cyrillic or Greek). */
function fallbackSlug(title: string): string {
  return `article-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}

/** Reads and cleans a raw article (.txt, .md or .html) without writing anything. */
export async function loadArticle(options: ImportOptions): Promise<LoadedArticle> {
  const { file } = options;
  const cwd = options.cwd ?? process.cwd();
  validateOverrides(file, options);

  const { source } = options;
  const { format, bytes } = source ?? readRawFile(file, cwd);
  const text = decodeArticle(file, bytes, {
    html: format === 'html',
    page: source !== undefined,
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    ...(source?.charset !== undefined ? { declaredCharset: source.charset } : {}),
  });
  if (normaliseNewlines(text).trim() === '') throw new InputError(file, `${source ? 'page' : 'file'} contains only white space`);
  // A fetched page's own address stands for the article unless --url names another.
  const pageUrl = options.url ?? source?.url;

  const notices: string[] = [];
  let cleaned: CleanResult & Partial<Pick<HtmlCleanResult, 'url' | 'published'>>;
  let fromFile: Partial<ArticleFrontMatter> = {};
  if (format === 'html') {
    // Loaded on demand: the HTML tool chain takes a noticeable share of a second to load.
    const { cleanHtml } = await import('./html.ts');
    const page = cleanHtml(text, { file, ...pick(options, ['title', 'outlet', 'published']), ...(pageUrl ? { url: pageUrl } : {}) });
    if (page.nonArticle && !options.force) throw new InputError(file, page.nonArticle.reason, { fix: 'collate import --force imports it anyway' });
    cleaned = page;
  } else if (format === 'markdown' && matter.test(normaliseNewlines(text))) {
    const { data, body } = readFrontMatter(file, normaliseNewlines(text), notices);
    fromFile = data;
    const title = options.title ?? data.title;
    const outlet = options.outlet ?? data.outlet;
    cleaned = cleanText(body, { file, format: 'markdown', ...(title ? { title } : {}), ...(outlet ? { outlet } : {}) });
  } else {
    cleaned = cleanText(text, { file, format: 'text', ...pick(options, ['title', 'outlet']) });
  }

  const url = pageUrl ?? fromFile.url ?? cleaned.url;
  const published = options.published ?? fromFile.published ?? cleaned.published;
  const author = fromFile.author ?? cleaned.author;
  const data: ArticleFrontMatter = {
    title: cleaned.title,
    outlet: cleaned.outlet,
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(author ? { author } : {}),
    language: fromFile.language ?? cleaned.language,
  };
  const checked = articleSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InputError(file, `${issue.path.join('.')}: ${issue.message}`);
  }

  let slug = options.slug ?? slugify(data.title);
  if (!slug) {
    slug = fallbackSlug(data.title);
    notices.push(`the title has no letters a slug can use; using ${slug} (pass --slug to choose one)`);
  }
  const titleDerived = cleaned.titleDerived && !fromFile.title;
  if (titleDerived) notices.push('title derived from the lead sentence; pass --title to set it');
  if (data.outlet === UNKNOWN_OUTLET) notices.push('outlet unknown; pass --outlet to set it');
  if (cleaned.removed.length > 0) {
    const rules = [...new Set(cleaned.removed.map((r) => r.rule))].join(', ');
    notices.push(`removed ${cleaned.removed.length} line(s) of boilerplate (${rules})`);
  }
  return {
    slug,
    data,
    body: cleaned.paragraphs.join('\n\n'),
    paragraphs: cleaned.paragraphs,
    titleDerived,
    removed: cleaned.removed,
    notices,
  };
}

/** A raw article file's format (by extension) and bytes; InputError when it is missing, a folder or of another type. */
function readRawFile(file: string, cwd: string): { format: 'text' | 'markdown' | 'html'; bytes: Uint8Array } {
  const absolute = resolve(cwd, file);
  let stat;
  try {
    stat = statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : `cannot read file (${code})`);
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory, not a file');
  if (!stat.isFile()) throw new InputError(file, 'not a regular file');
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) {
    const ext = extname(file) || '(none)';
    throw new InputError(file, `unsupported file type ${ext}`, { fix: 'import a .txt, .md or .html file' });
  }
  try {
    return { format, bytes: readFileSync(absolute) };
  } catch (error) {
    throw new InputError(file, `cannot read file (${(error as NodeJS.ErrnoException).code})`);
  }
}

/** Copies the listed keys that are set. */
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** The article file's text: YAML front matter, then the body and a final newline. */
export function renderArticle(data: ArticleFrontMatter, body: string): string {
  // lineWidth -1: long titles stay on one line instead of being folded.
  return matter.stringify(`${body}\n`, data, { lineWidth: -1 } as matter.GrayMatterOption<string, never>);
}

/**
 * Writes `content` to `dest` atomically: a temp file in the same directory, then a hard link
 * (which fails if `dest` exists, so two imports cannot both win) or, with `force`, a rename.
 * The temp file is removed whatever happens.
 */
export function writeAtomic(dest: string, content: string, force: boolean): void {
  const tmp = join(resolve(dest, '..'), `.${randomBytes(6).toString('hex')}.collate-import.tmp`);
  writeFileSync(tmp, content, { flag: 'wx' });
  try {
    if (force) {
      renameSync(tmp, dest);
      return;
    }
    try {
      linkSync(tmp, dest);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Some file systems have no hard links; an exclusive copy is just as safe against overwriting.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') {
        copyFileSync(tmp, dest, constants.COPYFILE_EXCL);
      } else {
        throw error;
      }
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Reads, cleans and writes one raw article; see loadArticle and writeArticle. */
export async function importArticle(options: ImportOptions): Promise<ImportResult> {
  return writeArticle(await loadArticle(options), options);
}

/**
 * Writes a loaded article to `<out-dir>/<slug>.md`, atomically; an existing file is replaced only
 * with `force`. Errors name the raw file the article came from.
 */
export function writeArticle(article: LoadedArticle, options: ImportOptions): ImportResult {
  const cwd = options.cwd ?? process.cwd();
  const outDir = resolve(cwd, options.outDir ?? DEFAULT_OUT_DIR);
  const path = join(outDir, `${article.slug}.md`);
  const displayPath = relative(cwd, path) || path;
  const exists = (): boolean => {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  };
  const existsError = () => new InputError(options.file, `${displayPath} already exists; pass --force to replace it`);
  if (!options.force && exists()) throw existsError();

  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(options.file, `cannot create ${relative(cwd, outDir) || outDir} (${code === 'EEXIST' || code === 'ENOTDIR' ? 'a file is in the way' : code})`);
  }
  try {
    writeAtomic(path, renderArticle(article.data, article.body), options.force ?? false);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // Another import may have written the same slug since the check above.
    if (code === 'EEXIST') throw existsError();
    const target = code === 'EISDIR' ? `${displayPath} is a directory` : `cannot write ${displayPath} (${code ?? (error as Error).message})`;
    throw new InputError(options.file, target);
  }
  return { ...article, path, displayPath };
}

/** Where an article would be written: `<out-dir>/<slug>.md`. */
export function articlePath(slug: string, options: Pick<ImportOptions, 'cwd' | 'outDir'>): string {
  return join(resolve(options.cwd ?? process.cwd(), options.outDir ?? DEFAULT_OUT_DIR), `${slug}.md`);
}
