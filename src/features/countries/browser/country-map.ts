/**
 * <country-map>: the interactive map of /countries/ (docs/adr/0002). This is all the
 * page runs at first: the map (Leaflet, its CSS and ./map-app.ts, one hashed chunk) and
 * its data (/countries/map.json, named by data-src) load only once the map is needed,
 * so the first screen is painted without them: a reader who never scrolls to the map
 * neither downloads nor runs it. Needed means any of:
 * - the map comes near the viewport (scrolled to, or on a screen tall enough);
 * - the address names a place on arrival (a shared link such as /countries/#kenya),
 *   or comes to name one (a link in the list below);
 * - focus enters the element (the search box, the region filter, the skip link).
 * What a reader did with the controls before then (typed a name, pressed Show, chose a
 * region) is applied once the map is drawn; nothing typed is lost.
 */
import { countriesUi as ui } from '../shared/words';
import { fragmentId } from '../shared/fragment';
import type { MapData } from '../shared/map-data';
// A URL, not an import of the CSS: Astro would add an imported stylesheet to the page's own.
import stylesUrl from './map-styles.css?url';

/**
 * How far below (or above) the viewport the map starts loading: a quarter of a screen's
 * scrolling ahead. On a phone (390 × 844) the map starts 1,211 px down, so the first
 * screen does not load it; on a laptop it is just below the fold and loads at once.
 */
const NEAR_VIEWPORT = '25% 0px';

class CountryMap extends HTMLElement {
  connectedCallback(): void {
    const canvas = this.querySelector<HTMLElement>('.country-map__canvas');
    const form = this.querySelector<HTMLFormElement>('.country-map__search');
    const url = this.dataset['src'];
    if (!canvas || !form || !url) throw new Error('country-map: canvas, search form or data-src missing');
    // The ids of the places the map can open, so that only a link to one loads it.
    const places = new Set((this.dataset['places'] ?? '').split(' '));

    // Show pressed before the map's search is wired: the form must not reload the page.
    let pendingSubmit = false;
    let started = false;
    form.addEventListener('submit', (event) => {
      if (started) return;
      event.preventDefault();
      pendingSubmit = true;
    });

    this.whenNeeded(canvas, places)
      .then(async () => {
        const [{ MapApp }, data] = await Promise.all([import('./map-app'), fetchData(url), linkStyles(stylesUrl)]);
        await new MapApp(this).start(canvas, data);
        started = true;
        this.replay(form, pendingSubmit);
      })
      .catch((error: unknown) => {
        console.error(error);
        canvas.textContent = ui.mapFailed;
      });
  }

  /** Resolves as soon as the map is needed (see the top of this file), and stops watching then. */
  private whenNeeded(canvas: HTMLElement, places: ReadonlySet<string>): Promise<void> {
    const namesPlace = () => places.has(fragmentId(location.hash));
    if (namesPlace()) return Promise.resolve();
    return new Promise((resolve) => {
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) done();
        },
        { rootMargin: NEAR_VIEWPORT },
      );
      const onHash = () => {
        if (namesPlace()) done();
      };
      const done = () => {
        observer.disconnect();
        window.removeEventListener('hashchange', onHash);
        this.removeEventListener('focusin', done);
        resolve();
      };
      observer.observe(canvas);
      window.addEventListener('hashchange', onHash);
      this.addEventListener('focusin', done);
    });
  }

  /** Applies what the reader did with the controls before the map was drawn. */
  private replay(form: HTMLFormElement, submit: boolean): void {
    // The region first: a country opened by the search then moves the map to itself.
    const region = this.querySelector<HTMLSelectElement>('#country-region');
    if (region?.value) region.dispatchEvent(new Event('change'));
    const input = form.querySelector<HTMLInputElement>('input[type="search"]');
    if (input?.value) input.dispatchEvent(new Event('input'));
    if (submit) form.requestSubmit();
  }
}

async function fetchData(url: string): Promise<MapData> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`country-map: ${url} answered ${response.status}`);
  return (await response.json()) as MapData;
}

/**
 * Links the map's stylesheet and resolves once it applies, so the map is never drawn
 * unstyled. It goes in the document's head, where stylesheets belong.
 */
function linkStyles(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`country-map: ${href} did not load`)));
    document.head.append(link);
  });
}

customElements.define('country-map', CountryMap);
