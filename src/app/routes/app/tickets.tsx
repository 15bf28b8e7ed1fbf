import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { TicketsPage } from '../../../features/tickets/index.ts';

/** `/tickets` and `/tickets/:ticketId`: the ticket lists and the open conversation. */
export function Component() {
  // The feature's texts are their own namespace, fetched with the page.
  const { ready } = useTranslation('tickets');
  return ready ? <TicketsPage /> : <PageLoader />;
}
