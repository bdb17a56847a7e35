// What every example app's browser check needs: a server on 127.0.0.1 that
// serves the app's files and records each form posted to /submit, and the
// test Chromium (scripts/browser-paths.js).
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { chromium } from 'playwright';
import { browserPaths, chromiumArgs } from '../scripts/browser-paths.js';

/**
 * Starts the server. `serveFile(url)` returns `{ type, body }` for a file of
 * the app, or `null` when there is none (answered with 404), or a promise of
 * either (an app whose own server renders its pages, fetched from it).
 */
export async function startSubmissionServer(serveFile) {
  const submissions = [];
  const server = createServer(async (request, response) => {
    if (request.method === 'POST' && request.url === '/submit') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        submissions.push(body);
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end('<!doctype html><title>Received</title><h1>Received</h1>');
      });
      return;
    }
    const file = await serveFile(request.url);
    if (file === null) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    submissions,
    close: () => server.close(),
  };
}

/** The Chromium the tests use. */
export function launchChromium() {
  return chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
}

/** A port free on 127.0.0.1 now, for a server an example's check starts itself. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once the server process `child` prints `pattern` on its standard
 * output (the line a server prints when it listens); rejects, with what it
 * printed, if it exits first or has not printed it within 30 s.
 */
export function whenPrinted(child, pattern, name) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), 30_000);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}: ${output}`));
    });
  });
}
