import type { Credentials } from '../../../lib/auth/types.ts';

export interface LoginFieldErrors {
  email?: 'auth.emailRequired' | 'auth.emailInvalid';
  password?: 'auth.passwordRequired';
}

// Deliberately loose (`admin@localhost` is a real login on some installs): it catches typos, the backend decides.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*$/;

/** Field errors as translation keys; empty when the form can be sent. */
export function validateLogin({ email, password }: Credentials): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  const trimmed = email.trim();
  if (trimmed === '') errors.email = 'auth.emailRequired';
  else if (!EMAIL.test(trimmed)) errors.email = 'auth.emailInvalid';
  if (password === '') errors.password = 'auth.passwordRequired';
  return errors;
}
