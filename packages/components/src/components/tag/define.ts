// Registering entry for <civic-tag>: `import '@civic-design/components/tag.js'`.
import { defineElement } from '../../core/define-element.js';
import { CivicTag } from './civic-tag.js';

defineElement('civic-tag', CivicTag);

export { CivicTag };
export type { TagColor } from './civic-tag.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-tag': CivicTag;
  }
}
