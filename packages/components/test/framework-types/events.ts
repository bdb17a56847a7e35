// The DOM's event map: dist/types/events.d.ts types Civic's events for
// addEventListener in any TypeScript (and for Angular's strict templates).
import type {} from '../../dist/types/events.js';

const field = document.createElement('civic-text-input');
field.addEventListener('civic-error-change', (event) => event.detail.message.toUpperCase());
field.addEventListener('civic-clear', (event) => event.type);
/* eslint-disable @typescript-eslint/no-unsafe-return -- a deliberate type error returns no type */
// @ts-expect-error the detail of civic-error-change has no `text`
field.addEventListener('civic-error-change', (event) => event.detail.text);
/* eslint-enable @typescript-eslint/no-unsafe-return */
