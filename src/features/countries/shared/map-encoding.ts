/**
 * The compact form of the map's geometry in /countries/map.json, shared by the
 * build (encode) and the browser (decode). Coordinates are whole numbers of
 * 1/scale degree, and each point is stored as its difference from the previous
 * point of its ring: small repeating numbers. Each ring's numbers are then written
 * as one string in the polyline encoding (Google's, as Leaflet plugins and OSRM use
 * it): five bits a printable character, small numbers in one or two characters.
 * Gzipped, that is 13 % smaller than the same numbers as a JSON array, and about
 * half the size of GeoJSON (see docs/adr/0002).
 */

/** [longitude, latitude] in degrees, as in GeoJSON. */
export type LonLat = [number, number];

/** A ring's deltas dx0, dy0, dx1, dy1, … (the first pair is absolute), polyline-encoded. */
export type EncodedRing = string;
/** A polygon: its outer ring, then any holes. */
export type EncodedPolygon = EncodedRing[];

/** Where the polyline alphabet starts ('?'): every character is printable and needs no JSON escape but '\'. */
const OFFSET = 63;
/** A character holds five bits of a number; this bit says another character follows. */
const MORE = 0x20;

/** A ring's points in whole 1/scale degrees, as deltas; consecutive points that round together count once. */
export function ringDeltas(ring: readonly (readonly number[])[], scale: number): number[] {
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

/** Whole numbers as one polyline string: zigzag (the sign in the lowest bit), then five bits a character. */
export function packDeltas(deltas: readonly number[]): EncodedRing {
  let out = '';
  for (const delta of deltas) {
    if (!Number.isInteger(delta)) throw new Error(`map-encoding: ${delta} is not a whole number`);
    let rest = delta < 0 ? ~(delta << 1) : delta << 1;
    while (rest >= MORE) {
      out += String.fromCharCode((MORE | (rest & 0x1f)) + OFFSET);
      rest >>= 5;
    }
    out += String.fromCharCode(rest + OFFSET);
  }
  return out;
}

export function encodeRing(ring: readonly (readonly number[])[], scale: number): EncodedRing {
  return packDeltas(ringDeltas(ring, scale));
}

export function decodeRing(ring: EncodedRing, scale: number): LonLat[] {
  const out: LonLat[] = [];
  let i = 0;
  // One number; each character read moves i on, so the loops end with the string.
  const next = (): number => {
    let value = 0;
    let shift = 0;
    let bits: number;
    do {
      bits = ring.charCodeAt(i++) - OFFSET;
      value |= (bits & 0x1f) << shift;
      shift += 5;
    } while (bits >= MORE);
    return value & 1 ? ~(value >> 1) : value >> 1;
  };
  let x = 0;
  let y = 0;
  while (i < ring.length) {
    x += next();
    y += next();
    out.push([x / scale, y / scale]);
  }
  return out;
}
