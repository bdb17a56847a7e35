// Civic's elements in Solid's JSX: each takes its own attributes, properties
// and events, generated from the components' manifest (`on:civic-error-change`
// with a typed `detail`), the props Solid gives every HTML element (`onInput`,
// `class`, `aria-*`), and `prop:value` as text.
import type {} from '@civic-design/components/types/solid';
