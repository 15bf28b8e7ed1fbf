/** Settings: the company's settings page (admins), each setting saved on its own. */
export { SettingsPage } from './components/settings-page.tsx';
