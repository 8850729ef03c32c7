/**
 * Problems with a user's input (a raw article, a content file, a command-line argument).
 *
 * They are reported as one line that names the file, the line where there is one, and the reason,
 * e.g. `content/articles/a.md:3: outlet: expected a non-empty string`. A stack trace is for bugs only.
 */
export class InputError extends Error {
  /** Path of the offending file, as the user named it. */
  readonly file: string;
  /** 1-based line in that file, when the problem has one. */
  readonly line: number | undefined;
  /** What to do about it, when there is something to say. */
  readonly fix: string | undefined;
  /** The reason alone, without the file and line. */
  readonly reason: string;

  constructor(file: string, reason: string, options: { line?: number; fix?: string } = {}) {
    const where = options.line === undefined ? file : `${file}:${options.line}`;
    super(`${where}: ${reason}${options.fix ? ` (${options.fix})` : ''}`);
    this.name = 'InputError';
    this.file = file;
    this.line = options.line;
    this.fix = options.fix;
    this.reason = reason;
  }
}

/** A command-line usage problem (unknown option, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
