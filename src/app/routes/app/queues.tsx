import { QueuesPage } from '../../../features/queues/index.ts';
import { RequireAdmin } from '../../../lib/auth/require-admin.tsx';

export function Component() {
  return (
    <RequireAdmin>
      <QueuesPage />
    </RequireAdmin>
  );
}
