/**
 * The real `collate import` command, spawned as a user runs it: bad input exits non-zero with
 * exactly one line naming the file and the reason, and leaves nothing in the out-dir.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, listDir, spawnCollate, tempDir } from './helpers.ts';

interface Case {
  name: string;
  /** Makes the input in `dir` and returns the file argument. */
  file: (dir: string) => string;
  args?: string[];
  reason: RegExp;
}

const cases: Case[] = [
  { name: 'missing file', file: (dir) => join(dir, 'nowhere.txt'), reason: /no such file/u },
  {
    name: 'directory',
    file: (dir) => {
      mkdirSync(join(dir, 'drafts.txt'));
      return join(dir, 'drafts.txt');
    },
    reason: /is a directory/u,
  },
  { name: 'empty file', file: () => join(FIXTURES, 'empty.txt'), reason: /file is empty/u },
  {
    name: 'white space only',
    file: (dir) => {
      writeFileSync(join(dir, 'spaces.txt'), '   \n\n\t \r\n');
      return join(dir, 'spaces.txt');
    },
    reason: /only white space/u,
  },
  { name: 'boilerplate only', file: () => join(FIXTURES, 'only-boilerplate.txt'), reason: /no article text found/u },
  {
    name: 'binary file',
    file: (dir) => {
      writeFileSync(join(dir, 'archive.txt'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]));
      return join(dir, 'archive.txt');
    },
    reason: /binary file/u,
  },
  {
    name: 'undecodable bytes',
    file: (dir) => {
      writeFileSync(join(dir, 'cp1252.txt'), Buffer.concat([Buffer.from('Headline\n\nPrices rose by 5'), Buffer.from([0x80]), Buffer.from(' on Monday.\n')]));
      return join(dir, 'cp1252.txt');
    },
    reason: /cp1252\.txt:3: not valid UTF-8/u,
  },
  {
    name: 'unsupported extension',
    file: (dir) => {
      writeFileSync(join(dir, 'story.docx'), 'PK');
      return join(dir, 'story.docx');
    },
    reason: /unsupported file type \.docx/u,
  },
  { name: 'invalid --published', file: () => join(FIXTURES, 'no-headline.txt'), args: ['--published', '2025-13-40'], reason: /--published/u },
  { name: 'invalid --url', file: () => join(FIXTURES, 'no-headline.txt'), args: ['--url', 'not a url'], reason: /--url/u },
  { name: 'invalid --slug', file: () => join(FIXTURES, 'no-headline.txt'), args: ['--slug', 'No_Good'], reason: /--slug/u },
];

describe('collate import refuses bad input', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = tempDir();
      const outDir = join(dir, 'out');
      const file = c.file(dir);
      const run = spawnCollate(['import', file, '--out-dir', outDir, ...(c.args ?? [])]);
      expect(run.code).toBe(1);
      expect(run.stdout).toEqual([]);
      expect(run.stderr).toHaveLength(1);
      const [line] = run.stderr;
      expect(line).toMatch(/^collate: error: /u);
      expect(line).toContain(file);
      expect(line).toMatch(c.reason);
      // Nothing written, not even a temp file or the out-dir's contents.
      expect(listDir(outDir)).toEqual([]);
    });
  }

  it('an existing slug without --force: one line, file untouched, no temp file', () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    mkdirSync(outDir);
    const existing = join(outDir, 'grass-fire.md');
    writeFileSync(existing, 'keep me\n');
    const file = join(FIXTURES, 'no-headline.txt');
    const run = spawnCollate(['import', file, '--out-dir', outDir, '--slug', 'grass-fire']);
    expect(run.code).toBe(1);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain(file);
    expect(run.stderr[0]).toMatch(/grass-fire\.md already exists; pass --force to replace it/u);
    expect(listDir(outDir)).toEqual(['grass-fire.md']);
    expect(readFileSync(existing, 'utf8')).toBe('keep me\n');

    const forced = spawnCollate(['import', file, '--out-dir', outDir, '--slug', 'grass-fire', '--force']);
    expect(forced.code).toBe(0);
    expect(listDir(outDir)).toEqual(['grass-fire.md']);
    expect(readFileSync(existing, 'utf8')).toMatch(/^---\ntitle: /u);
  });

  it('an HTML page without an article', () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const file = join(dir, 'index.html');
    writeFileSync(file, '<html><head><title>Front page</title></head><body><nav><a href="/">Home</a></nav><footer>© 2025</footer></body></html>');
    const run = spawnCollate(['import', file, '--out-dir', outDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`collate: error: ${file}: no article text found`]);
    expect(listDir(outDir)).toEqual([]);
  });

  it('an unknown option is a usage error (exit 2)', () => {
    const run = spawnCollate(['import', join(FIXTURES, 'no-headline.txt'), '--outle', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/--outle/u);
  });
});

describe('collate import succeeds', () => {
  it('prints the written path relative to the working directory, notices on stderr', () => {
    const cwd = tempDir();
    const run = spawnCollate(['import', join(FIXTURES, 'no-headline.txt')], cwd);
    expect(run.code).toBe(0);
    const expected = join('content', 'articles', 'firefighters-spent-most-of-saturday-battling-a-grass-fire.md');
    expect(run.stdout).toEqual([expected]);
    expect(readFileSync(join(cwd, expected), 'utf8')).toMatch(/^---\ntitle: Firefighters spent/u);
    expect(run.stderr).toContain('collate: note: title derived from the lead sentence; pass --title to set it');
    expect(listDir(join(cwd, 'content', 'articles'))).toHaveLength(1);
  });

  it('prints usage for --help', () => {
    const run = spawnCollate(['import', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout[0]).toMatch(/^Usage: collate import <file>/u);
  });
});

describe('collate import of several files', () => {
  it('writes every article, printing each path', () => {
    const outDir = join(tempDir(), 'articles');
    const files = [join(FIXTURES, 'no-headline.txt'), join(FIXTURES, 'council-budget-crlf.txt')];
    const run = spawnCollate(['import', ...files, '--out-dir', outDir]);
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBe(2);
    expect(listDir(outDir).length).toBe(2);
  });

  it('writes nothing when one of them is bad', () => {
    const outDir = join(tempDir(), 'articles');
    const run = spawnCollate(['import', join(FIXTURES, 'no-headline.txt'), join(FIXTURES, 'empty.txt'), '--out-dir', outDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([expect.stringMatching(/empty\.txt: file is empty$/)]);
    expect(listDir(outDir)).toEqual([]);
  });

  it('refuses options that name one article', () => {
    const run = spawnCollate(['import', join(FIXTURES, 'no-headline.txt'), join(FIXTURES, 'council-budget-crlf.txt'), '--slug', 'x']);
    expect(run.code).toBe(2);
  });
});
