// Placeholder build: publishes the hand-written stylesheet as it is. The design
// tokens issue replaces this with a Style Dictionary build from DTCG JSON.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
copyFileSync('src/tokens.css', 'dist/tokens.css');
