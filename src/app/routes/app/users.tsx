import { UsersPage } from '../../../features/users/components/users-page.tsx';
import { RequireAdmin } from '../../../lib/auth/require-admin.tsx';

export function Component() {
  return (
    <RequireAdmin>
      <UsersPage />
    </RequireAdmin>
  );
}
