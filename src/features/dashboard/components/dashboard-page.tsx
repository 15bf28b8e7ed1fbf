import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { TicketCounts } from './ticket-counts.tsx';

/** The signed-in home page: the tickets at a glance. */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  return (
    <>
      <Typography component="h1" variant="h4" sx={{ mb: 3 }}>
        {t('title')}
      </Typography>
      <Typography component="h2" variant="h6" sx={{ mb: 2 }}>
        {t('ticketsHeading')}
      </Typography>
      <TicketCounts />
    </>
  );
}
