import { CivicContentElement } from '../../core/content-element.js';
import type { MarkupElement } from '../../core/markup.js';
import { tagColor, tagMarkup, type TagColor, type TagParams } from './markup.js';

export { TAG_COLORS, RENAMED_TAG_COLORS } from './markup.js';
export type { TagColor, TagParams } from './markup.js';

/**
 * A short status label, such as "Completed" or "Urgent".
 *
 * The element itself is the label: its text is the page's own content, read
 * in place, and tag.css styles it by its tag name and `color`, so a server
 * writes `<civic-tag color="green">Completed</civic-tag>` and it looks the
 * same before and without script. Inside another component's HTML (a task's
 * status) the same look is `<strong class="civic-tag civic-tag--green">`.
 *
 * The text carries the meaning; the colour only supports it, so never use a
 * colour without words (WCAG 1.4.1).
 *
 * @tagname civic-tag
 * @summary Short status label with a contrast-tested colour.
 *
 * @attr {'grey' | 'green' | 'teal' | 'blue' | 'purple' | 'magenta' | 'red' | 'orange' | 'yellow'} color - `grey`, `green`, `teal`, `blue` (default), `purple`, `magenta`, `red`, `orange` or `yellow`. The old names `turquoise`, `pink` and `light-blue` still work, with a warning naming the new one.
 *
 * @slot - The status text: one or two words.
 */
export class CivicTag extends CivicContentElement<TagParams> {
  protected static override contentAttributes = ['color'];
  protected static override upgradedProperties: readonly string[] = ['color'];
  // A tag has no parts of its own: the page's text is all it holds.
  protected readonly partSelector = ':scope > .civic-tag__part';

  /** Colour: `grey`, `green`, `teal`, `blue` (default), `purple`, `magenta`, `red`, `orange` or `yellow`; the old names give their new ones. */
  get color(): TagColor {
    return tagColor(this.getAttribute('color'));
  }

  set color(value: TagColor | null | undefined) {
    if (value === null || value === undefined) this.removeAttribute('color');
    // A page's own word stays as it wrote it (CSS knows the old names too);
    // anything else is told off and shown as what it falls back to.
    else this.setAttribute('color', typeof value === 'string' ? value : tagColor(value));
  }

  protected paramsFromAttributes(): TagParams {
    const color = this.getAttribute('color');
    return color === null ? {} : { color: color as TagColor };
  }

  protected markup(params: TagParams): MarkupElement {
    return tagMarkup(params);
  }
}
