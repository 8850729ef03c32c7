/**
 * The two raw seed articles against the hand-made gold file: boilerplate gone, title recovered or
 * derived, outlet found, and every sentence of the article text kept verbatim.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS, listDir, runInProcess, tempDir } from './helpers.ts';

interface Gold {
  a: string;
  b: string;
  title: { b: string };
  boilerplate: { a: string[]; b: string[] };
}
const gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/eval/kursk.gold.json'), 'utf8')) as Gold;

/** A deliberately simple sentence splitter, independent of the importer's. */
function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?][”"’)]?)\s+(?=[“"(]?[A-Z0-9])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The raw seed's article lines: every non-blank line that is neither gold boilerplate nor the headline. */
function articleLines(raw: string, boilerplate: string[], title?: string): string[] {
  const parts = boilerplate.flatMap((b) => b.split('\n')).map((b) => b.trim()).filter(Boolean);
  return raw
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== title)
    .filter((line) => !parts.some((part) => line.includes(part) || part.includes(line)));
}

interface Imported {
  raw: string;
  written: string;
  data: Record<string, unknown>;
  body: string;
  stderr: string[];
}

const imported: Record<'a' | 'b', Imported> = {} as Record<'a' | 'b', Imported>;

beforeAll(async () => {
  for (const side of ['a', 'b'] as const) {
    const out = tempDir();
    const file = join(SEEDS, gold[side]);
    const run = await runInProcess(['import', file, '--out-dir', out]);
    expect(run.code, run.stderr.join('\n')).toBe(0);
    const files = listDir(out);
    expect(files).toHaveLength(1);
    const written = readFileSync(join(out, files[0]!), 'utf8');
    expect(run.stdout).toEqual([expect.stringContaining(files[0]!)]);
    const parsed = matter(written, {});
    imported[side] = { raw: readFileSync(file, 'utf8'), written, data: parsed.data, body: parsed.content, stderr: run.stderr };
  }
});

describe('seed articles against the gold file', () => {
  for (const side of ['a', 'b'] as const) {
    it(`removes every boilerplate string of ${side}`, () => {
      const { raw, written } = imported[side];
      expect(gold.boilerplate[side].length).toBeGreaterThan(0);
      for (const text of gold.boilerplate[side]) {
        expect(raw, 'the gold string is in the raw seed').toContain(text);
        expect(written, `boilerplate survived: ${JSON.stringify(text)}`).not.toContain(text);
      }
    });

    it(`keeps every sentence of ${side}'s article verbatim`, () => {
      const { raw, body } = imported[side];
      const lines = articleLines(raw, gold.boilerplate[side], side === 'b' ? gold.title.b : undefined);
      const all = lines.flatMap(sentences);
      // The seeds have 10 paragraphs and 25+ sentences each; a vacuous check would find none.
      expect(lines.length).toBeGreaterThanOrEqual(10);
      expect(all.length).toBeGreaterThan(20);
      const missing = all.filter((sentence) => !body.includes(sentence));
      expect(missing).toEqual([]);
    });
  }

  it("recovers b's headline as its title and keeps it out of the body", () => {
    expect(imported.b.data.title).toBe(gold.title.b);
    expect(imported.b.body.split('\n\n')[0]).not.toBe(gold.title.b);
  });

  it("derives a's title from its lead sentence and says so", () => {
    const title = String(imported.a.data.title);
    const lead = articleLines(imported.a.raw, gold.boilerplate.a)[0]!;
    expect(lead.startsWith(title.replace(/…$/u, ''))).toBe(true);
    const words = title.replace(/…$/u, '').split(/\s+/u).length;
    expect(words).toBeGreaterThanOrEqual(8);
    expect(words).toBeLessThanOrEqual(14);
    expect(imported.a.stderr.some((line) => /title derived from the lead sentence/u.test(line))).toBe(true);
    expect(imported.b.stderr.some((line) => /title derived/u.test(line))).toBe(false);
  });

  it('finds globalnews.ca as the outlet of a from its credit and source lines', () => {
    expect(imported.a.data.outlet).toBe('globalnews.ca');
  });

  it('writes valid front matter with the language and one paragraph per block', () => {
    for (const side of ['a', 'b'] as const) {
      const { data, body } = imported[side];
      expect(data.language).toBe('en');
      const paragraphs = body.trim().split('\n\n');
      expect(paragraphs).toHaveLength(10);
      for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/\n/u);
    }
  });
});
