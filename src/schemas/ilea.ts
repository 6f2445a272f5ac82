import { z } from 'astro/zod';
import { slug } from './rules';

/** An International Law Enforcement Academy (ILEA) or regional training center, shown on the map by its host city. */
export const IleaSchema = z.object({
  /** Lower-case slug; the URL fragment of the academy on /countries/ (e.g. "ilea-budapest"). */
  id: slug,
  /** The academy's name. */
  name: z.string().min(1),
  /** A full academy, or a regional training center of the network. */
  kind: z.enum(['academy', 'regional-training-center']),
  /** Host city as readers know it (e.g. "Roswell, New Mexico"). */
  city: z.string().min(1),
  /** Host country's name, for display. */
  country: z.string().min(1),
  /** The host country's id in content/countries.json, when it is an assisted country (a reference() in src/content.config.ts). */
  countryId: z.string().optional(),
  /**
   * Other names readers search for, such as the host country's names for an academy
   * outside the assisted countries (Roswell: "United States", "USA").
   */
  aliases: z.array(z.string().min(1)).default([]),
  /** Latitude of the host city, in degrees. */
  lat: z.number().min(-90).max(90),
  /** Longitude of the host city, in degrees. */
  lon: z.number().min(-180).max(180),
  /** Where the location comes from and what the brochure does and does not say. */
  note: z.string().min(1),
});

export type Ilea = z.infer<typeof IleaSchema>;

/** Rules across the list: unique ids. Links to countries are Astro references (src/content.config.ts). */
export const IleaListSchema = z
  .array(IleaSchema)
  .refine((ileas) => new Set(ileas.map((i) => i.id)).size === ileas.length, {
    message: 'Two academies share an id; each must be unique.',
  });
