// Each entry registers its elements.
import '@civic-design/components/button.js';
import '@civic-design/components/error-summary.js';
import '@civic-design/components/task-list.js';
import '@civic-design/components/text-input.js';
import '@civic-design/components/textarea.js';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';

// Angular 22 apps are zoneless by default: no zone.js, no polyfills.
bootstrapApplication(App).catch((error: unknown) => console.error(error));
