/**
 * The search page: Pagefind's JavaScript API over the search records the build indexed, one per
 * comparison with its claims as sub-results (src/search/records.ts). The query and filters live in
 * the address (`/search/?q=...&outlet=...`), so a search can be linked. Pagefind's filters pick
 * the comparisons that have such claims; the claims found are then narrowed to the filters with
 * each comparison's `claims.json`, ranked (comparisons in Pagefind's order, claims within one by
 * how well they match), and shown ten at a time: the claim with the match highlighted, its outlet,
 * relation and comparison, its counterpart and a contradiction's explanation, opening the claim's
 * permalink.
 */
import { foldName } from '../search/fold.ts';
import { RELATION_WORDS } from '../site/vocabulary.ts';
import type { ClaimInfo } from '../search/records.ts';

interface PagefindSubResult {
  url: string;
  title: string;
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

interface PagefindResultData {
  url: string;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** A claim a search found, ready to show. */
interface FoundClaim {
  url: string;
  id: string;
  text: string;
  comparison: string;
  info: ClaimInfo;
}

const FILTERS = ['outlet', 'relation', 'kind', 'comparison'] as const;

/** The comparison pages' words for relations. */
const RELATION_LABELS: Record<string, string> = RELATION_WORDS;
/** Results shown at first, and added by each "Show more". */
const PAGE = 10;

/** Whether a claim passes the filters chosen (Pagefind's filters only pick its comparison). */
function passes(info: ClaimInfo, filters: Record<string, string>): boolean {
  if (filters.outlet && info.outlet !== filters.outlet) return false;
  if (filters.relation && info.relation !== filters.relation) return false;
  if (filters.kind && !(info.kinds ?? []).includes(filters.kind)) return false;
  return true;
}

/** How well a sub-result matches: the sum of Pagefind's scores of its matched words. */
const matchScore = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);

/**
 * Writes a claim's text into an element with the words the query matches marked: a word matches
 * when it, or its folded spelling, starts with a query word (so "Zelensky" marks "Zelenskyy").
 */
function renderMarked(target: HTMLElement, text: string, query: string): void {
  const wanted = query.split(/\s+/).filter((w) => w.length >= 2).flatMap((w) => [w.toLowerCase(), foldName(w)]).filter(Boolean);
  for (const part of text.split(/([\p{L}\p{N}'’-]+)/u)) {
    const lower = part.toLowerCase();
    const folded = foldName(part);
    if (part && wanted.some((w) => lower.startsWith(w) || (folded.length > 0 && folded.startsWith(w)))) {
      const mark = document.createElement('mark');
      mark.textContent = part;
      target.append(mark);
    } else if (part) target.append(document.createTextNode(part));
  }
}

/** Loads Pagefind's bundle; it exists only in a built site. */
async function loadPagefind(): Promise<Pagefind> {
  const path = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
  // No web worker: one file less to download before the first results.
  await pagefind.options({ excerptLength: 40, noWorker: true });
  return pagefind;
}

/** Wires up the search page. */
export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const statusElement = document.querySelector<HTMLElement>('[data-search-status]');
  const listElement = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !statusElement || !listElement) return;
  const status: HTMLElement = statusElement;
  const list: HTMLOListElement = listElement;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = new Map(FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`select[data-filter="${name}"]`)!]));

  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = 'Search is built with the site: run `npm run build` and `npm run preview` to use it.';
    return;
  }

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';

  // The filters' values are loaded when first needed (a filter in the address, or a reader
  // reaching for one): a plain first search does not download them.
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoaded ??= pagefind.filters().then((available) => {
      for (const [name, select] of selects) {
        const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => a.localeCompare(b));
        for (const [value, count] of values) {
          const option = document.createElement('option');
          option.value = value;
          // Relations in the words the comparison pages use; a search record is a comparison, so
          // the counts are of comparisons that have such claims.
          option.textContent = `${name === 'relation' ? (RELATION_LABELS[value] ?? value) : value} (in ${count} comparison${count === 1 ? '' : 's'})`;
          select.append(option);
        }
        select.value = params.get(name) ?? '';
      }
    }));
  const filtersBox = form.querySelector<HTMLElement>('[data-search-filters]')!;
  filtersBox.addEventListener('focusin', () => void loadFilters());
  filtersBox.addEventListener('pointerdown', () => void loadFilters());
  if (FILTERS.some((name) => params.get(name))) await loadFilters();

  // "Show more" adds the next results below the ones shown.
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  more.addEventListener('click', () => void showMore());

  // Each comparison's claims.json, fetched for the comparisons a search reaches.
  const claimFiles = new Map<string, Promise<Record<string, ClaimInfo>>>();
  const claimsOf = (slug: string): Promise<Record<string, ClaimInfo>> => {
    let file = claimFiles.get(slug);
    if (!file) {
      file = fetch(`/compare/${slug}/claims.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, ClaimInfo>>) : {})).catch(() => ({}));
      claimFiles.set(slug, file);
    }
    return file;
  };

  /** The state of one search: comparisons found, claims gathered from them so far, claims shown. */
  let search: { generation: number; query: string; filters: Record<string, string>; comparisons: PagefindResult[][]; next: number; found: FoundClaim[]; shown: number } | undefined;
  let generation = 0;

  async function run(): Promise<void> {
    const current = ++generation;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    const address = new URLSearchParams();
    if (query) address.set('q', query);
    for (const [name, select] of selects) {
      if (select.value) {
        filters[name] = select.value;
        address.set(name, select.value);
      }
    }
    history.replaceState(null, '', `${window.location.pathname}${address.size ? `?${address}` : ''}`);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type words to find claims, or choose a filter.';
      return;
    }
    // The folded query too ("zelenski" for "Zelensky"): records carry their names folded, so one
    // spelling of a name finds the others.
    const folded = query.split(/\s+/).map(foldName).filter(Boolean).join(' ');
    const searches = [pagefind.search(query || null, { filters })];
    if (folded && folded !== query.toLowerCase()) searches.push(pagefind.search(folded, { filters }));
    const found = await Promise.all(searches);
    if (current !== generation) return;
    // The same comparison found by both queries is one entry, in its better place.
    const byId = new Map<string, PagefindResult[]>();
    const order: string[] = [];
    for (const { results } of found) {
      results.forEach((result) => {
        if (!byId.has(result.id)) {
          byId.set(result.id, []);
          order.push(result.id);
        }
        byId.get(result.id)!.push(result);
      });
    }
    search = { generation: current, query, filters, comparisons: order.map((id) => byId.get(id)!), next: 0, found: [], shown: 0 };
    list.replaceChildren();
    await showMore(current);
  }

  /** Reads the next comparison's claims into the search's list of found claims. */
  async function gather(state: NonNullable<typeof search>): Promise<void> {
    const entries = state.comparisons[state.next++]!;
    const datas = await Promise.all(entries.map((entry) => entry.data()));
    const slug = /^\/compare\/([^/]+)\//.exec(datas[0]!.url)?.[1] ?? '';
    const info = await claimsOf(slug);
    const best = new Map<string, { sub: PagefindSubResult; score: number; at: number }>();
    for (const data of datas) {
      data.sub_results.forEach((sub, at) => {
        const score = matchScore(sub);
        const known = best.get(sub.url);
        if (!known || score > known.score) best.set(sub.url, { sub, score, at: known?.at ?? at });
      });
    }
    const comparison = datas[0]!.filters.comparison?.[0] ?? '';
    // A search by filters alone has no words to match, and Pagefind returns no sub-results: every
    // claim of the comparison that passes the filters is found, in reading order.
    const matched = state.query
      ? [...best.values()].map(({ sub, score, at }) => ({ id: decodeURIComponent(sub.url.split('#')[1] ?? ''), score, at }))
      : Object.keys(info).map((id, at) => ({ id, score: 0, at }));
    const claims = matched.filter(({ id }) => id && info[id] && passes(info[id]!, state.filters)).sort((x, y) => y.score - x.score || x.at - y.at);
    for (const { id } of claims) {
      state.found.push({ url: `/compare/${slug}/#${id}`, id, text: info[id]!.text, comparison, info: info[id]! });
    }
  }

  /** One result: the claim with the match marked, its outlet, relation and event, and its counterpart. */
  function renderResult(found: FoundClaim, query: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = document.createElement('a');
    link.href = found.url;
    renderMarked(link, found.text, query);
    const meta = document.createElement('p');
    meta.className = 'search-meta';
    meta.textContent = `${found.info.outlet} · ${RELATION_LABELS[found.info.relation] ?? found.info.relation} · ${found.comparison}`;
    item.append(link, meta);
    const other = found.info.counterpart;
    if (other) {
      const line = document.createElement('p');
      line.className = 'search-counterpart';
      const to = document.createElement('a');
      to.href = other.url;
      to.textContent = `“${other.text}”`;
      line.append(document.createTextNode(`${other.outlet}: `), to);
      item.append(line);
    }
    if (other?.explanation) {
      const why = document.createElement('p');
      why.className = 'search-explanation';
      why.textContent = other.explanation;
      item.append(why);
    }
    return item;
  }

  /** Adds the next PAGE claims to the list, reading further comparisons as needed. */
  async function showMore(current = generation): Promise<void> {
    const state = search;
    if (!state || state.generation !== current) return;
    while (state.found.length < state.shown + PAGE + 1 && state.next < state.comparisons.length) {
      await gather(state);
      if (current !== generation) return;
    }
    const first = state.shown;
    const next = state.found.slice(state.shown, state.shown + PAGE);
    list.append(...next.map((found) => renderResult(found, state.query)));
    state.shown += next.length;
    const complete = state.next >= state.comparisons.length;
    const count = state.found.length;
    status.textContent =
      count === 0 ? 'No claims found.' : complete ? `${count} claim${count === 1 ? '' : 's'} found${count > state.shown ? `, showing ${state.shown}` : ''}.` : `Claims found in ${state.comparisons.length} comparisons, showing the first ${state.shown}.`;
    more.hidden = state.shown >= count && complete;
    // Keyboard users continue from the first new result.
    if (first > 0) list.children[first]?.querySelector('a')?.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  for (const select of selects.values()) select.addEventListener('change', () => void run());
  await run();
}
