/**
 * Property tests of the engine over random Markdown and random Unicode: it never throws, it
 * finishes in bounded time (no catastrophic regular expressions), and every claim is a verbatim
 * slice of its article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/engine/compare.ts';
import { PairJudge } from '../../src/engine/pairs.ts';

const word = fc.oneof(
  fc.constantFrom('the', 'police', 'said', 'not', 'killed', '12', '1,300', '€2', 'million', 'Kyiv', 'Ukrainian', 'entirely', 'parts', 'of', 'already', 'after'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => `${words.join(' ')}${['.', '!', '?', ';', '', '…'][words.length % 6]}`);
const block = fc.oneof(
  sentence,
  sentence.map((s) => `# ${s}`),
  sentence.map((s) => `- ${s}\n  - ${s}\n    - ${s}`),
  sentence.map((s) => `> ${s}`),
  sentence.map((s) => `*${s}* **${s}** [${s}](https://example.com) \`${s}\``),
  sentence.map((s) => `<div onclick="x()">${s}</div>`),
  fc.constantFrom('“A quote,” he said.', '\u200b\u200f\u202eRTL text\u202c here.', '👩‍👩‍👧 Family emoji.', '\r\n', '\uFEFF', '***', '```\ncode\n```'),
);
const markdown = fc.array(block, { minLength: 0, maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

describe('the engine on random input', () => {
  it('never throws, and every claim is a verbatim slice of its article', () => {
    fc.assert(
      fc.property(markdown, markdown, (a, b) => {
        const started = performance.now();
        const result = compareArticles([
          { slug: 'a', title: 'A', outlet: 'a', body: a },
          { slug: 'b', title: 'B', outlet: 'b', body: b },
        ]);
        expect(performance.now() - started).toBeLessThan(5_000);
        const bodies = [a, b];
        result.articles.forEach((article, index) => {
          for (const claim of article.claims) expect(bodies[index]!.slice(claim.start, claim.end)).toBe(claim.text);
        });
        const ids = new Set(result.articles.flatMap((x) => x.claims.map((c) => c.id)));
        for (const link of result.links) {
          expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
          if (link.relation === 'contradiction') expect(link.kind && link.explanation).toBeTruthy();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('judges random text pairs without throwing', () => {
    const judge = new PairJudge();
    fc.assert(
      fc.property(markdown, fc.string({ unit: 'grapheme', maxLength: 300 }), (a, b) => {
        const result = judge.judge(a, b);
        expect(['same', 'overlap', 'contradiction', 'unrelated']).toContain(result.relation);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it('stays fast on long runs of the characters regular expressions trip over', () => {
    for (const text of ['1'.repeat(20_000), `${'a '.repeat(20_000)}`, `${'1,000 '.repeat(3000)}`, `${'"'.repeat(5000)}x`, `${'-'.repeat(20_000)}`, `${'between 1 and '.repeat(2000)}`]) {
      const started = performance.now();
      compareArticles([
        { slug: 'a', title: 'A', outlet: 'a', body: text },
        { slug: 'b', title: 'B', outlet: 'b', body: text },
      ]);
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(10_000);
    }
  });
});
