// English and Welsh text of the footer; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  // A heading for screen readers only, before the footer's links.
  'footer.links-heading': 'Support links',
  // {licence} is the licence's name, written as a link to it.
  'footer.licence':
    'You may use and re-use the content of this service under the {licence}, except where it says otherwise.',
  'footer.licence-name': 'Open Government Licence v3.0',
  'footer.licence-href':
    'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
});
registerMessages('cy', {
  'footer.links-heading': 'Dolenni cymorth',
  'footer.licence':
    'Gallwch ddefnyddio ac ailddefnyddio cynnwys y gwasanaeth hwn o dan y {licence}, oni bai ei fod yn dweud yn wahanol.',
  'footer.licence-name': 'Drwydded Llywodraeth Agored v3.0',
  'footer.licence-href':
    'https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/',
});
