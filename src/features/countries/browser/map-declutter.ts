/**
 * Places the map's marks and names for the view on the screen, every time the view
 * changes (a zoom, a pan, a search that moves the map, a resize), whatever view came
 * before:
 * - small-state circles that would crowd each other, or sit under an academy's mark,
 *   move into a column beside their group (the eastern Caribbean at world scale), each
 *   with a thin line to where it belongs, so that a tap aimed at one reaches that one.
 *   Only circles whose place is on the screen take part: one whose place is off the
 *   screen stays there, and draws no line;
 * - each brochure-map name sits on its side of its place (its circle, where it has
 *   one), and is shown only when its place is on the screen, the whole name lies inside
 *   the map, and it covers neither an academy's mark nor a more important name.
 *
 * The names are measured once (and again when a web font arrives), so placing them is
 * arithmetic: no layout is read while the map moves.
 */
import * as L from 'leaflet';

/** Centres of two marks are at least this far apart, in CSS px (24 px targets, WCAG 2.5.8, and a gap). */
const MIN_GAP = 28;
/** A crowded group's column holds at most this many marks; more start another column. */
const MAX_ROWS = 6;
/** Leaflet's tooltip margins (leaflet.css), by side: the gap for the little arrow. */
const SIDE_MARGIN: Readonly<Record<LabelSide, [number, number]>> = {
  right: [6, 0],
  left: [-6, 0],
  top: [0, -6],
  bottom: [0, 6],
};

export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

export interface SmallStateMark {
  id: string;
  circle: L.CircleMarker;
  home: L.LatLng;
  leader: L.Polyline;
}

/** A brochure-map name: its element, the side of its place it sits on, and where its place is. */
export interface PlaceLabel {
  id: string;
  element: HTMLElement;
  side: LabelSide;
  offset: L.Point;
  /** Where the name is pinned, for a place with no circle: its shape's centre. */
  at: L.LatLng;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Measures the names and keeps the marks and names placed as the view changes; returns
 * what places them for the view of now, for the caller to run in a task of its own
 * (measuring lays the page out, placing redraws every circle: together, a long task on
 * a phone).
 */
export function declutter(
  map: L.Map,
  smallStates: readonly SmallStateMark[],
  academies: readonly L.Marker[],
  /** Most important first. */
  labels: readonly PlaceLabel[],
): () => void {
  let sizes = measure(labels, academies);
  const place = () => {
    const circles = spread(map, smallStates, academies);
    placeLabels(map, labels, circles, smallStates, academies, sizes);
  };
  map.on('zoomend viewreset moveend resize', place);
  // A name measured before its web font arrived grows when it does: measure again then.
  document.fonts.addEventListener('loadingdone', () => {
    sizes = measure(labels, academies);
    place();
  });
  return place;
}

/** Every name's and academy mark's size, read together: one layout. */
function measure(labels: readonly PlaceLabel[], academies: readonly L.Marker[]): Map<Element, L.Point> {
  const sizes = new Map<Element, L.Point>();
  for (const { element } of labels) sizes.set(element, L.point(element.offsetWidth, element.offsetHeight));
  for (const academy of academies) {
    const element = academy.getElement();
    if (element) sizes.set(element, L.point(element.offsetWidth, element.offsetHeight));
  }
  return sizes;
}

/** The map's visible frame, in layer points (those the marks are placed in). */
function frameOf(map: L.Map): Box {
  const topLeft = map.containerPointToLayerPoint([0, 0]);
  const size = map.getSize();
  return { left: topLeft.x, top: topLeft.y, right: topLeft.x + size.x, bottom: topLeft.y + size.y };
}

function contains(frame: Box, point: L.Point): boolean {
  return point.x >= frame.left && point.x <= frame.right && point.y >= frame.top && point.y <= frame.bottom;
}

/** Moves crowded circles into columns; returns where each circle now is, by place id, in layer points. */
function spread(map: L.Map, marks: readonly SmallStateMark[], academies: readonly L.Marker[]): Map<string, L.Point> {
  const frame = frameOf(map);
  const points = marks.map((m) => map.latLngToLayerPoint(m.home));
  // A circle whose place is off the screen stays at its place: never pulled into view.
  const onScreen = points.map((p) => contains(frame, p));
  const fixed = academies.map((a) => map.latLngToLayerPoint(a.getLatLng()));
  // Group marks closer than MIN_GAP to each other or to an academy (union–find over indexes).
  const parent = marks.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const crowded = new Set<number>();
  for (let i = 0; i < points.length; i++) {
    if (!onScreen[i]) continue;
    for (let j = i + 1; j < points.length; j++) {
      if (onScreen[j] && points[i]!.distanceTo(points[j]!) < MIN_GAP) {
        parent[root(i)] = root(j);
        crowded.add(i).add(j);
      }
    }
    if (fixed.some((f) => f.distanceTo(points[i]!) < MIN_GAP)) crowded.add(i);
  }
  const groups = new Map<number, number[]>();
  for (const i of crowded) groups.set(root(i), [...(groups.get(root(i)) ?? []), i]);

  const placed = points.map((p) => p.clone());
  for (const members of groups.values()) {
    // North to south, in columns of at most MAX_ROWS just east of the group's
    // easternmost mark (west of its westernmost when the east has no room), inside the frame.
    members.sort((a, b) => points[a]!.y - points[b]!.y);
    const rows = Math.min(members.length, MAX_ROWS);
    const columns = Math.ceil(members.length / rows);
    const east = Math.max(...members.map((i) => points[i]!.x)) + MIN_GAP;
    const westward = east + (columns - 1) * MIN_GAP + MIN_GAP / 2 > frame.right;
    const west = Math.min(...members.map((i) => points[i]!.x)) - MIN_GAP;
    const middle = members.reduce((sum, i) => sum + points[i]!.y, 0) / members.length;
    const top = Math.min(
      Math.max(middle - ((rows - 1) * MIN_GAP) / 2, frame.top + MIN_GAP / 2),
      frame.bottom - MIN_GAP / 2 - (rows - 1) * MIN_GAP,
    );
    members.forEach((i, n) => {
      const column = Math.floor(n / rows) * MIN_GAP;
      placed[i] = L.point(westward ? west - column : east + column, top + (n % rows) * MIN_GAP);
    });
  }
  const at = new Map<string, L.Point>();
  marks.forEach((mark, i) => {
    const moved = !placed[i]!.equals(points[i]!);
    mark.circle.setLatLng(moved ? map.layerPointToLatLng(placed[i]!) : mark.home);
    mark.leader.setLatLngs(moved ? [mark.home, mark.circle.getLatLng()] : []);
    at.set(mark.id, placed[i]!);
  });
  return at;
}

/**
 * Pins each name beside its place, as Leaflet pins a tooltip (its side's edge at the
 * place, plus the offset), and shows it only where it is allowed (see the top of this file).
 */
function placeLabels(
  map: L.Map,
  labels: readonly PlaceLabel[],
  circles: ReadonlyMap<string, L.Point>,
  marks: readonly SmallStateMark[],
  academies: readonly L.Marker[],
  sizes: ReadonlyMap<Element, L.Point>,
): void {
  const frame = frameOf(map);
  const homes = new Map(marks.map((m) => [m.id, map.latLngToLayerPoint(m.home)]));
  const kept: Box[] = academies.flatMap((academy) => {
    const element = academy.getElement();
    const size = element && sizes.get(element);
    if (!size) return [];
    // Leaflet centres a div icon on its point, by half its size rounded.
    const point = map.latLngToLayerPoint(academy.getLatLng());
    const left = point.x - Math.round(size.x / 2);
    const top = point.y - Math.round(size.y / 2);
    return [{ left, top, right: left + size.x, bottom: top + size.y }];
  });
  for (const label of labels) {
    const size = sizes.get(label.element) ?? L.point(0, 0);
    const anchor = circles.get(label.id) ?? map.latLngToLayerPoint(label.at);
    const home = homes.get(label.id) ?? anchor;
    const sub = {
      top: [size.x / 2, size.y],
      bottom: [size.x / 2, 0],
      right: [0, size.y / 2],
      left: [size.x, size.y / 2],
    }[label.side];
    const position = anchor.subtract(L.point(sub[0]!, sub[1]!, true)).add(label.offset);
    L.DomUtil.setPosition(label.element, position);
    const [dx, dy] = SIDE_MARGIN[label.side];
    const box = {
      left: position.x + dx,
      top: position.y + dy,
      right: position.x + dx + size.x,
      bottom: position.y + dy + size.y,
    };
    const inside =
      box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
    const shown = contains(frame, home) && inside && !kept.some((k) => overlaps(k, box));
    label.element.classList.toggle('map-brochure-label--hidden', !shown);
    if (shown) kept.push(box);
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
