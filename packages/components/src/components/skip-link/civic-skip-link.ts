import { CivicContentElement } from '../../core/content-element.js';
import { reflectText } from '../../core/text-attribute.js';
import type { MarkupElement } from '../../core/markup.js';
import { skipLinkMarkup, skipTarget, type SkipLinkParams } from './markup.js';

export type { SkipLinkParams } from './markup.js';

// Elements that take focus themselves; any other target needs tabindex="-1".
// Marks the target while it has focus, so skip-link.css draws no ring around the whole main content.
const TARGET_CLASS = 'civic-skip-link-target';

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable]';

/**
 * A link to the main content, the first thing a keyboard reaches on a page,
 * shown only while it has focus (WCAG 2.4.1 Bypass blocks).
 *
 * A server writes the link itself (the civicSkipLink macro), and it works as
 * an ordinary fragment link without script. Some engines move only the
 * scroll position and not focus to a fragment's target, so with script the
 * element also focuses the target, giving it `tabindex="-1"` while it has
 * focus when it is not focusable itself (a `<main>`), and taking that away
 * once focus leaves so a click in the main content does not outline it; the
 * page stays where it is (no fragment navigation), also under a `<base>`.
 *
 * @tagname civic-skip-link
 * @summary Skip to main content: the first link on the page.
 *
 * @attr {string} href - The main content's id as a fragment, `#main-content` (default).
 * @attr {string} link-text - The link's text instead of "Skip to main content" in the page's language.
 */
export class CivicSkipLink extends CivicContentElement<SkipLinkParams> {
  protected static override contentAttributes = ['href', 'link-text'];
  protected static override upgradedProperties: readonly string[] = ['href', 'linkText'];
  protected readonly partSelector = ':scope > .civic-skip-link__link';

  constructor() {
    super();
    this.addEventListener('click', this.#onClick);
  }

  /** The main content's id as a fragment, `#main-content` (default); other values are refused with a warning. */
  get href(): string {
    return skipTarget(this.getAttribute('href'));
  }
  set href(value: string | null | undefined) {
    reflectText(this, 'href', value, '<civic-skip-link> href');
  }

  /** The link's text instead of "Skip to main content" in the page's language. */
  get linkText(): string {
    return this.getAttribute('link-text') ?? '';
  }
  set linkText(value: string | null | undefined) {
    reflectText(this, 'link-text', value, '<civic-skip-link> linkText');
  }

  protected paramsFromAttributes(): SkipLinkParams {
    return {
      href: this.getAttribute('href') ?? undefined,
      text: this.getAttribute('link-text') ?? undefined,
      lang: this.text.language,
    };
  }

  protected markup(params: SkipLinkParams): MarkupElement {
    return skipLinkMarkup(params);
  }

  #onClick = (event: MouseEvent): void => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link?.parentElement !== this) return;
    const hash = link.getAttribute('href') ?? '';
    if (!hash.startsWith('#')) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const target = this.ownerDocument.getElementById(id);
    if (target === null) return;
    // The element moves focus itself, so the browser need not follow the
    // fragment: on a page with a <base> element (common in CMSs) a "#main"
    // link resolves against the base URL and would leave the page.
    event.preventDefault();
    if (!target.matches(FOCUSABLE)) {
      target.setAttribute('tabindex', '-1');
      target.classList.add(TARGET_CLASS);
      target.addEventListener(
        'blur',
        () => {
          target.removeAttribute('tabindex');
          target.classList.remove(TARGET_CLASS);
        },
        { once: true },
      );
    }
    target.focus();
  };
}
