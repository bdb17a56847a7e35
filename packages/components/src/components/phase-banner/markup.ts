// The canonical HTML of the phase banner, defined once: what a server writes
// (the civicPhaseBanner macro). It says a service is new (alpha or beta) with
// a tag, and asks for feedback. There is no element: nothing here needs script.
import { enumerated } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import {
  h,
  raw,
  type AuthoredContent,
  type MarkupElement,
  type MarkupNode,
} from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { statusTagMarkup } from '../tag/markup.js';
import './messages.js';

export const PHASES = ['alpha', 'beta'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseBannerParams {
  /** `alpha` or `beta` (default): the tag's words, in the language. */
  phase?: Phase;
  /** The tag's text instead of "Alpha" or "Beta". */
  tagText?: string;
  /** Where the feedback link goes; with it the banner says "This is a new service. Your feedback will help us to improve it." Script URLs are refused. */
  feedbackHref?: string;
  /** The banner's text instead, as text. */
  text?: string;
  /** The banner's text instead, as HTML the server trusts (with its own link). */
  html?: string;
  /** The language of the default words, `en` (default) or `cy`. */
  lang?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function defaultText(lang: string, href: string | undefined): MarkupNode[] {
  const [before = '', after = ''] = translate(lang, 'phase-banner.text').split('{feedback}');
  const feedback = translate(lang, 'phase-banner.feedback');
  return [
    before,
    href === undefined ? feedback : h('a', { class: 'civic-link', href }, feedback),
    after,
  ];
}

/**
 * `<div class="civic-phase-banner">` with its tag and text.
 *
 * @param content Where the page's own content goes, for a renderer that puts
 *   that content there itself (the React components put their children there):
 *   it takes the place of the banner's text (`text`, `html` or the default words).
 */
export function phaseBannerMarkup(
  params: PhaseBannerParams = {},
  content?: AuthoredContent,
): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  const phase = enumerated(params.phase, {
    owner: 'The civic phase banner’s phase',
    choices: PHASES,
    fallback: 'beta',
  });
  const href = given(params.feedbackHref)
    ? safeUrl(params.feedbackHref, 'civic-phase-banner')
    : undefined;
  const text: MarkupNode[] =
    content !== undefined
      ? [content]
      : given(params.html)
        ? [raw(params.html)]
        : given(params.text)
          ? [params.text]
          : defaultText(lang, href);
  return h(
    'div',
    { class: 'civic-phase-banner' },
    h(
      'p',
      { class: 'civic-phase-banner__content' },
      statusTagMarkup({
        text: given(params.tagText) ? params.tagText : translate(lang, `phase-banner.${phase}`),
        classes: 'civic-phase-banner__tag',
      }),
      h('span', { class: 'civic-phase-banner__text' }, ...text),
    ),
  );
}
