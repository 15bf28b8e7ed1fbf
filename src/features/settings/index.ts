/** Company settings (admins only): `SettingsPage` for the /settings route. Texts in the `settings` namespace. */
export { SettingsPage } from './components/settings-page.tsx';
