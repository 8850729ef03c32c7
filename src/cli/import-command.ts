import { UsageError } from '../errors.ts';
// import.ts rather than the importer's index: it loads the HTML tool chain only for HTML files.
import { DEFAULT_OUT_DIR, importArticle } from '../importer/import.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIO } from './io.ts';

const USAGE = `Usage: collate import <file> [options]

Cleans a raw article (.txt, .md or .html): removes boilerplate (credits, share and comment
prompts, related headlines, lines in another language), finds the headline, outlet and language,
and writes <out-dir>/<slug>.md. Prints the written path.

Options:
  --outlet O      outlet that published it (default: detected from the text, else "unknown")
  --title T       headline (default: the text's headline, else derived from the lead sentence)
  --published D   publication date, ISO 8601 (e.g. 2025-04-26)
  --url U         address of the original article
  --slug S        file name without .md (default: from the title)
  --force         replace an existing article with the same slug
  --out-dir DIR   where to write (default: ${DEFAULT_OUT_DIR})
  -h, --help      show this help`;

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
  });
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'import: missing <file>' : `import: expected one file, got ${positionals.length}`,
    );
  }

  const result = await importArticle({
    file: positionals[0]!,
    cwd: io.cwd,
    force: values.force,
    ...(values['out-dir'] !== undefined ? { outDir: values['out-dir'] } : {}),
    ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.published !== undefined ? { published: values.published } : {}),
    ...(values.url !== undefined ? { url: values.url } : {}),
    ...(values.slug !== undefined ? { slug: values.slug } : {}),
  });
  for (const notice of result.notices) io.err(`collate: note: ${notice}`);
  io.out(result.displayPath);
  return 0;
}
