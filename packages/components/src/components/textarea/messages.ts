// English and Welsh text of the textarea's count; override with registerMessages().
// {count} is a number of characters or words; English picks "character" or
// "characters" by it. Welsh keeps the noun singular after a number ("12 nod",
// "3 gair"), so each Welsh message is one form for every count.
import { registerMessages } from '../../core/localisation.js';

registerMessages('en', {
  'textarea.limit.characters': {
    one: 'You can enter up to {count} character',
    other: 'You can enter up to {count} characters',
  },
  'textarea.limit.words': {
    one: 'You can enter up to {count} word',
    other: 'You can enter up to {count} words',
  },
  'textarea.remaining.characters': {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  },
  'textarea.remaining.words': {
    one: 'You have {count} word remaining',
    other: 'You have {count} words remaining',
  },
  'textarea.over.characters': {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  },
  'textarea.over.words': {
    one: 'You have {count} word too many',
    other: 'You have {count} words too many',
  },
});

registerMessages('cy', {
  'textarea.limit.characters': 'Gallwch roi hyd at {count} nod',
  'textarea.limit.words': 'Gallwch roi hyd at {count} gair',
  'textarea.remaining.characters': 'Mae gennych {count} nod ar ôl',
  'textarea.remaining.words': 'Mae gennych {count} gair ar ôl',
  'textarea.over.characters': 'Mae gennych {count} nod yn ormod',
  'textarea.over.words': 'Mae gennych {count} gair yn ormod',
});
