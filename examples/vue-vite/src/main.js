import '@civic-design/tokens/tokens.css';
import '@civic-design/components/civic.css';
// Each entry registers its elements.
import '@civic-design/components/button.js';
import '@civic-design/components/error-summary.js';
import '@civic-design/components/task-list.js';
import '@civic-design/components/text-input.js';
import '@civic-design/components/textarea.js';
import { createApp } from 'vue';
import App from './App.vue';
import TaskPage from './TaskPage.vue';

const page = new URLSearchParams(globalThis.location.search).get('page');
createApp(page === 'tasks' ? TaskPage : App).mount('#app');
