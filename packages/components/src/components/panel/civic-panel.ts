import { CivicContentElement } from '../../core/content-element.js';
import { shownValue } from '../../core/enumerated.js';
import type { MarkupElement } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';
import {
  panelHeadingLevel,
  panelTree,
  warnIfNoHeading,
  type PanelHeadingLevel,
  type PanelParams,
} from './markup.js';

export type { PanelHeadingLevel, PanelParams } from './markup.js';

/**
 * The confirmation panel at the end of a transaction: "Application complete",
 * with the reference number people will quote. The reference is large, easy
 * to read aloud and selected whole with one click, and wraps rather than
 * overflowing at high zoom.
 *
 * The element is the panel itself, styled by panel.css alone: a server writes
 * it with its title and reference (the civicPanel macro) and it reads and
 * looks the same without script; or the element builds the same HTML from
 * its attributes. Content the page puts inside it follows the title and
 * reference and stays where the page (or a framework) put it.
 *
 * @tagname civic-panel
 * @summary Confirmation that a transaction is complete, with its reference.
 *
 * @attr {string} heading - The title, such as "Application complete".
 * @attr {number} heading-level - Level of the title, 1–6 (default 1).
 * @attr {string} reference - The reference number, shown under "Your reference number" in the page's language.
 *
 * @slot - Any further text, such as "We have sent you a confirmation email".
 */
export class CivicPanel extends CivicContentElement<PanelParams> {
  protected static override contentAttributes = ['heading', 'heading-level', 'reference'];
  protected static override upgradedProperties: readonly string[] = [
    'heading',
    'headingLevel',
    'reference',
  ];
  protected readonly partSelector =
    ':scope > .civic-panel__title, :scope > .civic-panel__reference';

  /** The title, such as "Application complete". */
  get heading(): string {
    return this.getAttribute('heading') ?? '';
  }

  set heading(value: string | null | undefined) {
    this.#reflect('heading', value);
  }

  /** Level of the title (1–6). Default 1: the panel usually heads the confirmation page. */
  get headingLevel(): PanelHeadingLevel {
    return panelHeadingLevel(this.getAttribute('heading-level') ?? undefined);
  }

  set headingLevel(value: PanelHeadingLevel | `${PanelHeadingLevel}` | null | undefined) {
    this.#reflect('heading-level', value);
  }

  /** The reference number, shown under "Your reference number" in the page's language. */
  get reference(): string {
    return this.getAttribute('reference') ?? '';
  }

  set reference(value: string | null | undefined) {
    this.#reflect('reference', value);
  }

  // null and undefined remove the attribute; a number is written as text;
  // any other type would show as "[object Object]", so it is told off and
  // removes it too.
  #reflect(name: string, value: unknown): void {
    if (typeof value === 'string') this.setAttribute(name, value);
    else if (typeof value === 'number' && Number.isFinite(value))
      this.setAttribute(name, String(value));
    else {
      if (value !== null && value !== undefined) {
        warnOnce(
          `<civic-panel> ${name} must be text, not ${shownValue(value)}, so it is left out.`,
        );
      }
      this.removeAttribute(name);
    }
  }

  protected paramsFromAttributes(): PanelParams {
    const level = this.getAttribute('heading-level');
    return {
      heading: this.getAttribute('heading') ?? undefined,
      headingLevel: (level ?? undefined) as PanelParams['headingLevel'],
      reference: this.getAttribute('reference') ?? undefined,
      lang: this.text.language,
    };
  }

  protected markup(params: PanelParams): MarkupElement {
    return panelTree(params);
  }

  protected override partsReady(): void {
    // After the properties a page set before the element was defined, and
    // what a framework sets straight after connecting it, have arrived.
    queueMicrotask(() => {
      if (this.isConnected) warnIfNoHeading(this.getAttribute('heading'));
    });
  }
}
