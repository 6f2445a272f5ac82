// html-validate's configuration for the built pages (tests/build/html.test.ts).
// A JavaScript file rather than .htmlvalidate.json so every relaxed rule carries its reason.
/** @type {import('html-validate').ConfigData} */
const config = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files from another origin; every file here is the site's own.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Astro's lossless whitespace compression keeps the line breaks inside prose; the spaces
    // before them are invisible in the page and cost a few bytes at most.
    'no-trailing-whitespace': 'off',
    // A checkbox group posts every ticked value under one name, as HTML intends.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};
export default config;
