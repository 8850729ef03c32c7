import { InputError, UsageError } from '../errors.ts';
import { runCompare } from './compare-command.ts';
import { runEval } from './eval-command.ts';
import { runGroup } from './group-command.ts';
import { runImport } from './import-command.ts';
import { runLedger } from './ledger-command.ts';
import { processIO, type CliIO } from './io.ts';

const USAGE = `Usage: collate <command> [options]

Commands:
  import <file or URL> [--outlet O] [--title T] [--published D] [--url U] [--slug S] [--encoding E] [--force] [--out-dir DIR]
      Clean a raw article (.txt, .md, .html, or a page fetched from an http(s) address) and write content/articles/<slug>.md.
  compare <a> <b> [<c> ...] [--json]    compare articles claim by claim
  compare --pairs <file.jsonl>          judge text pairs, one JSON line each
  eval <gold.json or folder> [...]      score comparisons against gold files, and the held-out pairs
  ledger [--check]                      record claim ids so permalinks survive edits
  group [--write] [--all] [--min-outlets N] [--days D] [--json]
      propose comparisons: groups of articles that report the same event

Run \`collate <command> --help\` for a command's options.`;

/** Runs the `collate` command line; returns the process exit code (0 ok, 1 bad input, 2 bad usage). */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        return await runImport(rest, io);
      case 'compare':
        return await runCompare(rest, io);
      case 'eval':
        return await runEval(rest, io);
      case 'ledger':
        return await runLedger(rest, io);
      case 'group':
        return await runGroup(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`collate: error: ${error.message}`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.err(`collate: ${error.message}; see \`collate --help\``);
      return 2;
    }
    throw error;
  }
}
