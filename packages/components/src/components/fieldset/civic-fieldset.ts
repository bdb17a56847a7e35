import { textOf } from '../../core/field-element.js';
import { errorPart } from '../../core/field-markup.js';
import {
  fieldsetHintPart,
  fieldsetIds,
  isLegendSize,
  legendPart,
  type FieldsetParams,
} from '../../core/fieldset-markup.js';
import { CivicLightElement } from '../../core/light-element.js';
import { LocaliseController } from '../../core/localisation.js';
import { elementFrom, toDom } from '../../core/markup-dom.js';
import { idList } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';

/**
 * Groups related questions, such as the lines of an address, under one
 * question: a native `<fieldset>` whose `<legend>` names the group, with an
 * optional hint and group error read when a screen reader enters it. A server
 * writes that HTML (`renderFieldset`, the `civicFieldset` macro). From
 * attributes, the element adds the legend, hint and error at the start of the
 * `<fieldset>` the page wrote inside it, before the page's own questions,
 * which it never moves (a framework may own them).
 *
 * @tagname civic-fieldset
 * @summary Groups related questions under one legend, such as an address.
 *
 * @attr {string} legend - What the group asks, such as "What is your address?". Required.
 * @attr {'s' | 'm' | 'l' | 'xl'} legend-size - `s`, `m`, `l` or `xl`.
 * @attr {boolean} page-heading - Makes the legend the page's `<h1>`.
 * @attr {string} hint - Hint text under the legend.
 * @attr {string} error - An error about the group as a whole.
 * @attr {string} field-id - The base of the hint and error ids (`<id>-hint`, `<id>-error`).
 */
export class CivicFieldset extends CivicLightElement {
  static get observedAttributes(): string[] {
    return ['hint', 'error', 'legend'];
  }

  protected static override upgradedProperties: readonly string[] = ['error', 'hint', 'legend'];

  readonly #text = new LocaliseController(this);

  /** The native `<fieldset>`. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.querySelector<HTMLFieldSetElement>(':scope > fieldset');
  }

  #baseId: string | undefined;

  // Found once, so removing the hint and the error does not lose it.
  #base(): string {
    this.#baseId ??= this.#findBase();
    return this.#baseId;
  }

  #findBase(): string {
    const fieldset = this.fieldset;
    const own = fieldset?.querySelector(':scope > .civic-hint, :scope > .civic-error-message');
    if (own !== null && own !== undefined) return own.id.replace(/-(hint|error)$/, '');
    return fieldsetIds({ id: this.getAttribute('field-id') ?? undefined }).base;
  }

  protected override enhance(): void {
    const fieldset = this.fieldset;
    if (fieldset === null) {
      warnOnce(
        '<civic-fieldset> has no <fieldset> inside it, so nothing groups its questions. Write <civic-fieldset legend="…"><fieldset>…your questions…</fieldset></civic-fieldset>.',
      );
      return;
    }
    if (fieldset.querySelector(':scope > legend') !== null) return;
    // Built from attributes: the legend, hint and error go before the page's own content.
    const legendSize = this.getAttribute('legend-size') ?? undefined;
    const params: FieldsetParams = {
      id: this.#base(),
      legend: this.getAttribute('legend') ?? '',
      legendSize: isLegendSize(legendSize) ? legendSize : undefined,
      pageHeading: this.hasAttribute('page-heading'),
      hint: this.getAttribute('hint') ?? undefined,
      lang: this.#text.language,
    };
    const ids = fieldsetIds(params);
    const parts = [legendPart(params), fieldsetHintPart(ids, params)]
      .map((part) => toDom(part))
      .filter((node): node is Node => node !== null);
    fieldset.prepend(...parts);
    fieldset.classList.add('civic-fieldset');
    this.#setDescribedBy();
    const error = this.getAttribute('error');
    if (error !== null) this.error = error;
  }

  protected override enhanced(): void {
    if (this.legend.trim() === '') {
      warnOnce(
        '<civic-fieldset> has no legend, so screen readers announce an unnamed group. Set legend="…".',
      );
    }
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isEnhanced || old === value) return;
    if (name === 'hint') this.hint = value ?? '';
    else if (name === 'error') this.error = value ?? '';
    else this.legend = value ?? '';
  }

  #part(kind: 'hint' | 'error'): HTMLElement | null {
    return (
      this.fieldset?.querySelector<HTMLElement>(
        `:scope > #${CSS.escape(`${this.#base()}-${kind}`)}`,
      ) ?? null
    );
  }

  #setDescribedBy(): void {
    const fieldset = this.fieldset;
    if (fieldset === null) return;
    const base = this.#base();
    const own = new Set([`${base}-hint`, `${base}-error`]);
    const page = (fieldset.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter((id) => id !== '' && !own.has(id));
    const ids = idList(...page, this.#part('hint')?.id, this.#part('error')?.id);
    if (ids === undefined) fieldset.removeAttribute('aria-describedby');
    else fieldset.setAttribute('aria-describedby', ids);
    fieldset.classList.toggle('civic-fieldset--error', this.#part('error') !== null);
  }

  /** What the group asks: the legend's text. */
  get legend(): string {
    return (
      this.fieldset?.querySelector(':scope > legend')?.textContent.trim() ??
      this.getAttribute('legend') ??
      ''
    );
  }
  set legend(value: string) {
    const text = textOf(value);
    const legend = this.fieldset?.querySelector(':scope > legend');
    if (legend === null || legend === undefined) {
      this.setAttribute('legend', text);
      return;
    }
    const holder = legend.querySelector('.civic-fieldset__heading') ?? legend;
    if (holder.textContent !== text) holder.textContent = text;
  }

  /** Hint text under the legend. */
  get hint(): string {
    return this.#part('hint')?.textContent ?? '';
  }
  set hint(value: string) {
    const text = textOf(value);
    const existing = this.#part('hint');
    if (text === '') existing?.remove();
    else if (existing !== null) existing.textContent = text;
    else {
      const part = toDom(fieldsetHintPart(fieldsetIds({ id: this.#base() }), { hint: text }));
      if (part !== null) this.fieldset?.querySelector(':scope > legend')?.after(part);
    }
    this.#setDescribedBy();
  }

  /** An error about the group as a whole, such as "Enter an address in the UK". */
  get error(): string {
    const message = this.#part('error');
    if (message === null) return '';
    const copy = message.cloneNode(true) as Element;
    copy.querySelector('.civic-visually-hidden')?.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }
  set error(value: string) {
    const text = textOf(value);
    const existing = this.#part('error');
    if (text === '') existing?.remove();
    else {
      const part = elementFrom(errorPart(`${this.#base()}-error`, text, this.#text.language));
      if (existing !== null) existing.replaceWith(part);
      else (this.#part('hint') ?? this.fieldset?.querySelector(':scope > legend'))?.after(part);
    }
    this.#setDescribedBy();
  }
}
