import { SettingsPage } from '../../../features/settings/index.ts';
import { RequireAdmin } from '../../../features/users/index.ts';

export function Component() {
  return (
    <RequireAdmin>
      <SettingsPage />
    </RequireAdmin>
  );
}
