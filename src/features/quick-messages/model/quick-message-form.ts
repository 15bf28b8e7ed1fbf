import { backendFieldError, type FieldProblem } from '../../../lib/api-field-errors.ts';

export type QuickMessageField = 'shortcode' | 'message';

/** A message in the `quick-messages` namespace (`validation.*`), or `backend`: the backend's own sentence. */
export type FieldMessage = { key: ValidationKey; values?: Record<string, number> } | { backend: true };
export type ValidationKey = 'shortcodeRequired' | 'shortcodeTooShort' | 'messageRequired' | 'messageTooShort';
export type QuickMessageFormErrors = Partial<Record<QuickMessageField, FieldMessage>>;

export interface QuickMessageFormValues {
  shortcode: string;
  message: string;
}

/**
 * The backend's rules: both required (the controller's Yup schema, on create and update), and at least 3
 * characters each on creation only (CreateService; UpdateService checks nothing more).
 */
export const TEXT_MIN = 3;

export function validateQuickMessageForm(values: QuickMessageFormValues, creating: boolean): QuickMessageFormErrors {
  const errors: QuickMessageFormErrors = {};
  const shortcode = values.shortcode.trim();
  const message = values.message.trim();
  if (shortcode === '') errors.shortcode = { key: 'shortcodeRequired' };
  else if (creating && shortcode.length < TEXT_MIN)
    errors.shortcode = { key: 'shortcodeTooShort', values: { min: TEXT_MIN } };
  if (message === '') errors.message = { key: 'messageRequired' };
  else if (creating && message.length < TEXT_MIN)
    errors.message = { key: 'messageTooShort', values: { min: TEXT_MIN } };
  return errors;
}

const FIELDS: readonly QuickMessageField[] = ['shortcode', 'message'];

const MESSAGES: Partial<Record<`${QuickMessageField}.${FieldProblem}`, FieldMessage>> = {
  'shortcode.required': { key: 'shortcodeRequired' },
  'message.required': { key: 'messageRequired' },
};

/** The field a failed save is about, when the backend's answer names one; otherwise undefined. */
export function serverFieldError(error: unknown): { field: QuickMessageField; message: FieldMessage } | undefined {
  const found = backendFieldError(error, FIELDS);
  if (!found) return undefined;
  return { field: found.field, message: MESSAGES[`${found.field}.${found.problem}`] ?? { backend: true } };
}
