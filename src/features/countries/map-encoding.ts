/**
 * The compact form of the map's geometry in /countries/map.json, shared by the
 * build (encode) and the browser (decode). Coordinates are whole numbers of
 * 1/scale degree, and each point is stored as its difference from the previous
 * point of its ring: small repeating numbers, which gzip packs about twice as
 * tightly as GeoJSON (see docs/adr/0002).
 */

/** [longitude, latitude] in degrees, as in GeoJSON. */
export type LonLat = [number, number];

/** A ring as a flat list of deltas: dx0, dy0, dx1, dy1, … (the first pair is absolute). */
export type EncodedRing = number[];
/** A polygon: its outer ring, then any holes. */
export type EncodedPolygon = EncodedRing[];

export function encodeRing(ring: readonly (readonly number[])[], scale: number): EncodedRing {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const point of ring) {
    const x = Math.round(point[0]! * scale);
    const y = Math.round(point[1]! * scale);
    // Consecutive points that round to the same place carry nothing.
    if (out.length > 0 && x === px && y === py) continue;
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}

export function decodeRing(ring: EncodedRing, scale: number): LonLat[] {
  const out: LonLat[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    x += ring[i]!;
    y += ring[i + 1]!;
    out.push([x / scale, y / scale]);
  }
  return out;
}
