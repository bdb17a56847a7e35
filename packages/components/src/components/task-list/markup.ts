// The canonical HTML of a task list, defined once: what a server writes
// (the civicTaskList macro, renderTaskList) and what <civic-task-list> builds
// from its <civic-task-section> and <civic-task> data children. It follows
// GOV.UK Frontend's task list (an item per task, the link described by its
// hint and status) and the "complete multiple tasks" pattern (an ordered list
// of numbered sections, each a heading and its tasks). The summary line and
// the section numbers are computed here, so a server writes them too.
import { enumerated } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { classes, h, idList, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';
import { statusTagMarkup, tagColor, type TagColor } from '../tag/markup.js';
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

/** What the summary line counts. */
export const SUMMARY_COUNTS = ['tasks', 'sections'] as const;

export type SummaryCounts = (typeof SUMMARY_COUNTS)[number];

/** Heading levels a section heading can take; 1 is the page's own title. */
export type TaskSectionHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface TaskParams {
  /** The task's name, such as "Your details": the link text. */
  text?: string;
  /** The name as HTML the server trusts; wins over `text`. Server rendering only. */
  html?: string;
  /** Where the task is done. Ignored while the status is `cannot-start`; script URLs are refused with a warning. */
  href?: string;
  /** Extra information about the task, read after its name. */
  hint?: string;
  /** The hint as HTML the server trusts; wins over `hint`. Server rendering only (no links: the whole row is the task's link). */
  hintHtml?: string;
  /** `completed`, `in-progress`, `not-started` (default), `incomplete` or `cannot-start`. */
  status?: TaskStatus;
  /** Wording that replaces the status's own, such as "Waiting for payment". */
  statusText?: string;
  /** Shows the status as a tag of this colour (see the tag), replacing the status's own look. */
  tagColor?: TagColor;
}

export interface TaskSectionParams {
  /** The section heading, such as "Check before you start"; the markup puts its number before it. */
  heading?: string;
  /** Level of this section's heading (1–6); default the list's `headingLevel`, else 2. */
  headingLevel?: number | string;
  tasks?: TaskParams[];
}

export interface TaskListParams {
  /** The tasks, for a list without sections. */
  tasks?: TaskParams[];
  /** Numbered sections, each with its heading and tasks, for a long application. */
  sections?: TaskSectionParams[];
  /**
   * The `id` of the list, and the start of the ids inside it (`<id>-1-status`).
   * Without it, each task's ids come from its link (or its name), so two lists
   * on a page do not clash unless they share tasks.
   */
  id?: string;
  /** Shows "You have completed 2 of 5 tasks" above the list, in the page's language. */
  showSummary?: boolean;
  /** What the summary counts: `tasks` (default) or `sections` (a section is completed when all its tasks are). */
  summaryCounts?: SummaryCounts;
  /** Level of the section headings (1–6), default 2; a section's own level wins. */
  headingLevel?: number | string;
  /** Language of the built-in text (statuses, summary), such as `cy`; defaults to English. */
  lang?: string;
}

// Tags make unfinished work stand out; "Completed" and "Cannot start yet" are
// plain text, so what is left to do is what the eye finds (GOV.UK's task list).
// "In progress" is teal since GOV.UK Frontend 6 retired light blue.
const STATUS_COLORS: Partial<Record<TaskStatus, TagColor>> = {
  'in-progress': 'teal',
  'not-started': 'blue',
  incomplete: 'blue',
};

function given(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** Text from a parameter: strings as they are, numbers written out, anything else nothing. */
function textParam(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list parameter: its objects, or nothing with a warning when it is not a list. */
function listParam<T>(value: unknown, name: string): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnOnce(`<civic-task-list> ${name} must be a list (an array), so it is ignored.`);
    return [];
  }
  return value.filter(isRecord) as T[];
}

/** The level a section heading is written at: a whole number 1–6, else the nearest, else `fallback`. */
function headingLevelOf(
  value: unknown,
  fallback: TaskSectionHeadingLevel,
): TaskSectionHeadingLevel {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof level !== 'number' || !Number.isFinite(level)) return fallback;
  return Math.min(6, Math.max(1, Math.round(level))) as TaskSectionHeadingLevel;
}

function statusOf(task: TaskParams): TaskStatus {
  return enumerated(task.status, {
    owner: '<civic-task> status',
    choices: TASK_STATUSES,
    fallback: 'not-started',
  });
}

/** A task's link, or nothing while it cannot start (or its URL was refused). */
function hrefOf(task: TaskParams, status: TaskStatus): string | undefined {
  const href = textParam(task.href);
  if (status === 'cannot-start' || href === undefined) return undefined;
  return safeUrl(href, 'civic-task');
}

/** The characters of an id: letters and digits in any script, the rest one hyphen. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Ids for the tasks of one list, unique on the page: `<list id>-<n>` when the
 * list has an id; otherwise from each task's link (else its name), which
 * differ between the lists of one page, with `-2`, `-3` for repeats.
 */
function taskIds(listId: string | undefined) {
  const used = new Set<string>();
  let position = 0;
  return (task: TaskParams, href: string | undefined): string => {
    position += 1;
    if (listId !== undefined) return `${listId}-${position}`;
    const source = href ?? textParam(task.text) ?? textParam(task.html)?.replace(/<[^>]*>/g, '');
    const base = `civic-task-${slug(source ?? '') || position}`;
    let id = base;
    for (let repeat = 2; used.has(id); repeat += 1) id = `${base}-${repeat}`;
    used.add(id);
    return id;
  };
}

function namePart(task: TaskParams): MarkupNode {
  if (given(task.html)) return raw(task.html);
  const text = textParam(task.text);
  if (text === undefined || text.trim() === '') {
    warnOnce('<civic-task> has no name: write the task, such as "Your details", inside it.');
    return '';
  }
  return text;
}

function statusPart(task: TaskParams, status: TaskStatus, id: string, lang: string): MarkupElement {
  const statusText = textParam(task.statusText);
  const words = given(statusText) ? statusText : translate(lang, `task.status.${status}`);
  const color = given(task.tagColor)
    ? tagColor(task.tagColor, '<civic-task> tag-color')
    : STATUS_COLORS[status];
  return h(
    'div',
    {
      class: classes(
        'civic-task-list__status',
        status === 'cannot-start' &&
          color === undefined &&
          'civic-task-list__status--cannot-start-yet',
      ),
      id,
    },
    color === undefined ? words : statusTagMarkup({ text: words, color }),
  );
}

/**
 * One task: its name (a link while it can be started, described by its hint
 * and status), hint and status, all in one list item. A task that cannot
 * start yet has no link: its name and status are read in turn as the item's
 * text, and nothing points at a link that is not there.
 */
function taskPart(
  task: TaskParams,
  status: TaskStatus,
  href: string | undefined,
  id: string,
  lang: string,
): MarkupElement {
  if (textParam(task.href) === undefined && status !== 'cannot-start') {
    warnOnce(
      '<civic-task> has no href, so its name is not a link: give it the URL of the task, ' +
        'or status="cannot-start" while it cannot be started.',
    );
  }
  const hint = given(task.hintHtml) ? raw(task.hintHtml) : textParam(task.hint);
  const hasHint = hint !== undefined && hint !== '';
  const ids = { hint: `${id}-hint`, status: `${id}-status` };
  return h(
    'li',
    {
      class: classes(
        'civic-task-list__item',
        href !== undefined && 'civic-task-list__item--with-link',
      ),
    },
    h(
      'div',
      { class: 'civic-task-list__name-and-hint' },
      href === undefined
        ? h('div', { class: 'civic-task-list__name' }, namePart(task))
        : h(
            'a',
            {
              class: 'civic-task-list__link',
              href,
              'aria-describedby': idList(hasHint && ids.hint, ids.status),
            },
            namePart(task),
          ),
      hasHint ? h('div', { class: 'civic-task-list__hint', id: ids.hint }, hint) : null,
    ),
    statusPart(task, status, ids.status, lang),
  );
}

function tasksPart(
  tasks: TaskParams[],
  idFor: ReturnType<typeof taskIds>,
  lang: string,
): MarkupElement {
  return h(
    'ul',
    { class: 'civic-task-list__tasks' },
    ...tasks.map((task) => {
      const status = statusOf(task);
      const href = hrefOf(task, status);
      return taskPart(task, status, href, idFor(task, href), lang);
    }),
  );
}

interface Counted {
  completed: number;
  count: number;
}

function isCompleted(task: TaskParams): boolean {
  return task.status === 'completed';
}

function counted(
  tasks: TaskParams[],
  sections: { tasks: TaskParams[] }[] | undefined,
  counts: SummaryCounts,
): Counted {
  if (counts === 'sections' && sections !== undefined) {
    return {
      completed: sections.filter(
        (section) => section.tasks.length > 0 && section.tasks.every(isCompleted),
      ).length,
      count: sections.length,
    };
  }
  return { completed: tasks.filter(isCompleted).length, count: tasks.length };
}

function summaryPart(
  params: TaskListParams,
  tasks: TaskParams[],
  sections: { tasks: TaskParams[] }[] | undefined,
  lang: string,
): MarkupNode {
  // Read whether or not the summary shows, so a wrong value is reported at once.
  let counts = enumerated(params.summaryCounts, {
    owner: '<civic-task-list> summary-counts',
    choices: SUMMARY_COUNTS,
    fallback: 'tasks',
  });
  if (params.showSummary !== true) return null;
  if (counts === 'sections' && sections === undefined) {
    warnOnce(
      '<civic-task-list> summary-counts="sections" needs sections: put the tasks in ' +
        '<civic-task-section> elements (sections in the macro), or count tasks. It counts tasks.',
    );
    counts = 'tasks';
  }
  const summary = counted(tasks, sections, counts);
  // An empty list has nothing to count.
  if (summary.count === 0) return null;
  return h(
    'p',
    { class: 'civic-task-list__summary' },
    translate(lang, `task-list.summary.${counts}`, { ...summary }),
  );
}

export function taskListMarkup(params: TaskListParams = {}): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  const listId = given(params.id) ? params.id.trim().replace(/\s+/g, '-') : undefined;
  const looseTasks = listParam<TaskParams>(params.tasks, 'tasks');
  const sections = listParam<TaskSectionParams>(params.sections, 'sections').map((section) => ({
    ...section,
    tasks: listParam<TaskParams>(section.tasks, 'section tasks'),
  }));
  const sectioned = sections.length > 0;
  if (sectioned && looseTasks.length > 0) {
    warnOnce(
      `<civic-task-list> has sections and ${looseTasks.length} task(s) outside them, which are ` +
        'not shown: put every task in a section.',
    );
  }
  const tasks = sectioned ? sections.flatMap((section) => section.tasks) : looseTasks;
  const idFor = taskIds(listId);
  const level = headingLevelOf(params.headingLevel, 2);
  const list = sectioned
    ? h(
        'ol',
        { class: 'civic-task-list__sections' },
        ...sections.map((section, index) => {
          const heading = textParam(section.heading);
          if (!given(heading)) {
            warnOnce('<civic-task-section> has no heading: give it one, such as "Apply".');
          }
          return h(
            'li',
            { class: 'civic-task-list__section' },
            h(
              `h${headingLevelOf(section.headingLevel, level)}`,
              { class: 'civic-task-list__section-heading' },
              h('span', { class: 'civic-task-list__section-number' }, `${index + 1}.`),
              ' ',
              heading ?? '',
            ),
            section.tasks.length > 0 ? tasksPart(section.tasks, idFor, lang) : null,
          );
        }),
      )
    : tasksPart(looseTasks, idFor, lang);
  return h(
    'civic-task-list',
    {
      id: listId,
      'show-summary': params.showSummary === true,
      'summary-counts': given(params.summaryCounts) ? params.summaryCounts : undefined,
      'heading-level': params.headingLevel === undefined ? undefined : String(level),
    },
    summaryPart(params, tasks, sectioned ? sections : undefined, lang),
    list,
  );
}
