import { CivicContentElement } from '../../core/content-element.js';
import { reflectText } from '../../core/text-attribute.js';
import { CivicDataElement } from '../../core/data-element.js';

/** The section's properties, which a page may set before the element is defined. */
export const SECTION_PROPERTIES: readonly string[] = ['heading', 'headingLevel'];

/**
 * A numbered group of tasks under a heading, for a long application, as data
 * for a `<civic-task-list>`: its heading is an attribute, its tasks are its
 * `<civic-task>` children. It is not shown itself; the list builds the
 * numbered heading ("1. Check before you start") and the section's tasks.
 *
 * @tagname civic-task-section
 * @summary A numbered section of a task list, as data.
 *
 * @slot - The `<civic-task>` elements of the section.
 *
 * @attr {string} heading - The section heading; the list numbers it.
 * @attr {number} heading-level - Level of the heading (1–6); default the list's, else 2.
 */
export class CivicTaskSection extends CivicDataElement {
  protected readonly holderName = '<civic-task-list>';

  protected isHolder(parent: Element): boolean {
    return parent instanceof CivicContentElement;
  }

  protected static override upgradedProperties = SECTION_PROPERTIES;

  /** The section heading, such as "Check before you start". */
  get heading(): string {
    return this.getAttribute('heading') ?? '';
  }
  set heading(value: string | undefined | null) {
    reflectText(this, 'heading', value, '<civic-task-section> heading');
  }

  /** Level of the heading (1–6) that fits the page's outline; default the list's level, else 2. */
  get headingLevel(): number | undefined {
    const level = Number(this.getAttribute('heading-level') ?? Number.NaN);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
  }
  set headingLevel(value: number | undefined | null) {
    reflectText(this, 'heading-level', value, '<civic-task-section> heading-level');
  }
}
