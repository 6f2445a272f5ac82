// html-validate's configuration for the built pages (tests/build/html.test.ts).
// A JavaScript file rather than .htmlvalidate.json so every relaxed rule carries its reason.
/** @type {import('html-validate').ConfigData} */
const config = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files from another origin; every file here is the site's own,
    // but for DAP's script (DAP_AGENCY builds only), which DAP updates in place without notice,
    // so no integrity hash could hold.
    'require-sri': ['error', { target: 'crossorigin', exclude: ['https://dap.digitalgov.gov/'] }],
    // HTML allows any id without spaces; DAP's script looks for its tag by "_fed_an_ua_tag".
    'valid-id': ['error', { relaxed: true }],
    // Astro's lossless whitespace compression keeps the line breaks inside prose; the spaces
    // before them are invisible in the page and cost a few bytes at most.
    'no-trailing-whitespace': 'off',
    // A checkbox group posts every ticked value under one name, as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
export default config;
