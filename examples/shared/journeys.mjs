// The words and the server's checks of the two journeys that the end-to-end
// service (test-e2e/), the Express + Nunjucks example and the Prototype Kit
// example all serve, in English and Welsh, so the three show the same pages
// and one suite (test-e2e/journey-suite.mjs) drives them all.
//
// - "Apply, then track": a task list, check your answers, a confirmation
//   with the reference number and a tracking page.
// - "Apply for a resident parking permit": one question page of every kind,
//   posted as multipart/form-data (it carries a file) and checked here.
//
// Any page takes `?lang=cy` for Welsh. An ES module with no dependencies:
// servers import it, Storybook's patterns bundle it for the browser, and a
// Prototype Kit's CommonJS routes require() it (Node 20.19 and later load an
// ES module with require).

/** The application's reference number, shown on the confirmation. */
export const REFERENCE = 'HDJ2123F';

/** "Apply, then track" in each language: `applyText.en`, `applyText.cy`. */
export const applyText = {
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

/**
 * The permit page in each language. `…Field` is the field's name as its
 * messages say it (a component's `field-name`), so the browser's messages
 * with script on are the server's `messages` word for word.
 */
export const permitText = {
  en: {
    heading: 'Apply for a resident parking permit',
    fullName: 'Full name',
    fullNameField: 'your full name',
    address: 'Your address',
    line1: 'Building and street',
    line1Field: 'building and street',
    town: 'Town or city',
    townField: 'town or city',
    postcode: 'Postcode',
    postcodeField: 'postcode',
    dob: 'Date of birth',
    dobHint: 'For example, 27 3 1990',
    dobField: 'your date of birth',
    vehicle: 'What type of vehicle is it?',
    vehicleField: 'the type of vehicle',
    car: 'Car',
    motorcycle: 'Motorcycle',
    van: 'Van',
    registration: 'Registration number',
    registrationField: 'the registration number',
    support: 'Do you hold any of these?',
    supportHint: 'Select all that apply',
    supportField: 'if you hold any of these, or select None of these',
    blueBadge: 'Blue Badge',
    carer: 'Carer’s permit',
    carerHint: 'For someone who visits you to give care',
    divider: 'or',
    noneOfThese: 'None of these',
    proof: 'Upload a proof of address',
    proofHint: 'A council tax bill or a tenancy agreement: PDF, JPG or PNG',
    proofField: 'a proof of address',
    send: 'Send application',
    sent: 'Application sent',
    received: 'What we received',
    addressShort: 'Address',
    vehicleShort: 'Vehicle',
    youHold: 'You hold',
    proofShort: 'Proof of address',
    bytes: 'bytes',
    messages: {
      'full-name': 'Enter your full name',
      'address-line-1': 'Enter building and street',
      'address-town': 'Enter town or city',
      'address-postcode': 'Enter postcode',
      'dob-day': 'Enter your date of birth',
      vehicle: 'Select the type of vehicle',
      registration: 'Enter the registration number',
      support: 'Select if you hold any of these, or select None of these',
      proof: 'Select a proof of address',
    },
  },
  cy: {
    heading: 'Gwneud cais am drwydded barcio i breswylwyr',
    fullName: 'Enw llawn',
    fullNameField: 'eich enw llawn',
    address: 'Eich cyfeiriad',
    line1: 'Adeilad a stryd',
    line1Field: 'adeilad a stryd',
    town: 'Tref neu ddinas',
    townField: 'dref neu ddinas',
    postcode: 'Cod post',
    postcodeField: 'god post',
    dob: 'Dyddiad geni',
    dobHint: 'Er enghraifft, 27 3 1990',
    dobField: 'eich dyddiad geni',
    vehicle: 'Pa fath o gerbyd ydyw?',
    vehicleField: 'y math o gerbyd',
    car: 'Car',
    motorcycle: 'Beic modur',
    van: 'Fan',
    registration: 'Rhif cofrestru',
    registrationField: 'y rhif cofrestru',
    support: 'Oes gennych chi unrhyw un o’r rhain?',
    supportHint: 'Dewiswch bob un sy’n berthnasol',
    supportField: 'a oes gennych chi unrhyw un o’r rhain, neu dewiswch Dim un o’r rhain',
    blueBadge: 'Bathodyn Glas',
    carer: 'Trwydded gofalwr',
    carerHint: 'I rywun sy’n ymweld â chi i roi gofal',
    divider: 'neu',
    noneOfThese: 'Dim un o’r rhain',
    proof: 'Uwchlwytho prawf o gyfeiriad',
    proofHint: 'Bil treth gyngor neu gytundeb tenantiaeth: PDF, JPG neu PNG',
    proofField: 'brawf o gyfeiriad',
    send: 'Anfon y cais',
    sent: 'Cais wedi’i anfon',
    received: 'Yr hyn a gawsom',
    addressShort: 'Cyfeiriad',
    vehicleShort: 'Cerbyd',
    youHold: 'Mae gennych',
    proofShort: 'Prawf o gyfeiriad',
    bytes: 'beit',
    messages: {
      'full-name': 'Rhowch eich enw llawn',
      'address-line-1': 'Rhowch adeilad a stryd',
      'address-town': 'Rhowch dref neu ddinas',
      'address-postcode': 'Rhowch god post',
      'dob-day': 'Rhowch eich dyddiad geni',
      vehicle: 'Dewiswch y math o gerbyd',
      registration: 'Rhowch y rhif cofrestru',
      support: 'Dewiswch a oes gennych chi unrhyw un o’r rhain, neu dewiswch Dim un o’r rhain',
      proof: 'Dewiswch brawf o gyfeiriad',
    },
  },
};

/**
 * The service page (the page furniture around one question: header, service
 * navigation, footer and the rest), by language. Paths are the Prototype Kit
 * example's; a page in Welsh adds `?lang=cy` to them (`languageQuery`).
 */
export const servicePageText = {
  en: {
    council: 'Cardiff Council',
    service: 'Apply for a parking permit',
    navigation: [
      { text: 'Apply', href: '/service-page', current: true },
      { text: 'Your permits', href: '/apply' },
      { text: 'Help', href: '/help' },
    ],
    heading: 'What is your vehicle’s registration number?',
    hint: 'For example, CF12 ABC',
    field: 'your vehicle’s registration number',
    continue: 'Continue',
    footer: [
      { text: 'Cookies', href: '/cookies' },
      { text: 'Accessibility statement', href: '/accessibility' },
      { text: 'Contact', href: '/contact' },
    ],
    copyright: '© Cardiff Council 2026',
  },
  cy: {
    council: 'Cyngor Caerdydd',
    service: 'Gwneud cais am drwydded barcio',
    navigation: [
      { text: 'Gwneud cais', href: '/service-page', current: true },
      { text: 'Eich trwyddedau', href: '/apply' },
      { text: 'Help', href: '/help' },
    ],
    heading: 'Beth yw rhif cofrestru eich cerbyd?',
    hint: 'Er enghraifft, CF12 ABC',
    field: 'rhif cofrestru eich cerbyd',
    continue: 'Parhau',
    footer: [
      { text: 'Cwcis', href: '/cookies' },
      { text: 'Datganiad hygyrchedd', href: '/accessibility' },
      { text: 'Cysylltu', href: '/contact' },
    ],
    copyright: '© Cyngor Caerdydd 2026',
  },
};

/** The page's language from its query (`?lang=cy`): Welsh for `cy`, else English. */
export function languageOf(query) {
  return query.lang === 'cy' ? 'cy' : 'en';
}

/** What a link on a page in `lang` adds to its path to stay in that language. */
export function languageQuery(lang) {
  return lang === 'cy' ? '?lang=cy' : '';
}

/** Values by name, each a list in the order posted (checkboxes send several). */
export function answersOf(entries) {
  const answers = {};
  for (const [name, value] of entries) (answers[name] ??= []).push(value);
  return answers;
}

/**
 * The permit answers' problems, by field name, in page order, in `lang`.
 * `answers` holds each name's values as a list, `files` what was uploaded
 * (`{ field, size }` each).
 */
export function checkPermit(answers, files, lang = 'en') {
  const messages = (permitText[lang] ?? permitText.en).messages;
  const errors = {};
  const blank = (name) => (answers[name]?.[0] ?? '').trim() === '';
  for (const name of ['full-name', 'address-line-1', 'address-town', 'address-postcode']) {
    if (blank(name)) errors[name] = messages[name];
  }
  if (blank('dob-day') && blank('dob-month') && blank('dob-year')) {
    errors['dob-day'] = messages['dob-day'];
  }
  const vehicle = answers.vehicle?.[0];
  if (vehicle === undefined) errors.vehicle = messages.vehicle;
  else if (vehicle === 'car' && blank('registration')) errors.registration = messages.registration;
  if ((answers.support ?? []).length === 0) errors.support = messages.support;
  if (!files.some((file) => file.field === 'proof' && file.size > 0)) errors.proof = messages.proof;
  return errors;
}

/** The error summary's list: one link per error, to its field. */
export function errorListOf(errors) {
  return Object.entries(errors).map(([field, text]) => ({ text, href: `#${field}` }));
}
