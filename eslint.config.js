// @ts-check
// Type-aware ESLint for TypeScript, JavaScript and Astro files, with the accessibility
// rules of eslint-plugin-astro (backed by eslint-plugin-jsx-a11y-x) on every template.
// `npm run check` runs it at zero warnings: a rule switched off below says why.
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Where a feature's code runs is the folder it is in (docs/adr/0018): these patterns keep
// each folder from importing code written for another runtime.
const workerOnly = {
  group: ['**/server', '**/server/**'],
  message: "Only the Worker's code may import a feature's server/ folder.",
};
const buildOnly = {
  group: ['**/build/**'],
  allowTypeImports: true,
  message: "A feature's build/ folder runs in Node at build time; browser, shared and Worker code may not import it.",
};
const browserOnly = {
  group: ['**/browser/**'],
  message: "A feature's browser/ folder runs in the page; shared and Worker code may not import it.",
};

export default defineConfig(
  {
    // Generated output and caches.
    ignores: ['dist/', '.astro/', 'node_modules/', '.wrangler/', 'test-results/', 'playwright-report/', 'coverage/'],
  },
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
      globals: { ...globals.node },
    },
    rules: {
      // Template literals with numbers (`${count} countries`) read better than String(count).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => element.remove()` in an event handler returns nothing useful, and reads better
      // than a block; voids elsewhere are still reported.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Bracket access marks a key read through an index signature, one that may be absent
      // (noUncheckedIndexedAccess types it `| undefined`); dot notation would hide that.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // noUncheckedIndexedAccess (tsconfig strictest) types every indexed read as possibly
      // undefined; `!` is the explicit, searchable mark where a bound already guarantees the
      // element (coordinate arrays, regex groups). The type checker stays on.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The Worker's code is typed by its own tsconfig (Workers types, no DOM); its unit
    // tests find tests/unit/worker/tsconfig.json through the project service.
    files: ['functions/**/*.ts', 'src/features/*/server/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.worker.json' },
    },
  },
  {
    // Code for the browser or the build must not pull in the Worker's: it is typed
    // against other globals (HTMLRewriter, KV) and would ship server code to pages.
    files: ['src/**/*.ts', 'src/**/*.astro', 'src/**/*.astro/*.ts'],
    ignores: ['src/features/*/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [workerOnly] }] },
  },
  {
    // What runs in a page (a feature's browser/ folder, a component's <script>) must not
    // pull in the build's code either: it reads content and files through Node. Types
    // are fine, they leave no code behind.
    files: ['src/features/*/browser/**/*.ts', 'src/**/*.astro/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [workerOnly, buildOnly] }] },
  },
  {
    // A feature's shared/ code runs in more than one place, so it imports none of them.
    files: ['src/features/*/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [workerOnly, buildOnly, browserOnly] }] },
  },
  {
    // The Worker has neither the DOM nor Node's file system.
    files: ['src/features/*/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [buildOnly, browserOnly] }] },
  },
  {
    // astro-eslint-parser gives template expressions (`{items.map((item) => <li>...</li>)}`)
    // no type, so every component that renders a list would be reported as an unsafe return.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    // astro-eslint-parser takes a tsconfig rather than the project service.
    files: ['**/*.astro'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.json' },
    },
  },
  {
    // Scripts inside .astro files run in the browser and are linted as virtual files that
    // the TypeScript project does not know, so they cannot be type-checked by ESLint
    // (`astro check` type-checks them instead).
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain JavaScript config and scripts: no type information to lean on.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
