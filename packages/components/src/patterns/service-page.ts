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
import { servicePageText } from '../../../../examples/shared/journeys.mjs';

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

interface Link {
  text: string;
  href: string;
  current?: boolean;
}

/**
 * The page's words, the Prototype Kit example's too (examples/shared/journeys.mjs).
 * Its links are the kit's paths; here each becomes a fragment (`#apply`), so
 * following one keeps the story on its page.
 */
function wordsOf(language: PageLanguage) {
  const words = servicePageText[language];
  const inPage = (links: readonly Link[]) =>
    links.map((link) => ({ ...link, href: `#${link.href.replace(/^\//, '')}` }));
  return { ...words, navigation: inPage(words.navigation), footer: inPage(words.footer) };
}

/** The page's body content: what a server writes between <body> and </body>. */
export function servicePage(language: PageLanguage, options: ServicePageOptions = {}): string {
  const words = wordsOf(language);
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
        serviceHref: '#service-page',
      }),
    ),
    toHtml(serviceNavigationMarkup({ items: words.navigation, lang: language })),
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
        fieldName: words.field,
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
    toHtml(footerMarkup({ items: words.footer, copyright: words.copyright, lang: language })),
  ].join('\n');
}

/** The page's <title>, as a server writes it. */
export function servicePageTitle(language: PageLanguage): string {
  const words = servicePageText[language];
  return escapeText(`${words.heading} – ${words.service} – ${words.council}`);
}
