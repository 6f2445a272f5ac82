/**
 * Interface words of /countries/ and its map: labels, hints, legend and status
 * messages. Facts about countries live in content/countries.json and
 * content/ileas.json; these are the words around them.
 */
/** "country" or "countries" when only countries are meant, "place" or "places" when academies are among them. */
const placesNoun = (count: number, onlyCountries: boolean) =>
  onlyCountries ? (count === 1 ? 'country' : 'countries') : count === 1 ? 'place' : 'places';

export const countriesUi = {
  mapHeading: 'Explore the map',
  mapLabel: 'Map of countries receiving INL assistance',
  mapHelp:
    'Select a country on the map, or type its name below. The map is one stop for the Tab key: there, the arrow keys move from country to country in alphabetical order (Home and End go to the first and last, typing letters jumps to a name), Enter or Space shows a country’s details and Escape returns to the map; Shift with an arrow key pans the map, and plus and minus zoom it.',
  skipMap: 'Skip the map',
  mapLoading: 'Loading the map…',
  mapFailed: 'The map could not be loaded. Every country is in the list below.',
  /** The standard notice of U.S. Government maps: beside the map, and with the list that is its text alternative. */
  boundaryNotice: 'Names and boundary representation are not necessarily authoritative.',
  /** Where the shapes come from, and the areas redrawn from content/boundaries.json. */
  shapesSource: (redrawn: readonly string[]) =>
    redrawn.length === 0
      ? 'Country shapes: Natural Earth (public domain).'
      : `Country shapes: Natural Earth (public domain), with ${new Intl.ListFormat('en-US').format(redrawn)} drawn as the U.S. Government recognizes ${redrawn.length === 1 ? 'it' : 'them'}.`,
  searchLabel: 'Find a country',
  searchLandmark: 'Countries',
  searchSubmit: 'Show',
  searchResults: 'Matching countries',
  searchHint: 'Type a name, including an older one such as Burma or Macedonia, or an academy’s city.',
  searchMatches: (count: number, onlyCountries: boolean) =>
    `${count} ${placesNoun(count, onlyCountries)} ${count === 1 ? 'matches' : 'match'}.`,
  // What the search says once it has found something, or nothing (search-box.ts).
  searchNoMatch: 'No assisted country or academy matches that name, so none is selected on the map.',
  searchNear: (count: number, onlyCountries: boolean) =>
    `No name is spelled exactly that way; ${count} ${placesNoun(count, onlyCountries)} with a similar name ${count === 1 ? 'is' : 'are'} listed.`,
  searchChoose: (count: number, onlyCountries: boolean) =>
    `${count} ${placesNoun(count, onlyCountries)} match. Choose one from the list.`,
  searchSelected: (name: string, others: number) =>
    others === 0
      ? `${name} is selected.`
      : `${name} is selected. ${others} other ${others === 1 ? 'match is' : 'matches are'} in the list.`,
  regionLabel: 'Show a region',
  regionAll: 'All regions',
  regionShown: (region: string, count: number) => `Showing ${region}: ${count} countries.`,
  regionAllShown: 'Showing all regions.',
  legendHeading: 'What the map shows',
  legendAssisted: (count: number) => `Blue country: receives INL assistance (${count} countries)`,
  legendLabelled: (count: number) =>
    `Striped country, named when the map is large enough: one of the ${count} places the brochure’s own map labels`,
  legendSmall: (count: number) => `Blue circle: a country too small to see at world scale (${count})`,
  legendIlea: (count: number) =>
    `Dark square marked ILEA: an International Law Enforcement Academy or training center (${count})`,
  legendOther: 'Grey country: not on the list',
  detailsHeading: 'Country details',
  detailsEmpty: 'Choose a country on the map, from the search, or in the list below to see its details here.',
  detailsClose: 'Close details',
  detailsRegion: 'Region',
  detailsShowRegion: (region: string) => `Show ${region} on the map`,
  detailsOtherNames: 'Other names',
  detailsIleas: 'Academies in this region',
  detailsHostCountry: 'Host country',
  detailsCity: 'City',
  detailsNote: 'About this location',
  listHeading: 'All countries receiving INL assistance, by region',
  listIntro: (listed: number, mapOnly: readonly string[], added: boolean) =>
    [
      `This list comes from the INL Police Partnerships brochure of the U.S. Department of State, which names ${listed} countries and places as receiving INL assistance`,
      mapOnly.length > 0
        ? `; its map also labels ${new Intl.ListFormat('en-US').format(mapOnly)}, which ${mapOnly.length === 1 ? 'is' : 'are'} in this list too.`
        : '.',
      added ? ' A country listed since says when.' : '',
      ' Each name links to its own place on this page, to share.',
    ].join(''),
  listOtherName: 'also',
  listFilesLead: 'Download this list:',
  listCsv: 'Country list as CSV (for spreadsheets)',
  listJson: 'Country list as JSON',
  listFilesColumns: (columns: readonly string[]) =>
    `Each file gives every country’s ${new Intl.ListFormat('en-US').format(columns)}, from the brochure, as this list does.`,
  listLastChanged: 'The list last changed on',
  listMapOnlyTag: 'On the brochure’s map only',
  listAddedTag: 'Listed since',
  ileaHeading: 'International Law Enforcement Academies',
  ileaIntro:
    'The host cities of INL’s International Law Enforcement Academies, also shown on the map, come from the State Department’s public information; the brochure names the network but not where it is.',
  ileaHost: (city: string, country: string) => `${city}, ${country}`,
  countryCount: (count: number) => (count === 1 ? '1 country' : `${count} countries`),
} as const;
