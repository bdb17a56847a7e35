// English and Welsh text of the summary list. A service can replace any string
// with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', { 'summary-list.change': 'Change' });
registerMessages('cy', { 'summary-list.change': 'Newid' });
