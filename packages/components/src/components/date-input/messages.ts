// English and Welsh text of the date input: the parts' labels and messages
// that say which part is wrong. Override with registerMessages(), or for one
// field with its `messages`, by rule: required, incomplete-day,
// incomplete-month, incomplete-year, incomplete-day-month, incomplete-day-year,
// incomplete-month-year, real, year-digits, past, future, min, max.
// {field}/{Field} is the date as named in a sentence ("date of birth");
// {date} a limit as people write it ("1 January 1900").
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'date-input.day': 'Day',
  'date-input.month': 'Month',
  'date-input.year': 'Year',
  'date-input.required': 'Enter {field}',
  'date-input.incomplete-day': '{Field} must include a day',
  'date-input.incomplete-month': '{Field} must include a month',
  'date-input.incomplete-year': '{Field} must include a year',
  'date-input.incomplete-day-month': '{Field} must include a day and month',
  'date-input.incomplete-day-year': '{Field} must include a day and year',
  'date-input.incomplete-month-year': '{Field} must include a month and year',
  'date-input.real': '{Field} must be a real date',
  'date-input.year-digits': 'Year must include 4 numbers',
  'date-input.past': '{Field} must be in the past',
  'date-input.future': '{Field} must be in the future',
  'date-input.min': '{Field} must be the same as or after {date}',
  'date-input.max': '{Field} must be the same as or before {date}',
});

registerMessages('cy', {
  'date-input.day': 'Diwrnod',
  'date-input.month': 'Mis',
  'date-input.year': 'Blwyddyn',
  'date-input.required': 'Rhowch {field}',
  'date-input.incomplete-day': 'Rhaid i {field} gynnwys diwrnod',
  'date-input.incomplete-month': 'Rhaid i {field} gynnwys mis',
  'date-input.incomplete-year': 'Rhaid i {field} gynnwys blwyddyn',
  'date-input.incomplete-day-month': 'Rhaid i {field} gynnwys diwrnod a mis',
  'date-input.incomplete-day-year': 'Rhaid i {field} gynnwys diwrnod a blwyddyn',
  'date-input.incomplete-month-year': 'Rhaid i {field} gynnwys mis a blwyddyn',
  'date-input.real': 'Rhaid i {field} fod yn ddyddiad go iawn',
  'date-input.year-digits': 'Rhaid i’r flwyddyn gynnwys 4 rhif',
  'date-input.past': 'Rhaid i {field} fod yn y gorffennol',
  'date-input.future': 'Rhaid i {field} fod yn y dyfodol',
  'date-input.min': 'Rhaid i {field} fod yr un peth â {date} neu ar ei ôl',
  'date-input.max': 'Rhaid i {field} fod yr un peth â {date} neu cyn hynny',
});
