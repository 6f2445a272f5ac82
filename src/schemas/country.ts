import { z } from 'astro/zod';
import { BROCHURE_EDITION, RETIRE_INSTEAD } from './brochure-edition';
import { ISO2_RULE, ISO3_RULE, ISO_NUMERIC_RULE } from './patterns';
import { REGIONS, SUB_REGIONS } from './regions';
import { isoDate, slug, text } from './rules';

export { REGIONS, SUB_REGIONS, SUB_REGION_SOURCE, type Region, type SubRegion } from './regions';

/**
 * The places the brochure's own map labels, by id (from content/brochure-edition.json).
 * Sudan and Bolivia appear only there, not in its list of assisted countries.
 */
export const BROCHURE_MAP_LABELS: readonly string[] = BROCHURE_EDITION.mapLabels.map((place) => place.id);

/** One place where INL gives assistance, as the brochure names it and as the U.S. government does today. */
export const CountrySchema = z
  .object({
    /** Lower-case slug; the URL fragment of the country on /countries/ (e.g. "kenya"). */
    id: slug,
    /** Current U.S. government short name, as on state.gov (e.g. "Burma", "North Macedonia"). */
    name: text('The country’s name'),
    /**
     * The brochure's own label, exactly as printed (e.g. "Macedonia", "Cape Verde"), for a
     * place the brochure names. A country listed since has none: it reads as its name.
     */
    brochureName: z.string().min(1).optional(),
    /** ISO 3166-1 alpha-2 code (Kosovo uses the user-assigned XK). */
    iso2: z.string().regex(ISO2_RULE.pattern, ISO2_RULE.message),
    /** ISO 3166-1 alpha-3 code (Kosovo uses the user-assigned XKX). */
    iso3: z.string().regex(ISO3_RULE.pattern, ISO3_RULE.message),
    /** ISO 3166-1 numeric code with leading zeros ("052"); only Kosovo has none. */
    isoNumeric: z.string().regex(ISO_NUMERIC_RULE.pattern, ISO_NUMERIC_RULE.message).optional(),
    /** The State Department regional bureau the country belongs to. */
    region: z.enum(REGIONS),
    /**
     * The UN M49 sub-region (or intermediate region) the country is in, as M49 names it
     * (see SUB_REGIONS and SUB_REGION_SOURCE). Only a place M49 does not list (Kosovo,
     * which has no numeric code either) has none.
     */
    subRegion: z.enum(SUB_REGIONS).optional(),
    /** Other names people search for (older names, the brochure's label, common short forms). */
    aliases: z.array(z.string().min(1)).default([]),
    /** True when the country is in the brochure's list of countries receiving INL assistance. */
    inBrochureList: z.boolean().default(false),
    /** True when the brochure's map labels the place (the edition's mapLabels). */
    labelledOnBrochureMap: z.boolean().default(false),
    /** For a country the brochure does not name: the day it was listed, as YYYY-MM-DD. */
    listedSince: isoDate.optional(),
    /** For a country the brochure does not name: where its listing comes from, as a reader can look it up. */
    listingSource: text('The listing source').optional(),
    /**
     * The day the country left the list, as YYYY-MM-DD. Its entry stays (the brochure's
     * record needs it); from that edit on, it is off the list, the map, the search and
     * the files.
     */
    retiredOn: isoDate.optional(),
  })
  .refine((c) => c.isoNumeric !== undefined || c.iso2 === 'XK', {
    message: 'Every country needs its three-digit ISO numeric code; only Kosovo (XK) has none.',
    path: ['isoNumeric'],
  })
  .refine((c) => (c.subRegion !== undefined) === (c.isoNumeric !== undefined), {
    message:
      'A country with an ISO numeric code (the same number as its UN M49 code) needs its M49 sub-region, and one without has none.',
    path: ['subRegion'],
  })
  .refine((c) => c.inBrochureList || c.labelledOnBrochureMap || (c.listedSince && c.listingSource), {
    message:
      'A country the brochure does not name needs "listedSince" (the day it was listed, YYYY-MM-DD) and "listingSource" (where its listing comes from).',
    path: ['listedSince'],
  })
  .refine((c) => !(c.inBrochureList || c.labelledOnBrochureMap) || c.brochureName !== undefined, {
    message: 'A place the brochure names needs "brochureName": its label exactly as the brochure prints it.',
    path: ['brochureName'],
  })
  // Made once here, so the list, the map and the search read one name the brochure or the editor gave.
  .transform((c) => ({ ...c, brochureName: c.brochureName ?? c.name }));

export type Country = z.output<typeof CountrySchema>;

/** Whether the country is on the site today: not retired. */
export const isListed = (country: Pick<Country, 'retiredOn'>): boolean => country.retiredOn === undefined;

/**
 * Rules that hold across the whole list, retired entries included: unique codes, and
 * the brochure edition kept (every place it lists or labels has its entry, as printed).
 */
export const CountryListSchema = z.array(CountrySchema).superRefine((countries, ctx) => {
  for (const key of ['id', 'iso2', 'iso3', 'isoNumeric'] as const) {
    const seen = new Set<string>();
    for (const country of countries) {
      const value = country[key];
      if (value === undefined) continue;
      if (seen.has(value)) {
        ctx.addIssue({ code: 'custom', message: `Two countries share the ${key} "${value}"; each must be unique.` });
      }
      seen.add(value);
    }
  }
  const byId = new Map(countries.map((c) => [c.id, c]));
  const brochureList = new Set(BROCHURE_EDITION.countries.map((place) => place.id));
  for (const { id, label } of BROCHURE_EDITION.countries) {
    const entry = byId.get(id);
    if (!entry?.inBrochureList || entry.brochureName !== label) {
      ctx.addIssue({
        code: 'custom',
        message: `The brochure lists "${label}": content/countries.json needs its entry "${id}" with "inBrochureList": true and "brochureName": "${label}". ${RETIRE_INSTEAD}`,
      });
    }
  }
  for (const c of countries.filter((c) => c.inBrochureList && !brochureList.has(c.id))) {
    ctx.addIssue({
      code: 'custom',
      message: `"${c.id}" has "inBrochureList": true, but the brochure does not list it: a country listed since has "listedSince" and "listingSource" instead.`,
    });
  }
  const labelled = countries
    .filter((c) => c.labelledOnBrochureMap)
    .map((c) => c.id)
    .sort();
  const expected = [...BROCHURE_MAP_LABELS].sort();
  if (labelled.join() !== expected.join()) {
    ctx.addIssue({
      code: 'custom',
      message: `labelledOnBrochureMap must be true for exactly the places the brochure's map labels: ${expected.join(', ')}. Found: ${labelled.join(', ')}. ${RETIRE_INSTEAD}`,
    });
  }
});

/**
 * The countries on the site today, from content/countries.json as loaded: the whole file
 * checked (retired entries included), then the retired ones left out. The list, the map,
 * its search and the files all start from this one call.
 */
export const listedCountries = (entries: readonly unknown[]): Country[] =>
  CountryListSchema.parse(entries).filter(isListed);
