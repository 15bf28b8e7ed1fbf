import { memo, useCallback, useState } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useErrorText } from '../../../hooks/use-error-text.ts';
import { useMessageEvents, useMessages } from '../api/messages.ts';
import type { Ticket } from '../api/schemas.ts';
import { useOutgoing } from '../hooks/use-outgoing.ts';
import type { Conversation } from '../model/conversation.ts';
import { Composer } from './composer.tsx';
import { CONTACT_PANEL_WIDTH, ContactPanel, useContactPanelBeside } from './contact-panel/contact-panel.tsx';
import { BackToList, ConversationHeader } from './header/conversation-header.tsx';
import { ComposerProvider } from './composer/composer-state.tsx';
import { AttachmentDropZone } from './composer/drop-zone.tsx';
import { ImageViewerProvider } from './message/image-viewer.tsx';
import { MessageActionsProvider } from './message-actions.tsx';
import { MessageList, type OlderPages } from './message-list.tsx';

interface ConversationPaneProps {
  ticketId: number;
  /** Narrow screens: a back button to the list. */
  showBack: boolean;
  /** Our own accept/close/reopen answered with the updated ticket. */
  onTicketChanged: (ticket: Ticket) => void;
}

/**
 * One ticket: the contact, the actions its status allows, the messages (older on scroll up) and the composer.
 * Drawn again only when its own props change (the ticket list beside it changes all day).
 */
export const ConversationPane = memo(function ConversationPane({
  ticketId,
  showBack,
  onTicketChanged,
}: ConversationPaneProps) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const messages = useMessages(ticketId);
  useMessageEvents(ticketId);
  const back = showBack && <BackToList />;

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
      showBack={showBack}
      onTicketChanged={onTicketChanged}
    />
  );
});

interface ConversationViewProps {
  ticketId: number;
  conversation: Conversation;
  older: OlderPages;
  showBack: boolean;
  onTicketChanged: (ticket: Ticket) => void;
}

/**
 * The open conversation. Each older page re-renders this view: the header, the composer and the contact
 * panel are memoised with stable props, so only the message list does the work.
 */
function ConversationView({ ticketId, conversation, older, showBack, onTicketChanged }: ConversationViewProps) {
  const { t } = useTranslation('tickets');
  const { ticket, deleted, messages } = conversation;
  const outgoing = useOutgoing(ticketId, messages);
  const [panelOpen, setPanelOpen] = useState(false);
  const panelBeside = useContactPanelBeside() && panelOpen;
  const togglePanel = useCallback(() => setPanelOpen((open) => !open), []);
  const closePanel = useCallback(() => setPanelOpen(false), []);

  const contactName = ticket.contact?.name || ticket.contact?.number || `#${ticket.id}`;
  const canSend = ticket.status === 'open' && !deleted;

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
      <ConversationHeader
        ticket={ticket}
        deleted={deleted}
        showBack={showBack}
        contactName={contactName}
        panelOpen={panelOpen}
        onTogglePanel={togglePanel}
        onTicketChanged={onTicketChanged}
      />
      <ComposerProvider enabled={canSend}>
        <AttachmentDropZone>
          <ImageViewerProvider messages={messages}>
            <MessageActionsProvider ticketId={ticket.id}>
              <MessageList
                messages={messages}
                outgoing={outgoing}
                older={older}
                contactName={contactName}
                label={t('conversation.messages', { name: contactName })}
              />
            </MessageActionsProvider>
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
      <ContactPanel open={panelOpen} onClose={closePanel} ticket={ticket} />
    </Box>
  );
}
