/**
 * Progressive enhancement of a comparison page. Without it every claim still links to its
 * counterparts and its own page; with it, selecting a claim (click, Enter or Space) highlights it
 * and its counterparts in the other columns, shows a contradiction's explanation beside it, puts
 * the claim in the address (so the selection can be shared), and offers "copy link" and, where the
 * article has an address, a link into the original. Esc or "Clear" ends the selection; "n" and "p"
 * (or the buttons by the list of contradictions) go to the next and previous contradiction.
 */

import { textFragmentUrl } from '../site/text-fragment.ts';

const SELECTED = 'is-selected';
const COUNTERPART = 'is-counterpart';

/** All pieces of a claim (a claim crossing inline markup is wrapped piece by piece). */
function pieces(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`.claim[data-claim="${CSS.escape(id)}"]`)];
}

/**
 * Ids of a claim's counterparts, from the references that follow it: `#<claim id>`, or
 * `#contradiction-N`, whose entry in the list of contradictions links both claims.
 */
function counterparts(root: ParentNode, id: string): string[] {
  const last = pieces(root, id).at(-1);
  const refs = last?.nextElementSibling?.matches('sup.claim-refs') ? last.nextElementSibling : null;
  const ids: string[] = [];
  for (const ref of refs?.querySelectorAll<HTMLAnchorElement>('a.claim-ref') ?? []) {
    const target = decodeURIComponent(ref.hash.slice(1));
    const entry = document.getElementById(target);
    if (entry?.matches('.contradiction')) {
      for (const side of entry.querySelectorAll<HTMLAnchorElement>('.sides a')) {
        const other = decodeURIComponent(side.hash.slice(1));
        if (other !== id) ids.push(other);
      }
    } else if (target) ids.push(target);
  }
  return ids;
}


/** A plain button (not a form's submit button) with its label. */
function button(label: string, className?: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  if (className) element.className = className;
  return element;
}

/** Wires up claim selection on the page's comparison. */
export function enhanceComparison(): void {
  const root = document.querySelector<HTMLElement>('[data-comparison]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-selection-status]');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const narrow = window.matchMedia('(max-width: 40rem)');

  const toolbar = document.createElement('span');
  toolbar.className = 'claim-toolbar';
  const copy = button('Copy link');
  const original = document.createElement('a');
  original.textContent = 'In the original ↗';
  original.rel = 'noopener';
  const page = document.createElement('a');
  page.textContent = 'Claim page';
  const clear = button('Clear');
  // After going to a counterpart: back to the claim one came from.
  const back = button('', 'claim-back');
  back.hidden = true;
  let cameFrom: string | undefined;
  const why = document.createElement('span');
  why.className = 'claim-explanation';
  // Without claim pages (COLLATE_CLAIM_PAGES=off) the permalink is the in-page anchor only.
  if (root.dataset.claimPages === 'off') toolbar.append(why, copy, original, clear, back);
  else toolbar.append(why, copy, page, original, clear, back);

  let current: string | undefined;

  /** Ends the selection: no mark, no toolbar, no claim in the address. */
  function deselect(): void {
    for (const el of root!.querySelectorAll(`.${SELECTED}, .${COUNTERPART}`)) el.classList.remove(SELECTED, COUNTERPART);
    for (const el of root!.querySelectorAll('[aria-pressed="true"]')) el.setAttribute('aria-pressed', 'false');
    toolbar.remove();
    current = undefined;
    if (window.location.hash) history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    if (status) status.textContent = 'Selection cleared.';
  }

  /** The explanation of a contradiction the claim is part of, from the list of contradictions. */
  function explanationOf(id: string): string {
    const last = pieces(root!, id).at(-1);
    const refs = last?.nextElementSibling?.matches('sup.claim-refs') ? last.nextElementSibling : null;
    for (const ref of refs?.querySelectorAll<HTMLAnchorElement>('a.claim-ref') ?? []) {
      const entry = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
      if (entry?.matches('.contradiction')) {
        const line = entry.querySelector('p')?.cloneNode(true) as HTMLElement | undefined;
        line?.querySelector('.sides')?.remove();
        return line?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      }
    }
    return '';
  }

  function select(id: string, scroll: boolean, record = true): void {
    for (const el of root!.querySelectorAll(`.${SELECTED}, .${COUNTERPART}`)) el.classList.remove(SELECTED, COUNTERPART);
    for (const el of root!.querySelectorAll('[aria-pressed="true"]')) el.setAttribute('aria-pressed', 'false');
    const own = pieces(root!, id);
    if (own.length === 0) return;
    own[0]!.setAttribute('aria-pressed', 'true');
    root!.dispatchEvent(new CustomEvent('collate:selected', { detail: own[0] }));
    current = id;
    // The selection is in the address, so it can be shared (without a jump: the hash is replaced).
    if (record && decodeURIComponent(window.location.hash.slice(1)) !== id) history.replaceState(null, '', `#${encodeURIComponent(id)}`);
    why.textContent = explanationOf(id);
    why.hidden = why.textContent === '';
    back.hidden = !cameFrom || cameFrom === id;
    if (cameFrom && cameFrom !== id) {
      const from = pieces(root!, cameFrom)[0]?.closest<HTMLElement>('article[data-article]')?.dataset.outlet ?? '';
      back.textContent = `← Back to ${from}`;
    }
    for (const piece of own) piece.classList.add(SELECTED);
    const others = counterparts(root!, id);
    for (const other of others) for (const piece of pieces(root!, other)) piece.classList.add(COUNTERPART);

    const article = own[0]!.closest<HTMLElement>('article[data-article]');
    page.href = `claim/${encodeURIComponent(id)}/`;
    const url = article?.dataset.url;
    original.hidden = !url;
    if (url) original.href = textFragmentUrl(url, own.map((p) => p.textContent ?? '').join(''));
    const last = own.at(-1)!;
    (last.nextElementSibling?.matches('sup.claim-refs') ? last.nextElementSibling : last).after(toolbar);
    copy.textContent = 'Copy link';

    const behavior: ScrollBehavior = reduceMotion ? 'auto' : 'smooth';
    // On a narrow screen the columns are tabs: a tap never scrolls the page away from the claim.
    if (!narrow.matches) for (const other of others) pieces(root!, other)[0]?.scrollIntoView({ block: 'nearest', behavior });
    if (scroll) own[0]!.scrollIntoView({ block: 'nearest', behavior });
    if (status) {
      const outlets = new Set(others.map((other) => pieces(root!, other)[0]?.closest<HTMLElement>('article')?.dataset.outlet));
      status.textContent = others.length
        ? `Claim selected; ${others.length} counterpart${others.length === 1 ? '' : 's'} highlighted in ${[...outlets].join(', ')}.`
        : 'Claim selected; it has no counterpart in the other reports.';
    }
  }

  copy.addEventListener('click', async () => {
    if (!current) return;
    const url = new URL(`#${current}`, window.location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      copy.textContent = 'Link copied';
    } catch {
      window.prompt('Copy this link:', url);
    }
  });

  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('a, button')) return;
    const claim = target.closest<HTMLElement>('.claim[data-claim]');
    if (claim && claim.closest('.article-body')) select(claim.dataset.claim!, false);
  });
  root.addEventListener('keydown', (event) => {
    const claim = (event.target as HTMLElement).closest<HTMLElement>('.article-body .claim[data-claim]');
    if (!claim || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    select(claim.dataset.claim!, false);
  });
  clear.addEventListener('click', () => deselect());
  back.addEventListener('click', () => {
    if (!cameFrom) return;
    const to = cameFrom;
    cameFrom = undefined;
    select(to, true);
    pieces(root, to)[0]?.focus();
  });
  // Following a counterpart reference from a claim remembers the claim, for "Back".
  root.addEventListener('click', (event) => {
    const ref = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.claim-ref');
    const from = ref?.closest('sup.claim-refs')?.previousElementSibling as HTMLElement | null;
    if (ref && from?.dataset.claim) cameFrom = from.dataset.claim;
  }, true);

  // On a narrow screen, one column at a time: a tab per outlet (the ARIA tabs pattern: the arrow
  // keys, Home and End move between tabs, one tab stop), and a link to the aligned view.
  const columns = [...root.querySelectorAll<HTMLElement>('article[data-article]')];
  if (columns.length > 1) {
    const bar = document.createElement('div');
    bar.className = 'column-tabs';
    const tabs = document.createElement('div');
    tabs.setAttribute('role', 'tablist');
    tabs.setAttribute('aria-label', 'Reports');
    // Each article goes in a panel of its own (an <article> may not be a tab panel itself).
    const panelsOf = columns.map((column) => {
      const panel = document.createElement('div');
      panel.className = 'column-panel';
      panel.id = `report-${column.dataset.article}`;
      column.before(panel);
      panel.append(column);
      return panel;
    });
    const buttons = columns.map((column, i) => {
      const tab = button(column.dataset.outlet ?? `Report ${i + 1}`);
      tab.setAttribute('role', 'tab');
      tab.id = `tab-${column.dataset.article}`;
      tab.setAttribute('aria-controls', panelsOf[i]!.id);
      tab.addEventListener('click', () => show(i));
      return tab;
    });
    tabs.addEventListener('keydown', (event) => {
      const at = buttons.indexOf(event.target as HTMLButtonElement);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
      if (at < 0 || to === undefined) return;
      event.preventDefault();
      const index = (to + buttons.length) % buttons.length;
      show(index);
      buttons[index]!.focus();
    });
    tabs.append(...buttons);
    const aligned = document.createElement('a');
    aligned.href = 'aligned/';
    aligned.textContent = 'Aligned';
    bar.append(tabs, aligned);
    root.querySelector('.article-columns')?.before(bar);
    const show = (index: number) => {
      panelsOf.forEach((panel, i) => panel.classList.toggle('is-tab-hidden', i !== index));
      buttons.forEach((tab, i) => {
        tab.setAttribute('aria-selected', String(i === index));
        tab.tabIndex = i === index ? 0 : -1;
      });
    };
    show(0);
    // The columns are tab panels only while the tabs are shown (narrow screens); otherwise each
    // article keeps its own heading as its name.
    const narrow = window.matchMedia('(max-width: 40rem)');
    const panels = () =>
      panelsOf.forEach((panel, i) => {
        if (narrow.matches) {
          panel.setAttribute('role', 'tabpanel');
          panel.setAttribute('aria-labelledby', buttons[i]!.id);
        } else {
          panel.removeAttribute('role');
          panel.removeAttribute('aria-labelledby');
        }
      });
    panels();
    narrow.addEventListener('change', panels);
    // A selected claim's column is the one shown (a permalink, the next contradiction).
    root.addEventListener('collate:selected', (event) => {
      const index = columns.findIndex((column) => column.contains((event as CustomEvent<HTMLElement>).detail));
      if (index >= 0) show(index);
    });
  }

  // Claims are toggle buttons with one tab stop per article (roving tabindex): Tab enters an
  // article at its current claim, the arrow keys (and Home, End) move between its claims.
  for (const article of root.querySelectorAll<HTMLElement>('article[data-article]')) {
    const claims = [...article.querySelectorAll<HTMLElement>('.article-body .claim[id]')];
    claims.forEach((claim, i) => {
      claim.tabIndex = i === 0 ? 0 : -1;
      claim.setAttribute('role', 'button');
      claim.setAttribute('aria-pressed', 'false');
    });
    article.addEventListener('keydown', (event) => {
      const at = claims.indexOf(event.target as HTMLElement);
      if (at === -1) return;
      const to = { ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: claims.length - 1 }[event.key];
      if (to === undefined || to < 0 || to >= claims.length) return;
      event.preventDefault();
      claims[at]!.tabIndex = -1;
      claims[to]!.tabIndex = 0;
      claims[to]!.focus();
    });
  }

  // Next and previous contradiction: the first side of each entry of the list, in order.
  const entries = [...document.querySelectorAll<HTMLElement>('.contradictions > .contradiction')];
  let at = -1;
  const go = (step: number) => {
    if (entries.length === 0) return;
    at = (at + step + entries.length) % entries.length;
    const first = entries[at]!.querySelector<HTMLAnchorElement>('.sides a');
    if (first) select(decodeURIComponent(first.hash.slice(1)), true);
    if (status) status.textContent = `Contradiction ${at + 1} of ${entries.length}. ${status.textContent ?? ''}`;
  };
  if (entries.length > 0) {
    const nav = document.createElement('p');
    nav.className = 'contradiction-nav';
    const previous = button('← Previous contradiction');
    previous.setAttribute('aria-keyshortcuts', 'p');
    const next = button('Next contradiction →');
    next.setAttribute('aria-keyshortcuts', 'n');
    previous.addEventListener('click', () => go(-1));
    next.addEventListener('click', () => go(1));
    nav.append(previous, ' ', next);
    document.querySelector('.contradictions')?.after(nav);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) {
      deselect();
      return;
    }
    // Single-key shortcuts, never while typing.
    const typing = (event.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'n') go(1);
    if (event.key === 'p') go(-1);
  });

  const fromHash = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id && pieces(root, id).length > 0) select(id, true, false);
    // An old permalink: its claim was edited or removed, and it now leads to the nearest claim.
    const moved = id ? document.getElementById(id) : null;
    if (moved?.matches('.claim-moved')) {
      select(moved.dataset.movedTo!, true, false);
      if (status) status.textContent = 'This statement has changed since it was linked; the nearest current statement is selected.';
    }
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
}
