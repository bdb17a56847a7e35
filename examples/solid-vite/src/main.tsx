import '@civic-design/tokens/tokens.css';
import '@civic-design/components/civic.css';
// Each entry registers its elements, before the first render.
import '@civic-design/components/button.js';
import '@civic-design/components/error-summary.js';
import '@civic-design/components/task-list.js';
import '@civic-design/components/text-input.js';
import '@civic-design/components/textarea.js';
import { render } from 'solid-js/web';
import { App } from './App.jsx';
import { TaskPage } from './TaskPage.jsx';

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app.');
const page = new URLSearchParams(location.search).get('page');
render(() => (page === 'tasks' ? <TaskPage /> : <App />), root);
