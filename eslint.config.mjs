// One flat ESLint config for the whole monorepo: type-aware for TypeScript (each file is checked
// against its workspace's tsconfig.json through the project service), plain for .js/.mjs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Files that are configuration: the only places allowed to read `process.env`. */
const CONFIG_MODULES = [
  '**/config.ts',
  '**/config/**',
  '**/*.config.{ts,js,mjs}',
  '**/*-config.ts',
  'jest.base.js',
  '.ci/**',
  // Jest's global setup and teardown hand the test database and data directory to the test files.
  '**/test/**/*global-setup.ts',
  '**/test/**/global-teardown.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/.next/**',
      '**/node_modules/**',
      '**/__generated__/**',
      'portal/src/gql/**',
      'examples/*/src/gql/**',
      '**/next-env.d.ts',
      '**/coverage/**',
    ],
  },
  js.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'off',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment in the package\'s config module and pass the values in.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Every portal link is the portal's own (not prefetched: see portal/src/components/link.tsx).
    files: ['portal/src/**/*.{ts,tsx}'],
    ignores: ['portal/src/components/link.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use the portal's Link from '@/components/link' (not prefetched)." }] }],
    },
  },
  {
    files: CONFIG_MODULES,
    rules: { 'no-restricted-properties': 'off' },
  },
);
