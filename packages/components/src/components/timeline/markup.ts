// The canonical HTML of a timeline, defined once: what a server writes (the
// civicTimeline macro, civicHtml('timeline', …)) and what <civic-timeline>
// builds from its <civic-timeline-event> data children. Dates are formatted
// here ("3 October 2026 at 3:30pm", in UK time), so a server writes them too.
//
// An ordered list of events, each a list item with its title as a heading,
// then who did it, when (in a <time datetime>), and what it means. The marker
// and the line between events are decoration, drawn by CSS.
import { enumerated } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { h, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { collapsedText } from '../../core/text-attribute.js';
import { warnOnce } from '../../core/warn.js';
import { compareUkDates, formatUkDate, isIsoDate, type DateWords } from './format-date.js';
import './messages.js';

/** The order the events are written in. */
export const TIMELINE_ORDERS = ['newest-first', 'oldest-first'] as const;

export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

export interface TimelineEventParams {
  /** What happened, such as "Documents checked". */
  heading: string;
  /** When: an ISO 8601 date or date-time ("2026-10-03T14:30:00Z"), shown in UK time ("3 October 2026 at 3:30pm"); any other text is shown as written. */
  date?: string;
  /** Who did it, such as "by Licensing team". */
  byline?: string;
  /** What it means, as text. */
  description?: string;
  /** The description as HTML the server trusts (with a link, say), instead of `description`. */
  descriptionHtml?: string;
  /** Heading level (1–6) of this event's title, instead of the timeline's. */
  headingLevel?: number | string;
}

export interface TimelineParams {
  /** The events, in the order given by `order`. */
  events?: TimelineEventParams[];
  /** `newest-first` (the default) or `oldest-first`. The events are never reordered; out-of-order ISO dates warn. */
  order?: TimelineOrder;
  /** Heading level (1–6) of each event's title; default 3. */
  headingLevel?: number | string;
  /** An accessible name for the list, such as "History of your application"; none by default. */
  label?: string;
  /** Language of the dates ("3 Hydref 2026 am 3:30pm"), such as `cy`; defaults to English. */
  lang?: string;
}

/** An event with every value checked: what the markup writes. */
interface TimelineEvent {
  heading: string;
  date: string;
  byline: string;
  description: string;
  descriptionHtml: string;
  headingLevel: unknown;
}

const OWNER = '<civic-timeline>';

function text(value: unknown): string {
  return typeof value === 'string' ? collapsedText(value) : '';
}

/** A heading level a value asks for: a whole number 1–6, else the nearest of them, else `fallback`. */
export function timelineHeadingLevel(value: unknown, fallback = 3): number {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof level !== 'number' || !Number.isFinite(level)) return fallback;
  return Math.min(6, Math.max(1, Math.round(level)));
}

/** The order: one of TIMELINE_ORDERS, else `newest-first` with a warning listing them. */
export function timelineOrder(value: unknown): TimelineOrder {
  return enumerated(value, {
    owner: `${OWNER} order`,
    choices: TIMELINE_ORDERS,
    fallback: 'newest-first',
  });
}

/** The date words of a language, from the timeline's messages. */
export function dateWords(lang: string): DateWords {
  const say = (key: string) => translate(lang, `timeline.${key}`);
  return {
    months: say('months').split('|'),
    date: say('date'),
    dateTime: say('date-time'),
    am: say('am'),
    pm: say('pm'),
    midday: say('midday'),
    midnight: say('midnight'),
  };
}

function cleanEvents(events: unknown): TimelineEvent[] {
  if (!Array.isArray(events)) return [];
  const clean: TimelineEvent[] = [];
  events.forEach((given: unknown, index) => {
    const event = (typeof given === 'object' && given !== null ? given : {}) as Record<
      string,
      unknown
    >;
    const cleaned: TimelineEvent = {
      heading: text(event.heading),
      // A date is shown as written when it is not ISO 8601: keep its words, but not its edges.
      date: typeof event.date === 'string' ? event.date.trim() : '',
      byline: text(event.byline),
      description: text(event.description),
      descriptionHtml: typeof event.descriptionHtml === 'string' ? event.descriptionHtml : '',
      headingLevel: event.headingLevel,
    };
    if (cleaned.heading === '') {
      const empty = [cleaned.date, cleaned.byline, cleaned.description, cleaned.descriptionHtml];
      warnOnce(
        `${OWNER} event ${index + 1} has no heading${empty.every((value) => value === '') ? ', or anything else, so it is left out' : ''}. ` +
          'Give each event what happened, such as heading="Documents checked".',
      );
      if (empty.every((value) => value === '')) return;
    }
    clean.push(cleaned);
  });
  return clean;
}

/** Warns, naming the two events, when ISO-dated events are not in the declared order. */
function checkOrder(events: readonly TimelineEvent[], order: TimelineOrder): void {
  const dated = events.filter((event) => isIsoDate(event.date));
  for (let index = 1; index < dated.length; index++) {
    const [before, after] = [dated[index - 1], dated[index]];
    const comparison = compareUkDates(before.date, after.date);
    const wrong = order === 'newest-first' ? comparison === -1 : comparison === 1;
    if (!wrong) continue;
    const [runs, other] =
      order === 'newest-first'
        ? ['newest first', 'oldest-first" if they run forwards in time']
        : ['oldest first', 'newest-first" if they run backwards in time'];
    warnOnce(
      `${OWNER} order="${order}" has "${after.heading}" (${after.date}) after "${before.heading}" ` +
        `(${before.date}). Write the events ${runs}, or set order="${other}.`,
    );
    return;
  }
}

function datePart(date: string, words: DateWords): MarkupNode {
  if (date === '') return null;
  const formatted = formatUkDate(date, words);
  return h(
    'p',
    { class: 'civic-timeline__date' },
    formatted === undefined ? date : h('time', { datetime: date }, formatted),
  );
}

function descriptionPart(event: TimelineEvent): MarkupNode {
  if (event.descriptionHtml !== '') {
    return h('div', { class: 'civic-timeline__description' }, raw(event.descriptionHtml));
  }
  if (event.description === '') return null;
  return h('div', { class: 'civic-timeline__description' }, event.description);
}

function eventPart(event: TimelineEvent, level: number, words: DateWords): MarkupElement {
  const headingLevel = timelineHeadingLevel(event.headingLevel, level);
  return h(
    'li',
    { class: 'civic-timeline__event' },
    event.heading === ''
      ? null
      : h(`h${headingLevel}`, { class: 'civic-timeline__heading' }, event.heading),
    event.byline === '' ? null : h('p', { class: 'civic-timeline__byline' }, event.byline),
    datePart(event.date, words),
    descriptionPart(event),
  );
}

export function timelineMarkup(params: TimelineParams): MarkupElement {
  const lang = typeof params.lang === 'string' && params.lang !== '' ? params.lang : 'en';
  const order = timelineOrder(params.order);
  const events = cleanEvents(params.events);
  checkOrder(events, order);
  const level = timelineHeadingLevel(params.headingLevel);
  const label = text(params.label);
  const words = dateWords(lang);
  const given = (value: unknown) => value !== undefined && value !== null && value !== '';
  return h(
    'civic-timeline',
    {
      order: given(params.order) ? order : undefined,
      'heading-level': given(params.headingLevel) ? String(level) : undefined,
      label: label === '' ? undefined : label,
    },
    events.length === 0
      ? null
      : h(
          'ol',
          { class: 'civic-timeline__list', 'aria-label': label === '' ? undefined : label },
          ...events.map((event) => eventPart(event, level, words)),
        ),
  );
}
