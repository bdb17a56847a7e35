import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../../core/warn.js';
import { civicTagStyles, tagStyles } from './civic-tag.styles.js';

/** The tag colours, each a contrast-tested token pair. */
export const TAG_COLORS = [
  'grey',
  'green',
  'turquoise',
  'blue',
  'light-blue',
  'purple',
  'pink',
  'red',
  'orange',
  'yellow',
] as const;

export type TagColor = (typeof TAG_COLORS)[number];

/**
 * A short status label, such as "Completed" or "Urgent".
 *
 * The text carries the meaning; the colour only supports it, so never use a
 * colour without words (WCAG 1.4.1).
 *
 * @tagname civic-tag
 * @summary Short status label with a tested colour.
 *
 * @slot - The status text: one or two words.
 *
 * @csspart tag - The label.
 */
export class CivicTag extends LitElement {
  static override styles = [tagStyles, civicTagStyles];

  /** Colour: `grey`, `green`, `turquoise`, `blue` (default), `light-blue`, `purple`, `pink`, `red`, `orange` or `yellow`. */
  @property({ reflect: true }) color: TagColor = 'blue';

  override willUpdate(): void {
    if (!(TAG_COLORS as readonly string[]).includes(this.color)) {
      warnOnce(
        `<civic-tag> has no colour "${this.color}", so it is blue. ` +
          `Use one of: ${TAG_COLORS.join(', ')}.`,
      );
    }
  }

  override render() {
    const color = (TAG_COLORS as readonly string[]).includes(this.color) ? this.color : 'blue';
    return html`<strong part="tag" class="tag" data-color=${color}><slot></slot></strong>`;
  }
}
