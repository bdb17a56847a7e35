// Registering entry for the task list: `import '@civic-design/components/task-list.js'`
// defines <civic-task-list>, <civic-task-section> and <civic-task>.
import { defineElement } from '../../core/define-element.js';
import { CivicTask } from './civic-task.js';
import { CivicTaskList } from './civic-task-list.js';
import { CivicTaskSection } from './civic-task-section.js';

defineElement('civic-task-list', CivicTaskList);
defineElement('civic-task-section', CivicTaskSection);
defineElement('civic-task', CivicTask);

export { CivicTask, CivicTaskList, CivicTaskSection };
export type { TaskStatus } from './civic-task.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-task-list': CivicTaskList;
    'civic-task-section': CivicTaskSection;
    'civic-task': CivicTask;
  }
}
