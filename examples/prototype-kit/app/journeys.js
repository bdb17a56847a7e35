// The words and the server's checks of the two journeys in routes.js; the
// pages themselves are the templates in views/, written with Civic's macros
// (the kit imports them into every page that extends its layouts).
//
// - "Apply, then track": a task list, check your answers, a confirmation
//   with the reference number and a tracking page, in English and in Welsh
//   (`?lang=cy` on any of its pages).
// - "Apply for a resident parking permit": one question page of every kind,
//   posted as multipart/form-data (it carries a file), read with busboy and
//   checked here. The kit parses urlencoded forms itself but not multipart
//   ones: `npm install busboy` in the prototype.
const busboy = require('busboy');

/** The application's reference number, shown on the confirmation. */
const REFERENCE = 'HDJ2123F';

/** "Apply, then track" in each language: `text.en`, `text.cy`. */
const applyText = {
  en: {
    taskList: 'Apply for a resident parking permit',
    prepare: 'Prepare your application',
    apply: 'Apply',
    details: 'Your details',
    vehicle: 'Your vehicle',
    vehicleHint: 'Make, model and registration number',
    proof: 'Proof of address',
    pay: 'Pay',
    check: 'Check your answers before sending your application',
    send: 'Accept and send',
    name: 'Name',
    address: 'Address',
    vehicleType: 'Vehicle',
    done: 'Application complete',
    track: 'Track your application',
    banner: 'We need a copy of your council tax bill.',
    stages: ['Application received', 'Checking your documents', 'Decision', 'Permit posted'],
    checking: 'This usually takes 5 working days',
    events: ['Application received', 'Documents requested'],
    by: 'Parking team',
  },
  cy: {
    taskList: 'Gwneud cais am drwydded barcio i breswylwyr',
    prepare: 'Paratoi eich cais',
    apply: 'Gwneud cais',
    details: 'Eich manylion',
    vehicle: 'Eich cerbyd',
    vehicleHint: 'Gwneuthuriad, model a rhif cofrestru',
    proof: 'Prawf o gyfeiriad',
    pay: 'Talu',
    check: 'Gwiriwch eich atebion cyn anfon eich cais',
    send: 'Derbyn ac anfon',
    name: 'Enw',
    address: 'Cyfeiriad',
    vehicleType: 'Cerbyd',
    done: 'Cais wedi’i gwblhau',
    track: 'Dilyn hynt eich cais',
    banner: 'Mae angen copi o’ch bil treth gyngor arnom.',
    stages: [
      'Cais wedi dod i law',
      'Gwirio eich dogfennau',
      'Penderfyniad',
      'Trwydded wedi’i phostio',
    ],
    checking: 'Mae hyn fel arfer yn cymryd 5 diwrnod gwaith',
    events: ['Cais wedi dod i law', 'Gofyn am ddogfennau'],
    by: 'Tîm parcio',
  },
};

/** The page's language from `?lang=`: Welsh for `cy`, else English. */
function languageOf(query) {
  return query.lang === 'cy' ? 'cy' : 'en';
}

/** The server's messages, by field name, in page order. */
const permitMessages = {
  'full-name': 'Enter your full name',
  'address-line-1': 'Enter building and street',
  'address-town': 'Enter town or city',
  'address-postcode': 'Enter postcode',
  'dob-day': 'Enter your date of birth',
  vehicle: 'Select the type of vehicle',
  registration: 'Enter the registration number',
  support: 'Select if you hold any of these, or select None of these',
  proof: 'Select a proof of address',
};

/**
 * The answers' problems, by field name, in page order. `answers` holds each
 * name's values as a list (checkboxes send several), `files` what was uploaded.
 */
function checkPermit(answers, files) {
  const errors = {};
  const blank = (name) => (answers[name]?.[0] ?? '').trim() === '';
  for (const name of ['full-name', 'address-line-1', 'address-town', 'address-postcode']) {
    if (blank(name)) errors[name] = permitMessages[name];
  }
  if (blank('dob-day') && blank('dob-month') && blank('dob-year')) {
    errors['dob-day'] = permitMessages['dob-day'];
  }
  const vehicle = answers.vehicle?.[0];
  if (vehicle === undefined) errors.vehicle = permitMessages.vehicle;
  else if (vehicle === 'car' && blank('registration')) {
    errors.registration = permitMessages.registration;
  }
  if ((answers.support ?? []).length === 0) errors.support = permitMessages.support;
  if (!files.some((file) => file.field === 'proof' && file.size > 0)) {
    errors.proof = permitMessages.proof;
  }
  return errors;
}

/**
 * Reads a multipart/form-data request with busboy: the values by name (each
 * a list, in order) and each file's field, name, type and size. The file's
 * bytes are counted and dropped here; a service would store them.
 */
function readPermitForm(request) {
  return new Promise((resolve, reject) => {
    const answers = {};
    const files = [];
    const parser = busboy({
      headers: request.headers,
      defParamCharset: 'utf8', // file names as the browser sent them (UTF-8)
      limits: { fileSize: 2 * 1024 * 1024, files: 1 },
    });
    parser.on('field', (name, value) => {
      // With JavaScript the kit adds a hidden "_unchecked" for each checkbox
      // name to every form it submits (so its session store can clear a box
      // that was unticked); its own body parsing drops them, and so does this.
      if (value !== '_unchecked') (answers[name] ??= []).push(value);
    });
    parser.on('file', (field, stream, info) => {
      const file = { field, filename: info.filename, type: info.mimeType, size: 0 };
      // A file input left empty still sends a part, with no name and no bytes.
      if (info.filename) files.push(file);
      stream.on('data', (chunk) => (file.size += chunk.length));
    });
    parser.on('close', () => resolve({ answers, files }));
    parser.on('error', reject);
    request.pipe(parser);
  });
}

/** The error summary's list: one link per error, to its field. */
function errorListOf(errors) {
  return Object.entries(errors).map(([field, text]) => ({ text, href: `#${field}` }));
}

module.exports = {
  REFERENCE,
  applyText,
  languageOf,
  permitMessages,
  checkPermit,
  readPermitForm,
  errorListOf,
};
