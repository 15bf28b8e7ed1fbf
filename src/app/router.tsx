import { Suspense } from 'react';
import { matchRoutes, useRoutes, type RouteObject } from 'react-router-dom';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RequireAuth } from '../features/auth/components/require-auth.tsx';
import { LOGIN_PATH } from '../features/auth/redirect.ts';
import { lazyPage, type LazyPage } from '../lib/lazy-page.ts';
import { APP_PAGES } from './navigation.ts';

const loginPage = lazyPage(() => import('./routes/login.tsx'));
const appShell = lazyPage(() => import('./routes/app/root.tsx'));
const notFoundPage = lazyPage(() => import('./routes/not-found.tsx'));

interface RouteHandle {
  /** The lazy page this route shows, for preloading. */
  page?: LazyPage;
  /** The sign-in gate: what is below it needs a session. */
  requiresAuth?: boolean;
}

/** A route showing a lazy page; `handle.page` lets the start-up preload what the first URL needs. */
function pageRoute(page: LazyPage, route: Omit<RouteObject, 'element' | 'handle' | 'children'> & { children?: RouteObject[] }): RouteObject {
  const handle: RouteHandle = { page };
  return { ...route, element: <page.Component />, handle } as RouteObject;
}

const gateHandle: RouteHandle = { requiresAuth: true };

/**
 * Every page is its own chunk. The only route code in the main bundle is the sign-in gate, so a signed-out
 * visit goes to the login page without fetching the app shell.
 */
export const APP_ROUTES: RouteObject[] = [
  pageRoute(loginPage, { path: LOGIN_PATH }),
  {
    element: <RequireAuth />,
    handle: gateHandle,
    children: [
      pageRoute(appShell, {
        children: APP_PAGES.map(({ path, routePath, page }) => (path === '/' ? pageRoute(page, { index: true }) : pageRoute(page, { path: routePath ?? path }))),
      }),
    ],
  },
  pageRoute(notFoundPage, { path: '*' }),
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
  const handles = (matchRoutes(APP_ROUTES, pathname) ?? []).map((match) => (match.route.handle ?? {}) as RouteHandle);
  const gated = handles.some((handle) => handle.requiresAuth);
  const pages = gated && !signedIn ? [loginPage] : handles.flatMap((handle) => (handle.page ? [handle.page] : []));
  // A failed fetch is not fatal here: rendering tries again and shows the error boundary if it fails too.
  await Promise.all(pages.map((page) => page.preload().catch(() => undefined)));
}
