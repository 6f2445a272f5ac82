/**
 * The map as one composite widget: one tab stop, a roving tabindex
 * over every place's control in name order (shapes, small-state circles and
 * academies alike), arrow keys to the previous or next name, Home and End, and
 * typing to jump to a name. Shift+arrow keys pan the map and plus and minus zoom
 * it, from any place: Leaflet's own keyboard handler (on the map's container) is
 * switched off, so the container is not a second tab stop.
 *
 * With a region chosen, the arrow keys, Home, End and typing stay among that region's
 * places: its countries and the academies its countries host.
 *
 * The focused place also gets a ring drawn around its box on the screen, so a
 * 3 × 8 px country (Albania at world scale) still shows where focus is.
 */
import type * as L from 'leaflet';
import { normalize } from '../shared/search';

export interface KeyTarget {
  id: string;
  name: string;
  control: HTMLElement | SVGElement;
  /** The State Department region it belongs to (`placeRegion`); an academy outside every region has none. */
  region: string | undefined;
  /** What the map shows to bring the place into view. */
  bounds: L.LatLngBounds;
}

/** Pixels a Shift+arrow key pans the map. */
const PAN_STEP = 80;
/** Typed letters within this many ms make one name ("ke" finds Kenya). */
const TYPEAHEAD_MS = 700;
/** The ring is at least this wide and tall, and this far outside the place's box. */
const RING_MIN = 12;
const RING_GAP = 3;

export class MapKeys {
  private currentId: string;
  private typed = '';
  private typedAt = 0;
  /** The region chosen in the filter; empty for all. */
  private region = '';
  private readonly ring: HTMLElement;

  constructor(
    private readonly canvas: HTMLElement,
    private readonly map: L.Map,
    /** In name order. */
    private readonly targets: readonly KeyTarget[],
    /** Enter or Space on a place. */
    private readonly activate: (id: string, control: HTMLElement | SVGElement) => void,
  ) {
    const first = targets[0];
    if (!first) throw new Error('country-map: nothing to focus on the map');
    this.currentId = first.id;
    for (const t of targets) t.control.setAttribute('tabindex', '-1');
    first.control.setAttribute('tabindex', '0');
    this.ring = document.createElement('div');
    this.ring.className = 'map-focus-ring';
    this.ring.hidden = true;
    canvas.appendChild(this.ring);
    canvas.addEventListener('keydown', (event) => this.onKey(event));
    canvas.addEventListener('focusin', (event) => {
      this.bringIntoView(event.target as Element);
      this.drawRing();
    });
    canvas.addEventListener('focusout', () => queueMicrotask(() => this.drawRing()));
    map.on('move zoom zoomend moveend resize', () => this.drawRing());
  }

  /** Makes `id` the map's tab stop (the chosen place), without moving focus. */
  setCurrent(id: string): void {
    const next = this.targets.find((t) => t.id === id);
    if (!next) return;
    this.byId(this.currentId)?.control.setAttribute('tabindex', '-1');
    next.control.setAttribute('tabindex', '0');
    this.currentId = id;
  }

  /**
   * Keeps the keys within `region` (empty: every place). The tab stop moves to the
   * region's first place if the current one is outside it.
   */
  showRegion(region: string): void {
    this.region = region;
    const current = this.byId(this.currentId);
    if (current && this.inRegion(current)) return;
    const first = this.targets.find((t) => this.inRegion(t));
    if (first) this.setCurrent(first.id);
  }

  private inRegion(target: KeyTarget): boolean {
    return !this.region || target.region === this.region;
  }

  private byId(id: string): KeyTarget | undefined {
    return this.targets.find((t) => t.id === id);
  }

  private moveTo(target: KeyTarget | undefined): void {
    if (!target) return;
    this.setCurrent(target.id);
    target.control.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const control = (event.target as Element).closest('[data-place]');
    if (!control) return;
    const list = this.targets.filter((t) => this.inRegion(t));
    const index = list.findIndex((t) => t.control === control);
    // Any other key ends a typed name, so "ke", Home, "ilea" is two searches, not "keilea".
    if (!/^\p{L}$/u.test(event.key)) this.typed = '';
    if (event.key === 'Enter' || event.key === ' ') {
      const target = list[index];
      if (target) this.activate(target.id, target.control);
      event.preventDefault();
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined && event.shiftKey) {
      const vertical = event.key === 'ArrowUp' || event.key === 'ArrowDown';
      this.map.panBy(vertical ? [0, step * PAN_STEP] : [step * PAN_STEP, 0]);
    } else if (step !== undefined) {
      // From a place outside the chosen region (opened by a click), → goes to the region's first, ← its last.
      const from = index < 0 ? (step > 0 ? -1 : 0) : index;
      this.moveTo(list[(from + step + list.length) % list.length]);
    } else if (event.key === 'Home') {
      this.moveTo(list[0]);
    } else if (event.key === 'End') {
      this.moveTo(list[list.length - 1]);
    } else if (event.key === '+' || event.key === '=') {
      this.map.zoomIn();
    } else if (event.key === '-') {
      this.map.zoomOut();
    } else if (/^\p{L}$/u.test(event.key)) {
      this.typeahead(event.key, list, index, event.timeStamp);
    } else {
      return;
    }
    event.preventDefault();
  }

  /** The next name (after the focused one) that starts with what was just typed. */
  private typeahead(key: string, list: readonly KeyTarget[], index: number, now: number): void {
    this.typed = now - this.typedAt < TYPEAHEAD_MS ? this.typed + key : key;
    this.typedAt = now;
    const prefix = normalize(this.typed);
    // Typing one letter again steps through the names with that letter.
    const start = this.typed.length === 1 ? index + 1 : index;
    for (let i = 0; i < list.length; i++) {
      const target = list[(start + i) % list.length];
      if (target && normalize(target.name.replace(/^(The|ILEA:) /, '')).startsWith(prefix)) {
        this.moveTo(target);
        return;
      }
    }
  }

  /**
   * Keeps the map whole when a focused place sits outside the view, or the
   * browser scrolls the map's box to bring it into sight.
   */
  private bringIntoView(element: Element): void {
    this.canvas.scrollTop = 0;
    this.canvas.scrollLeft = 0;
    const target = this.targets.find((t) => t.control === element);
    if (target && !this.map.getBounds().intersects(target.bounds)) {
      this.map.panTo(target.bounds.getCenter(), { animate: false });
    }
  }

  /** The ring around the focused place, when focus is visible on one. */
  private drawRing(): void {
    const active = document.activeElement;
    const focused = active?.closest('[data-place]') === active && active?.matches(':focus-visible') ? active : null;
    if (!focused || !this.canvas.contains(focused)) {
      this.ring.hidden = true;
      return;
    }
    const box = focused.getBoundingClientRect();
    const frame = this.canvas.getBoundingClientRect();
    const width = Math.max(box.width, RING_MIN) + 2 * RING_GAP;
    const height = Math.max(box.height, RING_MIN) + 2 * RING_GAP;
    this.ring.hidden = false;
    this.ring.style.setProperty('--ring-x', `${box.left + box.width / 2 - width / 2 - frame.left}px`);
    this.ring.style.setProperty('--ring-y', `${box.top + box.height / 2 - height / 2 - frame.top}px`);
    this.ring.style.setProperty('--ring-w', `${width}px`);
    this.ring.style.setProperty('--ring-h', `${height}px`);
  }
}
