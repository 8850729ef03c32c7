/**
 * `collate import <url>`: the real command fetches from a local server (never the internet) and
 * writes the page as it writes a file, or refuses with one line naming the address and the fix.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/errors.ts';
import { fetchLimits, fetchPage } from '../../src/importer/fetch.ts';
import { FIXTURES, listDir, ROOT, tempDir, type Run } from './helpers.ts';

const ARTICLE = readFileSync(join(FIXTURES, 'ferry-timetable.html'));
const SLUG = 'island-ferry-to-run-hourly-from-june-after-council-vote';

/** A page in windows-1252 whose only declaration is the HTTP header: 0x93/0x94 are curly quotes, 0xe9 is é. */
const CP1252_PAGE = Buffer.from(
  '<!DOCTYPE html><html lang="en"><head><title>Caf\xe9 on the quay reopens after the storm</title></head><body><article>' +
    '<h1>Caf\xe9 on the quay reopens after the storm</h1>' +
    '<p>The caf\xe9 on the quay at Holm reopened on Saturday, six weeks after the January storm flooded its kitchen and tore off part of the roof.</p>' +
    '<p>\x93We did not think we would be open before Easter,\x94 said the owner, Maja Holt, as the first customers queued outside.</p>' +
    '<p>Volunteers from the island rebuilt the terrace in three weekends, and the council paid for new windows from its storm fund.</p>' +
    '</article></body></html>',
  'latin1',
);

/** A plain-text article. */
const PLAIN = 'Holm school gets a third teacher\n\nThe school on Holm island will hire a third teacher from August, the regional council said on Wednesday, after the number of pupils rose for the first time in a decade.\n\nThe school has 41 pupils this spring, up from 38 last year.\n';

let server: Server;
let base: string;

/** The test server's pages. */
function handle(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  const hop = /^\/hop\/(\d+)$/u.exec(path);
  if (hop) {
    response.writeHead(302, { location: `/hop/${Number(hop[1]) + 1}` }).end();
    return;
  }
  switch (path) {
    case '/news/island-ferry':
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      return;
    case '/old/ferry':
      response.writeHead(301, { location: `${base}/moved/ferry` }).end('Moved');
      return;
    case '/moved/ferry':
      // A relative Location, resolved against the address that gave it.
      response.writeHead(307, { location: '../news/island-ferry' }).end();
      return;
    case '/holm-school.txt':
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(PLAIN);
      return;
    case '/missing':
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    case '/broken':
      response.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Oops</h1>');
      return;
    case '/slow':
      // Headers after ten seconds: far past the test's timeout.
      setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(ARTICLE), 10_000).unref();
      return;
    case '/stalls':
      // Headers and the start of the page at once, the rest never.
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write(ARTICLE.subarray(0, 200));
      return;
    case '/huge': {
      // No Content-Length: the body is streamed, and only counting it finds it too large.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(16 * 1024, '<p>filler</p>');
      let sent = 0;
      const more = (): void => {
        while (sent < 200) {
          sent++;
          if (!response.write(chunk)) {
            response.once('drain', more);
            return;
          }
        }
        response.end();
      };
      response.on('error', () => {});
      more();
      return;
    }
    case '/huge-declared':
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(1024 * 1024) }).end(Buffer.alloc(1024 * 1024, 'x'));
      return;
    case '/logo.png':
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      return;
    case '/cafe-1252':
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(CP1252_PAGE);
      return;
    default:
      response.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Runs the real `collate` command without blocking this process, which serves the pages it fetches. */
function collate(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'src/cli/collate.mjs'), ...argv], {
      cwd: ROOT,
      env: { ...process.env, COLLATE_PROGRESS: '0', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
      resolve({ code: code ?? -1, stdout: lines(stdout), stderr: lines(stderr) });
    });
  });
}

describe('collate import <url>', () => {
  it('writes the page as an article whose url is the address', async () => {
    const outDir = join(tempDir(), 'out');
    const url = `${base}/news/island-ferry`;
    const run = await collate(['import', url, '--out-dir', outDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toEqual([expect.stringMatching(new RegExp(`${SLUG}\\.md$`, 'u'))]);
    const article = readFileSync(join(outDir, `${SLUG}.md`), 'utf8');
    expect(article).toContain(`url: '${url}'`);
    expect(article).toContain('title: Island ferry to run hourly from June after council vote');
    expect(article).toContain('outlet: The Valley Herald');
    expect(article).toContain('“This is the decision we have waited twenty years for,” said Maja Holt, who runs the café on the quay');
    expect(article).not.toMatch(/Advertisement|Share on Facebook|Read more/u);
  });

  it('follows redirects, absolute and relative, and records the final address', async () => {
    const outDir = join(tempDir(), 'out');
    const run = await collate(['import', `${base}/old/ferry`, '--out-dir', outDir]);
    expect(run.stderr.filter((line) => line.includes('error'))).toEqual([]);
    expect(run.code).toBe(0);
    expect(readFileSync(join(outDir, `${SLUG}.md`), 'utf8')).toContain(`url: '${base}/news/island-ferry'`);
  });

  it('keeps --url over the final address', async () => {
    const outDir = join(tempDir(), 'out');
    const run = await collate(['import', `${base}/old/ferry`, '--out-dir', outDir, '--url', 'https://www.valleyherald.example/ferry']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(outDir, `${SLUG}.md`), 'utf8')).toContain("url: 'https://www.valleyherald.example/ferry'");
  });

  it('decodes a page by the charset of its Content-Type', async () => {
    const outDir = join(tempDir(), 'out');
    const run = await collate(['import', `${base}/cafe-1252`, '--out-dir', outDir]);
    expect(run.code).toBe(0);
    const article = readFileSync(join(outDir, 'cafe-on-the-quay-reopens-after-the-storm.md'), 'utf8');
    expect(article).toContain('title: Café on the quay reopens after the storm');
    expect(article).toContain('“We did not think we would be open before Easter,” said the owner');
  });

  it('reads text/plain as a text article, and mixes addresses and files in one run', async () => {
    const outDir = join(tempDir(), 'out');
    const run = await collate(['import', `${base}/holm-school.txt`, join(FIXTURES, 'no-headline.txt'), '--out-dir', outDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toHaveLength(2);
    expect(listDir(outDir)).toEqual(['firefighters-spent-most-of-saturday-battling-a-grass-fire.md', 'holm-school-gets-a-third-teacher.md']);
    const article = readFileSync(join(outDir, 'holm-school-gets-a-third-teacher.md'), 'utf8');
    expect(article).toContain(`url: '${base}/holm-school.txt'`);
    expect(article).toContain('The school has 41 pupils this spring');
  });
});

describe('collate import <url> refuses', () => {
  const cases: { name: string; path: string; env?: Record<string, string>; line: (url: string) => string }[] = [
    { name: 'a 404', path: '/missing', line: (url) => `${url}: the server answered HTTP 404 Not Found (check the address)` },
    {
      name: 'a 500',
      path: '/broken',
      line: (url) => `${url}: the server answered HTTP 500 Internal Server Error (try again later, or save the page from a browser and import the .html file)`,
    },
    {
      name: 'a page slower than the timeout',
      path: '/slow',
      env: { COLLATE_FETCH_TIMEOUT_MS: '400' },
      line: (url) => `${url}: the page did not arrive within 400 ms (try again later, or save the page from a browser and import the .html file)`,
    },
    {
      name: 'a body that stops arriving',
      path: '/stalls',
      env: { COLLATE_FETCH_TIMEOUT_MS: '400' },
      line: (url) => `${url}: the page did not arrive within 400 ms (try again later, or save the page from a browser and import the .html file)`,
    },
    {
      name: 'a streamed page over the size limit',
      path: '/huge',
      env: { COLLATE_FETCH_MAX_BYTES: '65536' },
      line: (url) => `${url}: the page is larger than 65536 bytes (save the page from a browser and import the .html file)`,
    },
    {
      name: 'a declared length over the size limit',
      path: '/huge-declared',
      env: { COLLATE_FETCH_MAX_BYTES: '65536' },
      line: (url) => `${url}: the page is larger than 65536 bytes (save the page from a browser and import the .html file)`,
    },
    {
      name: 'an image',
      path: '/logo.png',
      line: (url) => `${url}: is image/png, not an HTML or plain-text page (import the address of the article page itself)`,
    },
    {
      name: 'endless redirects',
      path: '/hop/0',
      line: (url) => `${url}: more than 5 redirects (the last to ${base}/hop/6) (open the address in a browser and import the address it ends on)`,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const outDir = join(tempDir(), 'out');
      const url = `${base}${c.path}`;
      const run = await collate(['import', url, '--out-dir', outDir], c.env);
      expect(run.code).toBe(1);
      expect(run.stdout).toEqual([]);
      expect(run.stderr).toEqual([`collate: error: ${c.line(url)}`]);
      expect(listDir(outDir)).toEqual([]);
    });
  }

  it('a refused connection', async () => {
    // A port that was free a moment ago: nothing listens on it now.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/news`;
    const run = await collate(['import', url, '--out-dir', join(tempDir(), 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`collate: error: ${url}: 127.0.0.1:${port} refused the connection (check the address and its port)`]);
  });

  it('nothing at all when one of several addresses fails', async () => {
    const outDir = join(tempDir(), 'out');
    const run = await collate(['import', `${base}/news/island-ferry`, `${base}/missing`, '--out-dir', outDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toEqual([`collate: error: ${base}/missing: the server answered HTTP 404 Not Found (check the address)`]);
    expect(listDir(outDir)).toEqual([]);
  });

  it('a bad limit in the environment, as a usage error', async () => {
    const run = await collate(['import', `${base}/news/island-ferry`, '--out-dir', join(tempDir(), 'out')], { COLLATE_FETCH_TIMEOUT_MS: 'soon' });
    expect(run.code).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/COLLATE_FETCH_TIMEOUT_MS="soon" is not a positive whole number of milliseconds/u);
  });
});

describe('fetchPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('names the host it cannot find', async () => {
    // Fails as Node's fetch does when a name does not resolve, without asking any name server.
    const cause = Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), { code: 'ENOTFOUND' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed', { cause });
    });
    const error = await fetchPage('https://news.invalid/story', fetchLimits({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('https://news.invalid/story: cannot find the host news.invalid (check the address and your network connection)');
  });

  it('refuses a page with no Content-Type and an empty page', async () => {
    // A string body gets text/plain from the Response constructor; remove it as a server might never send one.
    vi.stubGlobal('fetch', async () => {
      const response = new Response('<p>x</p>', { status: 200 });
      response.headers.delete('content-type');
      return response;
    });
    await expect(fetchPage('https://news.example/a', fetchLimits({}))).rejects.toThrow(
      'https://news.example/a: the server sent no Content-Type, so the page is not known to be HTML (save the page from a browser and import the .html file)',
    );
    vi.stubGlobal('fetch', async () => new Response('', { status: 200, headers: { 'content-type': 'text/html' } }));
    await expect(fetchPage('https://news.example/a', fetchLimits({}))).rejects.toThrow('https://news.example/a: the server sent an empty page (check the address)');
  });
});
