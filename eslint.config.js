// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Lint, including the layering of the house (../shared/STYLE.md): each layer may import only what its
 * job needs, and a wrong import fails `npm run lint`. `layer-rules.test.ts` proves each rule fires.
 */
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads'];

/** What all of core/ may not import. */
const coreImports = {
  paths: [{ name: 'electron', message: 'core/ runs in plain Node: only electron/ may import electron.' }],
  patterns: [
    { group: ['react', 'react-dom', 'react-dom/*', 'react-aria-components'], message: 'core/ has no UI: React belongs in renderer/.' },
    { regex: '(^|/)(renderer|electron)(/|$)', message: 'core/ may not depend on the shells: data flows renderer → api → core.' },
  ],
};

/** The folders of core/ that hold an engine (a domain) or compose them: what core/api sits apart from. */
const coreDomainAndHostFolders = [
  'course',
  'progress',
  'records',
  'sessions',
  'trainer',
  'authoring',
  'certificates',
  'workspace',
  'service',
  'server',
];

export const layerRules = {
  core: {
    files: ['core/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', coreImports],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map((name) => ({
          name,
          message: 'core/ runs in Node: there is no DOM here.',
        })),
      ],
    },
  },
  /**
   * The contract declares its own wire types, so a change inside an engine cannot change what the
   * renderer receives without a compile error at the service (core/api/contract.ts). Only
   * inputs/engine-schemas.ts may import from the engines: the two argument schemas they share,
   * each checked there against its declared wire type. Tests may import what they compare with.
   */
  coreApi: {
    files: ['core/api/**/*.{ts,tsx}'],
    ignores: ['core/api/inputs/engine-schemas.ts', 'core/api/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: coreImports.paths,
          patterns: [
            ...coreImports.patterns,
            {
              regex: `^(\\.\\./)+(${coreDomainAndHostFolders.join('|')})(/|$)`,
              message:
                'core/api declares its wire types and imports nothing from the engines or the service: declare the type here and map to it in core/service.',
            },
          ],
        },
      ],
    },
  },
  renderer: {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the desktop shell only through the preload bridge.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a sandboxed page: no Node modules. Ask the Node side through the API.' },
            {
              regex: '(^|/)core/api/',
              allowTypeImports: true,
              message: 'The renderer may import only types from core/api (use `import type`).',
            },
            { regex: '(^|/)core/(?!api/)', message: 'The renderer may import nothing from core/ but the types of its API contract.' },
            { regex: '(^|/)electron/', message: 'The renderer may not import the desktop shell.' },
          ],
        },
      ],
    },
  },
  outsideElectron: {
    files: ['core/**', 'renderer/**', 'tests/**', 'scripts/**', 'bench/**'].map((glob) => `${glob}/*.{ts,tsx,mjs,js}`),
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only electron/ imports electron.' }] }],
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits, or one handed to a caller that ignores it, loses its
    // rejection (an unsaved answer with no message). Event handlers wrap async work as `() => void run()`.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layerRules.core,
  layerRules.coreApi,
  layerRules.renderer,
  layerRules.outsideElectron,
);
