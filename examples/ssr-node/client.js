// The browser half: bundle this with your application (Vite, esbuild, webpack).
// Hydration support must load before any element is defined, so it comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@civic-design/components/button.js';
import '@civic-design/components/error-summary.js';
import '@civic-design/components/text-input.js';
import '@civic-design/components/textarea.js';
