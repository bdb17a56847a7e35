// English and Welsh text of the notification banner; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'notification-banner.important': 'Important',
  'notification-banner.success': 'Success',
  'notification-banner.dismiss': 'Dismiss',
  // Visually hidden after "Dismiss", so the button says which banner it closes.
  'notification-banner.dismiss-context': '{title} notification',
});
registerMessages('cy', {
  'notification-banner.important': 'Pwysig',
  'notification-banner.success': 'Llwyddiant',
  'notification-banner.dismiss': 'Cau',
  'notification-banner.dismiss-context': 'hysbysiad {title}',
});
