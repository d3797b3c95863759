import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Every folder under src/features is a feature, so a new one is bounded from its first file.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The layers, each importing only from those below it:
//   src/app        the shell and routes: composes features (the only place that knows them all)
//   src/features/* one feature each; never from another feature
//   src/components shared UI
//   src/shared     domain code that several features need: the signed-in user and what they may
//                  do, the contract's enums, the reference lists, the query keys of shared resources
//   src/lib        infrastructure only: the API client, sign-in, i18n, dates, formats, problems
// Each feature may import only from itself, src/components, src/shared, src/lib, src/api and src/locales.
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features/*', `!@/features/${feature}`],
            message: 'No imports from one feature into another: move shared UI to src/components, shared domain code to src/shared.',
          },
          { group: ['@/app/*', '@/app'], message: 'Features must not depend on the app layer.' },
          { group: ['../../*'], message: 'Use the @/ alias instead of climbing out of the feature.' },
        ],
      },
    ],
  },
}));

// An array literal (with or without `as const`) as a queryKey, or as the key of get/setQueryData.
const inlineQueryKey = [
  "Property[key.name='queryKey'] > ArrayExpression",
  "Property[key.name='queryKey'] > TSAsExpression > ArrayExpression",
  'CallExpression[callee.property.name=/^(get|set)Quer(y|ies)Data$/] > ArrayExpression.arguments:first-child',
  'CallExpression[callee.property.name=/^(get|set)Quer(y|ies)Data$/] > TSAsExpression.arguments:first-child > ArrayExpression',
].join(', ');

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/api/generated', 'e2e/artifacts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel files: import from the module itself.' },
        // Invalidation works by prefix, so a key typed out by hand silently stops matching when
        // the factory changes. Keys come from one factory per resource: src/shared/query-keys/*
        // for resources several features read or change, features/<feature>/api/keys.ts otherwise.
        { selector: inlineQueryKey, message: "Build query keys with the resource's key factory, not an array literal." },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*', '@/app/*', '@/app'], message: 'Shared code must not depend on features or the app.' }] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/features/*', '@/app/*', '@/app'], message: 'Shared code must not depend on features or the app.' },
            { group: ['@/components/*'], message: 'Shared domain code sits below the UI: src/components may use it, not the other way round.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/features/*', '@/app/*', '@/app'], message: 'Shared code must not depend on features or the app.' },
            { group: ['@/shared/*', '@/components/*'], message: 'src/lib is infrastructure only: no domain code, no UI.' },
          ],
        },
      ],
    },
  },
  {
    // the end-to-end code runs in Node and hands functions to the browser (page.evaluate)
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['scripts/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node, ...globals.browser } },
  },
);
