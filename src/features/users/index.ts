/**
 * Users (admins only): `UsersPage` for the /users route, and `RequireAdmin` / `NoPermission` / `isAdmin`,
 * the gate of admin-only pages (profile "admin", as Atendechat). Texts in the `users` namespace.
 */
export { RequireAdmin, NoPermission, isAdmin } from './components/require-admin.tsx';
export { UsersPage } from './components/users-page.tsx';
