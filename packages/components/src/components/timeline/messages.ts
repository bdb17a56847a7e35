// English and Welsh text of the timeline; override with registerMessages().
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'timeline.date': '{day} {month} {year}',
  'timeline.date-time': '{date} at {time}',
  'timeline.months':
    'January|February|March|April|May|June|July|August|September|October|November|December',
});
registerMessages('cy', {
  'timeline.date': '{day} {month} {year}',
  'timeline.date-time': '{date} am {time}',
  'timeline.months':
    'Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr',
});
