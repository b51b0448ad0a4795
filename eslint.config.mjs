import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Headless bricks run in Node, browsers and workers alike: they must not reach for Lit or the DOM.
const elementPackages = [
  'elements',
  'workflow-elements',
  'notifications-elements',
  'registration-elements',
  'payments-elements',
  'cases-elements',
];
const headlessFiles = ['packages/*/src/**/*.ts'];
const elementFiles = elementPackages.map((name) => `packages/${name}/src/**/*.ts`);
// The composition layer sits above the elements (it server-renders them) and runs in Node only.
const compositionFiles = ['packages/service/src/**/*.ts'];
const domGlobals = ['document', 'window', 'customElements', 'HTMLElement', 'navigator', 'localStorage', 'sessionStorage'];
// Framework adapters sit above the element packages and wrap them, so they import Lit's adapters and the elements.
const adapterFiles = ['packages/react/src/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      '.test-results/**',
      '**/custom-elements.json',
      'tests/consumers/projects/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Use Lit templates; HTML strings go through the one sanitising module.',
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: 'Use Lit templates; HTML strings go through the one sanitising module.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Use Lit templates; HTML strings go through the one sanitising module.',
        },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error (a send that failed silently, a test
    // that passes before its assertions run). The project service reads tsconfig.json, as tsc does.
    // Not in browser tests and their support suites: @open-wc/testing's DOM-diff plugin types chai's
    // every `equal` as returning a promise, so each assertion there would be reported.
    files: ['**/*.ts'],
    ignores: ['**/*.browser.test.ts', 'packages/elements/test/support/**', 'packages/*-elements/test/support/**'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: headlessFiles,
    ignores: [...elementFiles, ...compositionFiles, ...adapterFiles],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', '@lit/*', '@lit-labs/*'], message: 'Headless packages never import Lit.' },
            {
              group: ['@civicbricks/elements', '@civicbricks/*-elements'],
              message: 'Imports point down: headless packages never import element packages.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'Headless packages run without a DOM.' }))],
    },
  },
  {
    files: compositionFiles,
    rules: {
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'The service runs in Node: it has no DOM.' }))],
    },
  },
  {
    files: elementFiles,
    ...lit.configs['flat/recommended'],
  },
  {
    files: elementFiles,
    plugins: { 'lit-a11y': litA11y },
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((rule) => [`lit-a11y/${rule}`, 'error'])),
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    // The one sanitising module: every `html` option goes through its allow-list before it reaches unsafeHTML.
    ignores: ['packages/elements/src/lib/sanitise-html.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML outside the sanitising module.' }] },
      ],
    },
  },
  {
    // Tests assert what they reach for; chai's `expect(x).to.exist` is an expression by design.
    files: ['packages/*/test/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
