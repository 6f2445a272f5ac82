/**
 * Interface words of /countries/ and its map: labels, hints, legend and status
 * messages. Facts about countries live in content/countries.json and
 * content/ileas.json; these are the words around them.
 */
export const countriesUi = {
  mapHeading: 'Explore the map',
  mapLabel: 'Map of countries receiving INL assistance',
  mapHelp:
    'Select a country on the map, or type its name below. On the map, Tab moves between countries and Enter or Space shows a country’s details; arrow keys pan the map and plus and minus zoom it when the map itself has focus.',
  mapLoading: 'Loading the map…',
  mapFailed: 'The map could not be loaded. Every country is in the list below.',
  mapDisclaimer:
    'Country shapes: Natural Earth (public domain). Boundary representation is not necessarily authoritative.',
  searchLabel: 'Find a country',
  searchLandmark: 'Countries',
  searchSubmit: 'Show',
  searchResults: 'Matching countries',
  searchHint: 'Type a name, including an older one such as Burma or Macedonia.',
  searchNoMatch: 'No assisted country matches that name.',
  searchMatches: (count: number) => (count === 1 ? '1 country matches.' : `${count} countries match.`),
  regionLabel: 'Show a region',
  regionAll: 'All regions',
  regionShown: (region: string, count: number) => `Showing ${region}: ${count} countries.`,
  regionAllShown: 'Showing all regions.',
  legendHeading: 'What the map shows',
  legendAssisted: (listed: number, mapOnly: number) =>
    `Blue country: receives INL assistance (${listed + mapOnly}: the brochure lists ${listed}, its map adds ${mapOnly})`,
  legendLabelled: (count: number) =>
    `Striped country, named when the map is large enough: also labelled on the brochure’s own map (${count})`,
  legendSmall: (count: number) => `Blue circle: a country too small to see at world scale (${count})`,
  legendIlea: (count: number) =>
    `Dark square marked ILEA: an International Law Enforcement Academy or training center (${count})`,
  legendOther: 'Grey country: not on the brochure’s list',
  detailsHeading: 'Country details',
  detailsEmpty: 'Choose a country on the map, from the search, or in the list below to see its details here.',
  detailsClose: 'Close details',
  detailsRegion: 'Region',
  detailsBrochureName: 'Name in the brochure',
  detailsOnList: 'In the brochure’s list of assisted countries',
  detailsOnMap: 'Labelled on the brochure’s map',
  detailsIlea: 'International Law Enforcement Academy',
  detailsHostCountry: 'Host country',
  detailsCity: 'City',
  detailsNote: 'About this location',
  yes: 'Yes',
  no: 'No',
  listHeading: 'All countries receiving INL assistance, by region',
  listIntro: (listed: number, mapOnly: readonly string[]) =>
    `The brochure lists ${listed} countries and places as receiving INL assistance. Its map also labels ${mapOnly.join(' and ')}, which are in this list too. Each name links to its own place on this page, to share.`,
  listBrochureLabel: 'Brochure:',
  listLabelledTag: 'Labelled on the brochure’s map',
  listMapOnlyTag: 'On the brochure’s map only',
  ileaHeading: 'International Law Enforcement Academies',
  ileaIntro:
    'The brochure names INL’s network of International Law Enforcement Academies but not where they are. The host cities below, also shown on the map, come from the State Department’s public information.',
  ileaHost: (city: string, country: string) => `${city}, ${country}`,
  countryCount: (count: number) => (count === 1 ? '1 country' : `${count} countries`),
} as const;
