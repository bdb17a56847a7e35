// Unit, accessibility and server-rendering tests for every package, in
// Chromium, Firefox and WebKit. CIVIC_BROWSERS=chromium (or
// web-test-runner.quick.config.js, behind `pnpm test:quick`) picks engines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { accessibilityTreePlugin } from './scripts/wtr/accessibility-tree-plugin.js';
import { chromium, firefox, webkit } from './scripts/wtr/browsers.js';
import { reactEsmPlugin } from './scripts/wtr/react-esm-plugin.js';

const launchers = { chromium, firefox, webkit };

function launch(names) {
  for (const name of names) {
    if (!(name in launchers))
      throw new Error(`Unknown browser "${name}"; use chromium, firefox or webkit.`);
  }
  return Promise.all(names.map((name) => launchers[name]()));
}

const engines = process.env.CIVIC_BROWSERS?.split(',') ?? Object.keys(launchers);

export default {
  rootDir: '.',
  files: ['packages/*/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  browsers: await launch(engines),
  // Two cores: one browser page at a time per engine keeps timings and focus stable.
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
    accessibilityTreePlugin(),
    reactEsmPlugin({ packageDir: 'packages/react' }),
  ],
  // The tokens stylesheet is loaded as a service would load it, so contrast
  // checks by axe see the real colours.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Civic tests</title>
        <link rel="stylesheet" href="/packages/tokens/dist/tokens.css" />
        <link rel="stylesheet" href="/packages/components/dist/css/civic.css" />
      </head>
      <body>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  coverageConfig: {
    include: ['packages/*/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/*.stories.ts', '**/node_modules/**'],
    threshold: { statements: 90, lines: 90, branches: 90, functions: 90 },
    report: true,
    reportDir: 'coverage',
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
};
