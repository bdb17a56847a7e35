// ESLint flat config. Type-aware typescript-eslint rules for our TypeScript, the
// Lit and web-component rule sets for element code, and Prettier last so that
// formatting is Prettier's job alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'coverage/**',
      'storybook-static/**',
      'packages/components/custom-elements.json',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The React wrappers' runtime runs in the browser (and React's server renderer).
    files: ['packages/react/runtime/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      // Template literals in messages are readable with numbers in them.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => element.click()` reads better than a braced body and hides nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/best-practice']],
  },
  {
    // Tests and stories' play functions assert on elements they know are there.
    files: ['**/*.test.ts', '**/*.stories.ts', 'packages/*/test/**/*.ts'],
    rules: {
      // Chai's `expect(x).to.be.true` style is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Example apps are type-checked by their own tools (next build, svelte-check,
    // vue-tsc) in the package checks, against the packed tarballs, not this project.
    files: ['examples/**/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { projectService: false } },
  },
  prettier,
);
