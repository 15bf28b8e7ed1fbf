import { memo } from 'react';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ContactPageOutlined from '@mui/icons-material/ContactPageOutlined';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../hooks/use-error-text.ts';
import { useUser } from '../../../../lib/auth/session-context.tsx';
import { isTicketTab, type Ticket } from '../../api/schemas.ts';
import { useUpdateTicket, type TicketChange } from '../../api/tickets.ts';
import { displayNumber, initialOf } from '../../model/format.ts';
import { TicketMoves } from './ticket-moves.tsx';
import { TicketTags } from './ticket-tags.tsx';

/** Narrow screens: back to the ticket list, with its search (`?q=`). */
export function BackToList() {
  const { t } = useTranslation('tickets');
  const { search } = useLocation();
  return (
    <IconButton
      component={RouterLink}
      to={{ pathname: '/tickets', search }}
      aria-label={t('conversation.back')}
      data-testid="conversation-back"
      edge="start"
    >
      <ArrowBack />
    </IconButton>
  );
}

interface ConversationHeaderProps {
  ticket: Ticket;
  deleted: boolean;
  showBack: boolean;
  contactName: string;
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** Our own accept/close/reopen answered with the updated ticket. */
  onTicketChanged: (ticket: Ticket) => void;
}

/**
 * Above the messages: the contact, the status, the moves its status allows (transfer, return, accept, close,
 * reopen), the contact panel's toggle, the tags, and what went wrong. Drawn again only when the ticket changes,
 * not when older messages arrive below it.
 */
export const ConversationHeader = memo(function ConversationHeader({
  ticket,
  deleted,
  showBack,
  contactName,
  panelOpen,
  onTogglePanel,
  onTicketChanged,
}: ConversationHeaderProps) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const user = useUser();
  const update = useUpdateTicket();
  const number = ticket.contact?.number ?? '';

  const change = (next: TicketChange) =>
    update.mutate({ ticketId: ticket.id, change: next }, { onSuccess: (updated) => onTicketChanged(updated) });
  const acting = update.isPending;

  // Atendechat's three moves: accept (open, with me), close, reopen (open, with me).
  const action =
    ticket.status === 'pending'
      ? {
          label: t('actions.accept'),
          testId: 'ticket-accept',
          variant: 'contained' as const,
          run: () => change({ status: 'open', userId: user.id, queueId: ticket.queueId }),
        }
      : ticket.status === 'open'
        ? {
            label: t('actions.close'),
            testId: 'ticket-close',
            variant: 'outlined' as const,
            run: () => change({ status: 'closed', userId: ticket.userId ?? user.id, queueId: ticket.queueId }),
          }
        : ticket.status === 'closed'
          ? {
              label: t('actions.reopen'),
              testId: 'ticket-reopen',
              variant: 'outlined' as const,
              run: () => change({ status: 'open', userId: user.id, queueId: ticket.queueId }),
            }
          : null;

  return (
    <>
      <Box
        component="header"
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1.5,
          px: 2,
          py: 1.25,
          borderBottom: 1,
          borderColor: 'divider',
          flexWrap: 'wrap',
        }}
      >
        {showBack && <BackToList />}
        <Avatar
          aria-hidden
          sx={{ width: 40, height: 40, bgcolor: 'action.selected', color: 'text.primary' }}
          src={ticket.contact?.profilePicUrl || undefined}
        >
          {initialOf(contactName)}
        </Avatar>
        <Box sx={{ minWidth: 0, flex: '1 1 150px' }}>
          <Typography
            component="h2"
            variant="subtitle1"
            sx={{ fontWeight: 600, lineHeight: 1.3 }}
            noWrap
            data-testid="conversation-contact-name"
          >
            {contactName}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap data-testid="conversation-contact-number">
            {displayNumber(number, ticket.isGroup)}
          </Typography>
          {(ticket.user || ticket.queue) && (
            <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }} noWrap>
              {[
                ticket.user && t('conversation.agent', { name: ticket.user.name }),
                ticket.queue && t('conversation.queue', { name: ticket.queue.name }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          )}
        </Box>
        {/* On a narrow screen the status and the action wrap under the contact rather than squeeze its name;
            in a narrow column (the contact panel open beside it) they wrap among themselves, never under the panel. */}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, ml: 'auto', minWidth: 0 }}>
          {isTicketTab(ticket.status) && (
            <Chip
              size="small"
              label={t(`status.${ticket.status}`)}
              data-testid="conversation-status"
              data-status={ticket.status}
            />
          )}
          {!deleted && <TicketMoves ticket={ticket} onTicketChanged={onTicketChanged} />}
          {action && !deleted && (
            <Button
              variant={action.variant}
              onClick={action.run}
              disabled={acting}
              data-testid={action.testId}
              startIcon={acting ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {action.label}
            </Button>
          )}
          <IconButton
            onClick={onTogglePanel}
            aria-label={t('panel.open')}
            aria-expanded={panelOpen}
            data-testid="contact-panel-toggle"
          >
            <ContactPageOutlined />
          </IconButton>
        </Box>
      </Box>
      <TicketTags ticket={ticket} disabled={deleted} />
      {update.isError && (
        <Alert
          severity="error"
          onClose={() => update.reset()}
          sx={{ borderRadius: 0 }}
          data-testid="ticket-action-error"
        >
          {`${t('actions.failed')} ${errorText(update.error)}`}
        </Alert>
      )}
      {deleted && (
        <Alert severity="warning" sx={{ borderRadius: 0 }}>
          {t('conversation.deleted')}
        </Alert>
      )}
    </>
  );
});
