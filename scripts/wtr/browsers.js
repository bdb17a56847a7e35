// The three engines the unit tests run in, each on the browser Debian ships
// (see docs/decisions/0003-tooling.md and scripts/browser-paths.js).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { browserPaths, chromiumArgs } from '../browser-paths.js';

export function chromium() {
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: browserPaths.chromium, headless: true, args: chromiumArgs },
  });
}

// Playwright cannot drive stock Firefox; Puppeteer can, over WebDriver BiDi.
export function firefox() {
  return puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath: browserPaths.firefox,
      headless: true,
    },
  });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port} within ${timeoutMs} ms`);
}

// Playwright cannot drive Debian's WebKitGTK either, so WebdriverIO talks to
// WebKitWebDriver, which this launcher starts and stops itself. MiniBrowser has
// no headless mode: run under a display (scripts/with-display.sh uses xvfb-run).
export async function webkit() {
  const port = await freePort();
  const driver = spawn(browserPaths.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  const stopDriver = () => driver.kill();
  process.once('exit', stopDriver);
  await waitForPort(port, 15_000);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browserPaths.miniBrowser, args: ['--automation'] },
    },
  });
  // Report the engine, not the name of its test browser, in test output.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize(config);
    launcher.name = 'WebKit';
  };
  const stopLauncher = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stopLauncher();
    stopDriver();
  };
  return launcher;
}
