/**
 * Draws the map with Leaflet and no tile layer (docs/adr/0002): the grey world,
 * the assisted countries, a circle for each small state and a mark for each
 * academy. Each place gets one control (its shape, its circle or its academy
 * mark) with role="button" and its name; what a control does is the element's
 * business (./country-map.ts). Colours come from country-map.css, never from here.
 */
import * as L from 'leaflet';
import type { MapCountry, MapData } from '../shared/map-data';
import { declutter, type SmallStateMark } from './map-declutter';
import { labelElements } from './map-labels';
import { inSlices, yieldToMain } from './map-slices';
import { decodeRing, type EncodedPolygon } from '../shared/map-encoding';

/** The brochure map's eleven names show from this zoom (a desktop map starts there; a phone's does not). */
const LABEL_MIN_ZOOM = 1.5;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Whether any pointer of the device can hover (a mouse, a trackpad): hover names are for it. */
const CAN_HOVER = window.matchMedia('(any-hover: hover)').matches;

/** A place on the map: its control, every element that draws it, and the bounds that show it. */
export interface MapTarget {
  control: HTMLElement | SVGElement;
  elements: (HTMLElement | SVGElement)[];
  bounds: L.LatLngBounds;
}

export interface MapLayers {
  map: L.Map;
  /** By place id; filled as the places are drawn. */
  targets: Map<string, MapTarget>;
  /** Resolves once every place is drawn and is a control. */
  drawn: Promise<void>;
}

/** About as many points of the grey world as Leaflet projects and draws within a slice on a phone. */
const OTHER_BATCH_POINTS = 300;

/** Leaflet's pointer handlers the map uses (all but keyboard), each enabled in a slice of its own. */
const HANDLERS = ['dragging', 'touchZoom', 'doubleClickZoom', 'scrollWheelZoom', 'boxZoom'] as const;

/** Leaflet's nested [lat, lng] arrays from the encoded polygons of map.json. */
function toLatLngs(polygons: readonly EncodedPolygon[], scale: number): L.LatLngTuple[][][] {
  return polygons.map((polygon) => polygon.map((ring) => decodeRing(ring, scale).map(([lon, lat]) => [lat, lon])));
}

/**
 * Creates the map in `canvas` and starts drawing its layers, a slice at a time;
 * `onClick` is called with the place id of a clicked or tapped control.
 */
export function drawLayers(
  canvas: HTMLElement,
  data: MapData,
  reducedMotion: boolean,
  onClick: (id: string, control: HTMLElement | SVGElement) => void,
): MapLayers {
  const map = L.map(canvas, {
    attributionControl: false,
    // The places take the keys instead (./map-keys.ts): the container is no second tab stop.
    keyboard: false,
    // Created bare: the zoom buttons and the pointer handlers are added a slice at a time
    // once the map has a view (addControls), so that creating the map is no long task.
    zoomControl: false,
    ...Object.fromEntries(HANDLERS.map((name) => [name, false])),
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
  return { map, targets, drawn: drawPlaces(map, canvas, data, targets, onClick) };
}

async function drawPlaces(
  map: L.Map,
  canvas: HTMLElement,
  data: MapData,
  targets: Map<string, MapTarget>,
  onClick: (id: string, control: HTMLElement | SVGElement) => void,
): Promise<void> {
  const { geometry } = data;
  const countries = new Map(data.countries.map((c) => [c.id, c]));
  const style = { weight: 0.6, fillOpacity: 1 };

  // Creating the map was a task of its own: drawing starts in the next.
  await yieldToMain();
  const shapes: { id: string; latLngs: L.LatLngTuple[][][] }[] = [];
  const bounds = L.latLngBounds([]);
  await inSlices(geometry.assisted, ({ id, polygons }) => {
    const latLngs = toLatLngs(polygons, geometry.assistedScale);
    for (const polygon of latLngs) for (const point of polygon[0] ?? []) bounds.extend(point);
    shapes.push({ id, latLngs });
  });
  // Leaflet draws a layer only once the map has a view: set it first.
  map.fitBounds(bounds, { padding: [8, 8], animate: false });
  await yieldToMain();
  await addControls(map);
  // The grey world: decoded a slice at a time into batches of about OTHER_BATCH_POINTS
  // points, each one path drawn in a slice of its own (one path for all of it was a task
  // of 300 ms at a phone's speed).
  const otherBatches: L.LatLngTuple[][][][] = [];
  let batch: L.LatLngTuple[][][] = [];
  let batchPoints = 0;
  await inSlices(geometry.others, (encoded) => {
    const [polygon] = toLatLngs([encoded], geometry.otherScale);
    if (!polygon) return;
    batch.push(polygon);
    batchPoints += polygon.reduce((sum, ring) => sum + ring.length, 0);
    if (batchPoints < OTHER_BATCH_POINTS) return;
    otherBatches.push(batch);
    batch = [];
    batchPoints = 0;
  });
  if (batch.length > 0) otherBatches.push(batch);
  const otherShape = (polygons: L.LatLngTuple[][][]) =>
    L.polygon(polygons, { ...style, weight: 0.5, className: 'map-other', interactive: false });
  // The first shape added would create Leaflet's SVG renderer within its own slice's
  // time: the renderer gets a slice of its own.
  map.getRenderer(otherShape([]));
  await yieldToMain();
  await inSlices(otherBatches, (polygons) => otherShape(polygons).addTo(map));
  addHatchPattern(map);
  const showLabels = () => canvas.setAttribute('data-labels', map.getZoom() >= LABEL_MIN_ZOOM ? 'on' : 'off');
  map.on('zoomend', showLabels);
  showLabels();
  await yieldToMain();

  const markerIds = new Set(geometry.markers.map((m) => m.id));
  /** Where each brochure-map name is pinned, for the places with no circle: their shape's centre. */
  const labelAt = new Map<string, L.LatLng>();
  /** Controls are named once everything is drawn, so the map's buttons appear together. */
  const controls: [HTMLElement | SVGElement, string, string][] = [];
  await inSlices(shapes, ({ id, latLngs }) => {
    const country = countries.get(id);
    if (!country) return;
    const polygon = L.polygon(latLngs, { ...style, className: 'map-country' }).addTo(map);
    const path = polygon.getElement() as SVGElement | undefined;
    if (!path) return;
    if (country.labelledOnBrochureMap) path.classList.add('map-country--labelled');
    polygon.on('click', () => onClick(id, targets.get(id)?.control ?? path));
    targets.set(id, { control: path, elements: [path], bounds: polygon.getBounds() });
    // A small state's marker is its control; its shape still answers a click.
    if (markerIds.has(id)) return;
    controls.push([path, country.name, id]);
    bindName(polygon, path, country);
    if (country.labelledOnBrochureMap) labelAt.set(id, polygon.getCenter());
  });

  // Small states: a circle on top of every shape, so it can be seen and tapped. Its
  // transparent stroke (country-map.css) makes the target 24 px across.
  const smallStates: SmallStateMark[] = [];
  await inSlices(geometry.markers, (marker) => {
    const country = countries.get(marker.id);
    if (!country) return;
    const home = L.latLng(marker.lat, marker.lon);
    const leader = L.polyline([], { className: 'map-leader', interactive: false, weight: 1 }).addTo(map);
    const circle = L.circleMarker(home, { radius: 6, weight: 12, className: 'map-small-state', fillOpacity: 1 });
    circle.addTo(map);
    const element = circle.getElement() as SVGElement | undefined;
    if (!element) return;
    // Which place a line leads from, for whoever checks where it ends.
    leader.getElement()?.setAttribute('data-leader', country.id);
    smallStates.push({ id: country.id, circle, home, leader });
    if (country.labelledOnBrochureMap) element.classList.add('map-country--labelled');
    controls.push([element, country.name, country.id]);
    bindName(circle, element, country);
    if (country.labelledOnBrochureMap) labelAt.set(country.id, home);
    circle.on('click', () => onClick(country.id, element));
    const shape = targets.get(country.id);
    // The shape says which place it draws, so a line's far end can be checked against it.
    shape?.control.setAttribute('data-shape', country.id);
    targets.set(country.id, {
      control: element,
      elements: [element, ...(shape?.elements ?? [])],
      bounds: shape?.bounds ?? L.latLngBounds(home, home),
    });
  });

  const academies: L.Marker[] = [];
  await inSlices(data.ileas, (ilea) => {
    const marker = L.marker([ilea.lat, ilea.lon], {
      icon: L.divIcon({ className: 'map-ilea', html: '<span aria-hidden="true">ILEA</span>', iconSize: [32, 24] }),
      keyboard: false,
      riseOnHover: true,
    }).addTo(map);
    const element = marker.getElement();
    if (!element) return;
    academies.push(marker);
    // The visible text "ILEA" must be part of the name (WCAG 2.5.3).
    controls.push([element, ilea.name.startsWith('ILEA') ? ilea.name : `ILEA: ${ilea.name}`, ilea.id]);
    marker.bindTooltip(ilea.name, { direction: 'top', offset: [0, -10] });
    marker.on('click', () => onClick(ilea.id, element));
    const point = L.latLngBounds([ilea.lat, ilea.lon], [ilea.lat, ilea.lon]);
    targets.set(ilea.id, { control: element, elements: [element], bounds: point });
  });

  const labels = labelElements(map, countries, labelAt);
  await yieldToMain();
  // Measuring the names lays the page out; placing them moves every circle: a task each.
  const place = declutter(map, smallStates, academies, labels);
  await yieldToMain();
  place();
  await yieldToMain();
  await inSlices(controls, ([element, name, id]) => makeControl(element, name, id));
}

/**
 * The zoom buttons and the pointer handlers the bare map was created without
 * (drawLayers), a slice each. The zoom buttons stay to see and to click, but are no tab
 * stops: the map is one (./map-keys.ts), and its plus and minus keys zoom from any place.
 */
async function addControls(map: L.Map): Promise<void> {
  map.zoomControl = L.control.zoom().addTo(map);
  for (const button of map.zoomControl.getContainer()?.querySelectorAll('a') ?? []) {
    button.setAttribute('tabindex', '-1');
  }
  await yieldToMain();
  await inSlices(HANDLERS, (name) => {
    map.options[name] = true;
    map[name].enable();
  });
}

/**
 * Makes a drawn element a named button for its place: Leaflet's vector shapes are not
 * focusable nor named (https://github.com/Leaflet/Leaflet/issues/7822).
 */
function makeControl(element: HTMLElement | SVGElement, name: string, id: string): void {
  // One tab stop for the whole map: ./map-keys.ts gives tabindex 0 to one place.
  element.setAttribute('tabindex', '-1');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', name);
  element.setAttribute('aria-controls', 'country-details');
  element.setAttribute('aria-expanded', 'false');
  element.setAttribute('data-place', id);
}

/**
 * The name of a place that has no brochure-map label shows on hover (the eleven labelled
 * places show theirs always: ./map-declutter.ts places them). Only where a pointer can
 * hover: on a touch screen a tap would open the tooltip too, measuring it before the
 * tap's details are painted, to repeat the name the details panel shows.
 */
function bindName(layer: L.Path, element: Element, country: MapCountry): void {
  if (country.labelledOnBrochureMap || !CAN_HOVER) return;
  layer.bindTooltip(country.name, { sticky: true });
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
