import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { TicketsPage } from '../../../features/tickets/index.ts';

/** `/tickets` and `/tickets/:ticketId`: the ticket lists and the open conversation. */
export function Component() {
  // The feature's texts are their own namespace, fetched with the page (with the quick answers' and tags').
  const { ready } = useTranslation(['tickets', 'quick-messages', 'tags']);
  return ready ? <TicketsPage /> : <PageLoader />;
}
