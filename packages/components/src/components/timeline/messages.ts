// English and Welsh text of the timeline; override with registerMessages().
// Times follow GOV.UK style ("5pm", "5:30pm", "midday", "midnight"); Welsh
// keeps the am/pm figures that Welsh public services write, and the words
// for midday and midnight as they read after "am" (at): "am ganol dydd".
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'timeline.date': '{day} {month} {year}',
  'timeline.date-time': '{date} at {time}',
  'timeline.months':
    'January|February|March|April|May|June|July|August|September|October|November|December',
  'timeline.am': 'am',
  'timeline.pm': 'pm',
  'timeline.midday': 'midday',
  'timeline.midnight': 'midnight',
});
registerMessages('cy', {
  'timeline.date': '{day} {month} {year}',
  'timeline.date-time': '{date} am {time}',
  'timeline.months':
    'Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr',
  'timeline.am': 'am',
  'timeline.pm': 'pm',
  'timeline.midday': 'ganol dydd',
  'timeline.midnight': 'hanner nos',
});
