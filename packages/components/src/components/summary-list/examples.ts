// The summary list's story states, shared by its stories and tests: each is
// the params a server passes to the macro, and the tests build the same list
// from <civic-summary-row> data children to prove the two give one DOM.
import type { SummaryListParams } from './markup.js';

export const DEFAULT: SummaryListParams = {
  rows: [
    { key: 'Name', value: 'Sarah Philips', changeHref: '#name' },
    { key: 'Date of birth', value: '5 January 1978', changeHref: '#date-of-birth' },
    { key: 'Address', value: '72 Guild Street\nLondon\nSE23 6FH', changeHref: '#address' },
    {
      key: 'Contact details',
      value: '07700 900457\nsarah.phillips@example.com',
      changeHref: '#contact-details',
    },
  ],
};

/** Rows without actions beside rows with one and with two. */
export const MIXED_ACTIONS: SummaryListParams = {
  rows: [
    { key: 'Reference number', value: 'HDJ2123F' },
    { key: 'Name', value: 'Sarah Philips', changeHref: '#name' },
    {
      key: 'Emergency contact',
      value: 'Jo Philips',
      actions: [
        { href: '#emergency-contact', text: 'Change' },
        { href: '#emergency-contact-remove', text: 'Remove' },
      ],
    },
  ],
};

/** Facts with nothing to change: two columns. */
export const WITHOUT_ACTIONS: SummaryListParams = {
  rows: [
    { key: 'Licence number', value: 'PL-2026-00417' },
    { key: 'Expires', value: '31 March 2027' },
  ],
};

export const NO_BORDER: SummaryListParams = { ...WITHOUT_ACTIONS, noBorder: true };

/** A card for one of several similar things, with actions for the whole card. */
export const CARD: SummaryListParams = {
  cardTitle: 'University of Gloucestershire',
  cardActions: [
    { href: '#delete-choice-1', text: 'Delete choice' },
    { href: '#withdraw-1', text: 'Withdraw' },
  ],
  rows: [
    { key: 'Course', value: 'English (3DMD)', changeHref: '#course-1' },
    { key: 'Location', value: 'Cheltenham\nFull time', changeHref: '#location-1' },
    { key: 'Start date', value: 'September 2026' },
  ],
};

/** A card with one action and its title at level 3, under the page's own level 2 heading. */
export const CARD_ONE_ACTION: SummaryListParams = {
  cardTitle: 'Undergraduate teaching assistant',
  headingLevel: 3,
  cardActions: [{ href: '#remove-job', text: 'Remove', visuallyHiddenText: 'job' }],
  rows: [
    { key: 'Name', value: 'Sarah Philips', changeHref: '#job-name' },
    { key: 'Start date', value: 'March 2025', changeHref: '#job-start' },
  ],
};

/** Long keys and values: the hidden part of a long key's link is shortened. */
export const LONG_VALUES: SummaryListParams = {
  rows: [
    {
      key: 'What is the full address of the premises you want to licence?',
      value: 'The Old Bakery, Unit 14b, Riverside Industrial Estate\nAberystwyth\nSY23 1AB',
      changeHref: '#premises-address',
      visuallyHiddenText: 'premises address',
    },
    {
      key: 'Email',
      value: 'a.very.long.mailbox.name.for.testing.wrapping@example-council.gov.uk',
      changeHref: '#email',
    },
    {
      key: 'Documents',
      value: 'passport-scan-front-and-back.pdf\nproof-of-address-council-tax-bill-2026.pdf',
    },
  ],
};

export const WELSH: SummaryListParams = {
  lang: 'cy',
  rows: [
    { key: 'Enw', value: 'Siân Philips', changeHref: '#name' },
    { key: 'Dyddiad geni', value: '5 Ionawr 1978', changeHref: '#date-of-birth' },
    { key: 'Cyfeiriad', value: '72 Stryd y Gild\nCaerdydd\nCF10 1AA', changeHref: '#address' },
  ],
};

/** Every story state, by name. */
export const EXAMPLES: Readonly<Record<string, SummaryListParams>> = {
  default: DEFAULT,
  'mixed actions': MIXED_ACTIONS,
  'without actions': WITHOUT_ACTIONS,
  'no border': NO_BORDER,
  card: CARD,
  'card with one action': CARD_ONE_ACTION,
  'long values': LONG_VALUES,
  Welsh: WELSH,
};
