/**
 * <country-map>: the interactive map of /countries/ (docs/adr/0002). It enhances
 * the controls, legend and details panel that CountryMap.astro renders, and looks
 * only inside itself; its facts and shapes come in one file, /countries/map.json
 * (the `MapData` of ./map-data.ts), named by its data-src attribute.
 */
import L from 'leaflet';
import { countriesUi as ui } from '../../config/countries-ui';
import { DetailsPanel } from './details-panel';
import type { MapData, Place } from './map-data';
import { drawLayers, type MapLayers } from './map-layers';
import { wireSearchBox } from './search-box';

/** Countries fit the view at this zoom at most when one is chosen. */
const FOCUS_MAX_ZOOM = 4;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

type Focusable = HTMLElement | SVGElement;

class CountryMap extends HTMLElement {
  private places = new Map<string, Place>();
  private layers: MapLayers | undefined;
  private panel: DetailsPanel | undefined;
  private openId: string | undefined;
  private returnFocusTo: Focusable | null = null;

  connectedCallback(): void {
    const canvas = this.querySelector<HTMLElement>('.country-map__canvas');
    if (!canvas) throw new Error('country-map: no .country-map__canvas inside');
    this.load(canvas).catch((error: unknown) => {
      console.error(error);
      canvas.textContent = ui.mapFailed;
    });
  }

  private async load(canvas: HTMLElement): Promise<void> {
    const url = this.dataset['src'];
    if (!url) throw new Error('country-map: data-src missing');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`country-map: ${url} answered ${response.status}`);
    const data = (await response.json()) as MapData;
    for (const place of [...data.countries, ...data.ileas]) this.places.set(place.id, place);
    this.panel = new DetailsPanel(
      this,
      new Map(data.countries.map((c) => [c.id, c])),
      new Map(data.ileas.map((i) => [i.id, i])),
    );
    canvas.replaceChildren();
    this.layers = drawLayers(canvas, data, reducedMotion, (id, control) => this.open(id, control, false));
    wireSearchBox(this, data.countries, (id, from) => this.open(id, from, true));
    this.wireRegion();
    this.wireKeys(canvas);
    this.wireLinks();
    this.openFromHash(true);
  }

  /** Shows a place's details. `moveMap` recentres the map on it (not when the reader chose it on the map). */
  open(id: string, opener: Focusable | null, moveMap: boolean): void {
    const place = this.places.get(id);
    if (!place || !this.panel) return;
    this.setExpanded(this.openId, false);
    this.openId = id;
    this.returnFocusTo = opener;
    this.setExpanded(id, true);
    const target = this.layers?.targets.get(id);
    if (moveMap && target) {
      this.layers?.map.fitBounds(target.bounds, {
        maxZoom: FOCUS_MAX_ZOOM,
        padding: [24, 24],
        animate: !reducedMotion,
      });
    }
    // The address bar holds the shareable link of what is shown.
    history.replaceState(null, '', `#${id}`);
    this.panel.show(place);
  }

  close(): void {
    if (!this.openId || !this.panel) return;
    this.setExpanded(this.openId, false);
    this.openId = undefined;
    this.panel.clear();
    history.replaceState(null, '', location.pathname + location.search);
    const back = this.returnFocusTo;
    this.returnFocusTo = null;
    if (back?.isConnected) back.focus();
    else this.panel.focusHeading();
  }

  private setExpanded(id: string | undefined, expanded: boolean): void {
    const control = id ? this.layers?.targets.get(id)?.control : undefined;
    control?.setAttribute('aria-expanded', String(expanded));
  }

  /** Enter or Space on a place's control opens it; Escape anywhere in the element closes the details. */
  private wireKeys(canvas: HTMLElement): void {
    canvas.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const control = (event.target as Element).closest<Focusable>('[data-place]');
      const id = control?.getAttribute('data-place');
      if (!control || !id) return;
      event.preventDefault();
      this.open(id, control, true);
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.openId) return;
      event.preventDefault();
      this.close();
    });
    this.panel?.closeButton.addEventListener('click', () => this.close());
    // Keep the map whole when a focused place sits outside the view, or the
    // browser scrolls the map's box to bring it into sight.
    canvas.addEventListener('focusin', (event) => {
      canvas.scrollTop = 0;
      canvas.scrollLeft = 0;
      const id = (event.target as Element).getAttribute('data-place');
      const target = id ? this.layers?.targets.get(id) : undefined;
      const map = this.layers?.map;
      if (target && map && !map.getBounds().intersects(target.bounds)) {
        map.panTo(target.bounds.getCenter(), { animate: false });
      }
    });
  }

  /**
   * Links to a place inside the element (search results, the details panel) open
   * it here; links elsewhere on the page (the list below) change the address's
   * fragment, which opens it too.
   */
  private wireLinks(): void {
    this.addEventListener('click', (event) => {
      const a = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!(a instanceof HTMLAnchorElement)) return;
      const id = decodeURIComponent(a.hash.slice(1));
      if (!this.places.has(id)) return;
      event.preventDefault();
      // From inside the panel, Escape returns to what opened the panel first.
      this.open(id, a.closest('#country-details') ? this.returnFocusTo : a, true);
    });
    window.addEventListener('hashchange', () => this.openFromHash(false));
  }

  private openFromHash(onLoad: boolean): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || id === this.openId || !this.places.has(id)) return;
    // A followed link keeps focus: Escape returns there. A shared link: to the place on the map.
    const active = document.activeElement;
    const fromLink = !onLoad && active instanceof HTMLAnchorElement && active.hash === `#${id}` ? active : null;
    this.open(id, fromLink ?? this.layers?.targets.get(id)?.control ?? null, true);
  }

  /** The region filter fades the other countries and takes them out of the Tab order. */
  private wireRegion(): void {
    const select = this.querySelector('#country-region');
    const status = this.querySelector<HTMLElement>('#country-region-status');
    if (!(select instanceof HTMLSelectElement) || !status) throw new Error('country-map: region filter missing');
    select.addEventListener('change', () => {
      const region = select.value;
      let bounds: L.LatLngBounds | undefined;
      let count = 0;
      for (const place of this.places.values()) {
        const target = this.layers?.targets.get(place.id);
        if (place.kind !== 'country' || !target) continue;
        const inRegion = !region || place.region === region;
        for (const element of target.elements) element.toggleAttribute('data-dimmed', !inRegion);
        target.control.setAttribute('tabindex', inRegion ? '0' : '-1');
        if (!inRegion) continue;
        count += 1;
        bounds = bounds
          ? bounds.extend(target.bounds)
          : L.latLngBounds(target.bounds.getSouthWest(), target.bounds.getNorthEast());
      }
      if (bounds) this.layers?.map.fitBounds(bounds, { padding: [8, 8], animate: false });
      status.textContent = region ? ui.regionShown(region, count) : ui.regionAllShown;
    });
  }
}

customElements.define('country-map', CountryMap);
