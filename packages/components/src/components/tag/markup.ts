// The canonical HTML of a tag, defined once. Two forms share one look (the
// same rules in tag.css):
// - standalone, the <civic-tag> element itself is the box and its text is the
//   page's own content: `<civic-tag color="green">Completed</civic-tag>`;
// - inside another component's HTML (a task's status), a plain
//   `<strong class="civic-tag civic-tag--green">Completed</strong>`, which a
//   server writes and CSS alone styles, with no element to upgrade.
// The text carries the meaning; the colour only supports it (WCAG 1.4.1).
import { enumerated } from '../../core/enumerated.js';
import { escapeText } from '../../core/markup-html.js';
import { authoredContent, classes, h, type MarkupElement } from '../../core/markup.js';

/**
 * The tag colours, with GOV.UK Frontend 6's names: each a contrast-tested
 * pair of tokens (`--civic-color-tag-<colour>-text` and `-background`).
 */
export const TAG_COLORS = [
  'grey',
  'green',
  'teal',
  'blue',
  'purple',
  'magenta',
  'red',
  'orange',
  'yellow',
] as const;

export type TagColor = (typeof TAG_COLORS)[number];

/**
 * Old names that still work, with a warning naming the new one: GOV.UK
 * Frontend 6 renamed turquoise to teal and pink to magenta to match its new
 * palette, and retired light blue (too close to blue to tell apart).
 */
export const RENAMED_TAG_COLORS: Readonly<Record<string, TagColor>> = {
  turquoise: 'teal',
  pink: 'magenta',
  'light-blue': 'blue',
};

/** The colour a tag has when none is given: blue, as GOV.UK's default tag. */
export const DEFAULT_TAG_COLOR: TagColor = 'blue';

/**
 * A colour from a page (attribute, property or macro parameter): one of
 * TAG_COLORS; an old name gives its new one, anything else blue, each with a
 * `[civic]` warning naming `owner` (such as `<civic-tag> color`).
 */
export function tagColor(value: unknown, owner = '<civic-tag> color'): TagColor {
  return enumerated(value, {
    owner,
    choices: TAG_COLORS,
    fallback: DEFAULT_TAG_COLOR,
    renamed: RENAMED_TAG_COLORS,
  });
}

/**
 * The classes of a tag inside another component's HTML:
 * `civic-tag civic-tag--green`, plus any `extra` classes.
 */
export function tagClasses(
  color: unknown,
  ...extra: (string | false | null | undefined)[]
): string {
  return classes('civic-tag', `civic-tag--${tagColor(color)}`, ...extra);
}

export interface TagParams {
  /** The status text, one or two words: "Completed". */
  text?: string;
  /** The content as HTML instead of `text`: the page's own trusted HTML, written by a server only. */
  html?: string;
  /** `grey`, `green`, `teal`, `blue` (default), `purple`, `magenta`, `red`, `orange` or `yellow`. */
  color?: TagColor;
  /** An id for the tag, such as one a task's link names in `aria-describedby`. */
  id?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/**
 * The standalone tag: `<civic-tag color="green">Completed</civic-tag>`. Its
 * text is the page's own content, so the element keeps what a page or a
 * framework put in it; `text` (escaped) or `html` is what a server writes.
 */
export function tagMarkup(params: TagParams = {}): MarkupElement {
  // Nothing given writes no colour (blue); anything else is read, and a wrong
  // value or type warns, so a mistake is never silently dropped.
  const written: unknown = params.color;
  const color =
    written === undefined || written === null || written === '' ? undefined : tagColor(written);
  const content = given(params.html)
    ? params.html
    : given(params.text)
      ? escapeText(params.text)
      : undefined;
  return h(
    'civic-tag',
    { id: given(params.id) ? params.id : undefined, color },
    authoredContent(content),
  );
}

/**
 * A tag inside another component's canonical HTML (a task's status):
 * `<strong class="civic-tag civic-tag--green">Completed</strong>`, styled by
 * the same rules as <civic-tag>. `text` is always text here.
 */
export function statusTagMarkup(params: {
  text?: string;
  color?: TagColor;
  id?: string;
  /** Further classes, such as the component's own `civic-task-list__status`. */
  classes?: string;
}): MarkupElement {
  return h(
    'strong',
    {
      id: given(params.id) ? params.id : undefined,
      class: tagClasses(params.color, params.classes),
    },
    typeof params.text === 'string' ? params.text : '',
  );
}
