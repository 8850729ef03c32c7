/**
 * Fetching a page for `collate import <url>`: its bytes, what kind of text they are and the
 * address it ended on, or a one-line reason why there is no article to read there.
 */
import { STATUS_CODES } from 'node:http';
import { InputError, UsageError } from '../errors.ts';
import { charsetOf } from './decode.ts';

/** How long a page may take to arrive, headers and body, unless COLLATE_FETCH_TIMEOUT_MS says otherwise. */
export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;
/** The largest page read, unless COLLATE_FETCH_MAX_BYTES says otherwise. */
export const DEFAULT_FETCH_MAX_BYTES = 10 * 1024 * 1024;
/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;

/** A fetched page: what loadArticle reads instead of a file. */
export interface FetchedPage {
  /** The address the page was served from, after redirects. */
  url: string;
  /** Pipeline for the bytes, from the Content-Type. */
  format: 'html' | 'text';
  bytes: Uint8Array;
  /** The Content-Type's charset parameter, when it has one. */
  charset?: string;
}

/** Limits of one fetch. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** Whether a command-line argument is a web address rather than a file. */
export function isUrlArgument(argument: string): boolean {
  return /^https?:\/\//iu.test(argument);
}

/** The limits set by COLLATE_FETCH_TIMEOUT_MS and COLLATE_FETCH_MAX_BYTES, else the defaults. */
export function fetchLimits(env: NodeJS.ProcessEnv = process.env): FetchLimits {
  const read = (name: string, fallback: number, unit: string): number => {
    const value = env[name];
    if (value === undefined || value.trim() === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0) throw new UsageError(`import: ${name}="${value}" is not a positive whole number of ${unit}`);
    return number;
  };
  return {
    timeoutMs: read('COLLATE_FETCH_TIMEOUT_MS', DEFAULT_FETCH_TIMEOUT_MS, 'milliseconds'),
    maxBytes: read('COLLATE_FETCH_MAX_BYTES', DEFAULT_FETCH_MAX_BYTES, 'bytes'),
  };
}

/** Pipelines by the Content-Type's media type. */
const FORMATS: Record<string, FetchedPage['format']> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** What to do when a page cannot be fetched as it is. */
const SAVE_FIX = 'save the page from a browser and import the .html file';

/** "20 s" or "250 ms". */
function duration(ms: number): string {
  return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** "10 MB" or "2048 bytes". */
function size(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb * 10) && mb >= 1 ? `${mb} MB` : `${bytes} bytes`;
}

/** The one-line error for a request that got no response: timeout, DNS, refused or reset connection, TLS. */
function failure(argument: string, url: URL, error: unknown, limits: FetchLimits): InputError {
  const cause = (error as { cause?: unknown }).cause as (Error & { code?: string }) | undefined;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError' || cause?.name === 'TimeoutError') {
    return new InputError(argument, `the page did not arrive within ${duration(limits.timeoutMs)}`, { fix: `try again later, or ${SAVE_FIX}` });
  }
  const host = url.host;
  const code = cause?.code ?? (error as { code?: string }).code;
  switch (code) {
    case 'ENOTFOUND':
      return new InputError(argument, `cannot find the host ${url.hostname}`, { fix: 'check the address and your network connection' });
    case 'EAI_AGAIN':
      return new InputError(argument, `cannot look up the host ${url.hostname} (name service not answering)`, {
        fix: 'check your network connection and try again',
      });
    case 'ECONNREFUSED':
      return new InputError(argument, `${host} refused the connection`, { fix: 'check the address and its port' });
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return new InputError(argument, `the connection to ${host} closed before the page arrived`, { fix: `try again later, or ${SAVE_FIX}` });
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new InputError(argument, `cannot connect to ${host} (timed out)`, { fix: 'check the address and your network connection' });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new InputError(argument, `cannot reach ${host} (${code})`, { fix: 'check your network connection' });
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED/u.test(code)) {
    return new InputError(argument, `the TLS certificate of ${url.hostname} is not valid (${code})`, { fix: `check the address, or ${SAVE_FIX}` });
  }
  const detail = code ?? cause?.message ?? (error as Error).message;
  return new InputError(argument, `cannot fetch the page (${detail})`, { fix: 'check the address and your network connection' });
}

/** The one-line error for an HTTP error status. */
function statusError(argument: string, response: Response, url: URL): InputError {
  const { status } = response;
  const text = response.statusText || STATUS_CODES[status] || '';
  const at = url.href === argument ? '' : ` at ${url.href}`;
  const fix =
    status === 404 || status === 410
      ? 'check the address'
      : status === 401 || status === 403
        ? `the page may need a login; ${SAVE_FIX}`
        : status === 429 || status >= 500
          ? `try again later, or ${SAVE_FIX}`
          : `check the address, or ${SAVE_FIX}`;
  return new InputError(argument, `the server answered HTTP ${status}${text ? ` ${text}` : ''}${at}`, { fix });
}

/**
 * Fetches `argument` (an http or https address) with Node's fetch: redirects followed up to
 * MAX_REDIRECTS, the whole exchange bounded by `limits.timeoutMs`, the body by `limits.maxBytes`.
 * Only HTML and plain-text pages are accepted. Throws InputError naming `argument`.
 */
export async function fetchPage(argument: string, limits: FetchLimits = fetchLimits()): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(argument);
  } catch {
    throw new InputError(argument, 'is not a valid web address', { fix: 'check the address, e.g. https://example.com/news/story' });
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const init: RequestInit = {
    redirect: 'manual',
    signal,
    headers: {
      accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
      'user-agent': 'collate-import/0.1',
    },
  };

  let response: Response;
  for (let redirects = 0; ; redirects++) {
    try {
      response = await fetch(url, init);
    } catch (error) {
      throw failure(argument, url, error, limits);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || location === null) break;
    await response.body?.cancel().catch(() => {});
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new InputError(argument, `redirects to an invalid address "${location}"`, { fix: SAVE_FIX });
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new InputError(argument, `redirects to ${next.href}, not an http(s) address`, { fix: SAVE_FIX });
    }
    if (redirects === MAX_REDIRECTS) {
      throw new InputError(argument, `more than ${MAX_REDIRECTS} redirects (the last to ${next.href})`, {
        fix: 'open the address in a browser and import the address it ends on',
      });
    }
    url = next;
  }

  const cancel = () => response.body?.cancel().catch(() => {});
  if (!response.ok) {
    await cancel();
    throw statusError(argument, response, url);
  }
  const contentType = response.headers.get('content-type');
  const mediaType = contentType?.split(';')[0]!.trim().toLowerCase();
  const format = mediaType ? FORMATS[mediaType] : undefined;
  if (!format) {
    await cancel();
    const reason = mediaType ? `is ${mediaType}, not an HTML or plain-text page` : 'the server sent no Content-Type, so the page is not known to be HTML';
    throw new InputError(argument, reason, { fix: mediaType ? 'import the address of the article page itself' : SAVE_FIX });
  }
  const tooLarge = () => new InputError(argument, `the page is larger than ${size(limits.maxBytes)}`, { fix: SAVE_FIX });
  const declaredLength = Number(response.headers.get('content-length'));
  if (Number.isFinite(declaredLength) && declaredLength > limits.maxBytes) {
    await cancel();
    throw tooLarge();
  }

  // Read the body chunk by chunk, to stop at the size limit rather than after the whole page.
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failure(argument, url, error, limits);
  }
  if (total === 0) throw new InputError(argument, 'the server sent an empty page', { fix: 'check the address' });
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const charset = contentType ? charsetOf(contentType) : undefined;
  return { url: url.href, format, bytes, ...(charset ? { charset } : {}) };
}
