/**
 * A PostCSS step of the build (astro.config.mjs) that leaves out the rules of Leaflet's
 * stylesheet for parts the country map never creates, so the map's CSS (./map-styles.css)
 * stays within the page's 8 KB of CSS (issue 12). Leaflet's file is used as published;
 * only these selectors go, and a rule goes only when none of its selectors is left:
 * - popups, the layers control, attribution (and its flag) and scale (the map turns
 *   attribution off and adds none of the others: ./map-layers.ts); draggable markers;
 * - tiles, image overlays, images in the panes, the default marker's shadow and icon
 *   path (no tile server, docs/adr/0002; places are circles, shapes and a text icon);
 * - the canvas renderer (the map draws SVG), old Internet Explorer's VML and
 *   `leaflet-oldie`, retina layer icons;
 * - Leaflet's print rules (the map is not printed: ./country-map.css).
 * A part added to the map later that needs one of these rules must be taken off this list.
 * The screenshot tests (tests/e2e/visual.spec.ts) show the map as it was.
 */

/** Selectors of Leaflet parts the map never creates. Tile and popup panes stay: Leaflet always creates them. */
const UNUSED =
  /\.leaflet-(popup(?!-pane)|control-layers|control-attribution|attribution-flag|control-scale|marker-draggable|tile(?!-pane)|image-layer|marker-shadow|default-icon-path|oldie|vml|retina)|\.lvml|\bcanvas\b|-pane img\b/;

/** The part of a PostCSS rule or at-rule this step reads and changes. */
interface CssNode {
  selectors?: string[];
  selector?: string;
  name?: string;
  params?: string;
  source?: { input?: { file?: string } };
  remove(): void;
}

const fromLeaflet = (node: CssNode) => node.source?.input?.file?.endsWith('/leaflet/dist/leaflet.css') === true;

export function trimLeafletCss() {
  return {
    postcssPlugin: 'trim-leaflet-css',
    Rule(rule: CssNode & { selectors: string[] }) {
      if (!fromLeaflet(rule)) return;
      const kept = rule.selectors.filter((selector) => !UNUSED.test(selector));
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selector = kept.join(',\n');
    },
    AtRule(atRule: CssNode) {
      if (fromLeaflet(atRule) && atRule.name === 'media' && atRule.params === 'print') atRule.remove();
    },
  };
}
