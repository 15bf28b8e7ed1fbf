import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ContactsPage } from '../../../features/contacts/index.ts';

export function Component() {
  // The feature's texts are their own namespace, fetched with the page.
  const { ready } = useTranslation('contacts');
  return ready ? <ContactsPage /> : <PageLoader />;
}
