// A real little service for the end-to-end tests: one question page rendered
// on the server with Civic's server API, a form that posts back to it, server
// validation, and the Post/Redirect/Get answer a public-sector service gives.
// It works with no script at all; the Civic script is linked as a module and
// only improves it (a browser with JavaScript off ignores it).
//
//   GET  /question              the question page (no errors)
//   GET  /question?compare=1    ... with plain controls beside (input, textarea, password, a
//                               date's three inputs, radios) and a Civic date input and radios
//                               the Civic ones, for the restore tests
//   GET  /question?show-errors=1  ... as an empty POST comes back, for the
//                               layout comparison (a JS-on browser cannot
//                               post an empty form: the script stops it)
//   POST /question              validates; errors re-render the page, else 303 /done
//   GET  /apply/...             the "apply, then track" pages (apply.mjs)
//   GET, POST /permit           the parking permit question page (permit-pages.mjs), ?lang=cy
//   GET  /permit/sent/<n>       what the server received from permit form n
//   GET  /csp/question          the question page under a strict Content-Security-Policy
//                               with Trusted Types ('none', or ?trusted-types=lit-html)
//   POST /csp-report            where browsers report CSP violations (`service.cspReports`)
//   GET  /done                  the confirmation page
//   GET  /elsewhere             a page to navigate away to
//   GET  /tokens.css, /civic.css, /civic.js   the built package files
//   GET  /page.css, /csp-watch.js   the page's own style, and a script that
//                               records CSP violations in the page
//   GET  /script-check          proves whether page script runs: an external
//                               script renames the page; <noscript> shows text
//
// Every POST is recorded (`service.posts`) so a test can check exactly what
// the browser sent, or that it sent nothing.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { applyPage } from './apply.mjs';
import { answersOf, checkPermit, languageOf, languageQuery } from '../examples/shared/journeys.mjs';
import { permitPage, permitSentPage } from './permit-pages.mjs';
import { readMultipart } from './permit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const distFiles = {
  '/tokens.css': ['packages/tokens/dist/tokens.css', 'text/css'],
  '/civic.css': ['packages/components/dist/css/civic.css', 'text/css'],
  '/civic.js': ['packages/components/dist/cdn/civic.js', 'text/javascript'],
};

// The page's own styles, as a file so that a strict CSP (style-src 'self')
// allows them. A scroll bar always, so a page that grows by a line with
// script does not narrow by a scroll bar's width: the layout tests compare boxes.
const PAGE_CSS =
  'html { overflow-y: scroll; } body { margin: 0; } main { max-width: 640px; padding: 16px 24px; }';

// Runs before Civic's script and keeps every Content-Security-Policy
// violation the page meets, for the CSP tests to read (window.__cspViolations).
const CSP_WATCH = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.effectiveDirective + ' ' + event.blockedURI);
});`;

/**
 * The strict policy a service can use with Civic: nothing inline, every
 * script and style from the service itself, Trusted Types enforced with no
 * policy allowed at all ('none'), or with Lit's (`lit-html`).
 */
export function strictCsp(trustedTypes = "'none'") {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
    'report-uri /csp-report',
  ].join('; ');
}

// Read once at start: a rebuild of the packages while the tests run (which
// empties dist/ first) must not change what the browsers get half way.
function readAssets() {
  const assets = {};
  for (const [path, [file, type]] of Object.entries(distFiles)) {
    try {
      assets[path] = { body: readFileSync(new URL(file, `file://${root}`)), type };
    } catch (error) {
      throw new Error(`${file} is missing: build the packages first (pnpm build).`, {
        cause: error,
      });
    }
  }
  assets['/page.css'] = { body: PAGE_CSS, type: 'text/css' };
  assets['/csp-watch.js'] = { body: CSP_WATCH, type: 'text/javascript' };
  return assets;
}

// The controls' HTML comes from Civic's own server entry
// (@civic-design/components/server), the built package output, so these
// tests check what a real service would send.
function loadRenderers() {
  return import(new URL('packages/components/dist/server/index.js', `file://${root}`));
}

export const MORE_MAX_LENGTH = 200;

export const fields = {
  // field-name makes the browser's messages the server's ("Enter your full name").
  fullName: {
    name: 'full-name',
    label: 'Full name',
    hint: 'As on your passport',
    fieldName: 'your full name',
  },
  more: { name: 'more', label: 'Tell us more' },
  password: {
    name: 'password',
    label: 'Password',
    hint: 'The one we sent you by letter',
    fieldName: 'your password',
  },
};

/** A complete, valid answer, typed by the tests; accents, symbols and a line break check the encoding end to end. */
export const sampleAnswer = {
  'full-name': 'Zoë Ó Súilleabháin',
  more: 'I can be reached after 5pm & at weekends;\nmy reference is AB/123 (50% = ½).',
  password: 'correct horse battery staple',
};

/** The same answer as a browser posts it: form submission sends every line break as CR LF. */
export const sampleAnswerAsPosted = Object.fromEntries(
  Object.entries(sampleAnswer).map(([name, value]) => [name, value.replace(/\n/g, '\r\n')]),
);

/** The server's own checks: errors by field name, in page order. */
export function validate(answers) {
  const errors = {};
  if ((answers['full-name'] ?? '').trim() === '') errors['full-name'] = 'Enter your full name';
  if ((answers.more ?? '').length > MORE_MAX_LENGTH) {
    errors.more = `Tell us more must be ${MORE_MAX_LENGTH} characters or fewer`;
  }
  if ((answers.password ?? '') === '') errors.password = 'Enter your password';
  return errors;
}

const escapeHtml = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function layout(title, main, lang = 'en') {
  return `<!doctype html>
<html lang="${lang === 'cy' ? 'cy' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/tokens.css">
<link rel="stylesheet" href="/civic.css">
<link rel="stylesheet" href="/page.css">
<script src="/csp-watch.js"></script>
<script type="module" src="/civic.js"></script>
</head>
<body>
<main id="main">
${main}
</main>
</body>
</html>`;
}

function questionPage(render, { answers = {}, errors = {}, compare = false }) {
  const errorFor = (name) => errors[name];
  const items = Object.entries(errors).map(([name, text]) => ({ text, href: `#${name}` }));
  const title = `${items.length > 0 ? 'Error: ' : ''}Your details - Civic service`;
  // Plain native controls beside the Civic ones: whatever the browser does
  // with them on Back and reload is what the Civic ones must do too.
  const plainName = compare
    ? `<p><label for="plain-name">Plain input</label><br><input id="plain-name" name="plain-name" type="text"></p>`
    : '';
  const plainMore = compare
    ? `<p><label for="plain-more">Plain textarea</label><br><textarea id="plain-more" name="plain-more" rows="3"></textarea></p>`
    : '';
  // The case the shadow-DOM design got wrong: a typed password came back
  // where a native one does not, or in another field.
  const plainPassword = compare
    ? `<p><label for="plain-password">Plain password</label><br><input id="plain-password" name="plain-password" type="password"></p>`
    : '';
  // A date of birth and a choice, Civic's and plain ones, for the same reason.
  const compareGroups = compare
    ? `${render.civicHtml('date-input', { name: 'dob', legend: 'Date of birth' })}
<fieldset><legend>Plain date of birth</legend>
${['day', 'month', 'year']
  .map(
    (part) =>
      `<label for="plain-dob-${part}">${part}</label> <input id="plain-dob-${part}" name="plain-dob-${part}" inputmode="numeric">`,
  )
  .join('\n')}
</fieldset>
${render.civicHtml('radios', {
  name: 'contact',
  legend: 'How should we contact you?',
  items: [
    { value: 'email', text: 'Email' },
    { value: 'phone', text: 'Phone' },
  ],
})}
<fieldset><legend>Plain contact</legend>
<input type="radio" id="plain-contact" name="plain-contact" value="email"> <label for="plain-contact">Email</label>
<input type="radio" id="plain-contact-2" name="plain-contact" value="phone"> <label for="plain-contact-2">Phone</label>
</fieldset>`
    : '';
  return layout(
    title,
    `${render.renderErrorSummary({ items })}
<h1>Your details</h1>
<form method="post" action="/question" novalidate>
${render.renderTextInput({
  ...fields.fullName,
  required: true,
  autocomplete: 'name',
  value: answers['full-name'],
  error: errorFor('full-name'),
})}
${plainName}
${render.renderTextarea({
  ...fields.more,
  maxLength: MORE_MAX_LENGTH,
  value: answers.more,
  error: errorFor('more'),
})}
${plainMore}
${render.renderPasswordInput({
  ...fields.password,
  required: true,
  autocomplete: 'current-password',
  error: errorFor('password'),
})}
${plainPassword}
${compareGroups}
${render.renderButton({ text: 'Continue' })}
</form>
<p><a id="elsewhere" href="/elsewhere">Help with this question</a></p>`,
  );
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/**
 * Starts the service on 127.0.0.1 (a free port). Returns `{ origin, posts,
 * cspReports, close }` (cspReports: the bodies of CSP violation reports); each post is `{ path, type, body, entries, answers }`, `entries`
 * the name/value pairs in order (repeats kept), `answers` the last of each.
 */
/** A URL's query as an object, as Express gives it. */
const query = (url) => Object.fromEntries(url.searchParams);

export async function startService() {
  const assets = readAssets();
  const render = await loadRenderers();
  const posts = [];
  // The permit forms it accepted ({ answers, files }), shown at /permit/sent/<n>.
  const permits = [];
  const cspReports = [];
  const html = (response, status, body, headers = {}) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(body);
  };
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://127.0.0.1');
      if (request.method === 'GET' && assets[url.pathname]) {
        const asset = assets[url.pathname];
        response.writeHead(200, { 'content-type': asset.type });
        response.end(asset.body);
      } else if (url.pathname === '/question' && request.method === 'GET') {
        const showErrors = url.searchParams.has('show-errors');
        html(
          response,
          200,
          questionPage(render, {
            errors: showErrors ? validate({}) : {},
            compare: url.searchParams.has('compare'),
          }),
        );
      } else if (url.pathname === '/csp/question' && request.method === 'GET') {
        const policy = url.searchParams.get('trusted-types') === 'lit-html' ? 'lit-html' : "'none'";
        html(response, 200, questionPage(render, {}), {
          'content-security-policy': strictCsp(policy),
        });
      } else if (url.pathname === '/csp-report' && request.method === 'POST') {
        cspReports.push(await readBody(request));
        response.writeHead(204);
        response.end();
      } else if (url.pathname === '/question' && request.method === 'POST') {
        const body = await readBody(request);
        const type = request.headers['content-type'] ?? '';
        const entries = type.startsWith('application/x-www-form-urlencoded')
          ? [...new URLSearchParams(body)]
          : [];
        const answers = Object.fromEntries(entries);
        posts.push({ path: url.pathname, type, body, entries, answers });
        const errors = validate(answers);
        if (Object.keys(errors).length > 0) {
          html(response, 200, questionPage(render, { answers, errors }));
        } else {
          response.writeHead(303, { location: '/done' });
          response.end();
        }
      } else if (url.pathname.startsWith('/apply') && request.method === 'GET') {
        const page = applyPage(render, url.pathname, url.searchParams.get('lang') ?? 'en');
        if (page === undefined) html(response, 404, layout('Not found', '<h1>Page not found</h1>'));
        else html(response, 200, layout(page.title, page.main, page.lang));
      } else if (url.pathname === '/apply/check' && request.method === 'POST') {
        posts.push({
          path: url.pathname,
          type: request.headers['content-type'] ?? '',
          body: await readBody(request),
        });
        const lang = url.searchParams.get('lang') === 'cy' ? '?lang=cy' : '';
        response.writeHead(303, { location: `/apply/confirmation${lang}` });
        response.end();
      } else if (url.pathname === '/permit' && request.method === 'GET') {
        const page = permitPage(render, { lang: languageOf(query(url)) });
        html(response, 200, layout(page.title, page.main, page.lang));
      } else if (url.pathname === '/permit' && request.method === 'POST') {
        const lang = languageOf(query(url));
        const type = request.headers['content-type'] ?? '';
        const { entries, files } = await readMultipart(request);
        const answers = answersOf(entries);
        posts.push({ path: url.pathname, type, entries, files, answers });
        const errors = checkPermit(answers, files, lang);
        if (Object.keys(errors).length > 0) {
          const page = permitPage(render, { lang, answers, errors });
          html(response, 200, layout(page.title, page.main, page.lang));
        } else {
          const number = permits.push({ answers, files });
          response.writeHead(303, { location: `/permit/sent/${number}${languageQuery(lang)}` });
          response.end();
        }
      } else if (url.pathname.startsWith('/permit/sent/') && request.method === 'GET') {
        const permit = permits[Number(url.pathname.slice('/permit/sent/'.length)) - 1];
        if (permit === undefined)
          html(response, 404, layout('Not found', '<h1>Page not found</h1>'));
        else {
          const page = permitSentPage(render, { lang: languageOf(query(url)), ...permit });
          html(response, 200, layout(page.title, page.main, page.lang));
        }
      } else if (url.pathname === '/script-check.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' });
        response.end("document.title = 'Script ran';");
      } else if (url.pathname === '/script-check') {
        html(
          response,
          200,
          `<!doctype html><html lang="en"><head><title>Script did not run</title>
<script src="/script-check.js"></script></head>
<body><noscript><p id="noscript">Script is off</p></noscript><p>Script check</p></body></html>`,
        );
      } else if (url.pathname === '/done' && request.method === 'GET') {
        html(
          response,
          200,
          layout('Done - Civic service', '<h1>Thank you</h1><p>We have your details.</p>'),
        );
      } else if (url.pathname === '/elsewhere' && request.method === 'GET') {
        html(
          response,
          200,
          layout('Help - Civic service', '<h1>Help</h1><p>Go back to the question.</p>'),
        );
      } else {
        html(response, 404, layout('Not found', '<h1>Page not found</h1>'));
      }
    } catch (error) {
      html(response, 500, layout('Error', `<pre>${escapeHtml(error.stack)}</pre>`));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    posts,
    cspReports,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
