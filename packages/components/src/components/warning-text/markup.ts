// The canonical HTML of warning text, defined once: what a server writes (the
// civicWarningText macro). A "!" in a circle, hidden from assistive
// technology, and the warning in bold, which a screen reader hears after a
// visually hidden "Warning:" ("Rhybudd:" in Welsh). No script.
import { translate } from '../../core/localisation.js';
import { h, raw, type AuthoredContent, type MarkupElement } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';
import './messages.js';

export interface WarningTextParams {
  /** The warning, such as "You can be fined up to £5,000 if you do not register." */
  text?: string;
  /** The warning as HTML the server trusts, instead of `text`. */
  html?: string;
  /** What a screen reader hears first instead of "Warning" ("Rhybudd" in Welsh). */
  iconFallbackText?: string;
  /** The block's `id`. */
  id?: string;
  /** Language of the built-in text, such as `cy`; defaults to English. */
  lang?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * @param content Where the page's own content goes, for a renderer that puts
 *   that content there itself (the React components put their children there):
 *   it takes the place of `text` and `html`. A server gives `text` or `html` instead.
 */
export function warningTextMarkup(
  written: WarningTextParams | null = {},
  content?: AuthoredContent,
): MarkupElement {
  const params: WarningTextParams = written !== null && typeof written === 'object' ? written : {};
  if (content === undefined && !given(params.html) && !given(params.text)) {
    warnOnce('Warning text has neither text nor html, so it warns of nothing: set text.');
  }
  const prefix = given(params.iconFallbackText)
    ? params.iconFallbackText.trim()
    : translate(params.lang ?? 'en', 'warning-text.prefix');
  return h(
    'div',
    { class: 'civic-warning-text', id: given(params.id) ? params.id.trim() : undefined },
    h('span', { class: 'civic-warning-text__icon', 'aria-hidden': 'true' }, '!'),
    h(
      'strong',
      { class: 'civic-warning-text__text' },
      h('span', { class: 'civic-visually-hidden' }, `${prefix}:`),
      ' ',
      content ?? (given(params.html) ? raw(params.html) : given(params.text) ? params.text : null),
    ),
  );
}
