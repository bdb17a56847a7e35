// The question page's answers checked on the server, as a prototype's routes
// file does it (the kit keeps every posted answer in the session as `data`).
// On errors the page is rendered again with them; otherwise on to the
// confirmation. For guidance on routes see
// https://prototype-kit.service.gov.uk/docs/create-routes

const govukPrototypeKit = require('govuk-prototype-kit');

const router = govukPrototypeKit.requests.setupRouter();

router.post('/question', (req, res) => {
  const data = req.session.data;
  const name = (data['full-name'] ?? '').trim();
  const reason = data.reason ?? '';
  const password = data.password ?? '';
  const errors = {};
  if (name === '') errors['full-name'] = 'Enter your full name';
  else if (/\d/.test(name)) errors['full-name'] = 'Full name must not include numbers';
  if (reason.trim() === '') errors.reason = 'Enter why you need a permit';
  else if ([...reason].length > 200) errors.reason = 'Reason must be 200 characters or less';
  if (password === '') errors.password = 'Enter a password';
  else if ([...password].length < 8) errors.password = 'Password must be 8 characters or more';
  // The kit stores posted answers in the session; a password does not belong there.
  delete data.password;

  const errorList = Object.entries(errors).map(([field, text]) => ({ text, href: `#${field}` }));
  if (errorList.length > 0) {
    res.status(422).render('question', { errors, errorList });
    return;
  }
  // Save the session before redirecting. express-session otherwise sends the
  // redirect's headers while the kit's file store is still writing, and a
  // quick browser asks for the next page before the answers are stored.
  req.session.save(() => res.redirect(303, '/confirmation'));
});

// "Apply, then track": each page in English, or in Welsh with ?lang=cy.
// htmlLang is the kit layout's <html lang>.
const {
  REFERENCE,
  applyText,
  checkPermit,
  errorListOf,
  languageOf,
  languageQuery,
  permitText,
  readPermitForm,
} = require('./journeys.js');

for (const page of ['task-list', 'check', 'confirmation', 'track']) {
  const path = page === 'task-list' ? '/apply' : `/apply/${page}`;
  router.get(path, (req, res) => {
    const lang = languageOf(req.query);
    res.render(`apply/${page}`, {
      lang,
      htmlLang: lang,
      t: applyText[lang],
      query: lang === 'cy' ? '?lang=cy' : '',
      reference: REFERENCE,
    });
  });
}
router.post('/apply/check', (req, res) => {
  const lang = languageOf(req.query);
  res.redirect(303, `/apply/confirmation${lang === 'cy' ? '?lang=cy' : ''}`);
});

// "Apply for a resident parking permit": it carries a file, so it posts
// multipart/form-data, which the kit leaves unparsed; busboy reads it. In
// Welsh with ?lang=cy, as its form posts back.
const permitView = (req) => {
  const lang = languageOf(req.query);
  return { lang, htmlLang: lang, p: permitText[lang], query: languageQuery(lang) };
};
router.get('/permit', (req, res) => res.render('permit', { ...permitView(req), answers: {} }));
router.post('/permit', async (req, res, next) => {
  try {
    const view = permitView(req);
    const { answers, files } = await readPermitForm(req);
    const errors = checkPermit(answers, files, view.lang);
    if (Object.keys(errors).length > 0) {
      // The answers go back into the fields; a file is chosen again.
      res
        .status(422)
        .render('permit', { ...view, answers, errors, errorList: errorListOf(errors) });
      return;
    }
    // What the server read, for the confirmation (a service would store the file).
    req.session.data.permit = { answers, files };
    req.session.save(() => res.redirect(303, `/permit/sent${view.query}`));
  } catch (error) {
    next(error);
  }
});
router.get('/permit/sent', (req, res) =>
  res.render('permit-sent', { ...permitView(req), permit: req.session.data.permit }),
);

// A whole service page from Civic's macros (views/service-page.njk), outside the
// kit's layout: English, or Welsh with ?lang=cy. Its cookie banner posts here
// without JavaScript; the choice is kept in the session and the page shows the
// banner's confirmation, whose Hide posts again and leaves the banner out.
// The words are the Storybook pattern's too (examples/shared/journeys.mjs);
// links on a Welsh page stay in Welsh.
const { servicePageText } = require('./journeys.js');
const inLanguage = (links, query) => links.map((link) => ({ ...link, href: link.href + query }));
router.get('/service-page', (req, res) => {
  const lang = languageOf(req.query);
  const { cookies } = req.session.data;
  const words = servicePageText[lang];
  const query = languageQuery(lang);
  res.render('service-page', {
    lang,
    w: { ...words, navigation: inLanguage(words.navigation, query) },
    query,
    cookieChoice: cookies === 'accept' || cookies === 'reject' ? cookies : undefined,
    cookiesDone: cookies === 'hide',
  });
});
// The kit has already stored the posted `cookies` field in the session data.
router.post('/service-page/cookies', (req, res) => {
  const lang = languageOf(req.query);
  req.session.save(() => res.redirect(303, `/service-page${languageQuery(lang)}`));
});
