// The canonical HTML of the back link, defined once: what a server writes
// (the civicBackLink macro). A link to the previous page of a form, which a
// server knows (the browser's history may not be the form's order). There is
// no element: nothing here needs script.
import { translate } from '../../core/localisation.js';
import { h, type MarkupElement } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import './messages.js';

export interface BackLinkParams {
  /** The previous page's URL. Script URLs are refused. */
  href?: string;
  /** The link's text instead of "Back" in the language. */
  text?: string;
  /** The language of the default text, `en` (default) or `cy`. */
  lang?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** `<a class="civic-back-link" href="/previous">Back</a>`. */
export function backLinkMarkup(params: BackLinkParams = {}): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  let href = given(params.href) ? safeUrl(params.href, 'civic-back-link') : undefined;
  if (href === undefined) {
    warnOnce(
      'The civic back link has no safe href, so it goes to "#" and does nothing. ' +
        'Give href, the URL of the previous page in the form.',
    );
    href = '#';
  }
  return h(
    'a',
    { class: 'civic-back-link', href },
    given(params.text) ? params.text : translate(lang, 'back-link.text'),
  );
}
