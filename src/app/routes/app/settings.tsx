import { SettingsPage } from '../../../features/settings/index.ts';
import { RequireAdmin } from '../../../lib/auth/require-admin.tsx';

export function Component() {
  return (
    <RequireAdmin>
      <SettingsPage />
    </RequireAdmin>
  );
}
