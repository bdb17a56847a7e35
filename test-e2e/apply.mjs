// "Apply, then track": the pages a service shows around its questions, each
// rendered on the server by Civic's server entry, in English or Welsh
// (`?lang=cy`). With script off every link and status is in the HTML.
//
//   GET  /apply               task list: numbered sections, statuses, summary line
//   GET  /apply/check         check your answers: a summary list with change links,
//                             and a form that sends the application
//   POST /apply/check         303 /apply/confirmation
//   GET  /apply/confirmation  confirmation panel with the reference number
//   GET  /apply/track         notification banner, status tracker and timeline
//
// Storybook shows the same pages as patterns (packages/components/src/patterns/apply-pages.ts).

import { REFERENCE, applyText as text } from '../examples/shared/journeys.mjs';

export { REFERENCE };

/** The page in a language: `{ title, main, lang }` for the service's layout. */
export function applyPage(render, path, lang = 'en') {
  const t = text[lang] ?? text.en;
  const query = lang === 'cy' ? '?lang=cy' : '';
  switch (path) {
    case '/apply':
      return {
        lang,
        title: `${t.taskList} - Civic service`,
        main: `<h1>${t.taskList}</h1>
${render.civicHtml('task-list', {
  lang,
  showSummary: true,
  sections: [
    {
      heading: t.prepare,
      tasks: [
        { text: t.details, href: `/permit${query}`, status: 'completed' },
        {
          text: t.vehicle,
          hint: t.vehicleHint,
          href: `/permit${query}#vehicle`,
          status: 'in-progress',
        },
      ],
    },
    {
      heading: t.apply,
      tasks: [
        { text: t.proof, href: `/permit${query}#proof`, status: 'not-started' },
        { text: t.pay, href: '/apply/pay', status: 'cannot-start' },
      ],
    },
  ],
})}
<p><a href="/apply/check${query}">${t.check}</a></p>`,
      };
    case '/apply/check':
      return {
        lang,
        title: `${t.check} - Civic service`,
        main: `<h1>${t.check}</h1>
${render.civicHtml('summary-list', {
  lang,
  rows: [
    { key: t.name, value: 'Siân Evans', changeHref: `/permit${query}#full-name` },
    {
      key: t.address,
      value: '1 Heol y Frenhines\nCaerdydd\nCF10 2BH',
      changeHref: `/permit${query}#address-line-1`,
    },
    { key: t.vehicleType, value: 'Car', changeHref: `/permit${query}#vehicle` },
  ],
})}
<form method="post" action="/apply/check${query}">
${render.civicHtml('button', { text: t.send })}
</form>`,
      };
    case '/apply/confirmation':
      return {
        lang,
        title: `${t.done} - Civic service`,
        main: `${render.civicHtml('panel', { lang, heading: t.done, reference: REFERENCE })}
<p><a href="/apply/track${query}">${t.track}</a></p>`,
      };
    case '/apply/track':
      return {
        lang,
        title: `${t.track} - Civic service`,
        main: `<h1>${t.track}</h1>
${render.civicHtml('notification-banner', { lang, heading: t.banner })}
${render.civicHtml('status-tracker', {
  lang,
  showHeading: true,
  stages: [
    { heading: t.stages[0], state: 'completed', date: '1 December 2026' },
    { heading: t.stages[1], state: 'current', description: t.checking },
    { heading: t.stages[2] },
    { heading: t.stages[3] },
  ],
})}
${render.civicHtml('timeline', {
  lang,
  headingLevel: 3,
  events: [
    { heading: t.events[1], date: '2026-12-01T17:00', byline: t.by },
    { heading: t.events[0], date: '2026-12-01T09:30', byline: t.by },
  ],
})}`,
      };
    default:
      return undefined;
  }
}
