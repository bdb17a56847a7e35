// English and Welsh text of the file upload: its checks on submit and the
// status that says which files are chosen. Override with registerMessages(),
// or for one field with its `messages` (required, accept, filesize, filecount).
// {field} is the field as named in a sentence ("your proof of address");
// {count} is a number of files (it picks the plural form); {types} the
// accepted types ("PDF, JPG or PNG"); {size} the limit ("2MB"); {names} the
// chosen files' names. Welsh keeps the noun singular after a number ("3 ffeil").
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'file-upload.and': 'and',
  'file-upload.or': 'or',
  'file-upload.required': 'Select a file',
  'file-upload.required-named': 'Select {field}',
  'file-upload.accept': {
    one: 'The selected file must be a {types}',
    other: 'Each selected file must be a {types}',
  },
  'file-upload.filesize': {
    one: 'The selected file must be smaller than {size}',
    other: 'Each selected file must be smaller than {size}',
  },
  'file-upload.filecount': {
    one: 'Select only 1 file',
    other: 'Select up to {count} files',
  },
  'file-upload.chosen': {
    one: '{count} file chosen: {names}',
    other: '{count} files chosen: {names}',
  },
});

registerMessages('cy', {
  'file-upload.and': 'a',
  'file-upload.or': 'neu',
  'file-upload.required': 'Dewiswch ffeil',
  'file-upload.required-named': 'Dewiswch {field}',
  'file-upload.accept': {
    one: 'Rhaid i’r ffeil a ddewiswyd fod yn {types}',
    other: 'Rhaid i bob ffeil a ddewiswyd fod yn {types}',
  },
  'file-upload.filesize': {
    one: 'Rhaid i’r ffeil a ddewiswyd fod yn llai na {size}',
    other: 'Rhaid i bob ffeil a ddewiswyd fod yn llai na {size}',
  },
  'file-upload.filecount': {
    one: 'Dewiswch 1 ffeil yn unig',
    other: 'Dewiswch hyd at {count} ffeil',
  },
  'file-upload.chosen': {
    one: 'Dewiswyd {count} ffeil: {names}',
    other: 'Dewiswyd {count} ffeil: {names}',
  },
});
