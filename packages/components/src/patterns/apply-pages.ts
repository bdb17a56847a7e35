// The pages around a service's questions, as its server writes them: the same
// page content the end-to-end journey serves (test-e2e/apply.mjs), rendered by
// Civic's server entry, so a story shows exactly the HTML a service sends.
import { applyPage } from '../../../../test-e2e/apply.mjs';
import * as render from '../server/index.js';
import '../components/button/define.js';
import '../components/notification-banner/define.js';
import '../components/panel/define.js';
import '../components/status-tracker/define.js';
import '../components/summary-list/define.js';
import '../components/task-list/define.js';
import '../components/timeline/define.js';

export type ApplyPath = '/apply' | '/apply/check' | '/apply/confirmation' | '/apply/track';

/** The page's main content in English or Welsh, in a block with its language. */
export function applyStoryHtml(path: ApplyPath, lang: 'en' | 'cy'): string {
  const page = applyPage(render, path, lang);
  if (!page) throw new Error(`No page at ${path}`);
  return `<div lang="${lang}" class="story-page">\n${page.main}\n</div>`;
}

/** Whole texts of the elements a selector finds, whitespace collapsed. */
export function textsOf(root: HTMLElement, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) =>
    element.textContent.replace(/\s+/g, ' ').trim(),
  );
}
