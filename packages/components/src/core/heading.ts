import { html, type TemplateResult } from 'lit';

/** Heading levels a component can be asked for; 1 is the page's own title. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Clamps a level from an attribute to 1–6, so a typo still gives a real heading. */
export function headingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? (level as HeadingLevel) : fallback;
}

/**
 * A real `<h1>`–`<h6>` at the level the page needs. Lit cannot bind a tag
 * name, and a real heading element is better supported than role="heading".
 */
export function heading(level: HeadingLevel, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="heading" class="heading">${content}</h1>`;
    case 2:
      return html`<h2 part="heading" class="heading">${content}</h2>`;
    case 3:
      return html`<h3 part="heading" class="heading">${content}</h3>`;
    case 4:
      return html`<h4 part="heading" class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading">${content}</h6>`;
  }
}
