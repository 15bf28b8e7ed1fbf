import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { useAsync } from '../../../hooks/use-async.ts';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useApi } from '../../../lib/api-context.tsx';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { getTicketCounts, TICKET_STATUSES } from '../api/get-ticket-counts.ts';

/** The company's open, pending and closed ticket counts, as a description list of labelled numbers. */
export function TicketCounts() {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const api = useApi();
  const user = useUser();
  const queueIds = user.queues.map((queue) => queue.id);
  const counts = useAsync((signal) => getTicketCounts(api, queueIds, signal), [api, queueIds.join(',')]);

  if (counts.status === 'error') {
    return <ErrorPanel message={`${t('dashboard.loadFailed')} ${errorText(counts.error)}`} onRetry={counts.reload} />;
  }

  return (
    <Box
      component="dl"
      aria-busy={counts.status === 'loading'}
      sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' } }}
    >
      {TICKET_STATUSES.map((status) => (
        <Paper key={status} variant="outlined" sx={{ p: 3, borderTop: 4, borderTopColor: 'primary.main' }}>
          <Typography component="dt" variant="subtitle1" sx={{ color: 'text.secondary' }}>
            {t(`dashboard.${status}`)}
          </Typography>
          <Typography component="dd" variant="h3" sx={{ m: 0, mt: 1, fontWeight: 500 }}>
            {counts.status === 'success' ? (
              <span data-testid={`count-${status}`}>{counts.data[status]}</span>
            ) : (
              <Skeleton width="3ch" />
            )}
          </Typography>
        </Paper>
      ))}
    </Box>
  );
}
