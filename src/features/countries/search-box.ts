/**
 * The map's search box: lists matching places as links to their fragments (the
 * element opens them) and says how many match; Enter opens the first.
 */
import { countriesUi as ui } from '../../config/countries-ui';
import type { Place } from './map-data';
import { buildSearchIndex, search } from './search';

/** Results shown at most; the status still counts them all. */
const MAX_RESULTS = 10;

export function wireSearchBox(
  root: HTMLElement,
  places: readonly Place[],
  openFirst: (id: string, from: HTMLElement) => void,
): void {
  const form = root.querySelector<HTMLFormElement>('.country-map__search');
  const input = root.querySelector<HTMLInputElement>('#country-search');
  const results = root.querySelector<HTMLUListElement>('#country-search-results');
  const status = root.querySelector<HTMLElement>('#country-search-status');
  if (!form || !input || !results || !status) throw new Error('country-map: the search form is incomplete');
  const index = buildSearchIndex(places);

  input.addEventListener('input', () => {
    const hits = search(index, input.value);
    results.replaceChildren(
      ...hits.slice(0, MAX_RESULTS).map(({ place, via }) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.className = 'usa-link';
        a.href = `#${place.id}`;
        a.textContent = via ? `${place.name} (${via})` : place.name;
        li.appendChild(a);
        return li;
      }),
    );
    status.textContent = input.value.trim()
      ? hits.length === 0
        ? ui.searchNoMatch
        : ui.searchMatches(
            hits.length,
            hits.every(({ place }) => place.kind === 'country'),
          )
      : '';
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const first = search(index, input.value)[0];
    if (first) openFirst(first.place.id, input);
  });
}
