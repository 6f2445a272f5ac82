/**
 * A PostCSS step of the build (astro.config.mjs) that leaves out the rules of Leaflet's
 * stylesheet for parts the country map never creates, so the map's CSS (./map-styles.css)
 * stays within the page's CSS budget (tests/support/budgets.ts). Leaflet's file is used as published;
 * only these selectors go, and a rule goes only when none of its selectors is left:
 * - popups, the layers control, attribution (and its flag) and scale (the map turns
 *   attribution off and adds none of the others: ./map-layers.ts); draggable markers;
 * - tiles, image overlays, images in the panes, the default marker's shadow and icon
 *   path (no tile server, docs/adr/0002; places are circles, shapes and a text icon);
 * - the canvas renderer (the map draws SVG), old Internet Explorer's VML and
 *   `leaflet-oldie`, retina layer icons;
 * - Leaflet's print rules (the map is not printed: ./country-map.css);
 * - vendor-prefixed copies of a declaration the same rule also makes unprefixed
 *   (`-moz-box-sizing` beside `box-sizing`), which the browsers the site supports do
 *   not need; `-webkit-user-select` stays, since Safari still reads only that one.
 * A part added to the map later that needs one of these rules must be taken off this list.
 * The screenshot tests (tests/e2e/visual.spec.ts) show the map as it was.
 */

import type { AtRule, Declaration, Node, Plugin, Rule } from 'postcss';

/** Selectors of Leaflet parts the map never creates. Tile and popup panes stay: Leaflet always creates them. */
const UNUSED =
  /\.leaflet-(popup(?!-pane)|control-layers|control-attribution|attribution-flag|control-scale|marker-draggable|tile(?!-pane)|image-layer|marker-shadow|default-icon-path|oldie|vml|retina)|\.lvml|\bcanvas\b|-pane img\b/;

const PREFIX = /^-(?:webkit|moz|ms|o)-/;

const fromLeaflet = (node: Node) => node.source?.input.file?.endsWith('/leaflet/dist/leaflet.css') === true;

/** A prefixed property or value whose unprefixed form the same rule also declares. */
function isRedundantPrefix(declaration: Declaration): boolean {
  const siblings = (declaration.parent?.nodes ?? []).filter(
    (node): node is Declaration => node.type === 'decl' && node !== declaration,
  );
  if (PREFIX.test(declaration.prop)) {
    if (declaration.prop === '-webkit-user-select') return false;
    const plain = declaration.prop.replace(PREFIX, '');
    return siblings.some((node) => node.prop === plain);
  }
  if (PREFIX.test(declaration.value))
    return siblings.some((node) => node.prop === declaration.prop && !PREFIX.test(node.value));
  return false;
}

export function trimLeafletCss(): Plugin {
  return {
    postcssPlugin: 'trim-leaflet-css',
    Rule(rule: Rule) {
      if (!fromLeaflet(rule)) return;
      const kept = rule.selectors.filter((selector) => !UNUSED.test(selector));
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selector = kept.join(',\n');
    },
    Declaration(declaration: Declaration) {
      if (fromLeaflet(declaration) && isRedundantPrefix(declaration)) declaration.remove();
    },
    AtRule(atRule: AtRule) {
      if (fromLeaflet(atRule) && atRule.name === 'media' && atRule.params === 'print') atRule.remove();
    },
  };
}
