import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaliseController } from '../../core/localisation.js';
import { warnOnce } from '../../core/warn.js';
import { stageStyles } from './status-tracker.styles.js';
import './messages.js';

/** Where a stage is in a case's progress. */
export const STAGE_STATES = ['completed', 'current', 'upcoming', 'stopped'] as const;

export type StageState = (typeof STAGE_STATES)[number];

const isStageState = (state: string): state is StageState =>
  (STAGE_STATES as readonly string[]).includes(state);

/**
 * One stage of a case in a `<civic-status-tracker>`, such as "Checking your
 * documents". Its state is said in words ("Completed", "Current stage", "Not
 * started", "Needs action" with the reason), never by colour or icon alone;
 * the current stage is marked `aria-current="step"`.
 *
 * @tagname civic-stage
 * @summary A stage of a case: title, state in words, date and description.
 *
 * @slot - The stage title.
 * @slot description - More about the stage: what happens, how long it takes.
 *
 * @csspart stage - The stage.
 * @csspart marker - The dot or tick drawn for the stage (decorative).
 * @csspart state - The state in words.
 */
export class CivicStage extends LitElement {
  static override styles = stageStyles;

  /** `completed`, `current`, `upcoming` (default) or `stopped` (needs action; give a `reason`). */
  @property({ reflect: true }) state: StageState = 'upcoming';

  /** When the stage was reached or is expected, as written ("3 October 2026"). */
  @property({ reflect: true }) date?: string;

  /** Why a stopped stage needs action, such as "We need a copy of your lease". */
  @property({ reflect: true }) reason?: string;

  /** @internal Each stage is an item of the tracker's ordered list; reflected so servers render it. */
  @property({ reflect: true }) override role: string | null = 'listitem';

  /** @internal `step` on the current stage (WAI-ARIA `aria-current`), reflected so servers render it. */
  @property({ reflect: true, attribute: 'aria-current' }) override ariaCurrent: string | null =
    null;

  readonly #text = new LocaliseController(this);

  override willUpdate(): void {
    if (!isStageState(this.state)) {
      warnOnce(
        `<civic-stage> has no state "${String(this.state)}". Use one of ${STAGE_STATES.join(', ')}.`,
      );
    }
    this.ariaCurrent = this.state === 'current' ? 'step' : null;
  }

  /** The state in words, in the page's language. */
  get stateLabel(): string {
    return this.#text.t(`stage.state.${isStageState(this.state) ? this.state : 'upcoming'}`);
  }

  override render() {
    const state = isStageState(this.state) ? this.state : 'upcoming';
    const reason =
      state === 'stopped' && this.reason
        ? html`<span class="reason">${this.reason}</span>`
        : nothing;
    return html`<div part="stage" class="stage" data-state=${state}>
      <span part="marker" class="marker" aria-hidden="true"></span>
      <div class="content">
        <span class="title"><slot></slot></span>
        <span part="state" class="state">${this.stateLabel}</span>
        ${this.date ? html`<span class="date">${this.date}</span>` : nothing} ${reason}
        <div class="description"><slot name="description"></slot></div>
      </div>
    </div>`;
  }
}
