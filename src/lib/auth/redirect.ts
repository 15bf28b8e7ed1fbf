export const LOGIN_PATH = '/login';
const REDIRECT_PARAM = 'redirectTo';

/**
 * The login page's URL that returns to `from` after signing in. In the query, not in history state, so it
 * survives a reload of the login page.
 */
export function loginPathFor(from: { pathname: string; search?: string; hash?: string } | null): string {
  if (!from) return LOGIN_PATH;
  const target = `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
  if (target === '/' || !isSafeRedirect(target)) return LOGIN_PATH;
  return `${LOGIN_PATH}?${new URLSearchParams({ [REDIRECT_PARAM]: target }).toString()}`;
}

/** Where to go after signing in: the `redirectTo` query parameter when it is a path of this app, else home. */
export function redirectTargetOf(search: string): string {
  const target = new URLSearchParams(search).get(REDIRECT_PARAM);
  return target && isSafeRedirect(target) ? target : '/';
}

/** Only same-app paths: `//evil.com` or `/\evil.com` would leave the site (an open redirect). */
function isSafeRedirect(target: string): boolean {
  return (
    target.startsWith('/') &&
    !target.startsWith('//') &&
    !target.startsWith('/\\') &&
    !/^\/login(?=$|[/?#])/.test(target)
  );
}
