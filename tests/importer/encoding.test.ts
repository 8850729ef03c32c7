/**
 * Encodings of raw articles: a byte-order mark, a declared charset (HTTP header, `<meta>`) or
 * `--encoding` choose how bytes become text; undeclared non-UTF-8 text is refused with the fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { charsetOf, decodeArticle, metaCharset } from '../../src/importer/decode.ts';
import { listDir, spawnCollate, tempDir } from './helpers.ts';

/** Windows-1252 bytes of `text`, whose characters must all be below U+0100 (0x93/0x94 are its curly quotes). */
const cp1252 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** A small HTML page whose `<head>` is `head`, with a paragraph in windows-1252. */
const page = (head: string): Buffer =>
  Buffer.concat([Buffer.from(`<!DOCTYPE html><html><head>${head}<title>Caf`), cp1252('\xe9 news</title></head><body><p>\x93Caf\xe9\x94, she said.</p></body></html>')]);

/** The error decodeArticle throws. */
function refusal(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decodeArticle', () => {
  it('decodes windows-1252 declared by <meta charset>', () => {
    expect(decodeArticle('p.html', page('<meta charset="windows-1252">'), { html: true })).toContain('<p>“Café”, she said.</p>');
    // Unquoted, self-closing, upper case.
    expect(decodeArticle('p.html', page('<META CHARSET=Windows-1252/>'), { html: true })).toContain('“Café”');
  });

  it('decodes the charset of <meta http-equiv="Content-Type">, and ISO-8859-1 as browsers do (as windows-1252)', () => {
    const bytes = page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
    expect(decodeArticle('p.html', bytes, { html: true })).toContain('<title>Café news</title>');
    // 0x93 and 0x94 are C1 controls in ISO-8859-1 proper, curly quotes in windows-1252.
    expect(decodeArticle('p.html', bytes, { html: true })).toContain('“Café”');
  });

  it('reads a <meta> only in HTML, outside comments, in the first 4 KB', () => {
    expect(metaCharset(Buffer.from('<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-15">'))).toBe('iso-8859-15');
    expect(metaCharset(Buffer.from(`<html><head>${' '.repeat(5000)}<meta charset="windows-1252">`))).toBeUndefined();
    expect(metaCharset(Buffer.from('<meta name="description" content="charset=koi8-r">'))).toBeUndefined();
    // A text file that mentions a meta tag is still UTF-8 only.
    const text = Buffer.concat([Buffer.from('Headline\n\n<meta charset="windows-1252"> '), cp1252('caf\xe9\n')]);
    expect(() => decodeArticle('notes.txt', text)).toThrow(/not valid UTF-8/u);
  });

  it('uses --encoding over everything the bytes declare', () => {
    const bytes = page('<meta charset="utf-8">');
    expect(() => decodeArticle('p.html', bytes, { html: true })).toThrow(/p\.html:1: not valid UTF-8 \(byte 0xe9\)/u);
    expect(decodeArticle('p.html', bytes, { html: true, encoding: 'windows-1252' })).toContain('“Café”');
    expect(decodeArticle('p.html', bytes, { html: true, encoding: 'latin1', declaredCharset: 'utf-8' })).toContain('“Café”');
    expect(decodeArticle('a.txt', cp1252('caf\xe9'), { encoding: 'cp1252' })).toBe('café');
  });

  it('reads a page saved as UTF-8 that keeps an old windows-1252 declaration as UTF-8', () => {
    const saved = Buffer.from('<meta charset="windows-1252"><p>“Café”, she said.</p>', 'utf8');
    expect(decodeArticle('saved.html', saved, { html: true })).toContain('<p>“Café”, she said.</p>');
  });

  it('uses an HTTP charset before the <meta>, and a byte-order mark before both', () => {
    expect(decodeArticle('p', page('<meta charset="utf-8">'), { html: true, declaredCharset: 'windows-1252', page: true })).toContain('“Café”');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>“Café”</p>')]);
    expect(decodeArticle('p.html', withBom, { html: true, declaredCharset: 'windows-1252' })).toBe('<meta charset="windows-1252"><p>“Café”</p>');
  });

  it('accepts a UTF-8 byte-order mark and drops it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Grüße – “quoted”\n')]);
    expect(decodeArticle('a.txt', bytes)).toBe('Grüße – “quoted”\n');
  });

  it('refuses an unknown label in one line naming the file, the label and the fix', () => {
    expect(refusal(() => decodeArticle('p.html', page(''), { encoding: 'latin-9x' })).message).toBe(
      'p.html: unknown encoding "latin-9x" given to --encoding (use a WHATWG encoding label such as utf-8, windows-1252 or iso-8859-15)',
    );
    expect(refusal(() => decodeArticle('p.html', page('<meta charset="klingon">'), { html: true })).message).toBe(
      'p.html: unknown encoding "klingon" named by <meta charset> (pass --encoding with the file\'s real encoding, e.g. --encoding windows-1252)',
    );
    const fromHeader = refusal(() => decodeArticle('https://news.example/a', page(''), { html: true, declaredCharset: 'x-nope', page: true }));
    expect(fromHeader.message).toBe(
      'https://news.example/a: unknown encoding "x-nope" named by the Content-Type header (pass --encoding with the page\'s real encoding, e.g. --encoding windows-1252)',
    );
  });

  it('refuses undeclared non-UTF-8 text naming the line and --encoding windows-1252', () => {
    const error = refusal(() => decodeArticle('l.txt', cp1252('line one\nline two\nCaf\xe9 au lait\n')));
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'l.txt:3: not valid UTF-8 (byte 0xe9) (re-save the file as UTF-8, or import it with --encoding windows-1252 if it is Windows or Latin-1 text)',
    );
    expect(error.message).not.toContain('\n');
  });

  it('still refuses binary bytes whatever the declared encoding', () => {
    expect(() => decodeArticle('b.html', Buffer.from([0x3c, 0x70, 0x3e, 0, 0, 0x01, 0x02]), { encoding: 'windows-1252' })).toThrow(/b\.html: binary file/u);
  });
});

describe('charsetOf', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset=windows-1252')).toBe('windows-1252');
    expect(charsetOf('text/html;charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetOf('text/html')).toBeUndefined();
    expect(charsetOf('text/html; x-charset=koi8-r')).toBeUndefined();
  });
});

describe('collate import --encoding', () => {
  it('imports a windows-1252 HTML file by its <meta charset>, and a text file with --encoding', () => {
    const dir = tempDir();
    const outDir = join(dir, 'out');
    const html = join(dir, 'market.html');
    writeFileSync(
      html,
      Buffer.concat([
        Buffer.from('<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
        cp1252(
          '<title>Caf\xe9 owners welcome the new market square</title></head><body><article><h1>Caf\xe9 owners welcome the new market square</h1>' +
            '<p>The town\x92s caf\xe9 owners said on Tuesday that the rebuilt market square had brought more visitors in its first month than in the whole of last spring.</p>' +
            '<p>\x93We have had queues at the door every Saturday,\x94 said one owner, who has run the caf\xe9 on the corner for eleven years.</p>' +
            '<p>The council spent two years and 3.1 million on the square, which reopened in May with new paving, trees and a covered stage.</p>' +
            '</article></body></html>',
        ),
      ]),
    );
    const fromMeta = spawnCollate(['import', html, '--out-dir', outDir]);
    expect(fromMeta.stderr.filter((line) => line.includes('error'))).toEqual([]);
    expect(fromMeta.code).toBe(0);
    const article = readFileSync(join(outDir, 'cafe-owners-welcome-the-new-market-square.md'), 'utf8');
    expect(article).toContain('title: Café owners welcome the new market square');
    expect(article).toContain('“We have had queues at the door every Saturday,” said one owner');
    expect(article).toContain('The town’s café owners');

    const text = join(dir, 'notice.txt');
    writeFileSync(text, cp1252('Caf\xe9 closes for the summer\n\nThe harbour caf\xe9 will close from 1 July to 15 August while its kitchen is rebuilt, the owners said on Monday.\n'));
    const refused = spawnCollate(['import', text, '--out-dir', outDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toEqual([
      `collate: error: ${text}:1: not valid UTF-8 (byte 0xe9) (re-save the file as UTF-8, or import it with --encoding windows-1252 if it is Windows or Latin-1 text)`,
    ]);
    const forced = spawnCollate(['import', text, '--out-dir', outDir, '--encoding', 'windows-1252']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(outDir, 'cafe-closes-for-the-summer.md'), 'utf8')).toContain('The harbour café will close');

    const unknown = spawnCollate(['import', text, '--out-dir', join(dir, 'none'), '--encoding', 'latin-9x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toEqual([
      `collate: error: ${text}: unknown encoding "latin-9x" given to --encoding (use a WHATWG encoding label such as utf-8, windows-1252 or iso-8859-15)`,
    ]);
    expect(listDir(join(dir, 'none'))).toEqual([]);
  });
});
