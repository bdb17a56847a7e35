// Where the test browsers are, shared by web-test-runner and the Storybook
// story tests. The defaults are Debian's packages; each can be overridden with
// an environment variable so developers on macOS or Windows can use their own.
export const browserPaths = {
  chromium: process.env.CIVIC_CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.CIVIC_FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.CIVIC_WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
  miniBrowser:
    process.env.CIVIC_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};

// Without these, Chromium keeps trying to reach Google's services, which a
// closed network refuses, and as root it refuses to start with the sandbox on.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
