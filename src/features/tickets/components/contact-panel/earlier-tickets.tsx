import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../../components/error-panel.tsx';
import { useErrorText } from '../../../../hooks/use-error-text.ts';
import { useContactTickets } from '../../api/contact-panel.ts';
import { isTicketTab } from '../../api/schemas.ts';
import { earlierTicketsOf } from '../../model/contact-panel.ts';
import { formatWhen } from '../../model/format.ts';

/** The contact's other tickets (any status), each a link that opens it in the conversation. */
export function EarlierTicketsSection({
  contactId,
  number,
  ticketId,
}: {
  contactId: number;
  number: string;
  ticketId: number;
}) {
  const { t, i18n } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const { search } = useLocation();
  const tickets = useContactTickets(number);
  const earlier = useMemo(
    () => (tickets.data ? earlierTicketsOf(tickets.data, contactId, ticketId) : undefined),
    [tickets.data, contactId, ticketId],
  );

  if (earlier === undefined) {
    return tickets.isError ? (
      <ErrorPanel
        message={`${t('panel.tickets.loadFailed')} ${errorText(tickets.error)}`}
        onRetry={() => void tickets.refetch()}
      />
    ) : (
      <Box sx={{ display: 'grid', placeItems: 'center', py: 2 }}>
        <CircularProgress size={20} aria-label={t('panel.loading')} />
      </Box>
    );
  }
  if (earlier.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="earlier-tickets-empty">
        {t('panel.tickets.empty')}
      </Typography>
    );
  }
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="earlier-tickets">
      {earlier.map((ticket) => (
        <li key={ticket.id}>
          <ListItemButton
            component={RouterLink}
            to={{ pathname: `/tickets/${ticket.id}`, search }}
            data-testid={`earlier-ticket-${ticket.id}`}
            sx={{ borderRadius: 1, gap: 1, alignItems: 'flex-start', px: 1 }}
          >
            <Box sx={{ minWidth: 0, flex: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {t('panel.tickets.item', { id: ticket.id })}
              </Typography>
              <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }} noWrap>
                {ticket.lastMessage || t('list.noMessage')}
              </Typography>
            </Box>
            <Box sx={{ display: 'grid', justifyItems: 'end', gap: 0.5 }}>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {formatWhen(ticket.updatedAt, i18n.language)}
              </Typography>
              {isTicketTab(ticket.status) && <Chip size="small" label={t(`status.${ticket.status}`)} />}
            </Box>
          </ListItemButton>
        </li>
      ))}
    </Box>
  );
}
