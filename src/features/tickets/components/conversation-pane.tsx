import { useState, type ReactNode } from 'react';
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
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { useMessageEvents, useMessages } from '../api/messages.ts';
import { isTicketTab, type Ticket } from '../api/schemas.ts';
import { useUpdateTicket, type TicketChange } from '../api/tickets.ts';
import { useOutgoing } from '../hooks/use-outgoing.ts';
import type { Conversation } from '../model/conversation.ts';
import { displayNumber, initialOf } from '../model/format.ts';
import { Composer } from './composer.tsx';
import { CONTACT_PANEL_WIDTH, ContactPanel, useContactPanelBeside } from './contact-panel/contact-panel.tsx';
import { TicketMoves } from './header/ticket-moves.tsx';
import { TicketTags } from './header/ticket-tags.tsx';
import { ComposerProvider } from './composer/composer-state.tsx';
import { AttachmentDropZone } from './composer/drop-zone.tsx';
import { ImageViewerProvider } from './message/image-viewer.tsx';
import { MessageList, type OlderPages } from './message-list.tsx';

interface ConversationPaneProps {
  ticketId: number;
  /** Narrow screens: a back button to the list. */
  showBack: boolean;
  /** Our own accept/close/reopen answered with the updated ticket. */
  onTicketChanged: (ticket: Ticket) => void;
}

/** One ticket: the contact, the actions its status allows, the messages (older on scroll up) and the composer. */
export function ConversationPane({ ticketId, showBack, onTicketChanged }: ConversationPaneProps) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const messages = useMessages(ticketId);
  useMessageEvents(ticketId);
  // Back to the list with its search (`?q=`).
  const { search } = useLocation();

  const back = showBack && (
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

  if (messages.isPending) {
    return (
      <Box sx={{ height: '100%', display: 'flex', flexDirection: 'column' }} data-testid="conversation-loading">
        {back && <Box sx={{ p: 1 }}>{back}</Box>}
        <PageLoader />
      </Box>
    );
  }
  // Only a first load that failed: once shown, a conversation stays whatever a refetch or an older page does.
  if (messages.data === undefined) {
    return (
      <Box sx={{ p: 2, display: 'grid', gap: 1, alignContent: 'start' }}>
        {back}
        <ErrorPanel
          message={`${t('conversation.loadFailed')} ${errorText(messages.error)}`}
          onRetry={() => void messages.refetch()}
        />
      </Box>
    );
  }
  return (
    <ConversationView
      ticketId={ticketId}
      conversation={messages.data}
      older={messages}
      back={back || null}
      onTicketChanged={onTicketChanged}
    />
  );
}

interface ConversationViewProps {
  ticketId: number;
  conversation: Conversation;
  older: OlderPages;
  back: ReactNode;
  onTicketChanged: (ticket: Ticket) => void;
}

function ConversationView({ ticketId, conversation, older, back, onTicketChanged }: ConversationViewProps) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const user = useUser();
  const { ticket, deleted, messages } = conversation;
  const outgoing = useOutgoing(ticketId, messages);
  const update = useUpdateTicket();
  const [panelOpen, setPanelOpen] = useState(false);
  const panelBeside = useContactPanelBeside() && panelOpen;

  const contactName = ticket.contact?.name || ticket.contact?.number || `#${ticket.id}`;
  const number = ticket.contact?.number ?? '';

  const change = (next: TicketChange) =>
    update.mutate({ ticketId: ticket.id, change: next }, { onSuccess: (updated) => onTicketChanged(updated) });
  const acting = update.isPending;
  const canSend = ticket.status === 'open' && !deleted;

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
    <Box
      sx={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        position: 'relative',
        overflow: 'hidden',
        pr: panelBeside ? `${CONTACT_PANEL_WIDTH}px` : 0,
      }}
      data-testid="conversation"
      data-ticket-id={ticket.id}
    >
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
        {back}
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
            onClick={() => setPanelOpen((open) => !open)}
            aria-label={t('panel.open')}
            aria-expanded={panelOpen}
            data-testid="contact-panel-toggle"
          >
            <ContactPageOutlined />
          </IconButton>
        </Box>
      </Box>
      <TicketTags ticket={ticket} disabled={deleted === true} />
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
      <ComposerProvider enabled={canSend}>
        <AttachmentDropZone>
          <ImageViewerProvider messages={messages}>
            <MessageList
              messages={messages}
              outgoing={outgoing}
              older={older}
              contactName={contactName}
              label={t('conversation.messages', { name: contactName })}
            />
          </ImageViewerProvider>
        </AttachmentDropZone>
        {canSend ? (
          <Composer ticketId={ticket.id} contactName={contactName} onSend={outgoing.send} />
        ) : (
          <Typography
            sx={{ px: 2, py: 1.5, borderTop: 1, borderColor: 'divider', color: 'text.secondary', textAlign: 'center' }}
            data-testid="composer-hint"
          >
            {ticket.status === 'pending' ? t('composer.acceptToReply') : t('composer.reopenToReply')}
          </Typography>
        )}
      </ComposerProvider>
      <ContactPanel open={panelOpen} onClose={() => setPanelOpen(false)} ticket={ticket} />
    </Box>
  );
}
