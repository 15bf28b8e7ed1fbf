import { UsersPage } from '../../../features/users/index.ts';
import { RequireAdmin } from '../../../lib/auth/require-admin.tsx';

export function Component() {
  return (
    <RequireAdmin>
      <UsersPage />
    </RequireAdmin>
  );
}
