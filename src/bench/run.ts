/**
 * `npm run bench`: builds a generated site of N comparisons and prints measured numbers: the full
 * build split into engine, Astro and Pagefind; engine time per comparison; peak memory; output and
 * index sizes; the bytes a first search downloads; one comparison page's weight; a rebuild after
 * editing one article; and engine time for article pairs of 500, 2,000 and 8,000 words.
 *
 *   npm run bench -- [--comparisons 100] [--outlets 3] [--words 600] [--keep]
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateContent } from './corpus.ts';
import { buildSite, makeSite, projectRoot } from './site.ts';

const { values } = parseArgs({
  options: {
    comparisons: { type: 'string', default: '100' },
    outlets: { type: 'string', default: '3' },
    words: { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
  },
});
const options = { comparisons: Number(values.comparisons), outlets: Number(values.outlets), words: Number(values.words) };
const devRoot = join(projectRoot, 'tests', 'fixtures', 'dev', 'ecbplus');
const log = (line: string) => console.log(line);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Total size of the files under a folder. */
function size(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0);
}

/** Seconds printed by the build for the engine and for Pagefind. */
function phases(output: string) {
  const engine = /engine: (\d+) comparisons, (\d+) computed, (\d+) from cache, ([\d.]+) s/.exec(output);
  const pagefind = /indexed (\d+) claims of \d+ comparisons for search in ([\d.]+) s/.exec(output);
  const rss = /peak RSS (\d+) MB/.exec(output);
  return {
    engineSeconds: engine ? Number(engine[4]) : NaN,
    computed: engine ? Number(engine[2]) : NaN,
    cached: engine ? Number(engine[3]) : NaN,
    claims: pagefind ? Number(pagefind[1]) : NaN,
    pagefindSeconds: pagefind ? Number(pagefind[2]) : NaN,
    rssMb: rss ? Number(rss[1]) : NaN,
  };
}

log(`# collate bench: ${options.comparisons} comparisons × ${options.outlets} outlets × ~${options.words} words`);
log(`machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} RAM, Node ${process.versions.node}`);

const site = makeSite(generateContent(devRoot, options));
const cache = mkdtempSync(join(tmpdir(), 'collate-cache-'));
const env = { COLLATE_PROGRESS: '1', COLLATE_CACHE_DIR: cache };
const nodeArgs = ['--import', pathToFileURL(join(projectRoot, 'src', 'bench', 'rss.mjs')).href];

// 1. Full build from a cold cache.
const full = buildSite(site, join(site, 'dist'), { env, nodeArgs });
if (full.code !== 0) {
  process.stderr.write(full.output);
  process.exit(1);
}
const f = phases(full.output);
const astroSeconds = full.seconds - f.engineSeconds - f.pagefindSeconds;
log('');
log('## Full build');
log(`total: ${full.seconds.toFixed(1)} s (engine ${f.engineSeconds.toFixed(1)} s, Astro ${astroSeconds.toFixed(1)} s, Pagefind ${f.pagefindSeconds.toFixed(1)} s)`);
log(`engine per comparison: ${((f.engineSeconds / f.computed) * 1000).toFixed(0)} ms (${f.computed} computed, ${f.cached} from cache)`);
log(`claims: ${f.claims}`);
log(`peak RSS of the build process: ${f.rssMb} MB (Pagefind's own process not included)`);

const dist = join(site, 'dist');
const pages = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
log(`output: ${mb(size(dist))} in ${pages} HTML pages; Pagefind index ${mb(size(join(dist, 'pagefind')))}`);
const countFiles = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
const files = countFiles(dist);

// One comparison page: its HTML and the CSS and JS it loads.
const page = readFileSync(join(dist, 'compare', 'event-001', 'index.html'), 'utf8');
const assets = [...page.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
const pageBytes = Buffer.byteLength(page) + assets.reduce((sum, asset) => sum + statSync(join(dist, asset)).size, 0);
log(`one comparison page (HTML + CSS + JS): ${kb(pageBytes)}`);

// 2. The bytes a first search downloads, measured in Chromium.
try {
  const { serve } = await import('./serve.ts');
  const { launchChromium } = await import('./browser.ts');
  const server = await serve(dist);
  const browser = await launchChromium();
  const tab = await browser.newPage();
  let wireBytes = 0;
  let bodyBytes = 0;
  const files: string[] = [];
  // The search page also reads each comparison's claims.json (words, outlets, relations) for the claims it shows.
  let claimsBytes = 0;
  let claimsFiles = 0;
  tab.on('requestfinished', async (request) => {
    if (/\/compare\/[^/]+\/claims\.json$/.test(request.url())) {
      claimsBytes += (await request.sizes()).responseBodySize;
      claimsFiles++;
      return;
    }
    if (!request.url().includes('/pagefind/')) return;
    const sizes = await request.sizes();
    const body = (await (await request.response())?.body())?.length ?? 0;
    wireBytes += sizes.responseBodySize;
    bodyBytes += body;
    files.push(`${request.url().split('/pagefind/')[1]} ${kb(sizes.responseBodySize)} (${kb(body)} uncompressed)`);
    if (process.env.COLLATE_BENCH_VERBOSE) log(`  ${files.at(-1)}`);
  });
  await tab.goto(`${server.url}/search/?q=police`);
  await tab.waitForSelector('.search-result', { timeout: 30_000 });
  await tab.waitForLoadState('networkidle');
  log(`first search ("police"): ${kb(wireBytes)} downloaded from /pagefind/ in ${files.length} files, gzip as a static host serves them (${kb(bodyBytes)} uncompressed)`);
  log(`  and the claims.json of the ${claimsFiles} comparison(s) its first results come from: ${kb(claimsBytes)}`);
  await browser.close();
  await server.close();
} catch (error) {
  log(`first search: not measured (${(error as Error).message.split('\n')[0]})`);
}

// 3. Rebuilds after editing one article, three times (a different article each time): the median
// is printed, since a single build on a shared machine can be off by seconds.
const REBUILDS = 3;
const rebuilds: { seconds: number; phases: ReturnType<typeof phases> }[] = [];
for (let i = 0; i < REBUILDS; i++) {
  const event = String(Math.ceil(options.comparisons / 2) + i).padStart(3, '0');
  const edited = join(site, 'content', 'articles', `event-${event}-${String.fromCharCode(97 + (i % options.outlets))}.md`);
  appendFileSync(edited, '\nA new closing sentence was added to this report after publication.\n');
  const rebuild = buildSite(site, join(site, 'dist'), { env, nodeArgs });
  if (rebuild.code !== 0) {
    process.stderr.write(rebuild.output);
    process.exit(1);
  }
  rebuilds.push({ seconds: rebuild.seconds, phases: phases(rebuild.output) });
}
const percent = (seconds: number) => `${((seconds / full.seconds) * 100).toFixed(0)}%`;
const median = [...rebuilds].sort((a, b) => a.seconds - b.seconds)[Math.floor(REBUILDS / 2)]!;
log('');
log('## Rebuild after editing one article');
log(
  `total: ${median.seconds.toFixed(1)} s = ${percent(median.seconds)} of the full build, median of ${REBUILDS} ` +
    `(${rebuilds.map((r) => `${r.seconds.toFixed(1)} s`).join(', ')}); ` +
    `engine ${median.phases.engineSeconds.toFixed(1)} s: ${median.phases.computed} computed, ${median.phases.cached} from cache; ` +
    `Pagefind ${median.phases.pagefindSeconds.toFixed(1)} s`,
);

// 4. Engine time against article length, in a process of its own (steady state, CPU time).
log('');
log('## Engine time for one article pair');
log(
  execFileSync(process.execPath, ['--expose-gc', join(projectRoot, 'src', 'bench', 'engine-scaling.ts')], { encoding: 'utf8' }).trim(),
);

// 5. The same site without a page per claim (COLLATE_CLAIM_PAGES=off, src/site/settings.ts).
{
  const without = join(site, 'dist-without-claim-pages');
  const build = buildSite(site, without, { env: { ...env, COLLATE_CLAIM_PAGES: 'off', COLLATE_ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'collate-astro-')) } });
  if (build.code !== 0) {
    process.stderr.write(build.output);
    process.exit(1);
  }
  log('');
  log('## Files in the output, with and without a page per claim');
  log(`with claim pages: ${files} files; without (COLLATE_CLAIM_PAGES=off): ${countFiles(without)} files, built in ${build.seconds.toFixed(1)} s with the engine results from the cache`);
}

if (values.keep) log(`\nsite kept at ${site}`);
else rmSync(site, { recursive: true, force: true });
rmSync(cache, { recursive: true, force: true });

