// Civic's elements in Preact's JSX: each takes its own attributes, properties
// and events, generated from the components' manifest (`oncivic-error-change`
// with a typed `detail`), and the props Preact gives every HTML element
// (`onInput`, `class`, `aria-*`).
import type {} from '@civic-design/components/types/preact';
