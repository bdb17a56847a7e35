// English and Welsh text of the error summary; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'error-summary.heading': 'There is a problem',
  // Put before the page title while the summary shows, so the first thing a
  // screen reader says about the page is that it has errors.
  'error-summary.title-prefix': 'Error:',
});
registerMessages('cy', {
  'error-summary.heading': 'Mae problem wedi codi',
  'error-summary.title-prefix': 'Gwall:',
});
