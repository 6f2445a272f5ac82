/**
 * The details panel beside the map: the server renders its heading, empty text
 * and close button; this fills in a place's facts and empties it again.
 */
import { countriesUi as ui } from '../shared/words';
import type { MapCountry, MapData, MapIlea, Place } from '../shared/map-data';
import { afterNextPaint } from './map-slices';

export class DetailsPanel {
  private readonly heading: HTMLElement;
  private readonly body: HTMLElement;
  private readonly empty: HTMLElement;
  readonly closeButton: HTMLElement;
  /** Cancels the focus show() moves to the heading after the next paint, if it has not moved yet. */
  private pendingFocus: (() => void) | undefined;

  private readonly countries: ReadonlyMap<string, MapCountry>;
  private readonly ileas: readonly MapIlea[];

  constructor(
    root: HTMLElement,
    data: MapData,
    /** Filters the map to a region (the region's link in the panel). */
    private readonly showRegion: (region: string) => void,
  ) {
    this.countries = new Map(data.countries.map((c) => [c.id, c]));
    this.ileas = data.ileas;
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
      row(ui.detailsRegion, this.regionLink(place.region));
      const others = [...new Set([place.brochureName, ...place.aliases])].filter((n) => n !== place.name);
      if (others.length > 0) row(ui.detailsOtherNames, others.join(', '));
      // The academies whose host country is in this region.
      const academies = this.ileas.filter(
        (i) => i.countryId && this.countries.get(i.countryId)?.region === place.region,
      );
      if (academies.length > 0) row(ui.detailsIleas, linkList(academies.map((i) => link(`#${i.id}`, i.name))));
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
    // Focus moves to the heading just after the details are painted, not before: moving
    // it makes the browser bring style and layout up to date at once, and scroll, which
    // on a phone kept a tap's details from showing for a frame or more.
    this.cancelFocus();
    this.pendingFocus = afterNextPaint(() => this.heading.focus());
  }

  /** The region's name, and a button that shows only its countries on the map. */
  private regionLink(region: string): Node {
    const span = document.createElement('span');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'usa-button usa-button--unstyled country-map__region-link';
    button.textContent = ui.detailsShowRegion(region);
    button.addEventListener('click', () => this.showRegion(region));
    span.appendChild(document.createTextNode(`${region}. `));
    span.appendChild(button);
    return span;
  }

  clear(): void {
    this.cancelFocus();
    this.heading.textContent = ui.detailsHeading;
    this.body.hidden = true;
    this.closeButton.hidden = true;
    this.empty.hidden = false;
  }

  private cancelFocus(): void {
    this.pendingFocus?.();
    this.pendingFocus = undefined;
  }

  focusHeading(): void {
    this.cancelFocus();
    this.heading.focus();
  }
}

function linkList(items: readonly Node[]): HTMLUListElement {
  const ul = document.createElement('ul');
  ul.className = 'usa-list usa-list--unstyled';
  for (const item of items) {
    const li = document.createElement('li');
    li.appendChild(item);
    ul.appendChild(li);
  }
  return ul;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'usa-link';
  a.href = href;
  a.textContent = text;
  return a;
}
