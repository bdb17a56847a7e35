// What radios and checkboxes share on top of the group base: options given
// as data (the `items` attribute or property), inline and small layouts, and
// building the options again when a framework gives them after the element
// is in the page.
import { textOf, toBoolean } from './field-element.js';
import {
  choiceItems,
  choiceMarkup,
  choicesPart,
  type ChoiceItem,
  type ChoiceKind,
  type ChoiceParams,
} from './choice-markup.js';
import { given } from './field-markup.js';
import { isLegendSize } from './fieldset-markup.js';
import { CivicGroupField } from './group-field.js';
import { toDom } from './markup-dom.js';
import type { MarkupElement } from './markup.js';
import { warnOnce } from './warn.js';

export type { ChoiceItem } from './choice-markup.js';

/** The base of `<civic-radios>` and `<civic-checkboxes>`. */
export abstract class CivicChoiceField extends CivicGroupField {
  protected static override upgradedProperties: readonly string[] = [
    ...CivicGroupField.upgradedProperties,
    'items',
    'inline',
    'small',
    'values',
  ];

  protected static override groupAttributes: readonly string[] = ['items', 'inline', 'small'];

  /** `radios` or `checkboxes`. */
  protected abstract readonly kind: ChoiceKind;

  #items: ChoiceItem[] | undefined;

  protected override get revealClass(): string {
    return `civic-${this.kind}__conditional`;
  }

  protected override get inputSelector(): string {
    return `input.civic-${this.kind}__input`;
  }

  protected override get messagePrefix(): string {
    return this.kind;
  }

  /** Whether the options start checked for the question's own value(s) (the `value` attribute of radios). */
  protected startsChecked(item: ChoiceItem): boolean {
    return item.checked === true;
  }

  protected override markup(params: ChoiceParams): MarkupElement {
    return choiceMarkup(this.kind, params, (item) => this.startsChecked(item));
  }

  #attributeItems(): ChoiceItem[] {
    const items = this.#items ?? choiceItems(this.getAttribute('items'), this.localName);
    // HTML cannot be built in the browser (no innerHTML): a follow-up
    // question from attributes is an element of the page, named by its id.
    return items.map((item) => {
      if (!given(item.conditional)) return item;
      warnOnce(
        `<${this.localName}> option "${textOf(item.value)}" has conditional HTML, which only a server can write. In the browser give conditionalId, the id of the follow-up question's element in the page.`,
      );
      return { ...item, conditional: undefined };
    });
  }

  protected override paramsFromAttributes(): ChoiceParams {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    const legendSize = attribute('legend-size');
    if (legendSize !== undefined && !isLegendSize(legendSize)) {
      warnOnce(
        `<${this.localName}> legend-size="${legendSize.slice(0, 30)}" is not s, m, l or xl, so the legend is body size.`,
      );
    }
    return {
      name: attribute('name'),
      id: attribute('field-id') ?? attribute('name'),
      legend: attribute('legend'),
      legendSize: isLegendSize(legendSize) ? legendSize : undefined,
      pageHeading: this.hasAttribute('page-heading'),
      hint: attribute('hint'),
      error: attribute('error'),
      required: this.hasAttribute('required'),
      disabled: this.hasAttribute('disabled'),
      describedBy: attribute('described-by'),
      inline: this.hasAttribute('inline'),
      small: this.hasAttribute('small'),
      items: this.#attributeItems(),
      lang: this.text.language,
    };
  }

  protected override rebuildAttributes(): readonly string[] {
    return ['legend-size', 'page-heading', 'described-by', 'field-id'];
  }

  protected override attributeChanged(name: string, value: string | null): void {
    if (name === 'items') {
      this.items = choiceItems(value, this.localName);
      return;
    }
    if (name === 'inline' || name === 'small') {
      this[name] = value !== null;
      return;
    }
    super.attributeChanged(name, value);
  }

  #container(): HTMLElement | null {
    return this.fieldset?.querySelector<HTMLElement>(`:scope > .civic-${this.kind}`) ?? null;
  }

  /**
   * The options: `{ value, text, hint?, checked?, disabled?, conditionalId?, behaviour?, divider? }`
   * objects (a JSON array as the `items` attribute). Setting them after the
   * element is built builds the options again, keeping what is checked.
   */
  get items(): ChoiceItem[] {
    if (this.#items !== undefined) return this.#items;
    if (!this.isEnhanced) return choiceItems(this.getAttribute('items'), this.localName);
    return this.inputs.map((input) => ({
      value: input.value,
      text: this.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? '',
      checked: input.defaultChecked,
    }));
  }
  set items(value: readonly ChoiceItem[] | string | null | undefined) {
    this.#items = choiceItems(value, this.localName);
    const container = this.#container();
    if (container === null) return;
    const checked = new Set(this.values);
    const params = {
      ...this.paramsFromAttributes(),
      name: this.name,
      id: this.baseId(),
      required: this.required,
    };
    const built = toDom(
      choicesPart(this.kind, params, params.items as ChoiceItem[], (item) => item.checked === true),
    );
    if (built === null) return;
    container.replaceChildren(...built.childNodes);
    for (const input of this.inputs) {
      if (checked.has(input.value)) input.checked = true;
    }
    this.registerInputs();
    this.syncReveals();
    this.revalidate();
  }

  /** Options side by side, for two short options such as Yes and No. */
  get inline(): boolean {
    return (
      this.#container()?.classList.contains(`civic-${this.kind}--inline`) ??
      this.hasAttribute('inline')
    );
  }
  set inline(value: boolean) {
    this.#modifier('inline', toBoolean(value));
  }

  /** Smaller inputs, for filters and secondary questions. */
  get small(): boolean {
    return (
      this.#container()?.classList.contains(`civic-${this.kind}--small`) ??
      this.hasAttribute('small')
    );
  }
  set small(value: boolean) {
    this.#modifier('small', toBoolean(value));
  }

  #modifier(name: 'inline' | 'small', on: boolean): void {
    this.#container()?.classList.toggle(`civic-${this.kind}--${name}`, on);
    if (this.hasAttribute(name) !== on) this.toggleAttribute(name, on);
  }
}
