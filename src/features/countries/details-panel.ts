/**
 * The details panel beside the map: the server renders its heading, empty text
 * and close button; this fills in a place's facts and empties it again.
 */
import { countriesUi as ui } from '../../config/countries-ui';
import type { MapCountry, MapIlea, Place } from './map-data';

export class DetailsPanel {
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly empty: HTMLElement;
  readonly closeButton: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly countries: ReadonlyMap<string, MapCountry>,
    private readonly ileas: ReadonlyMap<string, MapIlea>,
  ) {
    const part = (selector: string) => {
      const element = root.querySelector<HTMLElement>(selector);
      if (!element) throw new Error(`country-map: the details panel has no ${selector}`);
      return element;
    };
    this.heading = part('#country-details-heading');
    this.body = part('[data-details-body]');
    this.empty = part('[data-details-empty]');
    this.closeButton = part('[data-details-close]');
  }

  show(place: Place): void {
    this.heading.textContent = place.name;
    const list = document.createElement('dl');
    const row = (term: string, value: string | Node) => {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.append(value);
      list.append(dt, dd);
    };
    if (place.kind === 'country') {
      row(ui.detailsRegion, place.region);
      row(ui.detailsBrochureName, place.brochureName);
      row(ui.detailsOnList, place.inBrochureList ? ui.yes : ui.no);
      row(ui.detailsOnMap, place.labelledOnBrochureMap ? ui.yes : ui.no);
      const ilea = [...this.ileas.values()].find((i) => i.countryId === place.id);
      if (ilea) row(ui.detailsIlea, link(`#${ilea.id}`, ilea.name));
    } else {
      row(ui.detailsCity, place.city);
      const host = place.countryId ? this.countries.get(place.countryId) : undefined;
      row(ui.detailsHostCountry, host ? link(`#${host.id}`, host.name) : place.countryName);
      row(ui.detailsNote, place.note);
    }
    this.body.replaceChildren(list);
    this.body.hidden = false;
    this.closeButton.hidden = false;
    this.empty.hidden = true;
    this.heading.focus();
  }

  clear(): void {
    this.heading.textContent = ui.detailsHeading;
    this.body.hidden = true;
    this.closeButton.hidden = true;
    this.empty.hidden = false;
  }

  focusHeading(): void {
    this.heading.focus();
  }
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'usa-link';
  a.href = href;
  a.textContent = text;
  return a;
}
