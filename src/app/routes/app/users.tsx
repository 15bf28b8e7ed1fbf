import { RequireAdmin, UsersPage } from '../../../features/users/index.ts';

export function Component() {
  return (
    <RequireAdmin>
      <UsersPage />
    </RequireAdmin>
  );
}
