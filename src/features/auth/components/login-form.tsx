import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useApiLoader } from '../../../lib/api-context.tsx';
import { toApiFailure } from '../../../lib/api-errors.ts';
import type { Credentials } from '../api/types.ts';
import { SubscriptionExpiredError } from '../session.ts';
import { useSession } from '../session-context.tsx';
import { validateLogin, type LoginFieldErrors } from '../validate-login.ts';
import { PasswordField } from './password-field.tsx';

interface SubmitError {
  message: string;
  /** The server could not be reached: offer to send the same credentials again. */
  retry: boolean;
}

// TextField is not used on purpose: it imports Select (and with it Menu, Popover, Modal) into the login page.

/** Email and password; on success the session changes and the login route moves on. */
export function LoginForm({ sessionExpired }: { sessionExpired: boolean }) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  const session = useSession();
  const apiLoader = useApiLoader();
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const [touched, setTouched] = useState<{ email?: boolean; password?: boolean }>({});
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [submitError, setSubmitError] = useState<SubmitError | null>(null);

  const fieldErrors: LoginFieldErrors = validateLogin(values);
  const shownError = (field: keyof LoginFieldErrors) => {
    const key = fieldErrors[field];
    return key && (submitted || touched[field]) ? t(key) : undefined;
  };

  const describe = (error: unknown): SubmitError => {
    if (error instanceof SubscriptionExpiredError) {
      const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short' }).format(new Date(error.dueDate));
      return { message: t('auth.subscriptionExpired', { date }), retry: false };
    }
    return { message: errorText(error), retry: toApiFailure(error).kind === 'network' };
  };

  const send = async () => {
    setPending(true);
    setSubmitError(null);
    try {
      await session.signIn({ email: values.email.trim(), password: values.password });
      // Signed in: the login route redirects; this form unmounts.
    } catch (error) {
      setSubmitError(describe(error));
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
    <Stack
      component="form"
      noValidate
      onSubmit={onSubmit}
      // The HTTP client is fetched once the user starts typing, so it is there by the time they submit.
      onInput={() => void apiLoader.load().catch(() => undefined)}
      spacing={2.5}
      aria-busy={pending}
    >
      {sessionExpired && !submitError && (
        <Alert severity="info" data-testid="session-expired">
          {t('auth.sessionExpired')}
        </Alert>
      )}
      {submitError && (
        <Alert
          severity="error"
          data-testid="login-error"
          action={
            submitError.retry && (
              <Button color="inherit" size="small" onClick={() => void send()} disabled={pending} data-testid="retry">
                {t('errors.retry')}
              </Button>
            )
          }
        >
          {submitError.message}
        </Alert>
      )}

      <FormControl variant="outlined" fullWidth required error={Boolean(emailError)}>
        <InputLabel htmlFor="login-email">{t('auth.email')}</InputLabel>
        <OutlinedInput
          id="login-email"
          name="email"
          type="email"
          label={t('auth.email')}
          autoComplete="username"
          autoFocus
          value={values.email}
          onChange={(event) => setValues((current) => ({ ...current, email: event.target.value }))}
          onBlur={() => setTouched((current) => ({ ...current, email: true }))}
          inputProps={{ 'data-testid': 'login-email', inputMode: 'email', 'aria-describedby': emailError ? 'login-email-helper' : undefined }}
        />
        {emailError && <FormHelperText id="login-email-helper">{emailError}</FormHelperText>}
      </FormControl>

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

      <Button type="submit" variant="contained" color="primary" size="large" fullWidth loading={pending} data-testid="login-submit">
        {t('auth.submit')}
      </Button>
    </Stack>
  );
}
