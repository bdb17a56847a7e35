// English and Welsh text of the cookie banner; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'cookie-banner.heading': 'Cookies on {service}',
  'cookie-banner.heading-no-service': 'Cookies on this service',
  'cookie-banner.essential': 'We use some essential cookies to make this service work.',
  'cookie-banner.additional':
    'We’d also like to use analytics cookies so we can understand how you use the service and make improvements.',
  'cookie-banner.accept': 'Accept additional cookies',
  'cookie-banner.reject': 'Reject additional cookies',
  'cookie-banner.view': 'View cookies',
  'cookie-banner.accepted': 'You’ve accepted additional cookies.',
  'cookie-banner.rejected': 'You’ve rejected additional cookies.',
  // "You can change your cookie settings at any time.", with the middle as a link.
  'cookie-banner.settings-before': 'You can ',
  'cookie-banner.settings-link': 'change your cookie settings',
  'cookie-banner.settings-after': ' at any time.',
  'cookie-banner.hide': 'Hide cookie message',
});
registerMessages('cy', {
  'cookie-banner.heading': 'Cwcis ar {service}',
  'cookie-banner.heading-no-service': 'Cwcis ar y gwasanaeth hwn',
  'cookie-banner.essential':
    'Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.',
  'cookie-banner.additional':
    'Hoffem hefyd ddefnyddio cwcis dadansoddol er mwyn i ni ddeall sut rydych yn defnyddio’r gwasanaeth a gwneud gwelliannau.',
  'cookie-banner.accept': 'Derbyn cwcis ychwanegol',
  'cookie-banner.reject': 'Gwrthod cwcis ychwanegol',
  'cookie-banner.view': 'Gweld cwcis',
  'cookie-banner.accepted': 'Rydych wedi derbyn cwcis ychwanegol.',
  'cookie-banner.rejected': 'Rydych wedi gwrthod cwcis ychwanegol.',
  'cookie-banner.settings-before': 'Gallwch ',
  'cookie-banner.settings-link': 'newid eich gosodiadau cwcis',
  'cookie-banner.settings-after': ' ar unrhyw adeg.',
  'cookie-banner.hide': 'Cuddio’r neges cwcis',
});
