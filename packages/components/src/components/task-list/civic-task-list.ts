import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaliseController } from '../../core/localisation.js';
import { listStyles } from './civic-task-list.styles.js';
import './messages.js';

/**
 * A list of the tasks of an application, each with its status, optionally in
 * numbered sections, with a summary that counts what is done.
 *
 * Statuses are data: set `status` on a task from your service's state and the
 * list and its summary follow.
 *
 * @tagname civic-task-list
 * @summary Tasks of an application and their statuses.
 *
 * @slot - `<civic-task>` elements, or `<civic-task-section>` elements holding them.
 *
 * @csspart summary - The "You have completed 3 of 5 sections" line.
 * @csspart list - The list of tasks or sections.
 */
export class CivicTaskList extends LitElement {
  static override styles = listStyles;

  /** Shows a summary above the list: "You have completed 3 of 5 sections", in the page's language. */
  @property({ type: Boolean, reflect: true, attribute: 'show-summary' }) showSummary = false;

  @state() private counts?: { completed: number; count: number };

  readonly #text = new LocaliseController(this);
  #observer?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // Statuses change from a service's own script (or a re-render); follow them.
    this.#observer = new MutationObserver(() => {
      this.#refresh();
    });
    this.#observer.observe(this, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['status'],
    });
  }

  override firstUpdated(): void {
    // After the first render, which must match a server render exactly.
    this.#refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #refresh(): void {
    const tasks = [...this.querySelectorAll('civic-task')];
    this.counts = {
      completed: tasks.filter((task) => task.getAttribute('status') === 'completed').length,
      count: tasks.length,
    };
    const sections = [...this.children].filter((child) => child.localName === 'civic-task-section');
    sections.forEach((section, index) => {
      if (!section.hasAttribute('number'))
        (section as HTMLElement & { number?: number }).number = index + 1;
    });
  }

  override render() {
    // The server cannot see the tasks (they are light DOM), so the summary is
    // filled in once the browser has counted them. The paragraph is always
    // rendered so that hydration finds the same structure.
    const showSummary = this.showSummary && this.counts !== undefined;
    const summary = html`<p part="summary" class="summary" ?hidden=${!showSummary}>
      ${showSummary ? this.#text.t('task-list.summary', this.counts) : nothing}
    </p>`;
    return html`${summary}
      <div part="list" class="list" role="list"><slot></slot></div>`;
  }
}
