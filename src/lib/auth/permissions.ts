import { useUser } from './session-context.tsx';

/**
 * Who counts as an admin, decided once for the navigation, the route guards, every page and the real-time
 * layer. The Atendechat backend refuses users, settings and tag changes with 403 ERR_NO_PERMISSION unless
 * `profile` is "admin"; its `super` flag (the platform operator) does not lift that check, so a super user
 * without the admin profile is not an admin here either.
 */
export function isAdmin(user: { profile: string }): boolean {
  return user.profile === 'admin';
}

/** Whether the signed-in user is an admin; only under the signed-in routes. */
export function useIsAdmin(): boolean {
  return isAdmin(useUser());
}
