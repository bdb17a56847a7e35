// What every example app's browser check needs: a server on 127.0.0.1 that
// serves the app's files and records each form posted to /submit, and the
// test Chromium (scripts/browser-paths.js).
import { createServer } from 'node:http';
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
