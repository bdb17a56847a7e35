// The canonical HTML of the skip link, defined once: what a server writes
// (the civicSkipLink macro) and what <civic-skip-link> builds from its
// attributes. It is the first thing a keyboard reaches on the page and takes
// a person past the header and navigation to the main content (WCAG 2.4.1).
// It works as a plain fragment link; the element's script also moves focus
// to the target in every engine.
import { shownValue } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { h, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import './messages.js';

/** Where a skip link goes when it is given nowhere: the id GOV.UK pages give <main>. */
export const DEFAULT_SKIP_TARGET = '#main-content';

export interface SkipLinkParams {
  /** The link's text instead of "Skip to main content" in the language. */
  text?: string;
  /** The main content's id as a fragment: `#main-content` (default). Anything else is refused with a warning. */
  href?: string;
  /** The language of the default text, `en` (default) or `cy`. */
  lang?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The fragment the link goes to: `href` when it is `#` and an id; anything
 * else (a script URL, another page) with a `[civic]` warning, because a
 * skip link that leaves the page skips nothing.
 */
export function skipTarget(href: unknown): string {
  if (href === undefined || href === null || href === '') return DEFAULT_SKIP_TARGET;
  const safe = typeof href === 'string' ? safeUrl(href, 'civic-skip-link') : undefined;
  if (safe !== undefined && /^#\S+$/.test(safe)) return safe;
  if (safe !== undefined || typeof href !== 'string') {
    warnOnce(
      `<civic-skip-link> href="${shownValue(href)}" is not the id of the main content, ` +
        `so "${DEFAULT_SKIP_TARGET}" is used. Give <main> an id and write it with #, such as "#main-content".`,
    );
  }
  return DEFAULT_SKIP_TARGET;
}

/** `<civic-skip-link><a class="civic-skip-link__link" href="#main-content">Skip to main content</a></civic-skip-link>`. */
export function skipLinkMarkup(params: SkipLinkParams = {}): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  const text = given(params.text) ? params.text : translate(lang, 'skip-link.text');
  return h(
    'civic-skip-link',
    {},
    h('a', { class: 'civic-skip-link__link', href: skipTarget(params.href) }, text),
  );
}
