/**
 * The place an address's fragment names (`#kenya` → `kenya`), read once here for the
 * page's element (./country-map.ts) and the map (./map-app.ts). A malformed fragment
 * (a lone `%`, which decodeURIComponent throws on) names nothing, and the map still draws.
 */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}
