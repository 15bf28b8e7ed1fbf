import { backendFieldError } from '../../../lib/api-field-errors.ts';
import type { ContactInput } from '../api/contacts.ts';

/** The form as typed. */
export interface ContactFormValues {
  name: string;
  number: string;
  email: string;
}

export type ContactField = keyof ContactFormValues;

/** Translation keys (namespace "contacts") of the problems found before sending. */
export type ContactFieldErrors = Partial<
  Record<ContactField, 'form.nameRequired' | 'form.numberRequired' | 'form.numberInvalid' | 'form.emailInvalid'>
>;

/** Digits with the country code, as WhatsApp numbers are stored: 5511987654321. No country code starts with 0. */
const PHONE_DIGITS = /^[1-9]\d{9,14}$/;
/** What people type around the digits: spaces, dashes, dots, brackets and a leading plus. */
const PHONE_DECORATION = /[\s\-.()]/g;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "+55 (11) 98765-4321" → "5511987654321". Anything else that is not a digit (letters, a plus in the middle)
 * is kept, so validation refuses it instead of silently dropping it.
 */
export function normalizePhoneNumber(value: string): string {
  return value.replace(PHONE_DECORATION, '').replace(/^\+/, '');
}

/**
 * `storedNumber`: when editing, the number the contact has. Left as it is, it is not checked again: groups
 * and contacts imported by WhatsApp itself can have ids longer than a phone number, and renaming them must work.
 */
export function validateContact(values: ContactFormValues, storedNumber?: string): ContactFieldErrors {
  const errors: ContactFieldErrors = {};
  if (values.name.trim() === '') errors.name = 'form.nameRequired';
  const number = normalizePhoneNumber(values.number);
  if (number === '') errors.number = 'form.numberRequired';
  else if (!PHONE_DIGITS.test(number) && number !== storedNumber) errors.number = 'form.numberInvalid';
  const email = values.email.trim();
  if (email !== '' && !EMAIL.test(email)) errors.email = 'form.emailInvalid';
  return errors;
}

/** What is sent once the form is valid. */
export function toContactInput(values: ContactFormValues): ContactInput {
  return { name: values.name.trim(), number: normalizePhoneNumber(values.number), email: values.email.trim() };
}

const CONTACT_FIELDS: readonly ContactField[] = ['name', 'number', 'email'];

/**
 * The field a refusal of the backend is about, so the message is shown under it: the duplicate number
 * (ERR_DUPLICATED_CONTACT) and the backend's own validation sentences ("number is a required field").
 * Anything else (no connected WhatsApp, network…) belongs to the whole form.
 */
export function fieldOfBackendError(error: unknown): ContactField | undefined {
  return backendFieldError(error, CONTACT_FIELDS)?.field;
}
