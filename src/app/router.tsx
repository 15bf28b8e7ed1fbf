import { Suspense } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router-dom';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RequireAuth } from '../lib/auth/require-auth.tsx';
import { LOGIN_PATH } from '../lib/auth/redirect.ts';
import { lazyPage } from '../lib/lazy-page.ts';

const loginPage = lazyPage(() => import('./routes/login.tsx'));
/** Everything behind the sign-in gate: the app shell, the side navigation, every page (navigation.ts). */
const signedInPages = lazyPage(() => import('./routes/signed-in.tsx'));

/**
 * The main bundle knows two routes: the login page and the sign-in gate. The signed-in routes (built from
 * APP_PAGES) and their navigation come in their own chunk, so a signed-out visit fetches none of them, and
 * adding a page adds nothing to the login page's JavaScript. Any other URL needs a session: signed out, it
 * leads to the login page (then back to that URL); signed in, unknown URLs show the not-found page.
 */
export const APP_ROUTES: RouteObject[] = [
  { path: LOGIN_PATH, element: <loginPage.Component /> },
  { element: <RequireAuth />, children: [{ path: '*', element: <signedInPages.Component /> }] },
];

/** The routes, behind an error boundary (a chunk that fails to load) and a first-load fallback. */
export function AppRoutes() {
  const element = useRoutes(APP_ROUTES);
  return (
    <ErrorBoundary>
      <Suspense fallback={<PageLoader />}>{element}</Suspense>
    </ErrorBoundary>
  );
}

/**
 * Fetches the chunks the given path renders first, so React can replace the splash with a finished page.
 * Signed out, the signed-in pages are not fetched: the gate sends the visit to the login page instead.
 */
export async function preloadRoute(pathname: string, signedIn: boolean): Promise<void> {
  const toLogin = matchRoutes(APP_ROUTES, pathname)?.some((match) => match.route.path === LOGIN_PATH) || !signedIn;
  // A failed fetch is not fatal here: rendering tries again and shows the error boundary if it fails too.
  if (toLogin) await loginPage.preload().catch(() => undefined);
  else
    await signedInPages.preload().then(
      (module) => module.preloadPage(pathname),
      () => undefined,
    );
}
