import { z } from 'astro/zod';
import { slug, text } from './rules';

/** A point on the map, in degrees. */
const PointSchema = z.object({
  /** Longitude, degrees east (negative west). */
  lon: z.number().min(-180).max(180),
  /** Latitude, degrees north (negative south). */
  lat: z.number().min(-90).max(90),
});

/**
 * A place whose shape the build test checks on the shapes the browser receives
 * (dist/countries/map.json): it must lie in exactly one shape, and that shape must be
 * the one named by exactly one of `inCountry`, `withPlace` or `outsideCountry`.
 */
export const PointCheckSchema = PointSchema.extend({
  /** The place, as a reader would name it (e.g. "Simferopol"). */
  place: text('The place of a check'),
  /** The assisted country (its id in content/countries.json) whose shape holds the place. */
  inCountry: slug.optional(),
  /** Another check's place, in the same row, whose shape also holds this one (e.g. Kyrenia with Limassol). */
  withPlace: z.string().min(1).optional(),
  /** An assisted country (its id) whose shape must not hold the place: it is drawn apart from it. */
  outsideCountry: slug.optional(),
}).refine((c) => [c.inCountry, c.withPlace, c.outsideCountry].filter((v) => v !== undefined).length === 1, {
  message: 'A check names exactly one of inCountry, withPlace or outsideCountry.',
});

/**
 * A change the build makes to Natural Earth's shapes (world-atlas, src/features/countries/
 * map-geometry.ts), so the map draws an area as the U.S. Government recognizes it. Names
 * are Natural Earth's, as world-atlas spells them ("N. Cyprus", "W. Sahara").
 */
export const ShapeChangeSchema = z.object({
  /** The Natural Earth shape the area is taken from (e.g. "Russia"). */
  move: text('The shape to move from'),
  /** Only the part of `move` (one of its polygons) that holds this point; the whole shape when absent. */
  part: PointSchema.optional(),
  /** The Natural Earth shape the area joins, its shared border dissolved (e.g. "Ukraine"). */
  into: text('The shape to move into'),
});

/** How the map draws one disputed area, and why: a row of content/boundaries.json. */
export const BoundarySchema = z
  .object({
    /** Lower-case slug naming the row (e.g. "crimea"). */
    id: slug,
    /** The area, as U.S. Government documents usually name it. */
    area: text('The area'),
    /** Who holds and who claims the area, in one or two plain sentences. */
    situation: text('The situation'),
    /** The U.S. Government's position, in plain words, no wider than its sources say. */
    usPosition: text('The U.S. position'),
    /**
     * Public U.S. Government documents (or votes) that state the position, each by its
     * title, author and date, as a reader could find it. Never a guess: when no document
     * is known, leave the list empty and mark the row to confirm.
     */
    sources: z.array(text('A source')).default([]),
    /** "stated" when the sources settle the position; "to-confirm" when the program's office must confirm it. */
    status: z.enum(['stated', 'to-confirm']),
    /** What the program's office is asked to confirm (only, and always, with status "to-confirm"). */
    toConfirm: z.string().min(1).optional(),
    /** How the map draws the area, in words. */
    drawn: text('How the area is drawn'),
    /** The change to the source's shapes that draws it so; absent when the source already does. */
    change: ShapeChangeSchema.optional(),
    /** Places the build test checks against the drawing (at least one). */
    checks: z.array(PointCheckSchema).min(1, 'Give at least one place the build test can check.'),
  })
  .refine((b) => b.status === 'stated' || b.toConfirm !== undefined, {
    message: 'A row marked "to-confirm" says, in toConfirm, what the program’s office is asked to confirm.',
    path: ['toConfirm'],
  })
  .refine((b) => b.status === 'to-confirm' || (b.toConfirm === undefined && b.sources.length > 0), {
    message: 'A "stated" row names at least one public source and has nothing to confirm.',
    path: ['status'],
  })
  .refine((b) => b.checks.every((c) => c.withPlace === undefined || b.checks.some((o) => o.place === c.withPlace)), {
    message: 'withPlace names the place of another check in the same row.',
    path: ['checks'],
  });

export type Boundary = z.infer<typeof BoundarySchema>;
export type ShapeChange = z.infer<typeof ShapeChangeSchema>;
export type PointCheck = z.infer<typeof PointCheckSchema>;
