// What every question shares, whether one field (text input, select…) or a
// group (radios, checkboxes, date input): the attributes that set the same
// properties, and how a text property keeps its attribute in step.
import { fieldMessageConverter, type FieldMessages } from './field-messages.js';

/** The properties every question has, which its shared attributes set. */
export interface QuestionProperties {
  hint: string;
  error: string;
  name: string;
  required: boolean;
  disabled: boolean;
  fieldName: string;
  messages: FieldMessages | null | undefined;
}

/** The attributes every question observes. */
export const QUESTION_ATTRIBUTES = [
  'hint',
  'error',
  'name',
  'required',
  'disabled',
  'field-name',
  'messages',
] as const;

/**
 * Applies a changed attribute that every question has to its property, as the
 * page changed it. Returns false for any other attribute, which the question
 * handles itself.
 */
export function applyQuestionAttribute(
  question: QuestionProperties,
  name: string,
  value: string | null,
): boolean {
  switch (name) {
    case 'hint':
      question.hint = value ?? '';
      return true;
    case 'error':
      question.error = value ?? '';
      return true;
    case 'name':
      question.name = value ?? '';
      return true;
    case 'required':
      question.required = value !== null;
      return true;
    case 'disabled':
      question.disabled = value !== null;
      return true;
    case 'field-name':
      question.fieldName = value ?? '';
      return true;
    case 'messages':
      question.messages = fieldMessageConverter.fromAttribute(value);
      return true;
    default:
      return false;
  }
}

/**
 * A text property set on an element authored with that attribute updates the
 * attribute too, so the two never disagree; an element authored without it
 * gains none.
 */
export function reflectAuthored(element: Element, attribute: string, text: string): void {
  if (!element.hasAttribute(attribute) || element.getAttribute(attribute) === text) return;
  if (text === '') element.removeAttribute(attribute);
  else element.setAttribute(attribute, text);
}
