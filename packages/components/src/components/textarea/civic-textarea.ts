import { PausedAnnouncer } from '../../core/character-count.js';
import { CivicField } from '../../core/field-element.js';
import { fieldIds, type FieldParams } from '../../core/field-markup.js';
import { toDom } from '../../core/markup-dom.js';
import type { MarkupElement } from '../../core/markup.js';
import { syncAttributes } from '../../core/sync-attributes.js';
import type { Constraints } from '../../core/validation.js';
import { warnOnce } from '../../core/warn.js';
import {
  countLiveRegionPart,
  countMessageId,
  countMessagePart,
  countStatusPart,
  countText,
  DEFAULT_ROWS,
  positiveWhole,
  textareaControl,
  textareaCount,
  textareaMarkup,
  type TextareaParams,
} from './markup.js';

// Attributes passed to the native textarea as they are.
const PASSED_THROUGH = ['inputmode', 'spellcheck', 'autocapitalize', 'enterkeyhint'] as const;

/** A number from whatever a page passed (text, a number, anything else), or undefined. */
function finiteNumber(value: unknown): number | undefined {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return undefined;
  const number = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** The text child of a markup element. */
function markupText(element: MarkupElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}

/** A text node's worth of change: only when the text differs, so nothing is rewritten needlessly. */
function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * A question whose answer may run to several lines: label, optional hint,
 * error message and a native `<textarea>` in the page's DOM, following the
 * public-sector textarea and character count patterns. A server writes that
 * HTML (`renderTextarea`, the `civicTextarea` macro) and the element enhances
 * it; or the element builds it from its attributes.
 *
 * With `maxlength` or `maxwords` the HTML says the limit under the textarea
 * ("You can enter up to 200 characters"), or, for an answer a server writes
 * back over the limit, how far over it is, so the count works without
 * JavaScript. With it, a visible count follows every keystroke ("You have 12
 * characters remaining"), screen readers hear the count in a polite live
 * region once the person pauses, and typing is never cut off: going over the
 * limit is an error on submit.
 *
 * Characters are counted as people see them (an emoji or an accented letter is
 * one; a line break is one although the form submits it as CR LF); words are
 * runs of characters between white space. A server gets the same numbers by
 * normalising CR LF to LF and counting grapheme clusters, or splitting on white space.
 *
 * @tagname civic-textarea
 * @summary Asks for a longer answer, with an optional character or word count.
 *
 * @attr {string} name - The name the answer is submitted under; also the textarea's id unless `field-id` is set.
 * @attr {string} field-id - The textarea's id, when it should differ from the name (error summary links use it).
 * @attr {string} label - The question, such as "Can you provide more detail?". Required.
 * @attr {string} hint - Hint text under the label.
 * @attr {string} error - An error to show, such as one a server found.
 * @attr {string} value - The initial answer.
 * @attr {boolean} required - The answer must not be empty.
 * @attr {boolean} disabled - Turns the field off.
 * @attr {boolean} readonly - The answer can be read but not changed.
 * @attr {string} autocomplete - What the browser should autofill.
 * @attr {boolean} page-heading - Makes the label the page's `<h1>`.
 * @attr {string} described-by - Ids of the page's own descriptions of the field, read before the hint.
 * @attr {string} field-name - The field as named inside an error message.
 * @attr {string} messages - Per-rule messages as JSON.
 * @attr {number} rows - Visible height in lines of text (5 by default).
 * @attr {number} maxlength - Most characters, shown as a count and checked on submit; typing is never cut off.
 * @attr {number} maxwords - Most words, shown as a count and checked on submit; use instead of `maxlength`.
 * @attr {number} threshold - Show the count only once this percentage of the limit is used, such as 75.
 * @attr {string} spellcheck - Passed to the native textarea.
 * @attr {string} autocapitalize - Passed to the native textarea.
 * @attr {string} inputmode - Passed to the native textarea.
 * @attr {string} enterkeyhint - Passed to the native textarea.
 *
 * @fires {CustomEvent<ErrorChangeDetail>} civic-error-change - The error shown on the field appeared, changed or cleared; `detail.message`.
 */
export class CivicTextarea extends CivicField {
  protected static override upgradedProperties: readonly string[] = [
    ...CivicField.upgradedProperties,
    'rows',
    'maxLength',
    'maxWords',
    'threshold',
    'announceDelay',
  ];

  protected static override fieldAttributes: readonly string[] = [
    'rows',
    'maxlength',
    'maxwords',
    'threshold',
    ...PASSED_THROUGH,
  ];

  protected readonly controlSelector = 'textarea.civic-textarea';

  // The visible count and the live region, which the script adds beside the
  // server's count message.
  #status: Element | null = null;
  #liveRegion: Element | null = null;

  readonly #announcer = new PausedAnnouncer(
    this,
    () => {
      const status = textareaCount(this.currentParams());
      return status?.shown === true ? countText(status, this.text.language) : '';
    },
    (text) => {
      if (this.#liveRegion !== null) setText(this.#liveRegion, text);
    },
  );

  protected markup(params: FieldParams) {
    return textareaMarkup(params);
  }

  protected controlMarkup(params: FieldParams) {
    return textareaControl(params);
  }

  protected override paramsFromAttributes(): TextareaParams {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    return {
      ...super.paramsFromAttributes(),
      rows: finiteNumber(this.getAttribute('rows')),
      maxLength: this.maxLength,
      maxWords: this.maxWords,
      threshold: this.threshold,
      spellcheck:
        attribute('spellcheck') === undefined ? undefined : attribute('spellcheck') !== 'false',
      autocapitalize: attribute('autocapitalize'),
      inputmode: attribute('inputmode'),
      enterkeyhint: attribute('enterkeyhint'),
    };
  }

  protected override currentParams(): TextareaParams {
    const control = this.control;
    const attribute = (name: string) => control?.getAttribute(name) ?? undefined;
    return {
      ...super.currentParams(),
      value: control?.value,
      rows: finiteNumber(control?.getAttribute('rows') ?? null),
      maxLength: this.maxLength,
      maxWords: this.maxWords,
      threshold: this.threshold,
      spellcheck:
        attribute('spellcheck') === undefined ? undefined : attribute('spellcheck') !== 'false',
      autocapitalize: attribute('autocapitalize'),
      inputmode: attribute('inputmode'),
      enterkeyhint: attribute('enterkeyhint'),
    };
  }

  protected override ownDescriptionIds(): string[] {
    return [countMessageId(this.control?.id ?? '')];
  }

  // ---- Building and enhancing ----------------------------------------------

  protected override enhance(): void {
    super.enhance();
    const control = this.control;
    if (control === null) return;
    // A page restored from a snapshot of the enhanced DOM already has them.
    const group = control.closest('.civic-form-group');
    this.#status = group?.querySelector('.civic-character-count__status') ?? null;
    this.#liveRegion = group?.querySelector('.civic-character-count__live') ?? null;
    this.#syncCount();
  }

  protected override enhanced(): void {
    super.enhanced();
    if (positiveWhole(this.maxWords) !== undefined && positiveWhole(this.maxLength) !== undefined) {
      warnOnce(
        `<civic-textarea name="${this.name}"> has both maxlength and maxwords; only the word ` +
          'limit is counted and checked. Remove one of them.',
      );
    }
    if (this.control?.hasAttribute('maxlength') === true) {
      warnOnce(
        `<civic-textarea name="${this.name}"> has maxlength on its <textarea>, which cuts off ` +
          'what people type. Put maxlength on <civic-textarea> instead: it counts and is checked on submit.',
      );
    }
  }

  // The visible count follows every keystroke; the live region waits for a pause.
  // The person typed: the count follows at once, the announcement after a pause.
  protected override answerChanged(): void {
    super.answerChanged();
    this.#syncCount();
    this.#announcer.schedule();
  }

  /**
   * Brings the count in line with the answer and the limit: the message (the
   * limit, or how far over), the visible count before it and the live region
   * after it, and the textarea's over-limit style and description. Each part
   * changes only where it differs, so typing causes no needless DOM writes.
   */
  #syncCount(): void {
    const control = this.control;
    if (control === null) return;
    const params = this.currentParams();
    const ids = fieldIds({ id: control.id });
    const messageMarkup = countMessagePart(ids, params) as MarkupElement | null;
    const statusMarkup = countStatusPart(params);
    let message = this.querySelector(`#${CSS.escape(countMessageId(control.id))}`);
    if (messageMarkup === null || statusMarkup === null) {
      message?.remove();
      this.#status?.remove();
      this.#liveRegion?.remove();
      this.#status = null;
      this.#liveRegion = null;
      this.#announcer.clear();
      this.syncMarkup();
      return;
    }
    if (message === null) {
      message = toDom(messageMarkup) as Element;
      control.after(message);
    } else {
      syncAttributes(message, messageMarkup, []);
      setText(message, markupText(messageMarkup));
    }
    if (this.#status === null) {
      this.#status = toDom(statusMarkup) as Element;
    } else {
      syncAttributes(this.#status, statusMarkup, []);
      setText(this.#status, markupText(statusMarkup));
    }
    // The visible count comes just before the message, whose line it takes (see textarea.css).
    if (this.#status.nextElementSibling !== message) message.before(this.#status);
    this.#liveRegion ??= toDom(countLiveRegionPart(this.#announcer.text)) as Element;
    if (message.nextElementSibling !== this.#liveRegion) message.after(this.#liveRegion);
    this.syncMarkup();
  }

  protected override attributeChanged(name: string, value: string | null): void {
    const control = this.control;
    if (control === null) return;
    if ((PASSED_THROUGH as readonly string[]).includes(name)) {
      if (value === null) control.removeAttribute(name);
      else control.setAttribute(name, value);
      return;
    }
    switch (name) {
      case 'rows':
        this.rows = finiteNumber(value) ?? DEFAULT_ROWS;
        return;
      case 'maxlength':
      case 'maxwords':
      case 'threshold':
        this.#syncCount();
        // Re-checks the answer against the new limit.
        super.value = this.value;
        return;
    }
    super.attributeChanged(name, value);
  }

  /** The page language changed: the count follows it, and the error (in CivicField). */
  protected override update(): void {
    super.update();
    this.#syncCount();
  }

  /** After a form reset the count shows the reset answer, and says nothing: the person did not change it. */
  protected override formReset(): void {
    this.#announcer.clear();
    this.#syncCount();
  }

  // ---- Properties ----------------------------------------------------------

  /** The current answer, as on the native textarea. Setting it updates the count (without announcing it). */
  override get value(): string {
    return super.value;
  }
  override set value(value: string) {
    super.value = value;
    this.#syncCount();
  }

  /** The initial answer, which `form.reset()` returns to: the textarea's text in the HTML, or the `value` attribute. */
  override get defaultValue(): string {
    return super.defaultValue;
  }
  override set defaultValue(value: string) {
    super.defaultValue = value;
    this.#syncCount();
  }

  /** Visible height in lines of text (5 by default); people can make it taller, never wider. */
  get rows(): number {
    const control = this.control as HTMLTextAreaElement | null;
    return control?.rows ?? positiveWhole(this.getAttribute('rows')) ?? DEFAULT_ROWS;
  }
  set rows(value: number) {
    const rows = positiveWhole(value) ?? DEFAULT_ROWS;
    const control = this.control;
    if (control === null) {
      this.setAttribute('rows', String(rows));
      return;
    }
    control.setAttribute('rows', String(rows));
    if (this.hasAttribute('rows') && this.getAttribute('rows') !== String(rows))
      this.setAttribute('rows', String(rows));
  }

  /** Most characters allowed, shown as a count. People may type more (nothing is cut off) and are then told, and the answer is invalid. */
  get maxLength(): number | undefined {
    return finiteNumber(this.getAttribute('maxlength'));
  }
  set maxLength(value: number | undefined) {
    this.#setNumberAttribute('maxlength', value);
  }

  /** Most words allowed, shown as a count; use instead of `maxLength` (words win if both are set). */
  get maxWords(): number | undefined {
    return finiteNumber(this.getAttribute('maxwords'));
  }
  set maxWords(value: number | undefined) {
    this.#setNumberAttribute('maxwords', value);
  }

  /** Shows the count only once this percentage of the limit is used, such as 75. */
  get threshold(): number | undefined {
    return finiteNumber(this.getAttribute('threshold'));
  }
  set threshold(value: number | undefined) {
    this.#setNumberAttribute('threshold', value);
  }

  #setNumberAttribute(name: string, value: unknown): void {
    const number = finiteNumber(value);
    if (number === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(number));
  }

  /** Milliseconds after the last keystroke before screen readers are told the count (1000 by default). */
  get announceDelay(): number {
    return this.#announcer.delay;
  }
  set announceDelay(milliseconds: number) {
    const delay = finiteNumber(milliseconds);
    this.#announcer.delay = delay !== undefined && delay >= 0 ? delay : 1000;
  }

  get constraints(): Constraints {
    const maxWords = positiveWhole(this.maxWords);
    return maxWords === undefined
      ? { required: this.required, maxLength: positiveWhole(this.maxLength) }
      : { required: this.required, maxWords };
  }

  /** Selects the text in the textarea, as on a native textarea. */
  select(): void {
    this.control?.select();
  }
}
