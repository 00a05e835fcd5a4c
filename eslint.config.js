import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      '**/coverage/**',
      'apps/admin/src/gql/**',
      'apps/api/e2e/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The API compiles with decorator metadata: a class named in a decorated signature (a service
    // in a resolver's constructor, an input type) must stay a value import, or the container and
    // type-graphql read `Object`. With these set, consistent-type-imports leaves such files alone.
    files: ['apps/api/**/*.ts'],
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
  },
  {
    files: ['apps/admin/src/**/*', '**/admin/src/**/*'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.ts', '**/*.vue', '**/*.js'],
    plugins: { '@nx': nx },
    rules: {
      // The one-way doors: the domain imports nothing of ours; the apps import the domain;
      // the admin never imports the API's code.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:domain'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:domain', 'scope:api'] },
          ],
        },
      ],
    },
  },
  {
    files: ['tools/**/*', '**/bench/**/*', '**/fixtures/**/*', '**/e2e/**/*'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
