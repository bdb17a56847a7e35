// English and Welsh text of warning text; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

// Read (not shown) before the warning, in place of the "!" icon, which is hidden.
registerMessages('en', { 'warning-text.prefix': 'Warning' });
registerMessages('cy', { 'warning-text.prefix': 'Rhybudd' });
