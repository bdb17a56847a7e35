import type { ValidationKind } from './validation.js';
import { warnOnce } from './warn.js';

/**
 * A field's own error messages, by rule. A message is one string, or one per
 * language (`{ "en": "Enter your name", "cy": "Rhowch eich enw" }`), chosen by
 * the page language as the built-in messages are.
 */
export type FieldMessages = Partial<
  // A component's own rules have kinds of their own ("accept", "filesize").
  Record<ValidationKind | (string & Record<never, never>), string | Partial<Record<string, string>>>
>;

/** Reads the `messages` attribute: a JSON object of per-rule messages. */
export const fieldMessageConverter = {
  fromAttribute(value: string | null): FieldMessages {
    if (value === null || value.trim() === '') return {};
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed;
      }
    } catch {
      // Reported below.
    }
    warnOnce(
      `The messages attribute "${value.slice(0, 60)}" is not a JSON object such as ` +
        '{"required": "Enter your full name"}, so the default messages are used.',
    );
    return {};
  },
  toAttribute(value: FieldMessages): string {
    return JSON.stringify(value);
  },
};

/**
 * How a field is named inside a message: its `field-name`, else its label
 * with a lower-case first letter ("Full name" gives "Enter full name").
 * Acronyms keep their capitals ("NHS number"). A label that is a question
 * cannot be used in a sentence, so that gets a warning naming the fix.
 */
export function fieldNameFor(fieldName: string, label: string): string {
  if (fieldName.trim() !== '') return fieldName.trim();
  const text = label.trim();
  if (text.endsWith('?')) {
    warnOnce(
      `The label "${text.slice(0, 60)}" is a question, so error messages cannot name the field ` +
        'from it. Set field-name, for example field-name="your full name", or give messages.',
    );
  }
  const second = text.charAt(1);
  const isAcronym = /\p{Lu}/u.test(second);
  return isAcronym ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
