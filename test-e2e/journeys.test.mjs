// The two journeys (journey-suite.mjs: "Apply, then track" and "Apply for a
// resident parking permit", in English and Welsh) against the service in
// service.mjs, whose pages Civic's server entry renders, in Chromium, Firefox
// and WebKit with page script off and on. The Express + Nunjucks and Prototype
// Kit examples run the same suite on the same pages written with the macros.
import { describeJourneys } from './journey-suite.mjs';
import { startService } from './service.mjs';

describeJourneys({
  name: 'Server entry',
  start: startService,
  title: (text) => `${text} - Civic service`,
});
