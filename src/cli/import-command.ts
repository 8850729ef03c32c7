import { UsageError } from '../errors.ts';
// import.ts rather than the importer's index: it loads the HTML tool chain only for HTML files.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { LEDGER_PATH, recordClaims, updateLedger } from '../content/ledger.ts';
import { InputError } from '../errors.ts';
import { DEFAULT_FETCH_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS, fetchLimits, fetchPage, isUrlArgument, MAX_REDIRECTS } from '../importer/fetch.ts';
import { DEFAULT_OUT_DIR, articlePath, loadArticle, validateOverrides, writeArticle, type LoadedArticle } from '../importer/import.ts';
import { Progress, progressWanted } from '../progress.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: collate import <file> [<file> ...] [options]

Cleans a raw article, a .txt, .md or .html file or the http(s) address of an HTML or plain-text
page (collate import https://example.com/news/story): removes boilerplate (credits, share and
comment prompts, related headlines, lines in another language), finds the headline, outlet and
language, and writes <out-dir>/<slug>.md. Prints the written path.

Options:
  --outlet O      outlet that published it (default: detected from the text, else "unknown")
  --title T       headline (default: the text's headline, else derived from the lead sentence)
  --published D   publication date, ISO 8601 (e.g. 2025-04-26)
  --url U         address of the original article (default for a fetched page: its final address)
  --slug S        file name without .md (default: from the title)
  --force         replace an existing article with the same slug, and import a page that
                  looks like no article (a "page not found" page, an index or front page,
                  a paywall teaser, too little text)
  --out-dir DIR   where to write (default: ${DEFAULT_OUT_DIR})
  --encoding E    read the bytes as encoding E (e.g. windows-1252), whatever they declare
  -h, --help      show this help

Text is read as UTF-8 unless a byte-order mark, a fetched page's Content-Type charset or an HTML
page's <meta charset> names another encoding. A web address is fetched following up to ${MAX_REDIRECTS}
redirects; the page must arrive within ${DEFAULT_FETCH_TIMEOUT_MS / 1000} s (COLLATE_FETCH_TIMEOUT_MS, in milliseconds) and
be at most ${DEFAULT_FETCH_MAX_BYTES / (1024 * 1024)} MB (COLLATE_FETCH_MAX_BYTES, in bytes).

Several files are all read and checked before any is written; progress is shown on a terminal
(or with COLLATE_PROGRESS=1).`;

/** Runs `collate import <file> [options]`; returns the exit code (InputError and UsageError propagate to main). */
export async function runImport(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('import', argv, {
    outlet: { type: 'string' },
    title: { type: 'string' },
    published: { type: 'string' },
    url: { type: 'string' },
    slug: { type: 'string' },
    force: { type: 'boolean', default: false },
    'out-dir': { type: 'string' },
    encoding: { type: 'string' },
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('import: missing <file> or <url>');
  if (positionals.length > 1 && (values.slug !== undefined || values.title !== undefined || values.url !== undefined)) {
    throw new UsageError('import: --slug, --title and --url name one article; import such files one at a time');
  }
  const shared = {
    cwd: io.cwd,
    force: values.force,
    ...(values['out-dir'] !== undefined ? { outDir: values['out-dir'] } : {}),
    ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.published !== undefined ? { published: values.published } : {}),
    ...(values.url !== undefined ? { url: values.url } : {}),
    ...(values.slug !== undefined ? { slug: values.slug } : {}),
    ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
  };

  // Every file is read and cleaned before any is written: bad input anywhere writes nothing.
  const several = positionals.length > 1;
  const reading = new Progress('read', positionals.length, process.stderr, several && progressWanted());
  const loaded: { file: string; article: LoadedArticle }[] = [];
  const limits = positionals.some(isUrlArgument) ? fetchLimits() : undefined;
  for (const file of positionals) {
    // A web address is fetched (once the options are known to be good); its page is then cleaned as a file is.
    if (limits && isUrlArgument(file)) validateOverrides(file, shared);
    const source = limits && isUrlArgument(file) ? await fetchPage(file, limits) : undefined;
    loaded.push({ file, article: await loadArticle({ ...shared, file, ...(source ? { source } : {}) }) });
    reading.step(file);
  }
  const bySlug = new Map<string, string>();
  for (const { file, article } of loaded) {
    const first = bySlug.get(article.slug);
    if (first) throw new InputError(file, `gives the same slug "${article.slug}" as ${first}`, { fix: 'import one of them with --slug' });
    bySlug.set(article.slug, file);
    if (!values.force && existsSync(articlePath(article.slug, shared))) {
      throw new InputError(file, `${relative(io.cwd, articlePath(article.slug, shared))} already exists; pass --force to replace it`);
    }
  }
  const writing = new Progress('imported', loaded.length, process.stderr, several && progressWanted());
  for (const { file, article } of loaded) {
    const result = writeArticle(article, { ...shared, file });
    for (const notice of result.notices) io.err(`collate: note: ${several ? `${file}: ` : ''}${notice}`);
    io.out(result.displayPath);
    writing.step(file);
  }
  // Articles imported into the project's content are recorded in its claims ledger.
  if (resolve(io.cwd, values['out-dir'] ?? DEFAULT_OUT_DIR) === resolve(io.cwd, DEFAULT_OUT_DIR)) {
    const { added } = updateLedger(io.cwd, (ledger) => recordClaims(ledger, loaded.map(({ article }) => ({ slug: article.slug, body: article.body }))));
    if (added > 0) io.err(`collate: note: recorded ${added} claim ids in ${LEDGER_PATH}`);
  }
  return 0;
}
