import { DashboardPage } from '../../../features/dashboard/index.ts';

export function Component() {
  return <DashboardPage />;
}
