// The map's country shapes, prepared once at build time and served as a static
// file from the site's own origin (no tile server; see docs/adr/0002).
import type { APIRoute } from 'astro';
import atlas50m from 'world-atlas/countries-50m.json';
import atlas110m from 'world-atlas/countries-110m.json';
import { loadCountries } from '../../lib/countries';
import { prepareMapGeometry } from '../../lib/map-geometry';

export const GET: APIRoute = async () => {
  const geometry = prepareMapGeometry(await loadCountries(), atlas50m, atlas110m);
  return new Response(JSON.stringify(geometry), { headers: { 'Content-Type': 'application/json' } });
};
