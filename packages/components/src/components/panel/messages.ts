// English and Welsh text of the confirmation panel; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', { 'panel.reference': 'Your reference number' });
registerMessages('cy', { 'panel.reference': 'Eich cyfeirnod' });
