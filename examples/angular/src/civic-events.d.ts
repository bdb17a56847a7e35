// Types Civic's custom events in templates: with strictTemplates, Angular types
// `$event` in `(civic-error-change)` from the DOM's event map, which this adds
// Civic's events to (so `$event.detail.nope` is a compile error).
import type {} from '@civic-design/components/types/events';
