/**
 * The index page's find, outlet filter and sort, for a site of hundreds of comparisons. Without
 * JavaScript the list is complete, newest first; the controls appear only when this runs.
 */
export function enhanceIndex(): void {
  const form = document.querySelector<HTMLFormElement>('[data-index-controls]');
  const found = document.querySelector<HTMLElement>('[data-index-list]');
  if (!form || !found) return;
  const list: HTMLElement = found;
  const text = form.querySelector<HTMLInputElement>('[data-index-text]')!;
  const outlet = form.querySelector<HTMLSelectElement>('[data-index-outlet]')!;
  const sort = form.querySelector<HTMLSelectElement>('[data-index-sort]')!;
  const status = form.querySelector<HTMLElement>('[data-index-status]')!;
  const items = [...list.querySelectorAll<HTMLLIElement>('li')];
  const fold = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());

  function update(): void {
    const words = fold(text.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const haystack = fold(`${item.dataset.title} ${item.dataset.outlets}`);
      const visible = words.every((w) => haystack.includes(w)) && (!outlet.value || (item.dataset.outlets ?? '').split('\n').includes(outlet.value));
      item.hidden = !visible;
      if (visible) shown++;
    }
    const ordered = [...items].sort((x, y) =>
      sort.value === 'title'
        ? (x.dataset.title ?? '').localeCompare(y.dataset.title ?? '')
        : (y.dataset.date ?? '').localeCompare(x.dataset.date ?? '') || (x.dataset.title ?? '').localeCompare(y.dataset.title ?? ''),
    );
    list.append(...ordered);
    status.textContent = `${shown} of ${items.length} comparisons`;
  }
  text.addEventListener('input', update);
  outlet.addEventListener('change', update);
  sort.addEventListener('change', update);
  update();
}
