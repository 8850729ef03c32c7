/** Turning a file's bytes into text, or a one-line reason why they are not an article's text. */
import { InputError } from '../errors.ts';

/** How many leading bytes of an HTML page are scanned for a `<meta charset>`. */
const META_SCAN_BYTES = 4096;

/** How many leading bytes are inspected for binary content. */
const SNIFF_BYTES = 8192;
/** Share of control characters (other than tab, newlines, form feed) above which a file is binary. */
const CONTROL_RATIO = 0.05;

/** Whether bytes look like a binary file: a NUL byte, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return sample.length > 0 && controls / sample.length > CONTROL_RATIO;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/**
 * Decodes a file's bytes as text. UTF-8 (with or without a byte-order mark) is the norm; UTF-16
 * with a byte-order mark is accepted too. Throws InputError for empty, binary and undecodable files.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(file, 'file is empty');
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new InputError(file, `invalid ${utf16.toUpperCase()} text`, { fix: 're-save the file as UTF-8' });
    }
  }
  if (looksBinary(bytes)) throw new InputError(file, 'binary file, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notUtf8(file, bytes, 're-save the file as UTF-8');
  }
}

/** The refusal of bytes that are not UTF-8: the first bad byte and its line. */
function notUtf8(file: string, bytes: Uint8Array, fix: string): InputError {
  const offset = Math.max(0, firstInvalidUtf8(bytes));
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  const byte = bytes[offset]!.toString(16).padStart(2, '0');
  return new InputError(file, `not valid UTF-8 (byte 0x${byte})`, { line, fix });
}

/** How decodeArticle chooses an encoding besides the byte-order mark. */
export interface DecodeOptions {
  /** Encoding label the user gave (`collate import --encoding`): overrides everything else. */
  encoding?: string;
  /** Charset a transport declared (the `charset` of an HTTP Content-Type): used after a byte-order mark. */
  declaredCharset?: string;
  /** The bytes are an HTML page: a `<meta charset>` in its first 4 KB is used when nothing else names the encoding. */
  html?: boolean;
  /** The bytes came from a web address, not a file (changes the wording of fixes). */
  page?: boolean;
}

/** The `charset` parameter of a Content-Type value (`text/html; charset=windows-1252`), or undefined. */
export function charsetOf(contentType: string): string | undefined {
  const match = /(?:^|;)\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/iu.exec(contentType);
  const label = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return label || undefined;
}

/** Attributes of a tag's text after its name: lower-case names, the first of each name wins. */
function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu)) {
    const name = match[1]!.toLowerCase();
    // An unquoted value runs to white space or `>`, so `<meta charset=utf-8/>` leaves a slash on it.
    const value = match[2] ?? match[3] ?? match[4]?.replace(/\/$/u, '') ?? '';
    if (!found.has(name)) found.set(name, value);
  }
  return found;
}

/**
 * The encoding label an HTML page declares in its first 4 KB, as browsers look for it: the first
 * `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">` outside a
 * comment. The bytes are read as ASCII, which every such declaration is written in.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (const byte of bytes.subarray(0, META_SCAN_BYTES)) head += String.fromCharCode(byte);
  const text = head.replace(/<!--[\s\S]*?(?:-->|$)/gu, '');
  for (const match of text.matchAll(/<meta[\s/]([^>]*)/giu)) {
    const attrs = attributes(match[1]!);
    const charset = attrs.get('charset')?.trim();
    if (charset) return charset;
    if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      const declared = charsetOf(attrs.get('content') ?? '');
      if (declared) return declared;
    }
  }
  return undefined;
}

/** What the refusal of non-UTF-8 bytes suggests. */
function utf8Fix(page: boolean): string {
  return page
    ? 'pass --encoding windows-1252 if the page is Windows or Latin-1 text'
    : 're-save the file as UTF-8, or import it with --encoding windows-1252 if it is Windows or Latin-1 text';
}

/**
 * Decodes a raw article's bytes. The encoding is, in this order: `options.encoding`; the one a
 * byte-order mark (UTF-8, UTF-16) names; `options.declaredCharset`; an HTML page's `<meta charset>`;
 * else UTF-8. Labels are WHATWG's (those of `TextDecoder`), so iso-8859-1 reads as windows-1252, as
 * in browsers. Throws InputError for empty, binary and undecodable bytes and unknown labels.
 */
export function decodeArticle(file: string, bytes: Uint8Array, options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new InputError(file, 'file is empty');
  const page = options.page ?? false;
  if (options.encoding !== undefined) return decodeAs(file, bytes, options.encoding, 'option', page);
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  if (bom) return decodeAs(file, bytes, bom, 'bom', page);
  if (options.declaredCharset !== undefined) return decodeAs(file, bytes, options.declaredCharset, 'header', page);
  const declared = options.html ? metaCharset(bytes) : undefined;
  // A page saved from a browser is written in UTF-8 but often keeps its old declaration: bytes
  // beyond ASCII that are valid UTF-8 are almost never meant as windows-1252, so they read as UTF-8.
  if (declared !== undefined && bytes.some((b) => b >= 0x80) && firstInvalidUtf8(bytes) === -1) return decodeAs(file, bytes, 'utf-8', 'default', page);
  if (declared !== undefined) return decodeAs(file, bytes, declared, 'meta', page);
  return decodeAs(file, bytes, 'utf-8', 'default', page);
}

/** Where an encoding label came from: --encoding, a byte-order mark, an HTTP header, a `<meta>`, or nowhere. */
type LabelSource = 'option' | 'bom' | 'header' | 'meta' | 'default';

/** How messages name each source of a label. */
const SOURCE_WORDS: Record<LabelSource, string> = {
  option: 'given to --encoding',
  bom: 'named by the byte-order mark',
  header: 'named by the Content-Type header',
  meta: 'named by <meta charset>',
  default: '',
};

/** Decodes bytes with one encoding label, refusing unknown labels and bytes that are not in the encoding. */
function decodeAs(file: string, bytes: Uint8Array, label: string, source: LabelSource, page: boolean): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim(), { fatal: true });
  } catch {
    const fix =
      source === 'option'
        ? 'use a WHATWG encoding label such as utf-8, windows-1252 or iso-8859-15'
        : `pass --encoding with the ${page ? 'page' : 'file'}'s real encoding, e.g. --encoding windows-1252`;
    throw new InputError(file, `unknown encoding "${label}" ${SOURCE_WORDS[source]}`, { fix });
  }
  let encoding = decoder.encoding;
  // A declaration found by reading the bytes as ASCII cannot be right about UTF-16: browsers read UTF-8 then.
  if (source === 'meta' && encoding.startsWith('utf-16')) {
    encoding = 'utf-8';
    decoder = new TextDecoder('utf-8', { fatal: true });
  }
  if (!encoding.startsWith('utf-16') && looksBinary(bytes)) throw new InputError(file, 'binary file, not text');
  try {
    return decoder.decode(bytes);
  } catch {
    if (encoding === 'utf-8') throw notUtf8(file, bytes, utf8Fix(page));
    const fix =
      encoding.startsWith('utf-16') && source === 'bom' && !page
        ? 're-save the file as UTF-8'
        : 'pass --encoding with the right label, e.g. --encoding windows-1252';
    throw new InputError(file, `invalid ${encoding.toUpperCase()} text, the encoding ${SOURCE_WORDS[source]}`, { fix });
  }
}
