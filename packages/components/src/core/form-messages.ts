// English and Welsh text shared by every form control: validation messages
// that name the field, and the "Error:" prefix screen readers hear before an
// error. Override any of them for a service with registerMessages(), or for one
// field with its `messages` property.
//
// {field} is the field's name as it reads inside a sentence ("your full name");
// {Field} is the same with a capital, for the start of a sentence.
// Welsh note: a field name after "i" may need a soft mutation; a service that
// knows its wording should give the whole message per field.
import { registerMessages } from './localisation.js';

registerMessages('en', {
  'field.error-prefix': 'Error',
  'field.required': 'Enter {field}',
  'field.minlength': {
    one: '{Field} must be {count} character or more',
    other: '{Field} must be {count} characters or more',
  },
  'field.maxlength': {
    one: '{Field} must be {count} character or less',
    other: '{Field} must be {count} characters or less',
  },
  'field.maxwords': {
    one: '{Field} must be {count} word or less',
    other: '{Field} must be {count} words or less',
  },
  'field.pattern': 'Enter {field} in the correct format',
  'field.email': 'Enter an email address in the correct format, like name@example.com',
  'field.tel': 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192',
  'field.url': 'Enter a web address in the correct format, like https://www.example.com',
  'field.number': '{Field} must be a number',
});

// Welsh counts a noun in the singular after a number ("10 nod"), so these
// messages need no plural forms.
registerMessages('cy', {
  'field.error-prefix': 'Gwall',
  'field.required': 'Rhowch {field}',
  'field.minlength': 'Rhaid i {field} fod yn {count} nod neu fwy',
  'field.maxlength': 'Rhaid i {field} fod yn {count} nod neu lai',
  'field.maxwords': 'Rhaid i {field} fod yn {count} gair neu lai',
  'field.pattern': 'Rhowch {field} yn y fformat cywir',
  'field.email': 'Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com',
  'field.tel': 'Rhowch rif ffôn, fel 01632 960 001, 07700 900 982 neu +44 808 157 0192',
  'field.url': 'Rhowch gyfeiriad gwe yn y fformat cywir, fel https://www.enghraifft.com',
  'field.number': 'Rhaid i {field} fod yn rhif',
});
