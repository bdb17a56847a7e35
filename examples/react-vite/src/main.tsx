import '@civic-design/tokens/tokens.css';
import '@civic-design/components/civic.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { TaskPage } from './TaskPage.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root.');
createRoot(root).render(
  <StrictMode>
    {new URLSearchParams(location.search).get('page') === 'tasks' ? <TaskPage /> : <App />}
  </StrictMode>,
);
