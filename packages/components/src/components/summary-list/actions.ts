import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';

/** A link that acts on a row or a card, such as "Change" or "Remove". */
export interface SummaryAction {
  href: string;
  text: string;
}

/** Reads the `actions` attribute: a JSON array of `{ href, text }`. */
export const actionsConverter = {
  fromAttribute(value: string | null): SummaryAction[] {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.filter(isAction);
    } catch {
      // Reported below: an unreadable attribute gives no actions.
    }
    warnOnce(
      `The actions attribute "${value.slice(0, 60)}" is not a JSON array of ` +
        '{"href": "…", "text": "…"}, so no actions are shown.',
    );
    return [];
  },
  toAttribute(value: SummaryAction[]): string {
    return JSON.stringify(value);
  },
};

function isAction(value: unknown): value is SummaryAction {
  const action = value as Partial<SummaryAction> | null;
  return typeof action?.href === 'string' && typeof action.text === 'string';
}

/**
 * The action links, each named by its text and what it acts on ("Change name"),
 * because a screen reader user listing links hears them out of context.
 */
export function actionLinks(
  actions: SummaryAction[],
  subject: string,
  elementName: string,
): TemplateResult | typeof nothing {
  const links = actions.flatMap((action) => {
    const href = safeUrl(action.href, elementName);
    return href === undefined ? [] : [{ href, text: action.text }];
  });
  if (links.length === 0) return nothing;
  return html`<ul part="actions" class="actions">
    ${links.map(
      (link) =>
        html`<li>
          <a class="link" href=${link.href}
            >${link.text}<span class="visually-hidden"> ${subject}</span></a
          >
        </li>`,
    )}
  </ul>`;
}
