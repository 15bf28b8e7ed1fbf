import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { toApiFailure } from '../../../lib/api-errors.ts';
import { SubscriptionExpiredError } from '../../../lib/auth/session.ts';

/**
 * The login form's messages. A separate chunk, fetched once the user starts typing (or at once after an
 * expired session): Alert and the error texts' logic are not needed to paint the login page.
 */

/** Why signing in failed, in the current language; a retry when the server could not be reached. */
export function LoginError({ error, onRetry, pending }: { error: unknown; onRetry: () => void; pending: boolean }) {
  const { t, i18n } = useTranslation();
  const { errorText } = useErrorText();
  let message: string;
  let retry = false;
  if (error instanceof SubscriptionExpiredError) {
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short' }).format(new Date(error.dueDate));
    message = t('auth.subscriptionExpired', { date });
  } else {
    message = errorText(error);
    retry = toApiFailure(error).kind === 'network';
  }
  return (
    <Alert
      severity="error"
      data-testid="login-error"
      action={
        retry && (
          <Button color="inherit" size="small" onClick={onRetry} disabled={pending} data-testid="retry">
            {t('errors.retry')}
          </Button>
        )
      }
    >
      {message}
    </Alert>
  );
}

export function SessionExpiredNotice() {
  const { t } = useTranslation();
  return (
    <Alert severity="info" data-testid="session-expired">
      {t('auth.sessionExpired')}
    </Alert>
  );
}
