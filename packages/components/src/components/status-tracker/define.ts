// Registering entry for the status tracker: `import '@civic-design/components/status-tracker.js'`
// defines <civic-status-tracker> and <civic-stage>.
import { defineElement } from '../../core/define-element.js';
import { CivicStage } from './civic-stage.js';
import { CivicStatusTracker } from './civic-status-tracker.js';

// Data children first, so a tracker already in the page reads upgraded stages.
defineElement('civic-stage', CivicStage);
defineElement('civic-status-tracker', CivicStatusTracker);

export { CivicStage, CivicStatusTracker };
export type { StageParams, StageState, StatusTrackerParams } from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-status-tracker': CivicStatusTracker;
    'civic-stage': CivicStage;
  }
}
