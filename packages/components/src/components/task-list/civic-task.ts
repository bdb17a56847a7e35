import { CivicContentElement } from '../../core/content-element.js';
import { isOneOf } from '../../core/enumerated.js';
import { collapsedText, reflectText } from '../../core/text-attribute.js';
import type { TagColor } from '../tag/markup.js';
import { CivicTaskSection } from './civic-task-section.js';
import { TASK_STATUSES, type TaskParams, type TaskStatus } from './markup.js';
import { attributeOf, CivicDataElement } from '../../core/data-element.js';

export { TASK_STATUSES, type TaskStatus } from './markup.js';

/** The task's properties, which a page may set before the element is defined. */
export const TASK_PROPERTIES: readonly string[] = [
  'href',
  'status',
  'statusText',
  'tagColor',
  'hint',
];

/**
 * One task of a `<civic-task-list>` (or of a `<civic-task-section>` in it),
 * as data: its name is its text, and its link, hint and status are its
 * attributes. It is not shown itself, like an `<option>`: the list builds the
 * task's link, hint and status from it, and builds them again when a
 * property or attribute changes (a framework re-rendering with a new status).
 *
 * The name is a link while the task can be started. A screen reader hears
 * the link's name and then its description, the hint and the status: "Your
 * details, link, Completed". A task that cannot start yet has no link.
 *
 * @tagname civic-task
 * @summary A task with its status, as data for a task list.
 *
 * @slot - The task's name as plain text, such as "Your details" (white space collapses).
 *
 * @attr {string} href - Where the task is done.
 * @attr {'completed' | 'in-progress' | 'not-started' | 'incomplete' | 'cannot-start'} status - The task's status; default `not-started`.
 * @attr {string} status-text - Wording that replaces the status's own.
 * @attr {'grey' | 'green' | 'teal' | 'blue' | 'purple' | 'magenta' | 'red' | 'orange' | 'yellow'} tag-color - Shows the status as a tag of this colour.
 * @attr {string} hint - Extra information, read after the name.
 */
export class CivicTask extends CivicDataElement {
  // The list is the only content element that holds tasks (importing it
  // here would make a cycle).
  protected readonly holderName = '<civic-task-list> or a <civic-task-section>';

  protected isHolder(parent: Element): boolean {
    return parent instanceof CivicTaskSection || parent instanceof CivicContentElement;
  }

  protected static override upgradedProperties = TASK_PROPERTIES;

  /** Where the task is done. Ignored while the status is `cannot-start`. Script URLs are refused with a console warning. */
  get href(): string | undefined {
    return attributeOf(this, 'href');
  }
  set href(value: string | undefined | null) {
    reflectText(this, 'href', value, '<civic-task> href');
  }

  /** `completed`, `in-progress`, `not-started` (default), `incomplete` or `cannot-start`; another value shows as `not-started`, with a warning. */
  get status(): TaskStatus {
    const status = this.getAttribute('status');
    return isOneOf(TASK_STATUSES, status) ? status : 'not-started';
  }
  set status(value: TaskStatus | undefined | null) {
    reflectText(this, 'status', value, '<civic-task> status');
  }

  /** Wording that replaces the status's own, such as "Waiting for payment". */
  get statusText(): string | undefined {
    return attributeOf(this, 'status-text');
  }
  set statusText(value: string | undefined | null) {
    reflectText(this, 'status-text', value, '<civic-task> status-text');
  }

  /** Shows the status as a tag of this colour (`grey`, `green`, `teal`, `blue`, `purple`, `magenta`, `red`, `orange`, `yellow`). */
  get tagColor(): TagColor | undefined {
    return attributeOf(this, 'tag-color') as TagColor | undefined;
  }
  set tagColor(value: TagColor | undefined | null) {
    reflectText(this, 'tag-color', value, '<civic-task> tag-color');
  }

  /** Extra information about the task, read after its name. */
  get hint(): string | undefined {
    return attributeOf(this, 'hint');
  }
  set hint(value: string | undefined | null) {
    reflectText(this, 'hint', value, '<civic-task> hint');
  }
}

/** What a task element says, as the markup's parameters. Read from attributes, so an element not upgraded yet reads the same. */
export function taskParams(task: Element): TaskParams {
  return {
    text: collapsedText(task.textContent),
    href: attributeOf(task, 'href'),
    hint: attributeOf(task, 'hint'),
    status: attributeOf(task, 'status') as TaskStatus | undefined,
    statusText: attributeOf(task, 'status-text'),
    tagColor: attributeOf(task, 'tag-color') as TagColor | undefined,
  };
}
