import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { describeApiFailure } from '../../../lib/api-errors.ts';
import { loginPathFor, LOGIN_PATH } from '../redirect.ts';
import { useSession, useSessionState } from '../session-context.tsx';

/**
 * The gate of every signed-in page. It lives in the main bundle and decides before the app shell renders:
 * signed out → the login page (remembering where the visit was going, unless the user logged out).
 */
export function RequireAuth() {
  const state = useSessionState();
  const session = useSession();
  const location = useLocation();
  const { t, i18n } = useTranslation();
  const { messageText } = useErrorText();

  switch (state.status) {
    case 'signed-in':
      return <Outlet />;
    case 'restoring':
      return <PageLoader label={t('session.restoring')} />;
    case 'restore-failed':
      return (
        <Box component="main" sx={{ maxWidth: 560, mx: 'auto', mt: 8, px: 2 }}>
          <ErrorPanel
            data-testid="session-restore-error"
            message={`${t('session.restoreFailed')} ${messageText(describeApiFailure(state.failure, (key) => i18n.exists(key)))}`}
            onRetry={() => void session.restore()}
          />
        </Box>
      );
    case 'signed-out':
      return <Navigate to={state.reason === 'logout' ? LOGIN_PATH : loginPathFor(location)} replace />;
  }
}
