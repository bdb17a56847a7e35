// A whole service page, in English or Welsh, as a server writes it from the
// macros: skip link, cookie banner, header, service navigation, language
// toggle, phase banner, back link, a question in <main>, and the footer.
// The service page pattern's stories and its test share it.
import { backLinkMarkup } from '../components/back-link/markup.js';
import { buttonMarkup } from '../components/button/markup.js';
import { cookieBannerMarkup } from '../components/cookie-banner/markup.js';
import { footerMarkup } from '../components/footer/markup.js';
import { headerMarkup } from '../components/header/markup.js';
import { languageToggleMarkup } from '../components/language-toggle/markup.js';
import { phaseBannerMarkup } from '../components/phase-banner/markup.js';
import { serviceNavigationMarkup } from '../components/service-navigation/markup.js';
import { skipLinkMarkup } from '../components/skip-link/markup.js';
import { textInputMarkup } from '../components/text-input/markup.js';
import { escapeText, toHtml } from '../core/markup-html.js';

export type PageLanguage = 'en' | 'cy';

export interface ServicePageOptions {
  /** The language toggle switches Civic's strings on the client instead of navigating. */
  liveLanguage?: boolean;
  /** Where the consent cookie is written: stories keep it off Storybook's own path. */
  cookiePath?: string;
}

/** A council's logo: the page's own image, never the GOV.UK crown. */
export const COUNCIL_LOGO =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="32" height="32"><path d="M16 2 30 9v2H2V9zM5 13h4v11H5zm9 0h4v11h-4zm9 0h4v11h-4zM2 26h28v4H2z"></path></svg>';

const WORDS = {
  en: {
    council: 'Cardiff Council',
    service: 'Apply for a parking permit',
    navigation: [
      { text: 'Apply', href: '#apply', current: true },
      { text: 'Your permits', href: '#permits' },
      { text: 'Help', href: '#help' },
    ],
    heading: 'What is your vehicle’s registration number?',
    hint: 'For example, CF12 ABC',
    continue: 'Continue',
    footer: [
      { text: 'Cookies', href: '#cookies' },
      { text: 'Accessibility statement', href: '#accessibility' },
      { text: 'Contact', href: '#contact' },
    ],
    copyright: '© Cardiff Council 2026',
  },
  cy: {
    council: 'Cyngor Caerdydd',
    service: 'Gwneud cais am drwydded barcio',
    navigation: [
      { text: 'Gwneud cais', href: '#apply', current: true },
      { text: 'Eich trwyddedau', href: '#permits' },
      { text: 'Help', href: '#help' },
    ],
    heading: 'Beth yw rhif cofrestru eich cerbyd?',
    hint: 'Er enghraifft, CF12 ABC',
    continue: 'Parhau',
    footer: [
      { text: 'Cwcis', href: '#cookies' },
      { text: 'Datganiad hygyrchedd', href: '#accessibility' },
      { text: 'Cysylltu', href: '#contact' },
    ],
    copyright: '© Cyngor Caerdydd 2026',
  },
} as const;

/** The page's body content: what a server writes between <body> and </body>. */
export function servicePage(language: PageLanguage, options: ServicePageOptions = {}): string {
  const words = WORDS[language];
  return [
    toHtml(skipLinkMarkup({ lang: language })),
    toHtml(
      cookieBannerMarkup({
        serviceName: words.service,
        action: '#cookie-choice',
        cookiesHref: '#cookies',
        cookiePath: options.cookiePath,
        lang: language,
      }),
    ),
    toHtml(
      headerMarkup({
        organisationName: words.council,
        organisationHref: '#home',
        logoHtml: COUNCIL_LOGO,
        serviceName: words.service,
        serviceHref: '#apply',
      }),
    ),
    toHtml(serviceNavigationMarkup({ items: [...words.navigation], lang: language })),
    `<div class="civic-width-container">`,
    toHtml(
      languageToggleMarkup({
        current: language,
        englishHref: '#en',
        welshHref: '#cy',
        live: options.liveLanguage === true,
      }),
    ),
    toHtml(phaseBannerMarkup({ phase: 'beta', feedbackHref: '#feedback', lang: language })),
    toHtml(backLinkMarkup({ href: '#previous', lang: language })),
    `<main class="civic-main-wrapper" id="main-content">`,
    `<div class="civic-grid-row"><div class="civic-grid-column-two-thirds">`,
    `<form action="#vehicle" method="post" novalidate>`,
    toHtml(
      textInputMarkup({
        name: 'registration',
        label: words.heading,
        pageHeading: true,
        fieldName:
          language === 'cy' ? 'rhif cofrestru eich cerbyd' : 'your vehicle’s registration number',
        hint: words.hint,
        autocomplete: 'off',
        spellcheck: false,
        autocapitalize: 'characters',
        width: '10',
        required: true,
        lang: language,
      }),
    ),
    toHtml(buttonMarkup({ text: words.continue })),
    `</form>`,
    `</div></div>`,
    `</main>`,
    `</div>`,
    toHtml(footerMarkup({ items: [...words.footer], copyright: words.copyright, lang: language })),
  ].join('\n');
}

/** The page's <title>, as a server writes it. */
export function servicePageTitle(language: PageLanguage): string {
  const words = WORDS[language];
  return escapeText(`${words.heading} – ${words.service} – ${words.council}`);
}
