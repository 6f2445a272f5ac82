/**
 * The brochure map's eleven names, each pinned to a side of its place; ./map-declutter.ts
 * moves and hides them for the current view.
 */
import * as L from 'leaflet';
import type { MapCountry } from '../shared/map-data';
import type { LabelSide, PlaceLabel } from './map-declutter';

/**
 * Which side of its place each brochure-map label sits, so that neighbours' labels
 * do not overlap; in order of priority when they still would (the later one hides).
 */
const LABEL_SIDE: Readonly<Record<string, LabelSide>> = {
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

/** Bosnia's label would sit on the ILEA Budapest marker just north of it. */
const LABEL_OFFSET: Readonly<Record<string, L.PointTuple>> = { 'bosnia-and-herzegovina': [0, 10] };

/** The brochure map's names, most important first, in the tooltip pane (Leaflet's tooltip look). */
export function labelElements(
  map: L.Map,
  countries: ReadonlyMap<string, MapCountry>,
  labelAt: ReadonlyMap<string, L.LatLng>,
): PlaceLabel[] {
  const pane = map.getPane('tooltipPane');
  if (!pane) return [];
  const labels: PlaceLabel[] = [];
  for (const [id, side] of Object.entries(LABEL_SIDE)) {
    const country = countries.get(id);
    const at = labelAt.get(id);
    if (!country || !at) continue;
    const element = document.createElement('div');
    element.className = `leaflet-tooltip map-brochure-label leaflet-tooltip-${side}`;
    element.textContent = country.brochureName;
    element.setAttribute('data-label', id);
    // As Leaflet draws its tooltips.
    element.style.opacity = '0.9';
    labels.push({ id, element, side, offset: L.point(LABEL_OFFSET[id] ?? [0, 0]), at });
  }
  pane.append(...labels.map((l) => l.element));
  return labels;
}
