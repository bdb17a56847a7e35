import '@civic-design/tokens/tokens.css';
import '@civic-design/components/civic.css';
// Each entry registers its elements, before the first render, so Preact finds
// their properties (`value`, `status`) and sets those rather than attributes.
import '@civic-design/components/button.js';
import '@civic-design/components/error-summary.js';
import '@civic-design/components/task-list.js';
import '@civic-design/components/text-input.js';
import '@civic-design/components/textarea.js';
import { render } from 'preact';
import { App } from './App.js';
import { TaskPage } from './TaskPage.js';

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app.');
render(new URLSearchParams(location.search).get('page') === 'tasks' ? <TaskPage /> : <App />, root);
