/** The login feature's public surface: the sign-in form the login route renders. */
export { LoginForm } from './components/login-form.tsx';
