import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocaliseController } from '../../core/localisation.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import type { TagColor } from '../tag/civic-tag.js';
import { taskStyles } from './civic-task-list.styles.js';
import './messages.js';

/** The statuses a task can have. */
export const TASK_STATUSES = [
  'completed',
  'in-progress',
  'not-started',
  'incomplete',
  'cannot-start',
] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];

// Tags make unfinished work stand out; "completed" is plain text so that what
// is left to do is what the eye finds.
const STATUS_COLORS: Record<Exclude<TaskStatus, 'completed'>, TagColor> = {
  'in-progress': 'light-blue',
  'not-started': 'blue',
  incomplete: 'blue',
  'cannot-start': 'grey',
};

const isKnownStatus = (status: string): status is TaskStatus =>
  (TASK_STATUSES as readonly string[]).includes(status);

/**
 * One task in a `<civic-task-list>` or `<civic-task-section>`: its title, an
 * optional hint and its status.
 *
 * The title is a link while the task can be started; the link's accessible
 * description is the hint and the status, so a screen reader hears
 * "Your details, link, Completed". The whole row is the link's click target,
 * without nesting one interactive element in another. A task that cannot
 * start yet is plain text that reads as unavailable.
 *
 * @tagname civic-task
 * @summary A task with its status, in a task list.
 *
 * @slot - The task title, such as "Your details".
 *
 * @csspart row - The whole row.
 * @csspart link - The title link.
 * @csspart hint - The hint.
 * @csspart status - The status text or tag.
 */
export class CivicTask extends LitElement {
  static override styles = taskStyles;

  /** Where the task is done. Ignored while the status is `cannot-start`. Script URLs are refused with a console warning. */
  @property({ reflect: true }) href?: string;

  /** `completed`, `in-progress`, `not-started` (default), `incomplete` or `cannot-start`. */
  @property({ reflect: true }) status: TaskStatus = 'not-started';

  /** Wording that replaces the status's own, such as "Waiting for payment". */
  @property({ reflect: true, attribute: 'status-text' }) statusText?: string;

  /** Tag colour that replaces the status's own. */
  @property({ reflect: true, attribute: 'tag-color' }) tagColor?: TagColor;

  /** Extra information about the task, read after the title. */
  @property({ reflect: true }) hint?: string;

  readonly #text = new LocaliseController(this);

  /**
   * @internal Each task is an item of its parent's list. Reflected so that the
   * server renders it too, and so axe sees it (it cannot read ElementInternals).
   */
  @property({ reflect: true }) override role: string | null = 'listitem';

  override willUpdate(): void {
    if (!isKnownStatus(this.status)) {
      warnOnce(
        `<civic-task> has no status "${String(this.status)}". Use one of ${TASK_STATUSES.join(', ')}, ` +
          'and set status-text for your own wording.',
      );
    }
  }

  /** The words shown for the status, in the page's language. */
  get statusLabel(): string {
    if (this.statusText) return this.statusText;
    const status = isKnownStatus(this.status) ? this.status : 'not-started';
    return this.#text.t(`task.status.${status}`);
  }

  override render() {
    const status = isKnownStatus(this.status) ? this.status : 'not-started';
    const unavailable = status === 'cannot-start';
    const href = unavailable ? undefined : safeUrl(this.href, 'civic-task');
    const hasHint = this.hint !== undefined && this.hint !== '';
    const describedBy = hasHint ? 'hint status' : 'status';
    const title =
      href === undefined
        ? html`<span class="title"><slot></slot></span>`
        : html`<a part="link" class="link" href=${href} aria-describedby=${describedBy}
            ><slot></slot
          ></a>`;

    return html`<div
      part="row"
      class="row ${href === undefined ? '' : 'linked'} ${unavailable ? 'unavailable' : ''}"
    >
      <div class="name">
        ${title}
        ${hasHint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing}
      </div>
      <div part="status" class="status" id="status">
        ${
          status === 'completed' && this.tagColor === undefined
            ? html`<span class="status-text">${this.statusLabel}</span>`
            : html`<strong
                class="tag"
                data-color=${ifDefined(
                  this.tagColor ?? STATUS_COLORS[status as Exclude<TaskStatus, 'completed'>],
                )}
                >${this.statusLabel}</strong
              >`
        }
      </div>
    </div>`;
  }
}
