/**
 * Draws the map with Leaflet and no tile layer (docs/adr/0002): the grey world,
 * the assisted countries, a circle for each small state and a mark for each
 * academy. Each place gets one control (its shape, its circle or its academy
 * mark) with role="button" and its name; what a control does is the element's
 * business (./country-map.ts). Colours come from country-map.css, never from here.
 */
import * as L from 'leaflet';
import type { MapCountry, MapData } from './map-data';
import { declutter, type SmallStateMark } from './map-declutter';
import { decodeRing, type EncodedPolygon } from './map-encoding';

/** The brochure map's eleven names show from this zoom (a desktop map starts there; a phone's does not). */
const LABEL_MIN_ZOOM = 1.5;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Which side of its place each brochure-map label sits, so that neighbours' labels
 * do not overlap; in order of priority when they still would (the later one hides).
 */
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

/** A place on the map: its control, every element that draws it, and the bounds that show it. */
export interface MapTarget {
  control: HTMLElement | SVGElement;
  elements: (HTMLElement | SVGElement)[];
  bounds: L.LatLngBounds;
}

export interface MapLayers {
  map: L.Map;
  /** By place id. */
  targets: Map<string, MapTarget>;
}

/** Leaflet's nested [lat, lng] arrays from the encoded polygons of map.json. */
function toLatLngs(polygons: readonly EncodedPolygon[], scale: number): L.LatLngTuple[][][] {
  return polygons.map((polygon) => polygon.map((ring) => decodeRing(ring, scale).map(([lon, lat]) => [lat, lon])));
}

/** Draws every layer into `canvas`; `onClick` is called with the place id of a clicked or tapped control. */
export function drawLayers(
  canvas: HTMLElement,
  data: MapData,
  reducedMotion: boolean,
  onClick: (id: string, control: HTMLElement | SVGElement) => void,
): MapLayers {
  const { geometry } = data;
  const countries = new Map(data.countries.map((c) => [c.id, c]));
  const map = L.map(canvas, {
    attributionControl: false,
    // The places take the keys instead (./map-keys.ts): the container is no second tab stop.
    keyboard: false,
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
  // Leaflet's own tooltips repeat names the buttons already carry.
  map.getPane('tooltipPane')?.setAttribute('aria-hidden', 'true');
  const targets = new Map<string, MapTarget>();

  const style = { weight: 0.6, fillOpacity: 1 };
  const shapes = geometry.assisted.map(({ id, polygons }) => ({
    id,
    polygon: L.polygon(toLatLngs(polygons, geometry.assistedScale), { ...style, className: 'map-country' }),
  }));
  // Leaflet draws a layer only once the map has a view: set it first.
  map.fitBounds(L.featureGroup(shapes.map((s) => s.polygon)).getBounds(), { padding: [8, 8], animate: false });
  L.polygon(toLatLngs(geometry.others, geometry.otherScale), {
    ...style,
    weight: 0.5,
    className: 'map-other',
    interactive: false,
  }).addTo(map);
  addHatchPattern(map);
  const showLabels = () => canvas.setAttribute('data-labels', map.getZoom() >= LABEL_MIN_ZOOM ? 'on' : 'off');
  map.on('zoomend', showLabels);
  showLabels();

  const markerIds = new Set(geometry.markers.map((m) => m.id));
  /** The layers that carry a brochure-map label, by place id. */
  const labelled = new Map<string, L.Layer>();
  for (const { id, polygon } of shapes) {
    const country = countries.get(id);
    if (!country) continue;
    polygon.addTo(map);
    const path = polygon.getElement() as SVGElement | undefined;
    if (!path) continue;
    if (country.labelledOnBrochureMap) path.classList.add('map-country--labelled');
    polygon.on('click', () => onClick(id, targets.get(id)?.control ?? path));
    targets.set(id, { control: path, elements: [path], bounds: polygon.getBounds() });
    // A small state's marker is its control; its shape still answers a click.
    if (markerIds.has(id)) continue;
    makeControl(path, country.name, id);
    bindLabel(polygon, path, country);
    if (country.labelledOnBrochureMap) labelled.set(id, polygon);
  }

  // Small states: a circle on top of every shape, so it can be seen and tapped. Its
  // transparent stroke (country-map.css) makes the target 24 px across.
  const smallStates: SmallStateMark[] = [];
  for (const marker of geometry.markers) {
    const country = countries.get(marker.id);
    if (!country) continue;
    const home = L.latLng(marker.lat, marker.lon);
    const leader = L.polyline([], { className: 'map-leader', interactive: false, weight: 1 }).addTo(map);
    const circle = L.circleMarker(home, { radius: 6, weight: 12, className: 'map-small-state', fillOpacity: 1 });
    circle.addTo(map);
    const element = circle.getElement() as SVGElement | undefined;
    if (!element) continue;
    smallStates.push({ circle, home, leader });
    if (country.labelledOnBrochureMap) element.classList.add('map-country--labelled');
    makeControl(element, country.name, country.id);
    bindLabel(circle, element, country);
    if (country.labelledOnBrochureMap) labelled.set(country.id, circle);
    circle.on('click', () => onClick(country.id, element));
    const shape = targets.get(country.id);
    targets.set(country.id, {
      control: element,
      elements: [element, ...(shape?.elements ?? [])],
      bounds: shape?.bounds ?? L.latLngBounds(home, home),
    });
  }

  const academies: L.Marker[] = [];
  for (const ilea of data.ileas) {
    const marker = L.marker([ilea.lat, ilea.lon], {
      icon: L.divIcon({ className: 'map-ilea', html: '<span aria-hidden="true">ILEA</span>', iconSize: [32, 24] }),
      keyboard: false,
      riseOnHover: true,
    }).addTo(map);
    const element = marker.getElement();
    if (!element) continue;
    academies.push(marker);
    // The visible text "ILEA" must be part of the name (WCAG 2.5.3).
    makeControl(element, ilea.name.startsWith('ILEA') ? ilea.name : `ILEA: ${ilea.name}`, ilea.id);
    marker.bindTooltip(ilea.name, { direction: 'top', offset: [0, -10] });
    marker.on('click', () => onClick(ilea.id, element));
    const point = L.latLngBounds([ilea.lat, ilea.lon], [ilea.lat, ilea.lon]);
    targets.set(ilea.id, { control: element, elements: [element], bounds: point });
  }
  const labels = Object.keys(LABEL_SIDE).flatMap((id) => {
    const label = labelled.get(id)?.getTooltip()?.getElement();
    return label ? [label] : [];
  });
  declutter(map, smallStates, academies, labels);
  return { map, targets };
}

/** Makes a drawn element a named button for its place (Leaflet's vector shapes are not focusable: issue 7822). */
function makeControl(element: HTMLElement | SVGElement, name: string, id: string): void {
  // One tab stop for the whole map: ./map-keys.ts gives tabindex 0 to one place.
  element.setAttribute('tabindex', '-1');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  element.setAttribute('aria-controls', 'country-details');
  element.setAttribute('aria-expanded', 'false');
  element.setAttribute('data-place', id);
}

/** The brochure map's eleven places keep their name on the map; the rest show it on hover or focus. */
function bindLabel(layer: L.Path, element: Element, country: MapCountry): void {
  if (country.labelledOnBrochureMap) {
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

/** The stripes of the brochure map's places (CSS fill: url(#map-hatch)), so they differ by more than colour. */
function addHatchPattern(map: L.Map): void {
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
  // Their fills are set in country-map.css from the design tokens.
  pattern.appendChild(make('rect', { width: '6', height: '6', class: 'map-hatch__ground' }));
  pattern.appendChild(make('rect', { width: '2', height: '6', class: 'map-hatch__stripe' }));
  const defs = make('defs', {});
  defs.appendChild(pattern);
  svg.insertBefore(defs, svg.firstChild);
}
