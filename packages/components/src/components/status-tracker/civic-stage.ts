import { CivicContentElement } from '../../core/content-element.js';
import { CivicDataElement } from '../../core/data-element.js';
import { reflectText } from '../../core/text-attribute.js';
import { isStageState, type StageState } from './markup.js';

export { STAGE_STATES, type StageState } from './markup.js';

const TEXT_PROPERTIES = ['state', 'date', 'reason', 'description'] as const;

/**
 * One stage of a case in a `<civic-status-tracker>`, such as "Checking your
 * documents". It is data, like an `<option>`: the tracker reads it and
 * builds the stage into its list, and the element itself is never shown.
 * Its text is the stage's name, as plain text; the state is said in words
 * ("Completed", "Current stage", "Not started", "Needs action" with the
 * reason), never by colour or icon alone.
 *
 * @tagname civic-stage
 * @summary A stage of a case: its name, its state, and any date, reason and description.
 *
 * @attr {'completed' | 'current' | 'upcoming' | 'stopped'} state - `completed`, `current`, `upcoming` (the default) or `stopped` (needs action: give a `reason`).
 * @attr {string} date - When the stage was reached or is expected, as written ("3 October 2026").
 * @attr {string} reason - Why a stopped stage needs action, such as "We need a copy of your lease".
 * @attr {string} description - More about the stage, such as "This usually takes 5 working days".
 *
 * @slot - The stage's name, as plain text.
 */
export class CivicStage extends CivicDataElement {
  // A framework may set these before the element is defined.
  protected static override upgradedProperties = TEXT_PROPERTIES;
  protected readonly holderName = '<civic-status-tracker>';

  protected isHolder(parent: Element): boolean {
    return parent instanceof CivicContentElement;
  }

  /** `completed`, `current`, `upcoming` (the default) or `stopped`. An unknown state reads as `upcoming`. */
  get state(): StageState {
    const state = this.getAttribute('state');
    return isStageState(state) ? state : 'upcoming';
  }
  set state(value: StageState | null | undefined) {
    reflectText(this, 'state', value, '<civic-stage> state');
  }

  /** When the stage was reached or is expected, as written. */
  get date(): string {
    return this.getAttribute('date') ?? '';
  }
  set date(value: string | null | undefined) {
    reflectText(this, 'date', value, '<civic-stage> date');
  }

  /** Why a stopped stage needs action. */
  get reason(): string {
    return this.getAttribute('reason') ?? '';
  }
  set reason(value: string | null | undefined) {
    reflectText(this, 'reason', value, '<civic-stage> reason');
  }

  /** More about the stage. */
  get description(): string {
    return this.getAttribute('description') ?? '';
  }
  set description(value: string | null | undefined) {
    reflectText(this, 'description', value, '<civic-stage> description');
  }
}
