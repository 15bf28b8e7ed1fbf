import { lazy } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader.tsx';
import { loginPathFor, LOGIN_PATH } from './redirect.ts';
import { useSessionState } from './session-context.tsx';

// Only shown when a stored session could not be checked: not worth a place in the main bundle.
const RestoreFailed = lazy(() => import('./restore-failed.tsx'));

/**
 * The gate of every signed-in page. It lives in the main bundle and decides before the app shell is fetched:
 * signed out → the login page (remembering where the visit was going, unless the user logged out).
 */
export function RequireAuth() {
  const state = useSessionState();
  const location = useLocation();
  const { t } = useTranslation();

  switch (state.status) {
    case 'signed-in':
      return <Outlet />;
    case 'restoring':
      return <PageLoader label={t('session.restoring')} />;
    case 'restore-failed':
      return <RestoreFailed failure={state.failure} />;
    case 'signed-out':
      return <Navigate to={state.reason === 'logout' ? LOGIN_PATH : loginPathFor(location)} replace />;
  }
}
