// The two journeys (test-e2e/journey-suite.mjs) against a running kit prototype, in
// Chromium, Firefox and WebKit with script off and on. check.mjs starts the
// kit's server and runs this file with CIVIC_KIT_ORIGIN (where the kit
// serves) and CIVIC_KIT_SERVICE_NAME (its app/config.json serviceName).
import { describeJourneys } from '../../test-e2e/journey-suite.mjs';

const origin = process.env.CIVIC_KIT_ORIGIN;
const serviceName = process.env.CIVIC_KIT_SERVICE_NAME;
if (origin === undefined || serviceName === undefined) {
  throw new Error('Run this through examples/prototype-kit/check.mjs, which starts the kit.');
}

describeJourneys({
  name: 'GOV.UK Prototype Kit',
  start: async () => ({ origin }),
  // The title each page's pageTitle block writes.
  title: (text) => `${text} – ${serviceName} – GOV.UK Prototype Kit`,
  // The kit's auto-store-data script adds a hidden "_unchecked" for each
  // checkbox name to every form it submits.
  addedValue: '_unchecked',
});
