/** Where a command writes and which directory it resolves paths against; tests pass their own. */
export interface CliIO {
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  /** Writes one line of the command's result. */
  out(line: string): void;
  /** Writes one line of diagnostics (notices, warnings, errors). */
  err(line: string): void;
}

/** The process's own working directory and streams. */
export const processIO: CliIO = {
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
