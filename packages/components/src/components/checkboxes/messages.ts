// English and Welsh text of checkboxes; override with registerMessages(), or
// for one question with its `messages` ({"required": "Select …"}).
// {field} is the question as it reads in a sentence: its field-name, such as
// "which vehicles you own"; {count} is the limit. Welsh keeps the noun
// singular after a number ("3 opsiwn"), so its messages need no plural forms.
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'checkboxes.required': 'Select {field}',
  'checkboxes.minselected': {
    one: 'Select at least {count} option for {field}',
    other: 'Select at least {count} options for {field}',
  },
  'checkboxes.maxselected': {
    one: 'Select no more than {count} option for {field}',
    other: 'Select no more than {count} options for {field}',
  },
});

registerMessages('cy', {
  'checkboxes.required': 'Dewiswch {field}',
  'checkboxes.minselected': 'Dewiswch o leiaf {count} opsiwn ar gyfer {field}',
  'checkboxes.maxselected': 'Dewiswch ddim mwy na {count} opsiwn ar gyfer {field}',
});
