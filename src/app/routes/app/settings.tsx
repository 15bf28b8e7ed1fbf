import { SettingsPage } from '../../../features/settings/components/settings-page.tsx';
import { RequireAdmin } from '../../../features/users/components/require-admin.tsx';

export function Component() {
  return (
    <RequireAdmin>
      <SettingsPage />
    </RequireAdmin>
  );
}
