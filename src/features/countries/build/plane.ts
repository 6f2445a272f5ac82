/**
 * Geometry on the plane of longitude and latitude, for the map's build step
 * (./map-geometry.ts): simplifying a ring, its area, a point to label a shape at, and
 * whether a point lies inside a polygon. Pure functions, so a unit test can check them.
 */
import type { Position } from 'geojson';

/** Douglas–Peucker on a closed ring; keeps the ring closed. */
export function simplify(ring: readonly Position[], tolerance: number): Position[] {
  if (ring.length <= 4) return [...ring];
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  // A closed ring's first and last points coincide, so split at the farthest point too.
  let far = 0;
  let farDistance = -1;
  for (let i = 1; i < ring.length - 1; i++) {
    const d = (ring[i]![0]! - ring[0]![0]!) ** 2 + (ring[i]![1]! - ring[0]![1]!) ** 2;
    if (d > farDistance) {
      farDistance = d;
      far = i;
    }
  }
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, ring.length - 1],
  ];
  const tolerance2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let index = -1;
    let max = tolerance2;
    for (let i = start + 1; i < end; i++) {
      const d = segmentDistance2(ring[i]!, ring[start]!, ring[end]!);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index !== -1) {
      keep[index] = 1;
      stack.push([start, index], [index, end]);
    }
  }
  return ring.filter((_, i) => keep[i] === 1);
}

function segmentDistance2(p: Position, a: Position, b: Position): number {
  const [px, py] = [p[0]!, p[1]!];
  const [ax, ay] = [a[0]!, a[1]!];
  const dx = b[0]! - ax;
  const dy = b[1]! - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Signed planar area of a ring in square degrees (shoelace formula). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  }
  return sum / 2;
}

/** A point inside the country for its marker: the centroid of its largest ring. */
export function labelPoint(polygons: readonly Position[][][]): Position {
  let best: Position[] = [];
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    const area = Math.abs(ringArea(outer));
    if (area > bestArea) {
      bestArea = area;
      best = outer;
    }
  }
  const signed = ringArea(best);
  if (signed === 0) return best[0] ?? [0, 0];
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < best.length - 1; i++) {
    const cross = best[i]![0]! * best[i + 1]![1]! - best[i + 1]![0]! * best[i]![1]!;
    cx += (best[i]![0]! + best[i + 1]![0]!) * cross;
    cy += (best[i]![1]! + best[i + 1]![1]!) * cross;
  }
  return [cx / (6 * signed), cy / (6 * signed)];
}

/**
 * Whether a polygon (its outer ring, then holes; [lon, lat] points) holds a point, by
 * the even–odd rule, as an SVG renderer fills it: inside the outer ring and in no hole.
 */
export function polygonContains(polygon: readonly (readonly Position[])[], lon: number, lat: number): boolean {
  const [outer, ...holes] = polygon;
  return outer !== undefined && ringContains(outer, lon, lat) && !holes.some((hole) => ringContains(hole, lon, lat));
}

function ringContains(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = [ring[i]![0]!, ring[i]![1]!];
    const [xj, yj] = [ring[j]![0]!, ring[j]![1]!];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
