// The map's data (facts and shapes), prepared once per build and served as a
// static file from the site's own origin (no tile server; see docs/adr/0002).
import type { APIRoute } from 'astro';
import { loadMapData } from '../../features/countries/build/countries';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadMapData()), { headers: { 'Content-Type': 'application/json' } });
