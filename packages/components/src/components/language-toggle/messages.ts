// English and Welsh text of the language toggle; override with registerMessages().
// The languages' own names ("English", "Cymraeg") are never translated: each is
// written in its own language, so a person finds their language whatever the page's.
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', { 'language-toggle.label': 'Choose a language' });
registerMessages('cy', { 'language-toggle.label': 'Dewis iaith' });
