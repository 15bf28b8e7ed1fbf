import { SettingsPage } from '../../../features/settings/components/settings-page.tsx';
import { RequireAdmin } from '../../../lib/auth/require-admin.tsx';

export function Component() {
  return (
    <RequireAdmin>
      <SettingsPage />
    </RequireAdmin>
  );
}
