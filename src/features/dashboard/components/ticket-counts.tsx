import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { TICKET_STATUSES, useTicketCounts } from '../api/ticket-counts.ts';

/** The company's open, pending and closed ticket counts, as a description list of labelled numbers. */
export function TicketCounts() {
  const { t } = useTranslation('dashboard');
  const { errorText } = useErrorText();
  const user = useUser();
  const counts = useTicketCounts(user.queues.map((queue) => queue.id));

  if (counts.isError) {
    return (
      <ErrorPanel message={`${t('loadFailed')} ${errorText(counts.error)}`} onRetry={() => void counts.refetch()} />
    );
  }

  return (
    <Box
      component="dl"
      aria-busy={counts.isFetching}
      sx={{ m: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' } }}
    >
      {TICKET_STATUSES.map((status) => (
        <Paper key={status} variant="outlined" sx={{ p: 3, borderTop: 4, borderTopColor: 'primary.main' }}>
          <Typography component="dt" variant="subtitle1" sx={{ color: 'text.secondary' }}>
            {t(`${status}`)}
          </Typography>
          <Typography component="dd" variant="h3" sx={{ m: 0, mt: 1, fontWeight: 500 }}>
            {counts.isSuccess ? (
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
