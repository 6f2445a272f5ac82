/**
 * Keeps the map's marks apart at every zoom (issue 13 §5):
 * - small-state circles that would crowd each other, or sit under an academy's
 *   mark, move into a column beside their group (the eastern Caribbean at world
 *   scale), each with a thin line to where it belongs, so that a tap aimed at one
 *   reaches that one;
 * - a brochure-map label that would overlap an academy's mark or a label of
 *   higher priority is hidden until a zoom leaves it room.
 */
import * as L from 'leaflet';

/** Centres of two marks are at least this far apart, in CSS px (24 px targets, WCAG 2.5.8, and a gap). */
const MIN_GAP = 28;
/** A crowded group's column holds at most this many marks; more start another column. */
const MAX_ROWS = 6;

export interface SmallStateMark {
  circle: L.CircleMarker;
  home: L.LatLng;
  leader: L.Polyline;
}

export function declutter(
  map: L.Map,
  smallStates: readonly SmallStateMark[],
  academies: readonly L.Marker[],
  /** The brochure map's labels, most important first. */
  labels: readonly HTMLElement[],
): void {
  const place = () => {
    spread(map, smallStates, academies);
    hideOverlaps(labels, academies);
  };
  map.on('zoomend viewreset resize', place);
  map.on('moveend', () => hideOverlaps(labels, academies));
  // A label measured before its web font arrived grows when it does: measure again then.
  document.fonts.addEventListener('loadingdone', () => hideOverlaps(labels, academies));
  place();
}

function spread(map: L.Map, marks: readonly SmallStateMark[], academies: readonly L.Marker[]): void {
  const points = marks.map((m) => map.latLngToLayerPoint(m.home));
  const fixed = academies.map((a) => map.latLngToLayerPoint(a.getLatLng()));
  // Group marks closer than MIN_GAP to each other or to an academy (union–find over indexes).
  const parent = marks.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const crowded = new Set<number>();
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (points[i]!.distanceTo(points[j]!) < MIN_GAP) {
        parent[root(i)] = root(j);
        crowded.add(i).add(j);
      }
    }
    if (fixed.some((f) => f.distanceTo(points[i]!) < MIN_GAP)) crowded.add(i);
  }
  const groups = new Map<number, number[]>();
  for (const i of crowded) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);

  const placed = points.map((p) => p.clone());
  const height = map.getSize().y;
  for (const members of groups.values()) {
    // North to south, in columns of at most MAX_ROWS just east of the group's
    // easternmost mark, kept inside the map's frame.
    members.sort((a, b) => points[a]!.y - points[b]!.y);
    const rows = Math.min(members.length, MAX_ROWS);
    const east = Math.max(...members.map((i) => points[i]!.x)) + MIN_GAP;
    const middle = members.reduce((sum, i) => sum + points[i]!.y, 0) / members.length;
    const frameTop = map.containerPointToLayerPoint([0, 0]).y;
    const top = Math.min(
      Math.max(middle - ((rows - 1) * MIN_GAP) / 2, frameTop + MIN_GAP / 2),
      frameTop + height - MIN_GAP / 2 - (rows - 1) * MIN_GAP,
    );
    members.forEach((i, n) => (placed[i] = L.point(east + Math.floor(n / rows) * MIN_GAP, top + (n % rows) * MIN_GAP)));
  }
  marks.forEach((mark, i) => {
    const moved = !placed[i]!.equals(points[i]!);
    const at = moved ? map.layerPointToLatLng(placed[i]!) : mark.home;
    mark.circle.setLatLng(at);
    mark.leader.setLatLngs(moved ? [mark.home, at] : []);
  });
}

function hideOverlaps(labels: readonly HTMLElement[], academies: readonly L.Marker[]): void {
  const kept: DOMRect[] = academies.flatMap((a) => a.getElement()?.getBoundingClientRect() ?? []);
  for (const label of labels) {
    label.classList.remove('map-brochure-label--hidden');
    const box = label.getBoundingClientRect();
    // A label hidden by the zoom rule (display: none) has no box and takes no room.
    if (box.width === 0) continue;
    if (kept.some((k) => overlaps(k, box))) label.classList.add('map-brochure-label--hidden');
    else kept.push(box);
  }
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
