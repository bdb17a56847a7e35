// The canonical HTML of a status tracker, defined once: what a server writes
// (the civicStatusTracker macro, civicHtml('status-tracker', …)) and what
// <civic-status-tracker> builds from its <civic-stage> data children. "Stage 2
// of 4: Checking your documents" is worked out here, so a server writes it too.
//
// An ordered list of stages, each a list item with a marker (decoration, drawn
// by CSS), its name as a heading, its state in words ("Completed", never a
// colour or icon alone: WCAG 1.4.1), and any date, reason and description.
import { enumerated, isOneOf } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { classes, h, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { collapsedText } from '../../core/text-attribute.js';
import { warnOnce } from '../../core/warn.js';
import './messages.js';

/** Where a stage is in a case's progress. */
export const STAGE_STATES = ['completed', 'current', 'upcoming', 'stopped'] as const;

export type StageState = (typeof STAGE_STATES)[number];

export interface StageParams {
  /** The stage's name, such as "Checking your documents": the stage's heading, and nothing else. */
  heading: string;
  /** `completed`, `current`, `upcoming` (the default) or `stopped` (needs action: give a `reason`). */
  state?: StageState;
  /** When the stage was reached or is expected, as written ("3 October 2026"). */
  date?: string;
  /** Why a stopped stage needs action, such as "We need a copy of your lease". */
  reason?: string;
  /** More about the stage, such as "This usually takes 5 working days". */
  description?: string;
  /** The description as HTML the server trusts (with a link, say), instead of `description`. */
  descriptionHtml?: string;
}

export interface StatusTrackerParams {
  /** The stages, in order. */
  stages?: StageParams[];
  /** Shows a heading above the list that says where the case is: "Stage 2 of 4: Checking your documents". */
  showHeading?: boolean;
  /** Level (1–6) of that heading; default 2. Each stage's name is a heading one level below. */
  headingLevel?: number | string;
  /** The list's accessible name, instead of "Progress" in the language. */
  label?: string;
  /** Language of the built-in words ("Completed", "Stage 2 of 4"), such as `cy`; defaults to English. */
  lang?: string;
}

/** A stage with every value checked: what the markup writes. */
interface Stage {
  heading: string;
  state: StageState;
  date: string;
  reason: string;
  description: string;
  descriptionHtml: string;
}

const OWNER = '<civic-status-tracker>';

function text(value: unknown): string {
  return typeof value === 'string' ? collapsedText(value) : '';
}

/** The heading level a value asks for: a whole number 1–6, else the nearest of them, else 2. */
export function trackerHeadingLevel(value: unknown): number {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof level !== 'number' || !Number.isFinite(level)) return 2;
  return Math.min(6, Math.max(1, Math.round(level)));
}

/** The stage's state: one of STAGE_STATES, else `upcoming` with a warning listing them. */
export function stageState(value: unknown): StageState {
  return enumerated(value, {
    owner: '<civic-stage> state',
    choices: STAGE_STATES,
    fallback: 'upcoming',
  });
}

function cleanStages(stages: unknown): Stage[] {
  if (!Array.isArray(stages)) return [];
  const clean: Stage[] = [];
  stages.forEach((given: unknown, index) => {
    const stage = (typeof given === 'object' && given !== null ? given : {}) as Record<
      string,
      unknown
    >;
    const heading = text(stage.heading);
    if (heading === '') {
      warnOnce(
        `${OWNER} stage ${index + 1} has no name, so it is left out. Give each stage its name, ` +
          'such as "Checking your documents" (the text of its <civic-stage>, or `heading`).',
      );
      return;
    }
    clean.push({
      heading,
      state: stageState(stage.state),
      date: text(stage.date),
      reason: text(stage.reason),
      description: text(stage.description),
      descriptionHtml: typeof stage.descriptionHtml === 'string' ? stage.descriptionHtml : '',
    });
  });
  return clean;
}

/**
 * The stage the case is at: the current one, else the one that stopped,
 * else the last completed one, else the first.
 */
export function stageReached(states: readonly StageState[]): number {
  const current = states.indexOf('current');
  if (current !== -1) return current;
  const stopped = states.indexOf('stopped');
  if (stopped !== -1) return stopped;
  return Math.max(0, states.lastIndexOf('completed'));
}

function descriptionPart(stage: Stage): MarkupNode {
  if (stage.descriptionHtml !== '') {
    return h('div', { class: 'civic-status-tracker__description' }, raw(stage.descriptionHtml));
  }
  if (stage.description === '') return null;
  return h('p', { class: 'civic-status-tracker__description' }, stage.description);
}

function stagePart(stage: Stage, headingTag: string, lang: string): MarkupElement {
  return h(
    'li',
    {
      class: classes('civic-status-tracker__stage', `civic-status-tracker__stage--${stage.state}`),
      // WAI-ARIA aria-current: the step of a process the user is at.
      'aria-current': stage.state === 'current' ? 'step' : undefined,
    },
    h('span', { class: 'civic-status-tracker__marker', 'aria-hidden': 'true' }),
    h(headingTag, { class: 'civic-status-tracker__name' }, stage.heading),
    h('p', { class: 'civic-status-tracker__state' }, translate(lang, `stage.state.${stage.state}`)),
    stage.date === '' ? null : h('p', { class: 'civic-status-tracker__date' }, stage.date),
    stage.state === 'stopped' && stage.reason !== ''
      ? h('p', { class: 'civic-status-tracker__reason' }, stage.reason)
      : null,
    descriptionPart(stage),
  );
}

export function statusTrackerMarkup(params: StatusTrackerParams): MarkupElement {
  const lang = typeof params.lang === 'string' && params.lang !== '' ? params.lang : 'en';
  const stages = cleanStages(params.stages);
  const level = trackerHeadingLevel(params.headingLevel);
  const label = text(params.label);
  const showHeading = params.showHeading === true;
  const reached = stageReached(stages.map((stage) => stage.state));
  const where = stages.at(reached);
  return h(
    'civic-status-tracker',
    {
      'show-heading': showHeading,
      'heading-level':
        params.headingLevel === undefined || params.headingLevel === '' ? undefined : String(level),
      label: label === '' ? undefined : label,
    },
    showHeading && where !== undefined
      ? h(
          `h${level}`,
          { class: 'civic-status-tracker__heading' },
          translate(lang, 'status-tracker.heading', {
            position: reached + 1,
            count: stages.length,
            title: where.heading,
          }),
        )
      : null,
    stages.length === 0
      ? null
      : h(
          'ol',
          {
            class: 'civic-status-tracker__list',
            'aria-label': label === '' ? translate(lang, 'status-tracker.label') : label,
          },
          ...stages.map((stage) => stagePart(stage, `h${Math.min(6, level + 1)}`, lang)),
        ),
  );
}

/** Whether a value is one of the stage states. */
export function isStageState(value: unknown): value is StageState {
  return isOneOf(STAGE_STATES, value);
}
