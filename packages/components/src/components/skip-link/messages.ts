// English and Welsh text of the skip link; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', { 'skip-link.text': 'Skip to main content' });
registerMessages('cy', { 'skip-link.text': 'Neidio i’r prif gynnwys' });
