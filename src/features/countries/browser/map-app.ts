/**
 * The country map itself (docs/adr/0002): Leaflet, the shapes and every control wired
 * to them. <country-map> (./country-map.ts) imports this module, with Leaflet and the
 * map's CSS, only once the map is needed, and hands it the element and its data
 * (`MapData`, ./map-data.ts). It enhances the controls, legend and details panel that
 * CountryMap.astro renders and looks only inside the element.
 */
import * as L from 'leaflet';
import { countriesUi as ui } from '../shared/words';
import { DetailsPanel } from './details-panel';
import { fragmentId } from '../shared/fragment';
import { placeRegion, type MapData, type Place } from '../shared/map-data';
import { MapKeys } from './map-keys';
import { drawLayers, type MapLayers } from './map-layers';
import { afterNextPaint, yieldToMain } from './map-slices';
import { wireSearchBox } from './search-box';
import { byName } from '../shared/sort-name';

/** Countries fit the view at this zoom at most when one is chosen. */
const FOCUS_MAX_ZOOM = 4;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

type Focusable = HTMLElement | SVGElement;

export class MapApp {
  private places = new Map<string, Place>();
  private layers: MapLayers | undefined;
  private keys: MapKeys | undefined;
  private panel: DetailsPanel | undefined;
  private openId: string | undefined;
  private returnFocusTo: Focusable | null = null;
  /** Cancels the address bar's pending update, when a newer one replaces it. */
  private pendingAddress: (() => void) | undefined;

  constructor(private readonly root: HTMLElement) {}

  /**
   * Draws the map in `canvas` from `data`, a slice at a time, and wires the controls; a
   * place named by the address opens. Resolves once the map is drawn and every control works.
   */
  async start(canvas: HTMLElement, data: MapData): Promise<void> {
    // Evaluating Leaflet's module was a task of its own: the map starts in the next.
    await yieldToMain();
    for (const place of [...data.countries, ...data.ileas]) this.places.set(place.id, place);
    this.panel = new DetailsPanel(this.root, data, (region) => this.showRegion(region));
    canvas.replaceChildren();
    // A place tapped while the map is still being drawn opens at once.
    const layers = drawLayers(canvas, data, reducedMotion, (id, control) => this.open(id, control, false));
    this.layers = layers;
    this.wireClose();
    this.wireLinks();
    await layers.drawn;
    const inOrder = [...this.places.values()].sort(byName);
    const keyTargets = inOrder.flatMap((place) => {
      const target = layers.targets.get(place.id);
      const region = placeRegion(place, this.places);
      return target ? [{ id: place.id, name: place.name, region, control: target.control, bounds: target.bounds }] : [];
    });
    this.keys = new MapKeys(canvas, layers.map, keyTargets, (id, control) => this.open(id, control, true));
    // The keys, the search's index and the region filter are wired a task each: on a
    // phone, together they were a long task. The search form and the region filter
    // wait for start() to resolve (./country-map.ts replays what was done meanwhile).
    await yieldToMain();
    wireSearchBox(this.root, inOrder, {
      open: (id, from) => this.open(id, from, true),
      // The reader is still typing: focus stays in the search box.
      clear: () => this.close(false),
    });
    await yieldToMain();
    this.wireRegion();
    if (this.openId) {
      // Opened while drawing: its control exists now.
      this.setExpanded(this.openId, true);
      this.keys.setCurrent(this.openId);
    }
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
    this.keys?.setCurrent(id);
    const target = this.layers?.targets.get(id);
    if (moveMap && target) {
      this.layers?.map.fitBounds(target.bounds, {
        maxZoom: FOCUS_MAX_ZOOM,
        padding: [24, 24],
        animate: !reducedMotion,
      });
    }
    this.panel.show(place);
    // The address bar holds the shareable link of what is shown. It is updated once the
    // details are painted: on a phone the update held a tap's answer back (ADR 0012).
    this.setAddress(`#${id}`);
  }

  /** Closes the details; `returnFocus` moves focus back to what opened them. */
  close(returnFocus = true): void {
    if (!this.openId || !this.panel) return;
    this.setExpanded(this.openId, false);
    this.openId = undefined;
    this.panel.clear();
    this.setAddress(location.pathname + location.search);
    const back = this.returnFocusTo;
    this.returnFocusTo = null;
    if (!returnFocus) return;
    if (back?.isConnected) back.focus();
    else this.panel.focusHeading();
  }

  private setAddress(url: string): void {
    this.pendingAddress?.();
    this.pendingAddress = afterNextPaint(() => history.replaceState(null, '', url));
  }

  private setExpanded(id: string | undefined, expanded: boolean): void {
    const control = id ? this.layers?.targets.get(id)?.control : undefined;
    control?.setAttribute('aria-expanded', String(expanded));
  }

  /** Escape anywhere in the element closes the details, as does their close button. */
  private wireClose(): void {
    this.root.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.openId) return;
      event.preventDefault();
      this.close();
    });
    this.panel?.closeButton.addEventListener('click', () => this.close());
  }

  /**
   * Links to a place inside the element (search results, the details panel) open
   * it here; links elsewhere on the page (the list below) change the address's
   * fragment, which opens it too.
   */
  private wireLinks(): void {
    this.root.addEventListener('click', (event) => {
      const a = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!(a instanceof HTMLAnchorElement)) return;
      const id = fragmentId(a.hash);
      if (!this.places.has(id)) return;
      event.preventDefault();
      // From inside the panel, Escape returns to what opened the panel first.
      this.open(id, a.closest('#country-details') ? this.returnFocusTo : a, true);
    });
    window.addEventListener('hashchange', () => this.openFromHash(false));
  }

  private openFromHash(onLoad: boolean): void {
    const id = fragmentId(location.hash);
    if (!id || id === this.openId || !this.places.has(id)) return;
    // A followed link keeps focus: Escape returns there. A shared link: to the place on the map.
    const active = document.activeElement;
    const fromLink = !onLoad && active instanceof HTMLAnchorElement && active.hash === `#${id}` ? active : null;
    this.open(id, fromLink ?? this.layers?.targets.get(id)?.control ?? null, true);
  }

  /** The region filter fades the other countries, and the arrow keys pass them by. */
  private wireRegion(): void {
    const select = this.regionSelect();
    const status = this.root.querySelector<HTMLElement>('#country-region-status');
    if (!status) throw new Error('country-map: region status missing');
    select.addEventListener('change', () => {
      const region = select.value;
      let bounds: L.LatLngBounds | undefined;
      let count = 0;
      for (const place of this.places.values()) {
        const target = this.layers?.targets.get(place.id);
        if (place.kind !== 'country' || !target) continue;
        const inRegion = !region || place.region === region;
        for (const element of target.elements) element.toggleAttribute('data-dimmed', !inRegion);
        if (!inRegion) continue;
        count += 1;
        bounds = bounds
          ? bounds.extend(target.bounds)
          : L.latLngBounds(target.bounds.getSouthWest(), target.bounds.getNorthEast());
      }
      this.keys?.showRegion(region);
      if (bounds) this.layers?.map.fitBounds(bounds, { padding: [8, 8], animate: false });
      status.textContent = region ? ui.regionShown(region, count) : ui.regionAllShown;
    });
  }

  /** The details panel's region link: the same as choosing the region in the filter. */
  private showRegion(region: string): void {
    const select = this.regionSelect();
    select.value = region;
    select.dispatchEvent(new Event('change'));
    select.focus();
  }

  private regionSelect(): HTMLSelectElement {
    const select = this.root.querySelector('#country-region');
    if (!(select instanceof HTMLSelectElement)) throw new Error('country-map: region filter missing');
    return select;
  }
}
