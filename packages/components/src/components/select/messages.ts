// English and Welsh text of the select's own rule; override with
// registerMessages(), or for one field with its `messages` ("required").
// {field} is the field as named in a sentence ("your council").
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'select.required': 'Select {field}',
});

registerMessages('cy', {
  'select.required': 'Dewiswch {field}',
});
