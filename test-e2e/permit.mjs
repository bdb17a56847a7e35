// "Apply for a resident parking permit": a question page of every kind Civic
// has (text inputs, an address fieldset, a date of birth, radios with a
// revealed question, checkboxes with an exclusive "None", a proof upload),
// rendered on the server by Civic's server entry, posted as
// multipart/form-data (it carries a file) and checked on the server.
//
//   GET  /permit        the question page
//   POST /permit        parses the form (busboy), validates; errors re-render
//                       the page with the error summary, else 303 /permit/done
//   GET  /permit/done   the confirmation
import busboy from 'busboy';

export const permitQuestions = {
  fullName: { name: 'full-name', label: 'Full name', autocomplete: 'name' },
  addressLine1: {
    name: 'address-line-1',
    label: 'Building and street',
    autocomplete: 'address-line1',
  },
  town: {
    name: 'address-town',
    label: 'Town or city',
    autocomplete: 'address-level2',
    width: '20',
  },
  postcode: {
    name: 'address-postcode',
    label: 'Postcode',
    autocomplete: 'postal-code',
    width: '10',
  },
  dateOfBirth: { name: 'dob', legend: 'Date of birth', hint: 'For example, 27 3 1990' },
  vehicle: { name: 'vehicle', legend: 'What type of vehicle is it?' },
  registration: { name: 'registration', label: 'Registration number', width: '10' },
  support: {
    name: 'support',
    legend: 'Do you hold any of these?',
    hint: 'Select all that apply',
  },
  proof: {
    name: 'proof',
    label: 'Upload a proof of address',
    hint: 'A council tax bill or a tenancy agreement: PDF, JPG or PNG',
  },
};

/** The server's messages, by field, as a service writes them. */
export const permitMessages = {
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

/** The answers' problems, by field name, in page order. */
export function validatePermit(answers, files) {
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
  else if (vehicle === 'car' && blank('registration'))
    errors.registration = permitMessages.registration;
  if ((answers.support ?? []).length === 0) errors.support = permitMessages.support;
  if (!files.some((file) => file.field === 'proof' && file.size > 0))
    errors.proof = permitMessages.proof;
  return errors;
}

/** Reads a multipart/form-data body: every value in order, and each file's name, type and size. */
export function readMultipart(request) {
  return new Promise((resolve, reject) => {
    const entries = [];
    const files = [];
    const parser = busboy({ headers: request.headers, defParamCharset: 'utf8' });
    parser.on('field', (name, value) => entries.push([name, value]));
    parser.on('file', (field, stream, info) => {
      const file = { field, filename: info.filename, type: info.mimeType, size: 0 };
      files.push(file);
      stream.on('data', (chunk) => (file.size += chunk.length));
    });
    parser.on('close', () => resolve({ entries, files }));
    parser.on('error', reject);
    request.pipe(parser);
  });
}

/** Values by name, each a list (checkboxes send several). */
export function answersOf(entries) {
  const answers = {};
  for (const [name, value] of entries) (answers[name] ??= []).push(value);
  return answers;
}

/** The question page, with the answers and errors a POST came back with. */
export function permitPage(render, { answers = {}, errors = {} } = {}) {
  const value = (name) => answers[name]?.[0];
  const error = (name) => errors[name];
  const items = Object.entries(errors).map(([name, text]) => ({ text, href: `#${name}` }));
  const q = permitQuestions;
  const textInput = (params) =>
    render.civicHtml('text-input', {
      ...params,
      value: value(params.name),
      error: error(params.name),
    });
  const registration = textInput({
    ...q.registration,
    required: true,
    fieldName: 'the registration number',
  });
  const address = [q.addressLine1, q.town, q.postcode]
    .map((question) => textInput({ ...question, required: true }))
    .join('\n');
  const chosenVehicle = value('vehicle');
  const support = answers.support ?? [];
  return {
    title: `${items.length > 0 ? 'Error: ' : ''}Apply for a resident parking permit - Civic service`,
    main: `${render.civicHtml('error-summary', { items })}
<h1>Apply for a resident parking permit</h1>
<form method="post" action="/permit" enctype="multipart/form-data" novalidate>
${textInput({ ...q.fullName, fieldName: 'your full name', required: true })}
${render.civicHtml('fieldset', { legend: 'Your address', legendSize: 'm', html: address })}
${render.civicHtml('date-input', {
  ...q.dateOfBirth,
  autocomplete: 'bday',
  required: true,
  past: true,
  fieldName: 'your date of birth',
  values: { day: value('dob-day'), month: value('dob-month'), year: value('dob-year') },
  error: error('dob-day'),
})}
${render.civicHtml('radios', {
  ...q.vehicle,
  required: true,
  fieldName: 'the type of vehicle',
  error: error('vehicle'),
  items: [
    { value: 'car', text: 'Car', checked: chosenVehicle === 'car', conditional: registration },
    { value: 'motorcycle', text: 'Motorcycle', checked: chosenVehicle === 'motorcycle' },
    { value: 'van', text: 'Van', checked: chosenVehicle === 'van' },
  ],
})}
${render.civicHtml('checkboxes', {
  ...q.support,
  required: true,
  fieldName: 'if you hold any of these, or select None of these',
  error: error('support'),
  items: [
    { value: 'blue-badge', text: 'Blue Badge', checked: support.includes('blue-badge') },
    {
      value: 'carer',
      text: 'Carer’s permit',
      hint: 'For someone who visits you to give care',
      checked: support.includes('carer'),
    },
    { divider: 'or' },
    {
      value: 'none',
      text: 'None of these',
      behaviour: 'exclusive',
      checked: support.includes('none'),
    },
  ],
})}
${render.civicHtml('file-upload', {
  ...q.proof,
  required: true,
  fieldName: 'a proof of address',
  accept: '.pdf,.jpg,.jpeg,.png',
  maxSize: '2MB',
  error: error('proof'),
})}
${render.civicHtml('button', { text: 'Send application' })}
</form>`,
  };
}
