// English and Welsh text of pagination; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  // The navigation landmark's name.
  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  // Read, not shown, before and after "Previous" and "Next", so the link says what it goes to.
  'pagination.hidden-before': '',
  'pagination.hidden-after': ' page',
  // Each number's name: "Page 3".
  'pagination.page': 'Page {number}',
});
registerMessages('cy', {
  'pagination.label': 'Tudalennu',
  'pagination.previous': 'Blaenorol',
  'pagination.next': 'Nesaf',
  // Welsh puts the noun first: "Tudalen" is read before the visible word.
  'pagination.hidden-before': 'Tudalen ',
  'pagination.hidden-after': '',
  'pagination.page': 'Tudalen {number}',
});
