import { backendFieldError, type FieldProblem } from '../../../lib/api-field-errors.ts';
import type { TagInput } from '../api/tags.ts';
import { normalizeTagColor } from './tag-color.ts';

export type TagField = 'name' | 'color';

/** A message in the `tags` namespace (`validation.*`), or `backend`: show the backend's error as usual. */
export type FieldMessage = { key: ValidationKey; values?: Record<string, number> } | { backend: true };

export type ValidationKey = 'nameRequired' | 'nameTooShort' | 'colorInvalid';

export type TagFormErrors = Partial<Record<TagField, FieldMessage>>;

export interface TagFormValues {
  name: string;
  color: string;
}

/** The backend's rule (its Yup schema): a name of at least 3 characters. */
export const NAME_MIN = 3;
/** The colour the backend gives a tag created without one. */
export const DEFAULT_TAG_COLOR = '#A4CCCC';

export function emptyTagForm(): TagFormValues {
  return { name: '', color: DEFAULT_TAG_COLOR };
}

/** The form for an existing tag; a stored colour that is no hex colour is left for the user to choose. */
export function tagFormFrom(tag: { name: string; color?: string | null | undefined }): TagFormValues {
  return { name: tag.name, color: tag.color && normalizeTagColor(tag.color) ? tag.color.trim() : '' };
}

/** Checks the form as the backend would (name), and that the colour is one a chip can show (`#RRGGBB`). */
export function validateTagForm(values: TagFormValues): TagFormErrors {
  const errors: TagFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = { key: 'nameRequired' };
  else if (name.length < NAME_MIN) errors.name = { key: 'nameTooShort', values: { min: NAME_MIN } };
  if (normalizeTagColor(values.color) === undefined) errors.color = { key: 'colorInvalid' };
  return errors;
}

/** What is sent: the trimmed name and the colour as `#RRGGBB` (as Atendechat's own colour picker writes it). */
export function toTagInput(values: TagFormValues): TagInput {
  return { name: values.name.trim(), color: (normalizeTagColor(values.color) ?? DEFAULT_TAG_COLOR).toUpperCase() };
}

const TAG_FIELDS: readonly TagField[] = ['name', 'color'];

const MESSAGES: Partial<Record<`${TagField}.${FieldProblem}`, (min?: number) => FieldMessage>> = {
  'name.required': () => ({ key: 'nameRequired' }),
  'name.tooShort': (min) => ({ key: 'nameTooShort', values: { min: min ?? NAME_MIN } }),
  'color.invalid': () => ({ key: 'colorInvalid' }),
};

/** The field a failed save is about, when the backend's answer names one; otherwise undefined. */
export function serverFieldError(error: unknown): { field: TagField; message: FieldMessage } | undefined {
  const found = backendFieldError(error, TAG_FIELDS);
  if (!found) return undefined;
  const message = MESSAGES[`${found.field}.${found.problem}`]?.(found.min) ?? { backend: true };
  return { field: found.field, message };
}
