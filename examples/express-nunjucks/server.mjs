// A plain Express + Nunjucks app rendering a question page from Civic's
// Nunjucks macros: GET renders the page, POST checks the answers on the server
// and renders the page again with the errors, or goes on to a confirmation.
// The page works with no JavaScript at all; with it, Civic's script upgrades
// the same markup and checks answers in the browser first.
//
// Two journeys too (their words and checks are ../shared/journeys.mjs):
//   GET  /apply, /apply/check, /apply/confirmation, /apply/track
//        "Apply, then track", in Welsh with ?lang=cy; POST /apply/check sends
//   GET  /permit   "Apply for a resident parking permit", in Welsh with
//        ?lang=cy; POST /permit is multipart/form-data (a file), read with
//        busboy, checked here
//   GET  /permit/sent/<n>  what the server received, as it read it
//
// Install express 5, nunjucks 3 and @civic-design/components (and
// @civic-design/tokens), then `node server.mjs` and open
// http://localhost:3000/question. `pnpm test:packages` installs this folder
// from the packed tarballs and runs app.test.mjs against it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import nunjucks from 'nunjucks';
import { addCivicNunjucks } from '@civic-design/components/nunjucks';
import {
  REFERENCE,
  applyText,
  checkPermit,
  errorListOf,
  languageOf,
  languageQuery,
  permitText,
  readPermitForm,
} from './journeys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const packageFolder = (specifier) => dirname(fileURLToPath(import.meta.resolve(specifier)));
// dist/nunjucks holds civic/<component>/macro.njk, so templates import
// "civic/text-input/macro.njk" with this folder as a search path.
const civicTemplates = packageFolder('@civic-design/components/nunjucks');
const civicDist = dirname(civicTemplates);
const tokensDist = packageFolder('@civic-design/tokens/tokens.css');

/** The answers' problems, by field name, worded as the page shows them. */
export function checkAnswers({ 'full-name': fullName = '', reason = '', password = '' }) {
  const errors = {};
  const name = fullName.trim();
  if (name === '') errors['full-name'] = 'Enter your full name';
  else if (/\d/.test(name)) errors['full-name'] = 'Full name must not include numbers';
  if (reason.trim() === '') errors.reason = 'Enter why you need a permit';
  else if ([...reason].length > 200) errors.reason = 'Reason must be 200 characters or less';
  if (password === '') errors.password = 'Enter a password';
  else if ([...password].length < 8) errors.password = 'Password must be 8 characters or more';
  return errors;
}

/**
 * The app, with the answers it accepted in `app.locals.applications`, the
 * applications sent from check your answers in `app.locals.sent` and the
 * permit forms it accepted in `app.locals.permits` ({ answers, files }).
 */
export function createApp() {
  const app = express();
  const env = new nunjucks.Environment(
    // The permit page's form is shared with the Prototype Kit example.
    new nunjucks.FileSystemLoader([
      join(here, 'views'),
      join(here, '../shared/views'),
      civicTemplates,
    ]),
    { autoescape: true },
  );
  addCivicNunjucks(env); // the civicHtml global the macros call
  env.express(app);
  app.set('view engine', 'njk');
  app.locals.applications = [];
  app.locals.sent = [];
  app.locals.permits = [];

  app.use('/assets', express.static(join(civicDist, 'cdn'))); // civic.js
  app.use('/assets', express.static(join(civicDist, 'css'))); // civic.css
  app.use('/assets', express.static(tokensDist)); // tokens.css
  app.use(express.urlencoded({ extended: false }));

  app.get('/', (request, response) => response.redirect('/question'));
  app.get('/question', (request, response) => response.render('question', { values: {} }));
  app.post('/question', (request, response) => {
    const answers = request.body ?? {};
    const errors = checkAnswers(answers);
    const errorList = Object.entries(errors).map(([field, text]) => ({ text, href: `#${field}` }));
    if (errorList.length > 0) {
      // The answers go back into the fields, except the password.
      const values = { 'full-name': answers['full-name'], reason: answers.reason };
      response.status(422).render('question', { values, errors, errorList });
      return;
    }
    app.locals.applications.push({
      'full-name': answers['full-name'].trim(),
      reason: answers.reason,
    });
    response.redirect(303, '/confirmation');
  });
  app.get('/confirmation', (request, response) =>
    response.render('confirmation', { application: app.locals.applications.at(-1) }),
  );

  // "Apply, then track": each page in English, or in Welsh with ?lang=cy.
  const applyPages = {
    '/apply': 'apply/task-list',
    '/apply/check': 'apply/check',
    '/apply/confirmation': 'apply/confirmation',
    '/apply/track': 'apply/track',
  };
  for (const [path, view] of Object.entries(applyPages)) {
    app.get(path, (request, response) => {
      const lang = languageOf(request.query);
      response.render(view, {
        lang,
        t: applyText[lang],
        query: lang === 'cy' ? '?lang=cy' : '',
        reference: REFERENCE,
      });
    });
  }
  app.post('/apply/check', (request, response) => {
    const lang = languageOf(request.query);
    app.locals.sent.push({ reference: REFERENCE, lang });
    response.redirect(303, `/apply/confirmation${lang === 'cy' ? '?lang=cy' : ''}`);
  });

  // "Apply for a resident parking permit": multipart/form-data, read with
  // busboy; in Welsh with ?lang=cy, as its form posts back.
  const permitView = (request) => {
    const lang = languageOf(request.query);
    return { lang, p: permitText[lang], query: languageQuery(lang) };
  };
  app.get('/permit', (request, response) =>
    response.render('permit', { ...permitView(request), answers: {} }),
  );
  app.post('/permit', async (request, response, next) => {
    try {
      const view = permitView(request);
      const { answers, files } = await readPermitForm(request);
      const errors = checkPermit(answers, files, view.lang);
      if (Object.keys(errors).length > 0) {
        // The answers go back into the fields; a file is chosen again.
        response
          .status(422)
          .render('permit', { ...view, answers, errors, errorList: errorListOf(errors) });
        return;
      }
      // Its number is where the confirmation is (a service would use a reference).
      const number = app.locals.permits.push({ answers, files });
      response.redirect(303, `/permit/sent/${number}${view.query}`);
    } catch (error) {
      next(error);
    }
  });
  app.get('/permit/sent/:number', (request, response, next) => {
    const permit = app.locals.permits[Number(request.params.number) - 1];
    if (permit === undefined)
      next(); // not found
    else response.render('permit-sent', { ...permitView(request), permit });
  });
  return app;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 3000);
  createApp().listen(port, () => console.log(`http://localhost:${port}/question`));
}
