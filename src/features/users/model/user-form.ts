import { backendFieldError, type FieldProblem } from '../../../lib/api-errors.ts';
import type { User, UserInput, UserProfile } from '../api/users.ts';

export type UserField = 'name' | 'email' | 'password' | 'profile';

/** A message in the `users` namespace (`validation.*`), or `backend`: show the backend's error as usual. */
export type FieldMessage = { key: ValidationKey; values?: Record<string, number> } | { backend: true };

export type ValidationKey =
  | 'nameRequired'
  | 'nameTooShort'
  | 'emailRequired'
  | 'emailInvalid'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'profileInvalid';

export type UserFormErrors = Partial<Record<UserField, FieldMessage>>;

export interface UserFormValues {
  name: string;
  email: string;
  password: string;
  profile: UserProfile;
  queueIds: number[];
}

/** The backend's rules (Atendechat's Yup schema): name ≥ 2, a valid email, password ≥ 5 (on creation). */
export const NAME_MIN = 2;
export const PASSWORD_MIN = 5;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emptyUserForm(): UserFormValues {
  return { name: '', email: '', password: '', profile: 'user', queueIds: [] };
}

export function userFormFrom(user: User): UserFormValues {
  return {
    name: user.name,
    email: user.email,
    password: '',
    profile: user.profile === 'admin' ? 'admin' : 'user',
    queueIds: user.queues.map((q) => q.id),
  };
}

/** Checks the form as the backend would; editing, an empty password keeps the current one. */
export function validateUserForm(values: UserFormValues, creating: boolean): UserFormErrors {
  const errors: UserFormErrors = {};
  const name = values.name.trim();
  const email = values.email.trim();
  if (name === '') errors.name = { key: 'nameRequired' };
  else if (name.length < NAME_MIN) errors.name = { key: 'nameTooShort', values: { min: NAME_MIN } };
  if (email === '') errors.email = { key: 'emailRequired' };
  else if (!EMAIL.test(email)) errors.email = { key: 'emailInvalid' };
  if (creating && values.password === '') errors.password = { key: 'passwordRequired' };
  else if (values.password !== '' && values.password.length < PASSWORD_MIN)
    errors.password = { key: 'passwordTooShort', values: { min: PASSWORD_MIN } };
  return errors;
}

export function toUserInput(values: UserFormValues): UserInput {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    password: values.password,
    profile: values.profile,
    queueIds: values.queueIds,
  };
}

const USER_FIELDS: readonly UserField[] = ['name', 'email', 'password', 'profile'];

/** How this form says each backend field refusal; `backend`: the backend's own (translated) sentence. */
const MESSAGES: Partial<Record<`${UserField}.${FieldProblem}`, (min?: number) => FieldMessage>> = {
  'name.required': () => ({ key: 'nameRequired' }),
  'name.tooShort': (min) => ({ key: 'nameTooShort', values: { min: min ?? NAME_MIN } }),
  'email.required': () => ({ key: 'emailRequired' }),
  'email.invalid': () => ({ key: 'emailInvalid' }),
  'password.required': () => ({ key: 'passwordRequired' }),
  'profile.invalid': () => ({ key: 'profileInvalid' }),
};

/** The field a failed save is about, when the backend's answer names one; otherwise undefined. */
export function serverFieldError(error: unknown): { field: UserField; message: FieldMessage } | undefined {
  const found = backendFieldError(error, USER_FIELDS);
  if (!found) return undefined;
  const message = MESSAGES[`${found.field}.${found.problem}`]?.(found.min) ?? { backend: true };
  return { field: found.field, message };
}
