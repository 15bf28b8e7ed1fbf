import { lazy, Suspense, useState, type FormEvent } from 'react';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../../components/error-boundary.tsx';
import { LightButton } from '../../../components/light-button.tsx';
import type { Credentials } from '../../../lib/auth/types.ts';
import { useSession } from '../../../lib/auth/session-context.tsx';
import { validateLogin, type LoginFieldErrors } from '../model/validate-login.ts';
import { LoginField } from './login-field.tsx';
import { PasswordField } from './password-field.tsx';

const loadMessages = () => import('./login-messages.tsx');
const LoginError = lazy(() => loadMessages().then((module) => ({ default: module.LoginError })));
const SessionExpiredNotice = lazy(() => loadMessages().then((module) => ({ default: module.SessionExpiredNotice })));

// Neither TextField nor MUI's inputs and buttons (see login-field.tsx, light-button.tsx): the login page's
// JavaScript has a budget of 150 KB gzipped, checked by tests/browser/size.spec.ts.

/** Email and password; on success the session changes and the login route moves on. */
export function LoginForm({ sessionExpired }: { sessionExpired: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const [touched, setTouched] = useState<{ email?: boolean; password?: boolean }>({});
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  /** Why the last attempt failed (described by LoginError), or null. */
  const [submitError, setSubmitError] = useState<{ error: unknown } | null>(null);

  const fieldErrors: LoginFieldErrors = validateLogin(values);
  const shownError = (field: keyof LoginFieldErrors) => {
    const key = fieldErrors[field];
    return key && (submitted || touched[field]) ? t(key) : undefined;
  };

  // What signing in needs, fetched once the user starts typing, so it is there by the time they submit.
  const prepare = () => void Promise.all([session.prepare(), loadMessages()]).catch(() => undefined);

  const send = async () => {
    setPending(true);
    setSubmitError(null);
    try {
      await session.signIn({ email: values.email.trim(), password: values.password });
      // Signed in: the login route redirects; this form unmounts.
    } catch (error) {
      setSubmitError({ error });
      setPending(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(fieldErrors).length > 0 || pending) return;
    void send();
  };

  const emailError = shownError('email');
  const passwordError = shownError('password');

  return (
    <Box
      component="form"
      noValidate
      onSubmit={onSubmit}
      onInput={prepare}
      aria-busy={pending}
      sx={{ display: 'grid', gap: 2.5 }}
    >
      {/* If the messages' chunk cannot be fetched (offline), a plain message still says something went wrong. */}
      <ErrorBoundary fallback={<MessageFallback />}>
        <Suspense fallback={null}>
          {submitError ? (
            <LoginError error={submitError.error} onRetry={() => void send()} pending={pending} />
          ) : (
            sessionExpired && <SessionExpiredNotice />
          )}
        </Suspense>
      </ErrorBoundary>

      <LoginField
        id="login-email"
        label={t('auth.email')}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="username"
        autoFocus
        value={values.email}
        onChange={(event) => setValues((current) => ({ ...current, email: event.target.value }))}
        onBlur={() => setTouched((current) => ({ ...current, email: true }))}
        error={emailError}
        testId="login-email"
      />

      <PasswordField
        id="login-password"
        label={t('auth.password')}
        value={values.password}
        onChange={(event) => setValues((current) => ({ ...current, password: event.target.value }))}
        onBlur={() => setTouched((current) => ({ ...current, password: true }))}
        error={passwordError}
        testId="login-password"
        autoComplete="current-password"
      />

      <LightButton type="submit" fullWidth loading={pending} data-testid="login-submit">
        {t('auth.submit')}
      </LightButton>
    </Box>
  );
}

function MessageFallback() {
  const { t } = useTranslation();
  return (
    <Box role="alert" data-testid="login-error" sx={{ color: 'error.main' }}>
      {t('errors.network')}
    </Box>
  );
}
