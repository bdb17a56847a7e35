// English and Welsh text of the service navigation; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  // The navigation landmark's name and the narrow-screen button's text.
  'service-navigation.menu': 'Menu',
});
registerMessages('cy', {
  'service-navigation.menu': 'Dewislen',
});
