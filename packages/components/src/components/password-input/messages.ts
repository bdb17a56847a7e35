// English and Welsh text of the password input's show/hide toggle; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'password-input.show': 'Show',
  'password-input.hide': 'Hide',
  // Read after "Show" or "Hide" but not shown, so the button is "Show password" to a screen reader.
  'password-input.field': 'password',
  'password-input.shown': 'Your password is visible',
  'password-input.hidden': 'Your password is hidden',
});
registerMessages('cy', {
  'password-input.show': 'Dangos',
  'password-input.hide': 'Cuddio',
  'password-input.field': 'cyfrinair',
  'password-input.shown': 'Mae eich cyfrinair yn weladwy',
  'password-input.hidden': "Mae eich cyfrinair wedi'i guddio",
});
