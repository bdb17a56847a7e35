// The browser half: bundle this with your application (Vite, esbuild, webpack).
// The elements enhance the HTML the server wrote; nothing is re-rendered.
import '@civic-design/components/button.js';
import '@civic-design/components/error-summary.js';
import '@civic-design/components/text-input.js';
import '@civic-design/components/textarea.js';
