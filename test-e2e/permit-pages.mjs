// "Apply for a resident parking permit": a question page of every kind Civic
// has (text inputs, an address fieldset, a date of birth, radios with a
// revealed question, checkboxes with an exclusive "None", a proof upload),
// rendered on the server by Civic's server entry in English or Welsh
// (`?lang=cy`), posted as multipart/form-data (it carries a file) and checked
// on the server. The words and the checks are the examples' own
// (examples/shared/journeys.mjs).
//
//   GET  /permit             the question page
//   POST /permit             parses the form (permit.mjs), validates; errors re-render
//                            the page with the error summary, else 303 /permit/sent/<n>
//   GET  /permit/sent/<n>    what the server received, as it read it
//
// No Node-only import here: the Storybook pattern renders the same page.
import { permitText } from '../examples/shared/journeys.mjs';

/** The question page in `lang`, with the answers and errors a POST came back with. */
export function permitPage(render, { lang = 'en', answers = {}, errors = {} } = {}) {
  const t = permitText[lang];
  const value = (name) => answers[name]?.[0];
  const error = (name) => errors[name];
  const items = Object.entries(errors).map(([name, text]) => ({ text, href: `#${name}` }));
  const textInput = (params) =>
    render.civicHtml('text-input', {
      ...params,
      lang,
      required: true,
      value: value(params.name),
      error: error(params.name),
    });
  const registration = textInput({
    name: 'registration',
    label: t.registration,
    fieldName: t.registrationField,
    width: '10',
  });
  const address = [
    textInput({
      name: 'address-line-1',
      label: t.line1,
      fieldName: t.line1Field,
      autocomplete: 'address-line1',
    }),
    textInput({
      name: 'address-town',
      label: t.town,
      fieldName: t.townField,
      autocomplete: 'address-level2',
      width: '20',
    }),
    textInput({
      name: 'address-postcode',
      label: t.postcode,
      fieldName: t.postcodeField,
      autocomplete: 'postal-code',
      width: '10',
    }),
  ].join('\n');
  const chosenVehicle = value('vehicle');
  const support = answers.support ?? [];
  const query = lang === 'cy' ? '?lang=cy' : '';
  return {
    lang,
    title: `${items.length > 0 ? (lang === 'cy' ? 'Gwall: ' : 'Error: ') : ''}${t.heading} - Civic service`,
    main: `${render.civicHtml('error-summary', { lang, items })}
<h1>${t.heading}</h1>
<form method="post" action="/permit${query}" enctype="multipart/form-data" novalidate>
${textInput({ name: 'full-name', label: t.fullName, fieldName: t.fullNameField, autocomplete: 'name' })}
${render.civicHtml('fieldset', { lang, legend: t.address, legendSize: 'm', html: address })}
${render.civicHtml('date-input', {
  lang,
  name: 'dob',
  legend: t.dob,
  hint: t.dobHint,
  autocomplete: 'bday',
  required: true,
  past: true,
  fieldName: t.dobField,
  values: { day: value('dob-day'), month: value('dob-month'), year: value('dob-year') },
  // An error keyed by a part (dob-month: "must be a real date") marks that part only.
  error: error('dob-day') ?? error('dob-month') ?? error('dob-year'),
  errorParts: ['day', 'month', 'year'].filter((part) => error('dob-' + part) !== undefined),
})}
${render.civicHtml('radios', {
  lang,
  name: 'vehicle',
  legend: t.vehicle,
  required: true,
  fieldName: t.vehicleField,
  error: error('vehicle'),
  items: [
    { value: 'car', text: t.car, checked: chosenVehicle === 'car', conditional: registration },
    { value: 'motorcycle', text: t.motorcycle, checked: chosenVehicle === 'motorcycle' },
    { value: 'van', text: t.van, checked: chosenVehicle === 'van' },
  ],
})}
${render.civicHtml('checkboxes', {
  lang,
  name: 'support',
  legend: t.support,
  hint: t.supportHint,
  required: true,
  fieldName: t.supportField,
  error: error('support'),
  items: [
    { value: 'blue-badge', text: t.blueBadge, checked: support.includes('blue-badge') },
    { value: 'carer', text: t.carer, hint: t.carerHint, checked: support.includes('carer') },
    { divider: t.divider },
    {
      value: 'none',
      text: t.noneOfThese,
      behaviour: 'exclusive',
      checked: support.includes('none'),
    },
  ],
})}
${render.civicHtml('file-upload', {
  lang,
  name: 'proof',
  label: t.proof,
  hint: t.proofHint,
  required: true,
  fieldName: t.proofField,
  accept: '.pdf,.jpg,.jpeg,.png',
  maxSize: '2MB',
  error: error('proof'),
})}
${render.civicHtml('button', { text: t.send })}
</form>`,
  };
}

/** After a permit form the server accepted: what it received, as it read it. */
export function permitSentPage(render, { lang = 'en', answers, files }) {
  const t = permitText[lang];
  const a = (name) => answers[name]?.[0] ?? '';
  const [proof] = files;
  return {
    lang,
    title: `${t.sent} - Civic service`,
    main: `<h1>${t.sent}</h1>
<h2>${t.received}</h2>
${render.civicHtml('summary-list', {
  lang,
  rows: [
    { key: t.fullName, value: a('full-name') },
    {
      key: t.addressShort,
      value: [a('address-line-1'), a('address-town'), a('address-postcode')].join('\n'),
    },
    { key: t.dob, value: [a('dob-day'), a('dob-month'), a('dob-year')].join('/') },
    { key: t.vehicleShort, value: a('vehicle') },
    { key: t.registration, value: a('vehicle') === 'car' ? a('registration') : '' },
    { key: t.youHold, value: (answers.support ?? []).join(', ') },
    { key: t.proofShort, value: `${proof.filename}, ${proof.size} ${t.bytes}` },
  ],
})}`,
  };
}
