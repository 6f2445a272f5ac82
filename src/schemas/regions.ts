/**
 * The two ways the countries are grouped, as plain lists with no zod: the country schema
 * (./country.ts) validates against them, and the content editor's bundle, whose policy
 * refuses the eval zod probes for, offers them as its options.
 */

/** The State Department's regional bureaus: a grouping for the list, not a brochure fact. */
export const REGIONS = [
  'Africa',
  'East Asia and Pacific',
  'Europe and Eurasia',
  'Near East',
  'South and Central Asia',
  'Western Hemisphere',
] as const;

export type Region = (typeof REGIONS)[number];

/** Where the sub-regions come from, to cite wherever they are shown or exported. */
export const SUB_REGION_SOURCE =
  'United Nations Statistics Division, Standard country or area codes for statistical use (M49), https://unstats.un.org/unsd/methodology/m49/';

/**
 * The geographic regions of the UN M49 standard (SUB_REGION_SOURCE) at their finest level,
 * spelled exactly as M49 spells them: the intermediate region where M49 has one (the
 * Caribbean, Central America and South America within Latin America and the Caribbean;
 * Eastern, Middle, Southern and Western Africa within Sub-Saharan Africa), otherwise the
 * sub-region. M49 puts Mexico in Central America, the Bahamas in the Caribbean and Sudan
 * in Northern Africa.
 */
export const SUB_REGIONS = [
  'Northern Africa',
  'Eastern Africa',
  'Middle Africa',
  'Southern Africa',
  'Western Africa',
  'Caribbean',
  'Central America',
  'South America',
  'Northern America',
  'Central Asia',
  'Eastern Asia',
  'South-eastern Asia',
  'Southern Asia',
  'Western Asia',
  'Eastern Europe',
  'Northern Europe',
  'Southern Europe',
  'Western Europe',
  'Australia and New Zealand',
  'Melanesia',
  'Micronesia',
  'Polynesia',
] as const;

export type SubRegion = (typeof SUB_REGIONS)[number];
