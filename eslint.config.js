import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const banned = (names, message) => ({
  rules: { 'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })) }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench/results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // One-way layers: React only in src/ui, MapLibre only in src/map.
  {
    files: ['src/data/**', 'src/geo/**', 'src/state/**', 'src/i18n/**'],
    ...banned(
      ['react', 'react-dom', 'maplibre-gl'],
      'data, geo, state and i18n stay free of React and MapLibre.',
    ),
  },
  {
    files: ['src/map/**'],
    ...banned(['react', 'react-dom'], 'src/map is plain MapLibre; React lives in src/ui.'),
  },
  {
    files: ['src/ui/**'],
    ...banned(['maplibre-gl'], 'src/ui talks to the map through the store, not MapLibre.'),
  },
);
