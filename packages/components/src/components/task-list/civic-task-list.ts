import { childrenOfType, CivicContentElement } from '../../core/content-element.js';
import { isOneOf } from '../../core/enumerated.js';
import type { MarkupElement } from '../../core/markup.js';
import { reflectText } from '../../core/text-attribute.js';
import { CivicTask, TASK_PROPERTIES, taskParams } from './civic-task.js';
import { CivicTaskSection, SECTION_PROPERTIES } from './civic-task-section.js';
import {
  SUMMARY_COUNTS,
  taskListMarkup,
  type SummaryCounts,
  type TaskListParams,
  type TaskSectionParams,
} from './markup.js';
import { attributeOf } from '../../core/data-element.js';

/**
 * The tasks of an application and their statuses, optionally in numbered
 * sections, with a line that counts what is done. Everything a person reads
 * or follows is ordinary HTML in the page: a server writes it (the
 * `civicTaskList` macro, `renderTaskList`) and the element adopts it as it
 * is, or the element builds it from `<civic-task>` (and `<civic-task-section>`)
 * children, again whenever a framework adds, changes or removes one.
 *
 * @tagname civic-task-list
 * @summary Tasks of an application and their statuses.
 *
 * @slot - `<civic-task>` elements, or `<civic-task-section>` elements holding them: data, not shown.
 *
 * @attr {boolean} show-summary - Shows "You have completed 2 of 5 tasks" above the list.
 * @attr {'tasks' | 'sections'} summary-counts - What the summary counts: `tasks` (default) or `sections`.
 * @attr {number} heading-level - Level of the section headings (1–6), default 2.
 * @attr {string} id - The start of the ids inside the list (`<id>-1-status`).
 */
export class CivicTaskList extends CivicContentElement<TaskListParams> {
  protected static override contentAttributes = [
    'id',
    'show-summary',
    'summary-counts',
    'heading-level',
  ];
  protected static override dataChildren = [CivicTask, CivicTaskSection];
  protected static override upgradedProperties = ['showSummary', 'summaryCounts', 'headingLevel'];

  protected readonly partSelector =
    ':scope > .civic-task-list__summary, :scope > .civic-task-list__tasks, :scope > .civic-task-list__sections';

  /** Shows a line above the list, "You have completed 2 of 5 tasks", in the page's language. */
  get showSummary(): boolean {
    return this.hasAttribute('show-summary');
  }
  set showSummary(value: boolean | null | undefined) {
    this.toggleAttribute('show-summary', Boolean(value));
  }

  /** What the summary counts: `tasks` (default) or `sections`, a section being completed when all its tasks are. */
  get summaryCounts(): SummaryCounts {
    const counts = this.getAttribute('summary-counts');
    return isOneOf(SUMMARY_COUNTS, counts) ? counts : 'tasks';
  }
  set summaryCounts(value: SummaryCounts | undefined | null) {
    reflectText(this, 'summary-counts', value, '<civic-task-list> summary-counts');
  }

  /** Level of the section headings (1–6) that fits the page's outline; default 2. */
  get headingLevel(): number | undefined {
    const level = Number(this.getAttribute('heading-level') ?? Number.NaN);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
  }
  set headingLevel(value: number | undefined | null) {
    reflectText(this, 'heading-level', value, '<civic-task-list> heading-level');
  }

  protected override enhance(): void {
    // Children in a tree adopted from another document upgrade just after
    // the list; any property a page set on them before that is theirs only
    // once they have. Building then reads everything once, with no warning
    // about a link that is only on its way.
    if (this.#childrenHoldEarlyProperties()) queueMicrotask(() => super.enhance());
    else super.enhance();
  }

  #childrenHoldEarlyProperties(): boolean {
    const early = (child: Element, type: typeof CivicTask | typeof CivicTaskSection) =>
      !(child instanceof type) &&
      (type === CivicTask ? TASK_PROPERTIES : SECTION_PROPERTIES).some((name) =>
        Object.prototype.hasOwnProperty.call(child, name),
      );
    return (
      childrenOfType(this, CivicTask).some((task) => early(task, CivicTask)) ||
      childrenOfType(this, CivicTaskSection).some(
        (section) =>
          early(section, CivicTaskSection) ||
          childrenOfType(section, CivicTask).some((task) => early(task, CivicTask)),
      )
    );
  }

  protected paramsFromAttributes(): TaskListParams {
    const sections = childrenOfType(this, CivicTaskSection);
    const tasks = childrenOfType(this, CivicTask);
    return {
      id: this.id === '' ? undefined : this.id,
      showSummary: this.hasAttribute('show-summary'),
      summaryCounts: attributeOf(this, 'summary-counts') as SummaryCounts | undefined,
      headingLevel: attributeOf(this, 'heading-level'),
      lang: this.text.language,
      sections: sections.length > 0 ? sections.map(sectionParams) : undefined,
      tasks: tasks.length > 0 ? tasks.map(taskParams) : undefined,
    };
  }

  protected markup(params: TaskListParams): MarkupElement {
    return taskListMarkup(params);
  }
}

/** What a section element says, as the markup's parameters, from its attributes and its tasks. */
function sectionParams(section: Element): TaskSectionParams {
  return {
    heading: attributeOf(section, 'heading'),
    headingLevel: attributeOf(section, 'heading-level'),
    tasks: childrenOfType(section, CivicTask).map(taskParams),
  };
}
