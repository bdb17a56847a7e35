import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: [
    '../docs/storybook/**/*.mdx',
    '../packages/*/src/**/*.mdx',
    '../packages/*/src/**/*.stories.ts',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Vite's TypeScript transform (oxc) reads the root tsconfig.json, which turns
  // on the legacy decorators our elements use, so no viteFinal is needed.
  core: {
    // No network calls from the build or the dev server: CI and many council
    // networks cannot reach Storybook's telemetry endpoint.
    disableTelemetry: true,
  },
};

export default config;
