import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ConnectionsPage } from '../../../features/connections/index.ts';

export function Component() {
  // The feature's texts are their own namespaces (the plan's too), fetched with the page.
  const { ready } = useTranslation(['connections', 'plan']);
  return ready ? <ConnectionsPage /> : <PageLoader />;
}
