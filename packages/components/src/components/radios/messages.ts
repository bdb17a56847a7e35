// English and Welsh text of radios; override with registerMessages(), or for
// one question with its `messages` ({"required": "Select …"}).
// {field} is the question as it reads in a sentence: its field-name, such as
// "if you have completed this section".
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'radios.required': 'Select {field}',
});

registerMessages('cy', {
  'radios.required': 'Dewiswch {field}',
});
