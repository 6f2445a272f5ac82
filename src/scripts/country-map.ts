/**
 * <country-map>: draws the assisted countries with Leaflet (no tile layer) and
 * wires up the server-rendered search, region filter and details panel.
 *
 * Facts come from the server-rendered list below the map (its data-* attributes),
 * shapes from /countries/shapes.json, built at build time. Leaflet's vector shapes
 * are not focusable (Leaflet issue 7822), so each assisted country's shape (or its
 * marker, for small states) is given tabindex, role="button" and its name here.
 */
import L from 'leaflet';
import { countriesUi as ui } from '../config/countries-ui';
import type { MapGeometry } from '../lib/map-geometry';
import { decodeRing, type EncodedPolygon } from '../lib/map-encoding';
import { byName } from '../lib/sort-name';

interface CountryInfo {
  kind: 'country';
  id: string;
  name: string;
  region: string;
  brochureName: string;
  onList: boolean;
  onMap: boolean;
  aliases: string[];
  ileaId: string | undefined;
  listLink: HTMLAnchorElement | null;
}

interface IleaInfo {
  kind: 'ilea';
  id: string;
  name: string;
  city: string;
  countryName: string;
  countryId: string | undefined;
  lat: number;
  lon: number;
  note: string;
}

type Place = CountryInfo | IleaInfo;

/** Countries fit the view at this zoom at most when one is chosen. */
const FOCUS_MAX_ZOOM = 4;
/** The brochure map's eleven names show from this zoom (a desktop map starts there; a phone's does not). */
const LABEL_MIN_ZOOM = 1.5;
const SVG_NS = 'http://www.w3.org/2000/svg';
const MAX_RESULTS = 10;

/** Which side of its place each brochure-map label sits, so that neighbours' labels do not overlap. */
const LABEL_SIDE: Readonly<Record<string, L.Direction>> = {
  'bosnia-and-herzegovina': 'left',
  kosovo: 'right',
  'west-bank-and-gaza': 'right',
  'democratic-republic-of-the-congo': 'bottom',
  liberia: 'left',
  sudan: 'top',
  kenya: 'right',
  mexico: 'left',
  haiti: 'right',
  colombia: 'right',
  bolivia: 'right',
};

/** Leaflet's nested [lat, lng] arrays from the encoded polygons of shapes.json. */
function toLatLngs(polygons: readonly EncodedPolygon[], scale: number): L.LatLngTuple[][][] {
  return polygons.map((polygon) => polygon.map((ring) => decodeRing(ring, scale).map(([lon, lat]) => [lat, lon])));
}

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Lower case, no accents or punctuation: "Côte d’Ivoire" finds "cote divoire". */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function readCountries(): Map<string, CountryInfo> {
  const countries = new Map<string, CountryInfo>();
  for (const li of document.querySelectorAll<HTMLElement>('[data-country]')) {
    const d = li.dataset;
    if (!d['country'] || !d['name']) continue;
    countries.set(d['country'], {
      kind: 'country',
      id: d['country'],
      name: d['name'],
      region: d['region'] ?? '',
      brochureName: d['brochureName'] ?? d['name'],
      onList: d['onList'] === 'true',
      onMap: d['onMap'] === 'true',
      aliases: (d['aliases'] ?? '').split('|').filter(Boolean),
      ileaId: d['ilea'],
      listLink: li.querySelector('a'),
    });
  }
  return countries;
}

function readIleas(): Map<string, IleaInfo> {
  const ileas = new Map<string, IleaInfo>();
  for (const li of document.querySelectorAll<HTMLElement>('[data-ilea-entry]')) {
    const d = li.dataset;
    if (!d['ileaEntry'] || !d['name']) continue;
    ileas.set(d['ileaEntry'], {
      kind: 'ilea',
      id: d['ileaEntry'],
      name: d['name'],
      city: d['city'] ?? '',
      countryName: d['countryName'] ?? '',
      countryId: d['countryId'],
      lat: Number(d['lat']),
      lon: Number(d['lon']),
      note: d['note'] ?? '',
    });
  }
  return ileas;
}

class CountryMap extends HTMLElement {
  private map: L.Map | undefined;
  private countries = new Map<string, CountryInfo>();
  private ileas = new Map<string, IleaInfo>();
  /** Each place's focusable element(s) on the map and the bounds to show it. */
  private targets = new Map<string, { elements: Element[]; bounds: L.LatLngBounds }>();
  private openId: string | undefined;
  private returnFocusTo: HTMLElement | SVGElement | null = null;

  connectedCallback(): void {
    this.countries = readCountries();
    this.ileas = readIleas();
    this.wireSearch();
    this.wireRegion();
    this.wirePanel();
    this.wireLinks();
    this.drawMap()
      .then(() => this.openFromHash(true))
      .catch((error: unknown) => {
        console.error(error);
        const canvas = this.querySelector('.country-map__canvas');
        if (canvas) canvas.textContent = ui.mapFailed;
      });
  }

  private get(id: string): Place | undefined {
    return this.countries.get(id) ?? this.ileas.get(id);
  }

  // ---------------------------------------------------------------- the map

  private async drawMap(): Promise<void> {
    const canvas = this.querySelector<HTMLElement>('.country-map__canvas');
    const url = this.dataset['shapes'];
    if (!canvas || !url) throw new Error('country-map: canvas or data-shapes missing');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`country-map: ${url} answered ${response.status}`);
    const geometry = (await response.json()) as MapGeometry;
    canvas.replaceChildren();

    const map = L.map(canvas, {
      attributionControl: false,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      minZoom: 0.5,
      maxZoom: 8,
      worldCopyJump: false,
      maxBounds: [
        [-65, -200],
        [85, 220],
      ],
      maxBoundsViscosity: 1,
      zoomAnimation: !reducedMotion,
      fadeAnimation: !reducedMotion,
      markerZoomAnimation: !reducedMotion,
    });
    this.map = map;
    // Leaflet's own tooltips repeat names the buttons already carry.
    map.getPane('tooltipPane')?.setAttribute('aria-hidden', 'true');

    const style = { weight: 0.6, fillOpacity: 1 };
    const shapes = geometry.assisted.map(({ id, polygons }) => ({
      id,
      polygon: L.polygon(toLatLngs(polygons, geometry.assistedScale), { ...style, className: 'map-country' }),
    }));
    // Leaflet draws a layer only once the map has a view: set it first.
    const world = L.featureGroup(shapes.map((s) => s.polygon));
    this.fitWorld(world.getBounds());
    L.polygon(toLatLngs(geometry.others, geometry.otherScale), {
      ...style,
      weight: 0.5,
      className: 'map-other',
      interactive: false,
    }).addTo(map);

    this.addHatchPattern(map);
    const showLabels = () => canvas.setAttribute('data-labels', map.getZoom() >= LABEL_MIN_ZOOM ? 'on' : 'off');
    map.on('zoomend', showLabels);
    showLabels();

    const markerIds = new Set(geometry.markers.map((m) => m.id));
    for (const { id, polygon } of shapes) {
      const country = this.countries.get(id);
      if (!country) continue;
      polygon.addTo(map);
      const path = polygon.getElement();
      if (!path) continue;
      const bounds = polygon.getBounds();
      if (country.onMap) path.classList.add('map-country--labelled');
      polygon.on('click', () => this.open(country.id, path as SVGElement, false));
      this.targets.set(country.id, { elements: [path], bounds });
      // A small state's marker is its focusable control; its shape still answers a click.
      if (markerIds.has(country.id)) continue;
      this.makeButton(path, country);
      this.bindLabel(polygon, path, country);
    }

    // Small states: a circle on top of every shape, so it can be seen and clicked.
    for (const marker of geometry.markers) {
      const country = this.countries.get(marker.id);
      if (!country) continue;
      const circle = L.circleMarker([marker.lat, marker.lon], {
        radius: 6,
        className: 'map-small-state',
        fillOpacity: 1,
      }).addTo(map);
      const element = circle.getElement();
      if (!element) continue;
      if (country.onMap) element.classList.add('map-country--labelled');
      this.makeButton(element, country);
      this.bindLabel(circle, element, country);
      circle.on('click', () => this.open(country.id, element as SVGElement, false));
      const target = this.targets.get(country.id);
      this.targets.set(country.id, {
        elements: [element, ...(target?.elements ?? [])],
        bounds: target?.bounds ?? L.latLngBounds([marker.lat, marker.lon], [marker.lat, marker.lon]),
      });
    }

    for (const ilea of this.ileas.values()) {
      const marker = L.marker([ilea.lat, ilea.lon], {
        icon: L.divIcon({ className: 'map-ilea', html: '<span aria-hidden="true">ILEA</span>', iconSize: [32, 24] }),
        keyboard: true,
        riseOnHover: true,
      }).addTo(map);
      const element = marker.getElement();
      if (!element) continue;
      // Leaflet already makes the icon a focusable role="button"; give it a name.
      // The visible text "ILEA" must be part of the name (WCAG 2.5.3).
      element.setAttribute('aria-label', ilea.name.startsWith('ILEA') ? ilea.name : `ILEA: ${ilea.name}`);
      element.setAttribute('aria-controls', 'country-details');
      element.setAttribute('aria-expanded', 'false');
      marker.bindTooltip(ilea.name, { direction: 'top', offset: [0, -10] });
      marker.on('click', () => this.open(ilea.id, element, false));
      // Leaflet makes the icon a role="button" but answers no key: Enter and Space open it, as on any button.
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        this.open(ilea.id, element, true);
      });
      this.targets.set(ilea.id, {
        elements: [element],
        bounds: L.latLngBounds([ilea.lat, ilea.lon], [ilea.lat, ilea.lon]),
      });
    }

    // Keep the map whole when a focused country sits outside the view or the
    // browser scrolls the map's box to bring it into sight.
    canvas.addEventListener('focusin', (event) => {
      canvas.scrollTop = 0;
      canvas.scrollLeft = 0;
      const id = (event.target as Element).getAttribute('data-place');
      const target = id ? this.targets.get(id) : undefined;
      if (target && !map.getBounds().intersects(target.bounds)) {
        map.panTo(target.bounds.getCenter(), { animate: false });
      }
    });
  }

  /** The stripes of the brochure map's places (CSS fill: url(#map-hatch)), so they differ by more than colour. */
  private addHatchPattern(map: L.Map): void {
    const svg = map.getPane('overlayPane')?.querySelector('svg');
    if (!svg) return;
    const make = (name: string, attributes: Record<string, string>) => {
      const element = document.createElementNS(SVG_NS, name);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      return element;
    };
    const pattern = make('pattern', {
      id: 'map-hatch',
      patternUnits: 'userSpaceOnUse',
      width: '6',
      height: '6',
      patternTransform: 'rotate(45)',
    });
    pattern.appendChild(make('rect', { width: '6', height: '6', fill: '#1a4480' }));
    pattern.appendChild(make('rect', { width: '2', height: '6', fill: '#fff' }));
    const defs = make('defs', {});
    defs.appendChild(pattern);
    svg.insertBefore(defs, svg.firstChild);
  }

  private fitWorld(bounds: L.LatLngBounds): void {
    this.map?.fitBounds(bounds, { padding: [8, 8], animate: false });
  }

  /** Makes an SVG path a keyboard button named after its country (Leaflet issue 7822). */
  private makeButton(element: Element, country: CountryInfo): void {
    const { id } = country;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', country.name);
    element.setAttribute('aria-controls', 'country-details');
    element.setAttribute('aria-expanded', 'false');
    element.setAttribute('data-place', id);
    element.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        this.open(id, element as SVGElement, true);
      }
    });
  }

  /** The brochure map's eleven places keep their name on the map; the rest show it on hover or focus. */
  private bindLabel(layer: L.Path, element: Element, country: CountryInfo): void {
    if (country.onMap) {
      layer.bindTooltip(country.brochureName, {
        permanent: true,
        direction: LABEL_SIDE[country.id] ?? 'top',
        // Bosnia's label would sit on the ILEA Budapest marker just north of it.
        offset: country.id === 'bosnia-and-herzegovina' ? [0, 10] : [0, 0],
        className: 'map-brochure-label',
        interactive: false,
      });
    } else {
      layer.bindTooltip(country.name, { sticky: true });
    }
    // Leaflet points aria-describedby at the tooltip, which only repeats the name.
    element.removeAttribute('aria-describedby');
  }

  // ------------------------------------------------------------ the details

  private wirePanel(): void {
    this.querySelector('[data-details-close]')?.addEventListener('click', () => this.close());
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.openId) {
        event.preventDefault();
        this.close();
      }
    });
  }

  /**
   * Shows a place's details. `moveMap` recentres the map on it (from the search,
   * the list or a shared link; not when the reader clicked it on the map).
   */
  open(id: string, opener: HTMLElement | SVGElement | null, moveMap: boolean): void {
    const place = this.get(id);
    if (!place) return;
    this.setExpanded(this.openId, false);
    this.openId = id;
    this.returnFocusTo = opener;
    this.setExpanded(id, true);
    this.renderDetails(place);
    const target = this.targets.get(id);
    if (moveMap && target && this.map) {
      this.map.fitBounds(target.bounds, { maxZoom: FOCUS_MAX_ZOOM, padding: [24, 24], animate: !reducedMotion });
    }
    // The address bar holds the shareable link of what is shown.
    history.replaceState(null, '', `#${id}`);
    this.querySelector<HTMLElement>('#country-details-heading')?.focus();
  }

  close(): void {
    if (!this.openId) return;
    this.setExpanded(this.openId, false);
    this.openId = undefined;
    const heading = this.querySelector('#country-details-heading');
    if (heading) heading.textContent = ui.detailsHeading;
    this.querySelector<HTMLElement>('[data-details-body]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-details-close]')?.setAttribute('hidden', '');
    this.querySelector<HTMLElement>('[data-details-empty]')?.removeAttribute('hidden');
    history.replaceState(null, '', location.pathname + location.search);
    const back = this.returnFocusTo;
    this.returnFocusTo = null;
    if (back?.isConnected) back.focus();
    else this.querySelector<HTMLElement>('#country-details-heading')?.focus();
  }

  private setExpanded(id: string | undefined, expanded: boolean): void {
    if (!id) return;
    for (const element of this.targets.get(id)?.elements ?? []) {
      if (element.hasAttribute('aria-expanded')) element.setAttribute('aria-expanded', String(expanded));
    }
  }

  private renderDetails(place: Place): void {
    const heading = this.querySelector('#country-details-heading');
    const body = this.querySelector<HTMLElement>('[data-details-body]');
    if (!heading || !body) return;
    heading.textContent = place.name;
    const list = document.createElement('dl');
    const row = (term: string, value: string | Node) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      // appendChild, not append: @cloudflare/workers-types (for functions/) also declares an Element.append.
      dd.appendChild(typeof value === 'string' ? document.createTextNode(value) : value);
      list.appendChild(dt);
      list.appendChild(dd);
    };
    const link = (href: string, text: string) => {
      const a = document.createElement('a');
      a.className = 'usa-link';
      a.href = href;
      a.textContent = text;
      return a;
    };
    if (place.kind === 'country') {
      row(ui.detailsRegion, place.region);
      row(ui.detailsBrochureName, place.brochureName);
      row(ui.detailsOnList, place.onList ? ui.yes : ui.no);
      row(ui.detailsOnMap, place.onMap ? ui.yes : ui.no);
      const ilea = place.ileaId ? this.ileas.get(place.ileaId) : undefined;
      if (ilea) row(ui.detailsIlea, link(`#${ilea.id}`, ilea.name));
    } else {
      row(ui.detailsCity, place.city);
      const host = place.countryId ? this.countries.get(place.countryId) : undefined;
      row(ui.detailsHostCountry, host ? link(`#${host.id}`, host.name) : place.countryName);
      row(ui.detailsNote, place.note);
    }
    body.replaceChildren(list);
    body.removeAttribute('hidden');
    this.querySelector('[data-details-close]')?.removeAttribute('hidden');
    this.querySelector('[data-details-empty]')?.setAttribute('hidden', '');
  }

  // ------------------------------------------------------ links and the hash

  /** In-page links to a country or academy (the list, search results, the panel) open its details. */
  private wireLinks(): void {
    document.addEventListener('click', (event) => {
      const a = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!(a instanceof HTMLAnchorElement)) return;
      const id = decodeURIComponent(a.hash.slice(1));
      if (!this.get(id) || !this.map) return;
      event.preventDefault();
      // From inside the panel, Escape returns to what opened the panel first.
      const opener = a.closest('#country-details') ? this.returnFocusTo : a;
      this.open(id, opener, true);
    });
    window.addEventListener('hashchange', () => this.openFromHash(false));
  }

  private openFromHash(onLoad: boolean): void {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || id === this.openId || !this.get(id)) return;
    const place = this.get(id);
    // A shared link: Escape then returns to the place on the map. A changed hash: to its list entry.
    const onMap = this.targets.get(id)?.elements.find((e) => e.getAttribute('tabindex') === '0') ?? null;
    const opener = !onLoad && place?.kind === 'country' ? place.listLink : (onMap as HTMLElement | SVGElement | null);
    this.open(id, opener, true);
  }

  // ------------------------------------------------------------- the search

  private wireSearch(): void {
    const form = this.querySelector<HTMLFormElement>('.country-map__search');
    const input = this.querySelector<HTMLInputElement>('#country-search');
    const results = this.querySelector<HTMLUListElement>('#country-search-results');
    const status = this.querySelector<HTMLElement>('#country-search-status');
    if (!form || !input || !results || !status) return;
    const index = [...this.countries.values()].sort(byName).map((c) => ({
      country: c,
      terms: [c.name, c.brochureName, ...c.aliases].map((term) => ({ term, key: normalize(term) })),
    }));

    const search = (query: string) => {
      const q = normalize(query);
      if (!q) return [];
      const found: { country: CountryInfo; via: string | undefined }[] = [];
      for (const { country, terms } of index) {
        const hit = terms.find(({ key }) => key.startsWith(q) || key.includes(` ${q}`));
        if (hit) found.push({ country, via: hit.term === country.name ? undefined : hit.term });
      }
      return found;
    };

    input.addEventListener('input', () => {
      const found = search(input.value);
      results.replaceChildren(
        ...found.slice(0, MAX_RESULTS).map(({ country, via }) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.className = 'usa-link';
          a.href = `#${country.id}`;
          a.textContent = via ? `${country.name} (${via})` : country.name;
          li.appendChild(a);
          return li;
        }),
      );
      status.textContent = input.value.trim()
        ? found.length === 0
          ? ui.searchNoMatch
          : ui.searchMatches(found.length)
        : '';
    });

    // Enter opens the first match.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const first = search(input.value)[0];
      if (first) this.open(first.country.id, input, true);
    });
  }

  // ------------------------------------------------------- the region filter

  private wireRegion(): void {
    const select = this.querySelector('#country-region');
    const status = this.querySelector<HTMLElement>('#country-region-status');
    if (!(select instanceof HTMLSelectElement) || !status) return;
    select.addEventListener('change', () => {
      const region = select.value;
      let bounds: L.LatLngBounds | undefined;
      let count = 0;
      for (const country of this.countries.values()) {
        const inRegion = !region || country.region === region;
        const target = this.targets.get(country.id);
        if (!target) continue;
        for (const element of target.elements) {
          // Outside the region: faded and out of the Tab order, a shorter path by keyboard.
          if (inRegion) element.removeAttribute('data-dimmed');
          else element.setAttribute('data-dimmed', '');
          if (element.getAttribute('role') === 'button') element.setAttribute('tabindex', inRegion ? '0' : '-1');
        }
        if (inRegion) {
          count += 1;
          bounds = bounds
            ? bounds.extend(target.bounds)
            : L.latLngBounds(target.bounds.getSouthWest(), target.bounds.getNorthEast());
        }
      }
      if (bounds) this.fitWorld(bounds);
      status.textContent = region ? ui.regionShown(region, count) : ui.regionAllShown;
    });
  }
}

customElements.define('country-map', CountryMap);
