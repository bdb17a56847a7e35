// A small static file server for the benchmark pages, on 127.0.0.1 only.
// It serves files uncompressed; compressed sizes are computed from the same
// files with node:zlib, so the network never enters the timings.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

/** Serves `root`; resolves with `{ origin, fileFor(url), close() }`. */
export function serve(root) {
  const server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://127.0.0.1'));
    let size;
    try {
      size = file === null ? -1 : statSync(file).size;
    } catch {
      size = -1;
    }
    if (file === null || size < 0) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });

  function fileFor(url) {
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    return path.startsWith(root + sep) ? path : null;
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        fileFor: (href) => fileFor(new URL(href)),
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
