import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from '../errors.ts';

/**
 * Parses a command's arguments (with `--help`/`-h` always available), turning parseArgs' errors
 * into a one-line UsageError that names the command.
 */
export function parseCommandArgs<const Options extends ParseArgsOptionsConfig>(command: string, argv: string[], options: Options) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } } as Options & {
        help: { type: 'boolean'; short: 'h'; default: false };
      },
    });
  } catch (error) {
    // parseArgs explains unknown options and missing values well; its first sentence says it.
    const message = (error as Error).message.split('\n')[0]!;
    throw new UsageError(`${command}: ${message.replace(/(?<=\S)\. .*$/u, '')}`);
  }
}
