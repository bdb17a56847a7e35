import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { heading, headingLevel } from '../../core/heading.js';
import { sectionStyles } from './civic-task-list.styles.js';

/**
 * A numbered group of tasks under a heading, for long applications.
 *
 * @tagname civic-task-section
 * @summary Numbered section of a task list, with its heading and tasks.
 *
 * @slot - The `<civic-task>` elements of the section.
 *
 * @csspart heading - The section heading.
 * @csspart list - The list of tasks.
 */
export class CivicTaskSection extends LitElement {
  static override styles = sectionStyles;

  /** The section heading, such as "Check before you start". */
  @property({ reflect: true }) heading = '';

  /** Heading level (1–6) that fits the page's outline. Default 2. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  /** The section number shown before the heading. `<civic-task-list>` numbers its sections when this is not set; set it for pages read without JavaScript. */
  @property({ type: Number }) number?: number;

  /**
   * @internal Each section is an item of the task list. Reflected so that the
   * server renders it too, and so axe sees it (it cannot read ElementInternals).
   */
  @property({ reflect: true }) override role: string | null = 'listitem';

  // The first render matches a server render, which cannot know the number
  // the list gives a section; the number follows in the next render.
  #firstRenderDone = false;

  override firstUpdated(): void {
    this.#firstRenderDone = true;
    if (this.number !== undefined) this.requestUpdate();
  }

  override render() {
    // Text or nothing, never a template, and never an empty string: Lit updates
    // a server-rendered text part in place only when it holds a text node.
    const known = this.#firstRenderDone || this.hasAttribute('number');
    const number = this.number === undefined || !known ? nothing : `${this.number}. `;
    return html`${heading(headingLevel(this.headingLevel), html`${number}${this.heading}`)}
      <div part="list" class="list" role="list"><slot></slot></div>`;
  }
}
