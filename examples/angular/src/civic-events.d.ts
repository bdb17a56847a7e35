// Types Civic's custom event in templates: with strictTemplates, Angular types
// `$event` in `(civic-error-change)` from the DOM's event map, so this gives
// `$event.detail` its type (and makes `$event.detail.nope` a compile error).
import type { ErrorChangeDetail } from '@civic-design/components';

declare global {
  interface HTMLElementEventMap {
    'civic-error-change': CustomEvent<ErrorChangeDetail>;
  }
}
