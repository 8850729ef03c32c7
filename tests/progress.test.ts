import { describe, expect, it } from 'vitest';
import { Progress } from '../src/progress.ts';

/** A stand-in for stderr that records what is written. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
}

describe('Progress', () => {
  it('is silent when not enabled', () => {
    const out = stream(false);
    const progress = new Progress('comparisons', 3, out.stream, false);
    progress.step();
    progress.finish('done');
    expect(out.written).toEqual([]);
  });

  it('writes a line per tenth of the run, and the last, when not a terminal', () => {
    const out = stream(false);
    const progress = new Progress('comparisons', 20, out.stream, true);
    for (let i = 0; i < 20; i++) progress.step();
    expect(out.written.length).toBe(10);
    expect(out.written.at(-1)).toMatch(/^\[collate\] comparisons 20\/20 \(\d+\.\d s\)\n$/);
  });

  it('rewrites one line on a terminal', () => {
    const out = stream(true);
    const progress = new Progress('imported', 2, out.stream, true);
    progress.step('a.txt');
    progress.step('b.txt');
    expect(out.written[0]).toMatch(/^\r\[collate\] imported 1\/2 \(.+\) a\.txt/);
    expect(out.written[1]!.endsWith('\n')).toBe(true);
  });
});
