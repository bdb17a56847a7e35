// The canonical HTML of a confirmation panel, defined once: what a server
// writes (the civicPanel macro) and what <civic-panel> builds from its
// attributes. The element is the green box; its parts are the title and the
// reference, and the page's own content (such as "We have sent you a
// confirmation email") follows them where the page put it.
import { enumerated } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { authoredContent, h, type MarkupElement } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';
import './messages.js';

/** Levels the title can take; 1 (the default) is the page's own title. */
export const PANEL_HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

export type PanelHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface PanelParams {
  /** The title, such as "Application complete". */
  heading?: string;
  /** Level of the title, 1–6; default 1, as the panel usually heads the confirmation page. */
  headingLevel?: PanelHeadingLevel | `${PanelHeadingLevel}`;
  /** The reference people will quote, shown in bold under "Your reference number". */
  reference?: string;
  /** The page's own content after the title and reference, as HTML the server trusts. Server rendering only: in the browser it is the element's own children. */
  html?: string;
  /** Language of the built-in text ("Your reference number"), such as `cy`; defaults to English. */
  lang?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** The level the title is written at: 1–6, else 1 with a warning naming the levels. */
export function panelHeadingLevel(value: unknown): PanelHeadingLevel {
  const written = typeof value === 'number' ? String(value) : value;
  return Number(
    enumerated(written, {
      owner: '<civic-panel> heading-level',
      choices: PANEL_HEADING_LEVELS,
      fallback: '1',
    }),
  ) as PanelHeadingLevel;
}

/** The title: a real heading element at the level the page needs. */
export function panelTitlePart(heading: string, level: PanelHeadingLevel): MarkupElement {
  return h(`h${level}`, { class: 'civic-panel__title' }, heading);
}

/**
 * "Your reference number" and the reference in bold. One `<p>`, so a screen
 * reader reads them together; the reference is on its own line and one
 * click selects it whole (panel.css).
 */
export function panelReferencePart(reference: string, lang: string | undefined): MarkupElement {
  return h(
    'p',
    { class: 'civic-panel__reference' },
    translate(lang ?? 'en', 'panel.reference'),
    ' ',
    h('strong', { class: 'civic-panel__reference-number' }, reference),
  );
}

/** Tells a developer who gave no heading what to give; see panelMarkup. */
export function warnIfNoHeading(heading: unknown): void {
  if (given(heading)) return;
  warnOnce(
    '<civic-panel> has no heading, so people are not told what is complete. ' +
      'Give it heading="Application complete" (the heading parameter).',
  );
}

/** The panel's HTML, with a warning when it has no heading. */
export function panelMarkup(params: PanelParams = {}): MarkupElement {
  warnIfNoHeading(params.heading);
  return panelTree(params);
}

/** The panel's HTML without the warning: the element warns once its attributes are all set. */
export function panelTree(params: PanelParams): MarkupElement {
  const heading = given(params.heading) ? params.heading : undefined;
  const levelGiven = params.headingLevel !== undefined && String(params.headingLevel) !== '';
  const level = panelHeadingLevel(levelGiven ? params.headingLevel : undefined);
  const reference = given(params.reference) ? params.reference : undefined;
  return h(
    'civic-panel',
    {
      // The element's attributes, so the page's script sees what the server wrote.
      heading,
      'heading-level': levelGiven ? String(level) : undefined,
      reference,
    },
    heading === undefined ? null : panelTitlePart(heading, level),
    reference === undefined ? null : panelReferencePart(reference, params.lang),
    authoredContent(given(params.html) ? params.html : undefined),
  );
}
