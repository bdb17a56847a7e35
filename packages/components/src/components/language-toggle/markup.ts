// The canonical HTML of the language toggle, defined once: what a server
// writes (the civicLanguageToggle macro) and what <civic-language-toggle>
// builds from its attributes. Two links, to this page in English and in
// Welsh (the server knows both URLs), each named in its own language with
// `lang` (how to say it) and `hreflang` (the language of the page it opens),
// the current language marked with aria-current. Without script they
// navigate; with the `live` attribute the element switches the page's
// language on the client instead (civic-language-toggle.ts).
import { enumerated } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { h, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import './messages.js';

export const TOGGLE_LANGUAGES = ['en', 'cy'] as const;
export type ToggleLanguage = (typeof TOGGLE_LANGUAGES)[number];

/** Each language's name in itself. */
const NAMES: Readonly<Record<ToggleLanguage, string>> = { en: 'English', cy: 'Cymraeg' };

export interface LanguageToggleParams {
  /** The page's language, `en` (default) or `cy`: its link is marked as current. */
  current?: ToggleLanguage;
  /** This page in English. Script URLs are refused. */
  englishHref?: string;
  /** This page in Welsh. Script URLs are refused. */
  welshHref?: string;
  /** Switch the page's language on the client instead of following the link (with script). */
  live?: boolean;
  /** The landmark's name instead of "Choose a language" in the current language. */
  label?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The current language from a page's value: `en` or `cy`, else `en` with a warning. */
export function toggleLanguage(value: unknown): ToggleLanguage {
  return enumerated(value, {
    owner: '<civic-language-toggle> current',
    choices: TOGGLE_LANGUAGES,
    fallback: 'en',
  });
}

function languageLink(
  language: ToggleLanguage,
  safe: string | undefined,
  isCurrent: boolean,
): MarkupElement {
  if (safe === undefined && !isCurrent) {
    warnOnce(
      `<civic-language-toggle> has no safe URL for ${NAMES[language]}, so it is shown as text. ` +
        `Give ${language === 'en' ? 'englishHref (english-href)' : 'welshHref (welsh-href)'}, this page's URL in that language.`,
    );
  }
  const attributes = {
    class: 'civic-language-toggle__link',
    lang: language,
    'aria-current': isCurrent ? 'true' : undefined,
  };
  return h(
    'li',
    { class: 'civic-language-toggle__item' },
    safe === undefined
      ? h('span', attributes, NAMES[language])
      : h('a', { ...attributes, href: safe, hreflang: language }, NAMES[language]),
  );
}

/** `<civic-language-toggle>` holding a nav named "Choose a language" with the English and Cymraeg links. */
export function languageToggleMarkup(params: LanguageToggleParams = {}): MarkupElement {
  const current = toggleLanguage(params.current);
  const englishHref = given(params.englishHref)
    ? safeUrl(params.englishHref, 'civic-language-toggle')
    : undefined;
  const welshHref = given(params.welshHref)
    ? safeUrl(params.welshHref, 'civic-language-toggle')
    : undefined;
  const label = given(params.label) ? params.label : undefined;
  // The element carries what it was given, as its attributes, so a server's
  // toggle can be rebuilt in a live switch with the server's own URLs.
  return h(
    'civic-language-toggle',
    {
      current: params.current === undefined ? undefined : current,
      'english-href': englishHref,
      'welsh-href': welshHref,
      label,
      live: params.live === true,
    },
    h(
      'nav',
      {
        class: 'civic-language-toggle',
        'aria-label': label ?? translate(current, 'language-toggle.label'),
      },
      h(
        'ul',
        { class: 'civic-language-toggle__list' },
        languageLink('en', englishHref, current === 'en'),
        languageLink('cy', welshHref, current === 'cy'),
      ),
    ),
  );
}
