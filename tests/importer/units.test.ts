/** Small parts of the importer: slugs, Markdown escaping, decoding, dates, sentences, titles, language. */
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { LINE_RULES, classifyUnits } from '../../src/importer/boilerplate.ts';
import { decodeText, firstInvalidUtf8, looksBinary } from '../../src/importer/decode.ts';
import { detectLanguage, toBcp47 } from '../../src/importer/language.ts';
import { escapeMarkdown, markdownToPlain } from '../../src/importer/markdown.ts';
import { splitSentences } from '../../src/importer/sentences.ts';
import { isValidSlug, slugify } from '../../src/importer/slug.ts';
import { deriveTitle } from '../../src/importer/text.ts';
import { isIsoDate } from '../../src/importer/validate.ts';

describe('slugs', () => {
  it.each([
    ['Council’s “big” move: what next?', 'councils-big-move-what-next'],
    ['Ça coûte 10 € à Zürich', 'ca-coute-10-a-zurich'],
    ['  --Spaces   and -- dashes--  ', 'spaces-and-dashes'],
    ['Новости дня', ''],
  ])('slugify(%j) = %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long slugs at a hyphen, at most 60 characters', () => {
    const slug = slugify('One two three four five six seven eight nine ten eleven twelve thirteen fourteen');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('one-two-three-four-five-six-seven-eight-nine-ten-eleven');
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each([
    ['bridge-closure', true],
    ['a1', true],
    ['Bridge', false],
    ['a--b', false],
    ['-a', false],
    ['a_b', false],
    ['', false],
    ['../x', false],
  ])('isValidSlug(%j) = %s', (slug, valid) => {
    expect(isValidSlug(slug)).toBe(valid);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    'The mayor’s office, notably silent so far, hasn’t responded to the claim.',
    '“It was a complete failure,” he said — and left.',
    'Prices rose 5% to $2.6-million (about €2 million) in 2024.',
    'The grid is 3 * 4 cells, and snake_case names stay as they are.',
    'Required fields are marked *',
    'Costs #1 and #2 rose.',
  ])('leaves %j unchanged', (text) => {
    expect(escapeMarkdown(text)).toBe(text);
  });

  it.each([
    '# Not a heading',
    '> Not a quote',
    '- Not a list',
    '+ Not a list either',
    '1. Not an ordered list',
    '2024) Not one either',
    'A <b>tag</b> is text here',
    'Use `code` literally',
    'A [link](https://example.org) shown as typed',
    '*Not emphasis*, and _neither_ this',
    'Fish &amp; chips',
    '---',
  ])('escapes %j so that it renders as typed', (text) => {
    const escaped = escapeMarkdown(text);
    expect(escaped).not.toBe(text);
    expect(markdownToPlain(escaped)).toBe(text);
  });
});

describe('decodeText', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('decodes UTF-8 and UTF-16 with a byte-order mark', () => {
    expect(decodeText('a.txt', new TextEncoder().encode('Grüße – “quoted”'))).toBe('Grüße – “quoted”');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich', 'utf16le')]);
    // The decoder consumes the byte-order mark.
    expect(decodeText('a.txt', utf16)).toBe('Zürich');
  });

  it('rejects empty, binary and undecodable input with the line of the first bad byte', () => {
    expect(() => decodeText('e.txt', bytes())).toThrow('e.txt: file is empty');
    expect(() => decodeText('b.txt', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00))).toThrow('b.txt: binary file, not text');
    expect(looksBinary(new Uint8Array(100).fill(0x01))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('tab\tand\r\nnewlines\f'))).toBe(false);
    const latin1 = Buffer.from('line one\nline two\nCaf\xe9 au lait\n', 'latin1');
    try {
      decodeText('l.txt', latin1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).line).toBe(3);
      expect((error as InputError).message).toMatch(/^l\.txt:3: not valid UTF-8 \(byte 0xe9\)/u);
    }
  });

  it('finds overlong forms and surrogates as invalid UTF-8', () => {
    expect(firstInvalidUtf8(bytes(0x41, 0xc0, 0xaf))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(new TextEncoder().encode('ok ✓ 𝄞'))).toBe(-1);
  });
});

describe('dates', () => {
  it.each([
    ['2025-04-26', true],
    ['2025-04-26T10:00:00Z', true],
    ['2025-04-26T10:00+02:00', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['26/04/2025', false],
    ['April 26, 2025', false],
    ['2025-04-26T25:00', false],
  ])('isIsoDate(%j) = %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});

describe('sentences and derived titles', () => {
  it('splits sentences without breaking at abbreviations, verbatim', () => {
    const paragraph = 'The U.S. President met Dr. Roe on Friday. “It went well,” she said! Talks resume at 9 a.m. Monday.';
    const sentences = splitSentences(paragraph);
    expect(sentences).toEqual(['The U.S. President met Dr. Roe on Friday.', '“It went well,” she said!', 'Talks resume at 9 a.m. Monday.']);
    for (const sentence of sentences) expect(paragraph).toContain(sentence);
  });

  it('keeps a short lead sentence whole and shortens a long one at a word boundary', () => {
    expect(deriveTitle('Storm closes the harbour. More follows.')).toBe('Storm closes the harbour');
    const long =
      'Officials in the northern province said on Monday that heavy rain had flooded more than two hundred homes and cut power to several villages.';
    const title = deriveTitle(long);
    expect(title.endsWith('…')).toBe(true);
    const words = title.slice(0, -1).split(' ');
    expect(words.length).toBeGreaterThanOrEqual(8);
    expect(words.length).toBeLessThanOrEqual(14);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(['the', 'of', 'and', 'to', 'a']).not.toContain(words[words.length - 1]);
  });

  it('prefers a clause boundary between 10 and 14 words', () => {
    const title = deriveTitle(
      'The ministry of health confirmed on Tuesday that the clinic will open in May, two months later than planned, because of supply delays.',
    );
    expect(title).toBe('The ministry of health confirmed on Tuesday that the clinic will open in May…');
  });
});

describe('language', () => {
  it('maps franc codes to BCP 47, two letters where they exist', () => {
    expect(toBcp47('eng')).toBe('en');
    expect(toBcp47('deu')).toBe('de');
    expect(toBcp47('slk')).toBe('sk');
    expect(toBcp47('yue')).toBe('yue');
  });

  it('detects English where franc alone would say Scots', () => {
    const sentence = 'As the flood waters slowly recede, the damage left across the valley serves as a stark reminder: the cleanup is far from over.';
    expect(franc(sentence)).toBe('sco');
    expect(detectLanguage(sentence)).toBe('eng');
  });
});

describe('the rule table', () => {
  it('gives every rule an id, a description and a length limit', () => {
    for (const rule of LINE_RULES) {
      expect(rule.id).toMatch(/^[a-z-]+$/u);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.maxLength).toBeGreaterThan(0);
    }
  });

  it('does not take article sentences that mention a marker word for boilerplate', () => {
    const lines = [
      'Sources said the talks would resume on Monday after a short break.',
      'Readers who subscribe to the paper received a printed copy of the report.',
      'By Monday, the river had risen above its banks in three places.',
      'Share prices fell by 4 per cent after the announcement, traders said.',
      'Comments from the minister were criticised by the opposition on Tuesday.',
      'Related talks are planned for next month in the capital, officials said.',
    ];
    const { removed } = classifyUnits(lines.map((text) => ({ text })), { language: 'eng' });
    expect([...removed.entries()]).toEqual([]);
  });
});
