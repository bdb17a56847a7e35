// The browser check every framework example app passes, whatever built it:
// the same two pages, driven the same way in Chromium.
//
// The form page (the app's `/`): a name (controlled by the framework's state,
// which tidies runs of spaces to one and sets the value back on the element), a
// reason, a Continue button, an error summary, and `data-name-error` on <main>
// showing what the framework's civic-error-change binding received. The form
// posts to `/submit`.
//
// The task page (`tasksPath`, `/?page=tasks` unless an app routes it): a task
// list built from the framework's state as <civic-task> data children, and a
// button "Finish vehicle" that changes the Vehicle task's status in that state.
import assert from 'node:assert/strict';

const FORM_ANSWERS = {
  'full-name': 'Siân Evans',
  reason: 'To park outside my house',
  action: 'continue',
};

/**
 * Waits until every element on the page is defined, but for `frameworkElements`:
 * tag names a framework gives its own components, which are never custom
 * elements (Angular's `<app-root>`).
 */
export async function whenDefined(tab, frameworkElements = []) {
  // Frameworks may render the canonical HTML before the elements are defined
  // (the React wrappers register them after their first render): wait for them.
  const undefinedElements = [':not(:defined)', ...frameworkElements.map((tag) => `:not(${tag})`)];
  await tab.waitForFunction(
    (selector) => globalThis.document.querySelectorAll(selector).length === 0,
    undefinedElements.join(''),
  );
}

/** Empty submit, the error summary, focus from it, a fix, the posted values. */
export async function checkFormPage(tab, { origin, submissions, path = '/', frameworkElements }) {
  await tab.goto(`${origin}${path}`);
  const main = tab.locator('main');
  const button = tab.locator('civic-button button');
  await button.waitFor();
  await whenDefined(tab, frameworkElements);
  assert.equal(await main.getAttribute('data-name-error'), '', 'no error before submitting');

  // Empty submission: stopped in the browser, the summary lists both questions,
  // and the app's civic-error-change binding received the name's error.
  await button.click();
  const links = tab.locator('civic-error-summary a');
  await links.first().waitFor();
  assert.deepEqual(
    await links.allInnerTexts(),
    ['Enter full name', 'Enter why do you need a permit?'],
    'the error summary lists both questions in page order',
  );
  assert.match(await tab.title(), /^Error: /);
  assert.equal(await main.getAttribute('data-name-error'), 'Enter full name');
  assert.deepEqual(submissions, [], 'nothing was sent while the form had errors');

  // The first link moves focus to its field.
  await links.first().click();
  assert.equal(await tab.evaluate(() => globalThis.document.activeElement?.id), 'full-name');

  // The name goes through the framework's state and back onto the element.
  const name = tab.locator('civic-text-input input');
  await name.fill('Siân   Evans');
  await tab.waitForFunction(
    () => globalThis.document.querySelector('civic-text-input')?.value === 'Siân Evans',
  );
  assert.equal(await name.inputValue(), 'Siân Evans', 'the app set the tidied value back');
  await tab.locator('civic-textarea textarea').fill(FORM_ANSWERS.reason);
  await tab.waitForFunction(
    () => globalThis.document.querySelector('main')?.dataset.nameError === '',
  );
  await Promise.all([tab.waitForURL(`${origin}/submit`), button.click()]);
  assert.deepEqual(
    submissions.map((body) => Object.fromEntries(new URLSearchParams(body))),
    [FORM_ANSWERS],
    'the form posted the answers as typed (the name tidied)',
  );
}

/** What the task list reads: the summary line, then each task's name, link and status. */
function readTaskList() {
  const list = globalThis.document.querySelector('civic-task-list');
  return {
    summary: list?.querySelector('.civic-task-list__summary')?.textContent.trim(),
    tasks: [...(list?.querySelectorAll('.civic-task-list__item') ?? [])].map((item) => ({
      name: item
        .querySelector('.civic-task-list__link, .civic-task-list__name')
        ?.textContent.trim(),
      href: item.querySelector('a')?.getAttribute('href') ?? null,
      status: item.querySelector('.civic-task-list__status')?.textContent.trim(),
    })),
  };
}

/** The task list from the framework's state, then after the state changes. */
export async function checkTaskPage(tab, { origin, path = '/?page=tasks', frameworkElements }) {
  await tab.goto(`${origin}${path}`);
  await tab.locator('civic-task-list .civic-task-list__item').first().waitFor();
  await whenDefined(tab, frameworkElements);
  const tasks = (vehicleStatus) => [
    { name: 'Your details', href: '/details', status: 'Completed' },
    { name: 'Vehicle', href: '/vehicle', status: vehicleStatus },
    { name: 'Pay the fee', href: null, status: 'Cannot start yet' },
  ];
  assert.deepEqual(await tab.evaluate(readTaskList), {
    summary: 'You have completed 1 of 3 tasks',
    tasks: tasks('In progress'),
  });
  await tab.getByRole('button', { name: 'Finish vehicle' }).click();
  await tab.waitForFunction(
    () =>
      globalThis.document.querySelector('.civic-task-list__summary')?.textContent.trim() ===
      'You have completed 2 of 3 tasks',
  );
  assert.deepEqual(await tab.evaluate(readTaskList), {
    summary: 'You have completed 2 of 3 tasks',
    tasks: tasks('Completed'),
  });
}

/**
 * Both pages in a new tab of `browser`; fails on any script error or console
 * error. `label` names the app in the log; `frameworkElements` lists the
 * framework's own component tags, which are never defined (see whenDefined).
 */
export async function checkApp(
  browser,
  { label, origin, submissions, formPath, tasksPath, frameworkElements },
) {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(10_000);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    // The browser's own request for a favicon the app does not have is not the app's error.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      errors.push(message.text());
    }
  });
  await checkFormPage(tab, { origin, submissions, path: formPath, frameworkElements });
  await checkTaskPage(tab, { origin, path: tasksPath, frameworkElements });
  assert.deepEqual(errors, [], 'no script or console errors on either page');
  await tab.close();
  console.log(`  ${label}: errors shown, the form submitted, the task list followed the state`);
}
