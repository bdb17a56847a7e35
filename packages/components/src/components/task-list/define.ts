// Registering entry for the task list: `import '@civic-design/components/task-list.js'`
// defines <civic-task>, <civic-task-section> and <civic-task-list>. The data
// children first: when the list upgrades, its children are already tasks.
import { defineElement } from '../../core/define-element.js';
import { CivicTask } from './civic-task.js';
import { CivicTaskList } from './civic-task-list.js';
import { CivicTaskSection } from './civic-task-section.js';

defineElement('civic-task', CivicTask);
defineElement('civic-task-section', CivicTaskSection);
defineElement('civic-task-list', CivicTaskList);

export { CivicTask, CivicTaskList, CivicTaskSection };
export type {
  SummaryCounts,
  TaskListParams,
  TaskParams,
  TaskSectionParams,
  TaskStatus,
} from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-task-list': CivicTaskList;
    'civic-task-section': CivicTaskSection;
    'civic-task': CivicTask;
  }
}
