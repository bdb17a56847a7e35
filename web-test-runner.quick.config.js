// One engine for fast local work: `pnpm test:quick` (add `--watch` to rerun on save).
process.env.CIVIC_BROWSERS ??= 'chromium';
const { default: config } = await import('./web-test-runner.config.js');

export default config;
