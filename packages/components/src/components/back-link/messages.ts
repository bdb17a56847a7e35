// English and Welsh text of the back link; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', { 'back-link.text': 'Back' });
registerMessages('cy', { 'back-link.text': 'Yn ôl' });
