import { matchRoutes, useRoutes, type RouteObject } from 'react-router-dom';
// The pages' translation files: fetched with this chunk, before any page asks for its namespace.
import '../../lib/feature-locales.ts';
import type { LazyPage } from '../../lib/lazy-page.ts';
import { APP_PAGES } from '../navigation.ts';
import { Component as AppLayout } from './app/root.tsx';
import { Component as NotFound } from './not-found.tsx';

/** The lazy page a route shows, for preloading. */
interface RouteHandle {
  page?: LazyPage;
}

/**
 * The signed-in routes, in their own chunk (see router.tsx): every page of APP_PAGES inside the app shell,
 * each fetched on its first visit, and the not-found page for any other URL.
 */
const ROUTES: RouteObject[] = [
  {
    element: <AppLayout />,
    children: APP_PAGES.map(({ path, routePath, page }): RouteObject => {
      const handle: RouteHandle = { page };
      const element = <page.Component />;
      return path === '/' ? { index: true, element, handle } : { path: routePath ?? path, element, handle };
    }),
  },
  { path: '*', element: <NotFound /> },
];

export function Component() {
  return useRoutes(ROUTES);
}

/** Fetches the page the path shows, if it is a lazy one. */
export async function preloadPage(pathname: string): Promise<void> {
  const pages = (matchRoutes(ROUTES, pathname) ?? []).flatMap(
    (match) => (match.route.handle as RouteHandle | undefined)?.page ?? [],
  );
  await Promise.all(pages.map((page) => page.preload().catch(() => undefined)));
}
