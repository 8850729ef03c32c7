/**
 * The search page: Pagefind's JavaScript API over the claim records the build indexed. The query
 * and filters live in the address (`/search/?q=...&outlet=...`), so a search can be linked; each
 * result shows the claim with the match highlighted, its outlet, relation and comparison, and
 * opens the claim's permalink.
 */
import { foldName } from '../search/fold.ts';
import { RELATION_WORDS } from '../site/vocabulary.ts';
import type { Counterpart } from '../search/records.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

const FILTERS = ['outlet', 'relation', 'kind', 'comparison'] as const;

/** The comparison pages' words for relations. */
const RELATION_LABELS: Record<string, string> = RELATION_WORDS;
/** Results shown at first, and added by each "Show more". */
const PAGE = 10;

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
          // Relations in the words the comparison pages use; counts are claims, as on those pages.
          option.textContent = `${name === 'relation' ? (RELATION_LABELS[value] ?? value) : value} (${count} claim${count === 1 ? '' : 's'})`;
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
  let results: { id: string; data(): Promise<PagefindResultData> }[] = [];
  let shown = 0;
  more.addEventListener('click', () => void showMore());

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
    const search = await pagefind.search(query || null, { filters });
    // The folded query too ("zelenski" for "Zelensky"): records carry their names folded, so one
    // spelling of a name finds the others. Results of the query as typed come first.
    const folded = query.split(/\s+/).map(foldName).filter(Boolean).join(' ');
    const variants = folded && folded !== query.toLowerCase() ? (await pagefind.search(folded, { filters })).results : [];
    if (current !== generation) return;
    const seen = new Set(search.results.map((r) => r.id));
    results = [...search.results, ...variants.filter((r) => !seen.has(r.id))];
    list.replaceChildren();
    shown = 0;
    await showMore(current);
  }

  // Counterparts and explanations, per comparison, fetched for the comparisons a search shows.
  const counterpartFiles = new Map<string, Promise<Record<string, Counterpart>>>();
  const counterpartsOf = (url: string): Promise<Record<string, Counterpart>> => {
    const slug = /^\/compare\/([^/]+)\//.exec(url)?.[1];
    if (!slug) return Promise.resolve({});
    let file = counterpartFiles.get(slug);
    if (!file) {
      file = fetch(`/compare/${slug}/counterparts.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, Counterpart>>) : {})).catch(() => ({}));
      counterpartFiles.set(slug, file);
    }
    return file;
  };

  /** One result: the claim with the match marked, its outlet, relation and event, and its counterpart. */
  function renderResult(result: PagefindResultData, other?: Counterpart): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const link = document.createElement('a');
    link.href = result.url;
    renderMarked(link, result.meta.title ?? '', input.value.trim());
    const meta = document.createElement('p');
    meta.className = 'search-meta';
    meta.textContent = `${result.meta.outlet} · ${RELATION_LABELS[result.meta.relation ?? ''] ?? result.meta.relation} · ${result.filters.comparison?.[0] ?? ''}`;
    item.append(link, meta);
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

  /** Adds the next PAGE results to the list. */
  async function showMore(current = generation): Promise<void> {
    const next = await Promise.all(
      results.slice(shown, shown + PAGE).map(async (result) => {
        const data = await result.data();
        const claim = data.url.split('#')[1] ?? '';
        return { data, other: (await counterpartsOf(data.url))[claim] };
      }),
    );
    if (current !== generation) return;
    const first = shown;
    list.append(...next.map(({ data, other }) => renderResult(data, other)));
    shown += next.length;
    const total = results.length;
    status.textContent = total === 0 ? 'No claims found.' : `${total} claim${total === 1 ? '' : 's'} found${total > shown ? `, showing ${shown}` : ''}.`;
    more.hidden = shown >= total;
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
