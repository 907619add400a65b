// The search page: reads ?q= and filters from the URL, searches as the visitor types, renders
// results with highlighted excerpts, announces the count, and keeps the URL shareable.
// Municipality and region are checkbox groups: several ticked values match any of them (OR),
// kept in the URL as repeated parameters (?kommune=A&kommune=B). The status (a live region) also
// says what the engine did beyond the typed words: a correction ("Viser resultater for …", with a
// link to search as typed: ?ordret=1), words no page holds, words searched one by one.
import { createEngine, type SearchResponse } from '../search/engine';

/**
 * Results shown at once; each needs its page fragment (~5 KB gzipped for a 1,000-word article),
 * so this bounds a first query's download. 5, as Pagefind's own UI (docs/performance.md).
 */
const PAGE_SIZE = 5;
const TYPE_LABEL_META = 'type';

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('q') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const empty = document.getElementById('search-empty')!;
const clearItem = document.getElementById('search-clear-filters-item')!;
const clearButton = document.getElementById('search-clear-filters') as HTMLButtonElement;
const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]')];
const base = form.dataset['base'] ?? '/';
const data = {
  synonyms: JSON.parse(form.dataset['synonyms'] ?? '[]') as string[][],
  names: JSON.parse(form.dataset['names'] ?? '[]') as string[],
  stopWords: JSON.parse(form.dataset['stopWords'] ?? '[]') as string[],
};
/** The URL parameter of "Søg i stedet efter …": search the words as typed, without corrections. */
const VERBATIM = 'ordret';
let verbatim = false;

form.hidden = false;
document.getElementById('search-needs-js')?.remove();

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  verbatim = params.get(VERBATIM) === '1';
  for (const s of selects) {
    const value = params.get(s.name) ?? '';
    s.value = [...s.options].some((o) => o.value === value) ? value : '';
  }
  for (const b of boxes) b.checked = params.getAll(b.name).includes(b.value);
}

function writeUrl(): void {
  const query = searchParams(input.value.trim(), verbatim).toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function searchParams(q: string, asTyped: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (q && asTyped) params.set(VERBATIM, '1');
  for (const s of selects) if (s.value) params.set(s.name, s.value);
  for (const b of boxes) if (b.checked) params.append(b.name, b.value);
  return params;
}

const quoted = (words: readonly string[]) => words.map((w) => `»${w}«`).join(' og ');

/** The status: count (or why nothing), then what the engine did beyond the typed words. */
function describe(response: SearchResponse, query: string, where: string): (string | Node)[] {
  const n = response.results.length;
  const out: (string | Node)[] = [];
  const what = query ? ` for »${query}«` : '';
  if (n) out.push(`${plural(n)}${what}${where}.`);
  else if (response.missing.length && !response.corrections.length) out.push(`Ingen sider indeholder ${quoted(response.missing)}${where}.`);
  else out.push(`Ingen resultater${what}${where}.`);
  if (response.correctedQuery) {
    const link = document.createElement('a');
    link.href = `?${searchParams(query, true).toString()}`;
    link.textContent = `»${query}«`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      verbatim = true;
      void run();
    });
    out.push(` Viser resultater for »${response.correctedQuery}«. Søg i stedet efter `, link, '.');
  }
  if (n && response.missing.length)
    out.push(` Ingen sider indeholder ${quoted(response.missing)}, så ${response.missing.length === 1 ? 'ordet' : 'ordene'} er udeladt.`);
  if (n && response.someWordsAfter !== undefined)
    out.push(
      response.someWordsAfter === 0
        ? ' Ingen sider indeholder alle ordene; viser sider med nogle af dem.'
        : ` Kun ${response.someWordsAfter === 1 ? 'én side' : `${response.someWordsAfter} sider`} indeholder alle ordene; viser også sider med nogle af dem.`,
    );
  return out;
}

/** A filter's value: one value, or several of which a page must match any (Pagefind's `any`). */
type FilterValue = string | { any: string[] };

function activeFilters(): Record<string, FilterValue> {
  const filters: Record<string, FilterValue> = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter']!, s.value]));
  const ticked = new Map<string, string[]>();
  for (const b of boxes) if (b.checked) (ticked.get(b.dataset['filter']!) ?? ticked.set(b.dataset['filter']!, []).get(b.dataset['filter']!)!).push(b.value);
  for (const [name, values] of ticked) filters[name] = values.length === 1 ? values[0]! : { any: values };
  return filters;
}

function describeFilters(filters: Record<string, FilterValue>): string {
  return Object.values(filters)
    .map((v) => (typeof v === 'string' ? v : v.any.join(' eller ')))
    .join(', ');
}

function plural(n: number): string {
  return n === 1 ? '1 resultat' : `${n} resultater`;
}

let shown = 0;
let current: SearchResponse | undefined;
/** Increases with every search; a search that finds a newer one started drops its results. */
let generation = 0;

async function renderMore(response: SearchResponse): Promise<void> {
  const batch = response.results.slice(shown, shown + PAGE_SIZE);
  const hits = await Promise.all(batch.map((r) => r.load()));
  if (response !== current) return; // a newer search has started
  for (const hit of hits) {
    const li = document.createElement('li');
    const h2 = document.createElement('h2');
    const a = document.createElement('a');
    a.href = hit.url;
    a.textContent = hit.title;
    h2.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [hit.meta[TYPE_LABEL_META], hit.meta['date'] && `oplysninger fra ${hit.meta['date'].slice(0, 4)}`].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = hit.excerpt; // Pagefind escapes the page text and adds only <mark>
    li.append(h2, meta, excerpt);
    list.append(li);
  }
  shown += batch.length;
  more.hidden = shown >= response.results.length;
}

const enginePromise = createEngine(base, data);
let timer: number | undefined;

async function run(): Promise<void> {
  const mine = ++generation;
  writeUrl();
  const query = input.value.trim();
  const filters = activeFilters();
  const hasFilters = Object.keys(filters).length > 0;
  if (!query && !hasFilters) {
    current = undefined;
    shown = 0;
    list.replaceChildren();
    status.textContent = '';
    empty.hidden = true;
    more.hidden = true;
    return;
  }
  status.textContent = 'Søger …';
  let response: SearchResponse;
  try {
    // The engine hands filters to Pagefind unchanged, and Pagefind accepts { any: [...] } values.
    response = await (await enginePromise).search(query, filters as Record<string, string>, { verbatim });
  } catch {
    status.textContent = 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.';
    return;
  }
  if (mine !== generation) return; // the visitor typed or filtered on
  current = response;
  shown = 0;
  list.replaceChildren();
  await renderMore(response);
  if (mine !== generation) return;
  // Announce once the results are on the page.
  const n = response.results.length;
  const where = hasFilters ? ` (filtreret: ${describeFilters(filters)})` : '';
  status.replaceChildren(...describe(response, query, where));
  empty.hidden = n > 0;
  clearItem.hidden = !hasFilters;
}

function schedule(): void {
  window.clearTimeout(timer);
  // The visitor typed on: a search still running is for an older query, and must not be shown
  // as the answer to this one (it would be, were it to finish before the debounce fires).
  generation++;
  if (input.value.trim()) status.textContent = 'Søger …';
  timer = window.setTimeout(() => void run(), 150);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  void run();
});
input.addEventListener('input', () => {
  verbatim = false; // a changed query may be corrected again
  schedule();
});
for (const control of [...selects, ...boxes]) control.addEventListener('change', () => void run());
more.addEventListener('click', () => current && void renderMore(current));
clearButton.addEventListener('click', () => {
  for (const s of selects) s.value = '';
  for (const b of boxes) b.checked = false;
  void run();
  input.focus();
});
window.addEventListener('popstate', () => {
  readUrl();
  void run();
});

readUrl();
if (input.value || selects.some((s) => s.value) || boxes.some((b) => b.checked)) void run();
else input.focus();
