import { childrenOfType, CivicContentElement } from '../../core/content-element.js';
import type { MarkupElement } from '../../core/markup.js';
import { collapsedText, reflectText } from '../../core/text-attribute.js';
import { warnOnce } from '../../core/warn.js';
import { CivicStage } from './civic-stage.js';
import {
  statusTrackerMarkup,
  trackerHeadingLevel,
  type StageParams,
  type StatusTrackerParams,
} from './markup.js';
import './messages.js';

export type { StageParams, StatusTrackerParams } from './markup.js';

/**
 * The data children, each upgraded first when its class is defined: a page
 * or framework may have set its properties before the definition ran, and the
 * parent upgrades before its children when they reach the page together.
 */
function upgradedChildren<T extends HTMLElement>(
  parent: Element,
  type: CustomElementConstructor & (abstract new (...args: never[]) => T),
): T[] {
  const children = childrenOfType(parent, type);
  for (const child of children) if (!(child instanceof type)) customElements.upgrade(child);
  return children;
}

/** A stage's name and its older `slot="description"` element, from its child nodes. */
function nameAndSlottedDescription(stage: Element): { name: string; slotted: Element | null } {
  let name = '';
  let slotted: Element | null = null;
  for (const node of stage.childNodes) {
    if (node instanceof Element && node.getAttribute('slot') === 'description') {
      slotted ??= node;
    } else if (node instanceof Element || node instanceof Text) {
      // Comments (a framework's markers) are not text a person reads.
      name += node.textContent;
    }
  }
  return { name: collapsedText(name), slotted };
}

/** A <civic-stage>'s parameters, from its attributes and text (it may not be upgraded yet). */
function stageOf(stage: Element): StageParams {
  const attribute = (name: string) => stage.getAttribute(name) ?? undefined;
  const { name, slotted } = nameAndSlottedDescription(stage);
  let description = attribute('description');
  if (slotted !== null && description === undefined) {
    // Earlier versions took the description from a slotted element, and the
    // heading "Stage 2 of 4" then took the stage's whole text with it.
    description = collapsedText(slotted.textContent);
    warnOnce(
      `<civic-stage> "${name.slice(0, 40)}" has its description in a slot="description" ` +
        'element: give it as the description attribute instead (description="…").',
    );
  }
  return {
    heading: name,
    state: attribute('state') as StageParams['state'],
    date: attribute('date'),
    reason: attribute('reason'),
    description,
  };
}

/**
 * Where a case is, such as an application for a permit, so people can see
 * its progress without phoning: an ordered list of its stages, each with its
 * name as a heading and its state in words. Horizontal when it has room
 * (40em of its own width), vertical otherwise, including at 400% zoom, in the
 * same reading order either way.
 *
 * Its content is ordinary HTML in the page: a server writes it (the
 * `civicStatusTracker` macro, `civicHtml('status-tracker', …)`) and it reads
 * and looks the same without script; or the element builds the same HTML from
 * its `<civic-stage>` children, and rebuilds it when a framework adds,
 * changes or removes one.
 *
 * @tagname civic-status-tracker
 * @summary Where a case is: its stages in order, each with its state in words.
 *
 * @attr {boolean} show-heading - Shows a heading that says where the case is: "Stage 2 of 4: Checking your documents".
 * @attr {number} heading-level - Level (1–6) of that heading; default 2. Each stage's name is a heading one level below.
 * @attr {string} label - The list's accessible name, instead of "Progress".
 *
 * @slot - `<civic-stage>` elements, in order: data the tracker reads, never shown themselves.
 */
export class CivicStatusTracker extends CivicContentElement<StatusTrackerParams> {
  protected static override contentAttributes = ['show-heading', 'heading-level', 'label'];
  protected static override dataChildren = [CivicStage];
  protected static override upgradedProperties = ['showHeading', 'headingLevel', 'label'];

  protected readonly partSelector =
    ':scope > .civic-status-tracker__heading, :scope > .civic-status-tracker__list';

  /** Shows a heading that says where the case is: "Stage 2 of 4: Checking your documents". */
  get showHeading(): boolean {
    return this.hasAttribute('show-heading');
  }
  set showHeading(value: boolean | null | undefined) {
    this.toggleAttribute('show-heading', Boolean(value));
  }

  /** Level (1–6) of that heading; default 2. Out-of-range values are clamped. */
  get headingLevel(): number {
    return trackerHeadingLevel(this.getAttribute('heading-level'));
  }
  set headingLevel(value: number | string | null | undefined) {
    reflectText(this, 'heading-level', value, '<civic-status-tracker> headingLevel');
  }

  /** The list's accessible name, instead of "Progress" in the page's language. */
  get label(): string {
    return this.getAttribute('label') ?? '';
  }
  set label(value: string | null | undefined) {
    reflectText(this, 'label', value, '<civic-status-tracker> label');
  }

  protected paramsFromAttributes(): StatusTrackerParams {
    return {
      stages: upgradedChildren(this, CivicStage).map(stageOf),
      showHeading: this.hasAttribute('show-heading'),
      headingLevel: this.getAttribute('heading-level') ?? undefined,
      label: this.getAttribute('label') ?? undefined,
      lang: this.text.language,
    };
  }

  protected markup(params: StatusTrackerParams): MarkupElement {
    return statusTrackerMarkup(params);
  }
}
