import { UsersPage } from '../../../features/users/components/users-page.tsx';
import { RequireAdmin } from '../../../features/users/components/require-admin.tsx';

export function Component() {
  return (
    <RequireAdmin>
      <UsersPage />
    </RequireAdmin>
  );
}
