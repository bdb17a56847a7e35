// English and Welsh text of the phase banner; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'phase-banner.alpha': 'Alpha',
  'phase-banner.beta': 'Beta',
  // {feedback} is the feedback link, with the text of phase-banner.feedback.
  'phase-banner.text': 'This is a new service. Your {feedback} will help us to improve it.',
  'phase-banner.feedback': 'feedback',
});
registerMessages('cy', {
  'phase-banner.alpha': 'Alffa',
  'phase-banner.beta': 'Beta',
  'phase-banner.text': 'Mae hwn yn wasanaeth newydd. Bydd eich {feedback} yn ein helpu i’w wella.',
  'phase-banner.feedback': 'adborth',
});
