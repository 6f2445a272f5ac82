/**
 * The map's search box: lists every matching place as a link to its fragment (the
 * element opens it) and says how many match. Show (or Enter) opens the place named
 * exactly, else the only match; when several match, the reader chooses from the list.
 * A search that finds nothing closes what was open, so the map and the details never
 * show a place the words no longer name.
 */
import { countriesUi as ui } from '../shared/words';
import type { Place } from '../shared/map-data';
import { buildSearchIndex, search, type SearchResult } from '../shared/search';

export interface SearchActions {
  /** Opens a place's details and moves the map to it; `from` is where Escape returns. */
  open: (id: string, from: HTMLElement) => void;
  /** Closes the open place, if any, leaving focus where it is. */
  clear: () => void;
}

export function wireSearchBox(root: HTMLElement, places: readonly Place[], actions: SearchActions): void {
  const form = root.querySelector<HTMLFormElement>('.country-map__search');
  const input = root.querySelector<HTMLInputElement>('#country-search');
  const results = root.querySelector<HTMLUListElement>('#country-search-results');
  const status = root.querySelector<HTMLElement>('#country-search-status');
  if (!form || !input || !results || !status) throw new Error('country-map: the search form is incomplete');
  const index = buildSearchIndex(places);

  /** Lists the matches; returns the result, or undefined for a blank box. */
  const update = (): SearchResult | undefined => {
    if (!input.value.trim()) {
      results.replaceChildren();
      status.textContent = '';
      return undefined;
    }
    const result = search(index, input.value);
    results.replaceChildren(
      ...result.hits.map(({ place, via }) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.className = 'usa-link';
        a.href = `#${place.id}`;
        a.textContent = via ? `${place.name} (${via})` : place.name;
        li.appendChild(a);
        return li;
      }),
    );
    if (result.hits.length === 0) {
      actions.clear();
      status.textContent = ui.searchNoMatch;
    } else {
      status.textContent = result.near
        ? ui.searchNear(result.hits.length, onlyCountries(result))
        : ui.searchMatches(result.hits.length, onlyCountries(result));
    }
    return result;
  };

  input.addEventListener('input', () => void update());

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = update();
    if (!result || result.hits.length === 0) return;
    const { chosen, hits } = result;
    if (chosen) {
      actions.open(chosen.id, input);
      status.textContent = ui.searchSelected(chosen.name, hits.length - 1);
    } else {
      // Several match and none by its exact name: opening one would be a guess.
      actions.clear();
      status.textContent = ui.searchChoose(hits.length, onlyCountries(result));
    }
  });
}

/** The status says "countries" when no academy is among the matches, "places" otherwise. */
function onlyCountries({ hits }: SearchResult): boolean {
  return hits.every(({ place }) => place.kind === 'country');
}
