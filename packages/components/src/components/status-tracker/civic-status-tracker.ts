import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { heading, headingLevel } from '../../core/heading.js';
import { LocaliseController } from '../../core/localisation.js';
import { trackerStyles } from './status-tracker.styles.js';
import './messages.js';

interface Position {
  position: number;
  count: number;
  title: string;
}

/**
 * The stages of a case, such as an application for a permit, so that people
 * can see where it is without phoning. Horizontal when it has room (40em of its
 * own width), vertical otherwise, including at 400% zoom, in the same reading
 * order either way.
 *
 * @tagname civic-status-tracker
 * @summary Where a case is: its stages in order, each with its state in words.
 *
 * @slot - `<civic-stage>` elements, in order.
 *
 * @csspart heading - "Stage 2 of 4: Checking your documents", with `show-heading`.
 * @csspart list - The list of stages.
 */
export class CivicStatusTracker extends LitElement {
  static override styles = trackerStyles;

  /** Shows a heading that says where the case is: "Stage 2 of 4: Checking your documents". */
  @property({ type: Boolean, reflect: true, attribute: 'show-heading' }) showHeading = false;

  /** Heading level (1–6) of that heading. Default 2. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  @state() private where?: Position;

  readonly #text = new LocaliseController(this);
  #observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer = new MutationObserver(() => {
      this.#locate();
    });
    this.#observer.observe(this, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['state'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  override firstUpdated(): void {
    // After the first render, which must match a server render exactly: the
    // server cannot see the stages inside the tracker.
    this.#locate();
  }

  #locate(): void {
    const stages = [...this.children].filter((child) => child.localName === 'civic-stage');
    const states = stages.map((stage) => stage.getAttribute('state'));
    let index = states.indexOf('current');
    if (index === -1) index = states.indexOf('stopped');
    if (index === -1) index = states.lastIndexOf('completed');
    if (index === -1) index = 0;
    const stage = stages.at(index);
    this.where =
      stage === undefined
        ? undefined
        : {
            position: index + 1,
            count: stages.length,
            title: stage.textContent.replace(/\s+/g, ' ').trim(),
          };
  }

  override render() {
    const where = this.showHeading ? this.where : undefined;
    // The wrapper is always rendered (hidden until the stages are counted) so
    // that hydration finds the same structure as the server's HTML.
    return html`<div class="heading-wrap" ?hidden=${where === undefined}>
        ${heading(
          headingLevel(this.headingLevel),
          where === undefined ? nothing : this.#text.t('status-tracker.heading', { ...where }),
        )}
      </div>
      <div part="list" class="list" role="list"><slot></slot></div>`;
  }
}
