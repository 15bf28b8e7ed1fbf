import { memo, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';
import { TagChip } from '../../../tags/index.ts';
import { useContactPanelEvents, useTicketTags } from '../../api/contact-panel.ts';
import type { Ticket } from '../../api/schemas.ts';
import { ContactDetailsSection } from './contact-details.tsx';
import { EarlierTicketsSection } from './earlier-tickets.tsx';
import { TicketNotesSection } from './ticket-notes.tsx';

/** The panel's width: beside the conversation on a wide screen, the whole screen on a phone (360 px). */
export const CONTACT_PANEL_WIDTH = 360;

/** On wide screens the panel sits beside the messages; the conversation leaves it this much room. */
export function useContactPanelBeside(): boolean {
  const theme = useTheme();
  return useMediaQuery(theme.breakpoints.up('md'));
}

interface ContactPanelProps {
  open: boolean;
  onClose: () => void;
  ticket: Ticket;
}

/**
 * The contact panel of a conversation: the contact (editable in place), the ticket's tags, the team's
 * internal notes and the contact's other tickets. A persistent drawer inside the conversation on wide
 * screens, a modal one over it on narrow screens. Its content mounts when it opens, so everything is
 * loaded afresh each time.
 */
export const ContactPanel = memo(function ContactPanel({ open, onClose, ticket }: ContactPanelProps) {
  const { t } = useTranslation('tickets');
  const beside = useContactPanelBeside();
  const contactId = ticket.contactId ?? ticket.contact?.id;
  return (
    <Drawer
      anchor="right"
      variant={beside ? 'persistent' : 'temporary'}
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          component: 'aside',
          'aria-labelledby': 'contact-panel-title',
          'data-testid': 'contact-panel',
          sx: {
            width: { xs: '100%', sm: CONTACT_PANEL_WIDTH },
            maxWidth: '100%',
            ...(beside && { position: 'absolute', borderLeft: 1, borderColor: 'divider' }),
          },
        } as object,
      }}
    >
      <Box
        sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
      >
        <Typography id="contact-panel-title" component="h2" variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
          {t('panel.title')}
        </Typography>
        <IconButton onClick={onClose} aria-label={t('panel.close')} edge="end" data-testid="contact-panel-close">
          <Close />
        </IconButton>
      </Box>
      {open && contactId !== undefined && (
        <PanelContent ticketId={ticket.id} contactId={contactId} number={ticket.contact?.number ?? ''} />
      )}
    </Drawer>
  );
});

function PanelContent({ ticketId, contactId, number }: { ticketId: number; contactId: number; number: string }) {
  const { t } = useTranslation('tickets');
  useContactPanelEvents(contactId);
  return (
    <Box sx={{ overflowY: 'auto', flex: 1, px: 2, py: 2, display: 'grid', gap: 2, alignContent: 'start' }}>
      <ContactDetailsSection contactId={contactId} ticketId={ticketId} />
      <Section title={t('panel.tags.title')} testId="contact-panel-tags">
        <TicketTags ticketId={ticketId} />
      </Section>
      <Section title={t('panel.notes.title')} testId="contact-panel-notes">
        <TicketNotesSection target={{ ticketId, contactId }} />
      </Section>
      <Section title={t('panel.tickets.title')} testId="contact-panel-tickets">
        <EarlierTicketsSection contactId={contactId} number={number} ticketId={ticketId} />
      </Section>
    </Box>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Box component="section" data-testid={testId}>
      <Divider sx={{ mb: 1.5 }} />
      <Typography component="h3" variant="subtitle2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

/** Tags belong to tickets in Atendechat (TicketTag), not to contacts: the ticket's are shown. */
function TicketTags({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation('tickets');
  const tags = useTicketTags(ticketId);
  if (!tags.data) return null;
  if (tags.data.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('panel.tags.empty')}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {tags.data.map((tag) => (
        <TagChip key={tag.id} name={tag.name} color={tag.color} data-testid="contact-panel-tag" />
      ))}
    </Box>
  );
}
