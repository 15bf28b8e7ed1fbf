/** The users feature's public surface: the admins' users page (list, search, create, edit, delete). */
export { UsersPage } from './components/users-page.tsx';
