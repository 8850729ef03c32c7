/**
 * Progress of long runs (comparisons computed during a build, files imported): "done / total,
 * elapsed", on stderr. Shown on a terminal, or anywhere when COLLATE_PROGRESS=1; silent otherwise.
 */

/** Whether progress should be shown: a terminal, or asked for. */
export function progressWanted(stream: NodeJS.WriteStream = process.stderr): boolean {
  if (process.env.COLLATE_PROGRESS === '0') return false;
  return process.env.COLLATE_PROGRESS === '1' || Boolean(stream.isTTY);
}

/** Counts steps of a run and reports them. */
export class Progress {
  private done = 0;
  private readonly started = performance.now();
  private lastLine = 0;

  private readonly label: string;
  /** Steps the run will take. */
  readonly total: number;
  private readonly stream: NodeJS.WriteStream;
  private readonly enabled: boolean;

  constructor(label: string, total: number, stream: NodeJS.WriteStream = process.stderr, enabled = progressWanted(stream)) {
    this.label = label;
    this.total = total;
    this.stream = stream;
    this.enabled = enabled;
  }

  /** Seconds since the run started. */
  get elapsed(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Records one finished step; `note` is added to the line (e.g. "from cache"). */
  step(note = ''): void {
    this.done++;
    if (!this.enabled) return;
    const line = `[collate] ${this.label} ${this.done}/${this.total} (${this.elapsed.toFixed(1)} s)${note ? ` ${note}` : ''}`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}\u001b[K${this.done === this.total ? '\n' : ''}`);
      return;
    }
    // Not a terminal: a line per tenth of the run, and the last one.
    const tenth = Math.floor((this.done * 10) / Math.max(1, this.total));
    if (tenth > this.lastLine || this.done === this.total) {
      this.lastLine = tenth;
      this.stream.write(`${line}\n`);
    }
  }

  /** Writes a closing line when enabled. */
  finish(summary: string): void {
    if (this.enabled) this.stream.write(`[collate] ${summary}\n`);
  }
}
