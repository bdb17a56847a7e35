// English and Welsh text of the breadcrumbs; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', { 'breadcrumbs.label': 'Breadcrumb' });
registerMessages('cy', { 'breadcrumbs.label': 'Briwsion bara' });
