// A complete server-rendered form in plain Node (node:http), the shape an
// Express or Fastify app takes: GET renders the page's HTML with the server
// entry, POST validates on the server and renders the errors the same way.
// `pnpm test:packages` installs it from the packed tarballs and runs
// ssr.test.mjs against it. To try it, copy this folder, install
// @civic-design/components, @civic-design/tokens and esbuild, run `node server.mjs` and open
// http://localhost:3000.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { renderContactPage } from './render.mjs';

const require = createRequire(import.meta.url);

/** The browser bundle: the components (see client.js). */
async function buildClient() {
  const result = await build({
    entryPoints: [new URL('client.js', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
  });
  return result.outputFiles[0].text;
}

async function readForm(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

export async function createContactServer() {
  const client = await buildClient();
  const tokens = readFileSync(require.resolve('@civic-design/tokens/tokens.css'));
  const styles = readFileSync(require.resolve('@civic-design/components/civic.css'));
  return createServer(async (request, response) => {
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (request.method === 'GET' && request.url === '/') {
      send(200, 'text/html; charset=utf-8', renderContactPage());
    } else if (request.method === 'GET' && request.url === '/client.js') {
      send(200, 'text/javascript; charset=utf-8', client);
    } else if (request.method === 'GET' && request.url === '/tokens.css') {
      send(200, 'text/css; charset=utf-8', tokens);
    } else if (request.method === 'GET' && request.url === '/civic.css') {
      send(200, 'text/css; charset=utf-8', styles);
    } else if (request.method === 'POST' && request.url === '/contact') {
      const values = await readForm(request);
      // The server checks everything again, and more than the browser can:
      // here, that a name has no digits.
      const errors = {};
      const name = values['full-name']?.trim() ?? '';
      if (name === '') errors['full-name'] = 'Enter your full name';
      else if (/\d/.test(name)) errors['full-name'] = 'Full name must not include numbers';
      if ([...(values.reason ?? '')].length > 200) {
        errors.reason = 'Why you need a parking permit must be 200 characters or less';
      }
      if (Object.keys(errors).length > 0) {
        send(422, 'text/html; charset=utf-8', renderContactPage({ values, errors }));
      } else {
        response.writeHead(303, { location: '/' }).end();
      }
    } else {
      send(404, 'text/plain; charset=utf-8', 'Not found');
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await createContactServer();
  server.listen(3000, () => console.log('http://localhost:3000'));
}
