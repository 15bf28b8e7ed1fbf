import { toApiFailure } from '../../lib/api-errors.ts';
import type { User, UserInput, UserProfile } from './api/users-api.ts';

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

/** The backend's field errors (its Yup messages, the duplicate email), to show on the field concerned. */
const FIELD_ERRORS: ReadonlyArray<{
  pattern: RegExp;
  field: UserField;
  message: (match: RegExpExecArray) => FieldMessage;
}> = [
  { pattern: /^An user with this email already exists/i, field: 'email', message: () => ({ backend: true }) },
  { pattern: /^password must be at least (\d+) characters$/i, field: 'password', message: () => ({ backend: true }) },
  { pattern: /^password is a required field$/i, field: 'password', message: () => ({ key: 'passwordRequired' }) },
  { pattern: /^email is a required field$/i, field: 'email', message: () => ({ key: 'emailRequired' }) },
  { pattern: /^email must be a valid email$/i, field: 'email', message: () => ({ key: 'emailInvalid' }) },
  { pattern: /^name is a required field$/i, field: 'name', message: () => ({ key: 'nameRequired' }) },
  {
    pattern: /^name must be at least (\d+) characters$/i,
    field: 'name',
    message: (m) => ({ key: 'nameTooShort', values: { min: Number(m[1]) } }),
  },
  { pattern: /^ERR_INVALID_PROFILE$/, field: 'profile', message: () => ({ key: 'profileInvalid' }) },
];

/** The field a failed save is about, when the backend's answer names one; otherwise undefined. */
export function serverFieldError(error: unknown): { field: UserField; message: FieldMessage } | undefined {
  const failure = toApiFailure(error);
  if (failure.kind !== 'http' || failure.status !== 400 || failure.error === undefined) return undefined;
  const text = failure.error.trim();
  for (const rule of FIELD_ERRORS) {
    const match = rule.pattern.exec(text);
    if (match) return { field: rule.field, message: rule.message(match) };
  }
  return undefined;
}
