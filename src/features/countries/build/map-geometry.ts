/**
 * Build-time preparation of the country map's geometry (see docs/adr/0002).
 *
 * Natural Earth shapes from the `world-atlas` TopoJSON become one small GeoJSON
 * document: the finer 1:50m shapes for assisted countries (so small islands and
 * Gaza exist), the coarser 1:110m shapes for every other country, coordinates
 * simplified and rounded, and a marker point for each assisted country too small
 * to see or click at world zoom. First, the areas that Natural Earth's default
 * (de facto) shapes draw otherwise than the U.S. Government recognizes them are
 * moved, as content/boundaries.json says (docs/adr/0011). Pure functions, so a unit
 * test can check them.
 */
import { feature, merge } from 'topojson-client';
import type {
  Topology,
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
} from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { encodeRing, packDeltas, ringDeltas, type EncodedPolygon } from '../shared/map-encoding';
import { labelPoint, polygonContains, ringArea, round, simplify } from './plane';

/** The fields of a country that the geometry needs. */
export interface GeometryCountry {
  id: string;
  isoNumeric?: string | undefined;
  iso2: string;
}

/** A point marker for a country too small to see or click at world zoom. */
export interface SmallStateMarker {
  /** The country's id (its URL fragment). */
  id: string;
  /** Latitude, degrees. */
  lat: number;
  /** Longitude, degrees. */
  lon: number;
}

/** The shapes part of the map's data (`MapData.geometry` in /countries/map.json; polygons encoded by map-encoding.ts). */
export interface MapGeometry {
  /** Coordinates of assisted countries are in 1/assistedScale degree. */
  assistedScale: number;
  /** Coordinates of the other countries are in 1/otherScale degree. */
  otherScale: number;
  /** Assisted countries: one entry each, with the country id. */
  assisted: { id: string; polygons: EncodedPolygon[] }[];
  /** Every other country's polygons, as a grey background. */
  others: EncodedPolygon[];
  /** Assisted countries too small to click at world zoom. */
  markers: SmallStateMarker[];
}

interface AtlasProperties {
  name: string;
}
type Atlas = Topology<{ countries: GeometryCollection<AtlasProperties> }>;
type Shape = Polygon | MultiPolygon;

/** Tuning, in degrees. Exposed for the unit test and for the ADR's numbers. */
export const GEOMETRY_OPTIONS = {
  /** Douglas–Peucker tolerance for assisted shapes (1:50m). */
  assistedTolerance: 0.04,
  /** Coordinates of assisted shapes are kept in 1/100 degree (about 1 km). */
  assistedScale: 100,
  /** Douglas–Peucker tolerance for the grey background (1:110m). */
  otherTolerance: 0.15,
  /** Coordinates of the grey background are kept in 1/10 degree. */
  otherScale: 10,
  /** Countries with less land than this (square degrees) also get a marker. */
  smallStateArea: 2,
  /** Rings smaller than this (square degrees) are dropped from the background. */
  minBackgroundRingArea: 0.05,
} as const;

/**
 * A change to Natural Earth's shapes: the area `move` (or only its polygon that holds
 * `part`) joins `into`, their shared border dissolved. Names as world-atlas spells
 * them; the rows of content/boundaries.json (src/schemas/boundary.ts) give these.
 */
export interface ShapeChange {
  move: string;
  part?: { lon: number; lat: number } | undefined;
  into: string;
}

/**
 * Natural Earth features that have no ISO numeric id in world-atlas, matched by
 * name, and the assisted country they are (Kosovo, whose ISO code is user-assigned).
 */
const BY_NAME: Readonly<Record<string, string>> = { Kosovo: 'XK' };

/** Prepares the map's geometry from the two world-atlas topologies, with `changes` made to both. */
export function prepareMapGeometry(
  countries: readonly GeometryCountry[],
  atlas50m: unknown,
  atlas110m: unknown,
  changes: readonly ShapeChange[] = [],
): MapGeometry {
  const fine = features(atlas50m as Atlas, changes, '1:50m');
  const coarse = features(atlas110m as Atlas, changes, '1:110m');
  const byNumeric = new Map(countries.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric, c]));
  const byIso2 = new Map(countries.map((c) => [c.iso2, c]));
  const assistedOf = (f: Feature<Shape | null, AtlasProperties>): GeometryCountry | undefined => {
    const named = BY_NAME[f.properties.name];
    if (named) return byIso2.get(named);
    return f.id === undefined ? undefined : byNumeric.get(String(f.id));
  };

  // Collect each assisted country's polygons.
  const polygons = new Map<string, Position[][][]>();
  for (const f of fine) {
    const country = assistedOf(f);
    if (!country || !f.geometry) continue;
    const list = polygons.get(country.id) ?? [];
    list.push(...asPolygons(f.geometry));
    polygons.set(country.id, list);
  }

  const assisted: MapGeometry['assisted'] = [];
  const markers: SmallStateMarker[] = [];
  for (const country of countries) {
    const raw = polygons.get(country.id);
    if (!raw) continue;
    const area = raw.reduce((sum, polygon) => sum + Math.abs(ringArea(polygon[0] ?? [])), 0);
    const simplified = raw
      .map((polygon) => cleanPolygon(polygon, GEOMETRY_OPTIONS.assistedTolerance, GEOMETRY_OPTIONS.assistedScale, 0))
      .filter((polygon): polygon is EncodedPolygon => polygon !== null);
    // A tiny island can simplify away entirely; keep it unsimplified then.
    const kept =
      simplified.length > 0
        ? simplified
        : raw.map((polygon) => polygon.map((ring) => encodeRing(ring, GEOMETRY_OPTIONS.assistedScale)));
    assisted.push({ id: country.id, polygons: kept });
    if (area < GEOMETRY_OPTIONS.smallStateArea) {
      const [lon, lat] = labelPoint(raw);
      markers.push({ id: country.id, lat: round(lat ?? 0, 2), lon: round(lon ?? 0, 2) });
    }
  }

  const others: EncodedPolygon[] = [];
  for (const f of coarse) {
    if (!f.geometry || assistedOf(f) || f.properties.name === 'Antarctica') continue;
    for (const polygon of asPolygons(f.geometry)) {
      const cleaned = cleanPolygon(
        polygon,
        GEOMETRY_OPTIONS.otherTolerance,
        GEOMETRY_OPTIONS.otherScale,
        GEOMETRY_OPTIONS.minBackgroundRingArea,
      );
      if (cleaned) others.push(cleaned);
    }
  }

  return {
    assistedScale: GEOMETRY_OPTIONS.assistedScale,
    otherScale: GEOMETRY_OPTIONS.otherScale,
    assisted,
    others,
    markers,
  };
}

type AtlasGeometry = GeometryObject<AtlasProperties>;

/** A country's name as the atlas spells it. */
const nameOf = (g: AtlasGeometry): string => (g.properties as AtlasProperties | undefined)?.name ?? '';

/** A country's own shape, as GeoJSON. */
const shapeOf = (atlas: Atlas, g: AtlasGeometry): Shape | null => (feature(atlas, g) as Feature<Shape | null>).geometry;

/**
 * The atlas's countries as GeoJSON, with `changes` made: each moved polygon is merged
 * (topojson-client's `merge`) into its new country along the arcs they share, so no
 * line is left between them, and taken out of its old one. A change that names a shape
 * the atlas lacks, or a point no polygon holds, stops the build: it would otherwise
 * quietly draw the area as before.
 */
function features(
  atlas: Atlas,
  changes: readonly ShapeChange[],
  scale: string,
): Feature<Shape | null, AtlasProperties>[] {
  const geometries = atlas.objects.countries.geometries;
  const named = (name: string): AtlasGeometry => {
    const found = geometries.find((g) => nameOf(g) === name);
    if (!found) throw new Error(`content/boundaries.json: world-atlas ${scale} has no shape named "${name}".`);
    return found;
  };
  /** Each country's polygons, as arcs, and what it gains and loses. */
  const polygonsOf = (g: AtlasGeometry): TopoMultiPolygon['arcs'] =>
    g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const lost = new Map<AtlasGeometry, Set<number>>();
  const gained = new Map<AtlasGeometry, TopoMultiPolygon['arcs']>();
  for (const change of changes) {
    const from = named(change.move);
    const into = named(change.into);
    const polygons = polygonsOf(from);
    let indices = polygons.map((_, index) => index);
    if (change.part) {
      const { lon, lat } = change.part;
      const shape = shapeOf(atlas, from);
      const shapes = shape ? asPolygons(shape) : [];
      indices = indices.filter((index) => polygonContains(shapes[index] ?? [], lon, lat));
      if (indices.length === 0) {
        throw new Error(
          `content/boundaries.json: no polygon of "${change.move}" in world-atlas ${scale} holds ${lon}, ${lat}.`,
        );
      }
    }
    lost.set(from, new Set([...(lost.get(from) ?? []), ...indices]));
    gained.set(into, [...(gained.get(into) ?? []), ...indices.map((index) => polygons[index]!)]);
  }

  const out: Feature<Shape | null, AtlasProperties>[] = [];
  for (const g of geometries) {
    const removed = lost.get(g);
    const added = gained.get(g) ?? [];
    const kept = polygonsOf(g).filter((_, index) => !removed?.has(index));
    if (removed && kept.length === 0 && added.length === 0) continue;
    const base = {
      type: 'Feature' as const,
      properties: { name: nameOf(g) },
      ...(g.id === undefined ? {} : { id: g.id }),
    };
    if (!removed && added.length === 0) {
      out.push({ ...base, geometry: shapeOf(atlas, g) });
      continue;
    }
    const parts = [...kept, ...added].map((arcs) => ({ type: 'Polygon' as const, arcs }));
    out.push({ ...base, geometry: merge(atlas, parts) });
  }
  return out;
}

function asPolygons(geometry: Shape): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(unwrapAntimeridian));
}

/**
 * A ring that crosses the 180th meridian (Russia, Fiji) comes with longitudes on
 * both sides and would be drawn as a band across the whole map: continue it past
 * 180° instead, which Leaflet draws as one shape.
 */
function unwrapAntimeridian(ring: Position[]): Position[] {
  const xs = ring.map((pt) => pt[0]!);
  if (Math.max(...xs) - Math.min(...xs) <= 180) return ring;
  return ring.map((pt) => (pt[0]! < 0 ? [pt[0]! + 360, pt[1]!] : pt));
}

/** Simplifies and encodes a polygon; drops holes and rings that collapse or are smaller than `minArea`. */
function cleanPolygon(polygon: Position[][], tolerance: number, scale: number, minArea: number): EncodedPolygon | null {
  const rings: EncodedPolygon = [];
  for (const [index, ring] of polygon.entries()) {
    const tooSmall = minArea > 0 && Math.abs(ringArea(ring)) < minArea;
    // A ring needs at least four points (three corners and the closing one).
    const deltas = tooSmall ? [] : ringDeltas(simplify(ring, tolerance), scale);
    if (deltas.length < 8) {
      if (index === 0) return null;
      continue;
    }
    rings.push(packDeltas(deltas));
  }
  return rings.length > 0 ? rings : null;
}
