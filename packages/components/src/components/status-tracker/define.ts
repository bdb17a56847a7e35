// Registering entry for the status tracker: `import '@civic-design/components/status-tracker.js'`
// defines <civic-status-tracker> and <civic-stage>.
import { defineElement } from '../../core/define-element.js';
import { CivicStage } from './civic-stage.js';
import { CivicStatusTracker } from './civic-status-tracker.js';

defineElement('civic-status-tracker', CivicStatusTracker);
defineElement('civic-stage', CivicStage);

export { CivicStage, CivicStatusTracker };
export type { StageState } from './civic-stage.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-status-tracker': CivicStatusTracker;
    'civic-stage': CivicStage;
  }
}
