import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // Each package keeps its stories and usage docs beside the code they describe.
  // The introduction and other pages about Civic as a whole live here.
  stories: ['./pages/*.mdx', '../packages/*/src/**/*.mdx', '../packages/*/src/**/*.stories.ts'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // MDX 3 is CommonMark: without GitHub-flavoured Markdown a usage doc's
      // tables reach the reader as pipes and dashes.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  // No viteFinal: Vite 8 compiles each TypeScript file with the compiler options
  // of its nearest tsconfig.json. For packages/*/src that is the root one, whose
  // base turns on experimentalDecorators and turns off useDefineForClassFields,
  // so Lit's decorators are lowered and reactive properties keep their
  // accessors. The Primary and Start button stories fail if that ever stops.
  core: {
    // No network calls from the build or the dev server: CI and many council
    // networks cannot reach Storybook's telemetry endpoint.
    disableTelemetry: true,
  },
};

export default config;
