import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Add from '@mui/icons-material/Add';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../../hooks/use-error-text.ts';
import { TagChip, useSyncTicketTags, useTags } from '../../../tags/index.ts';
import { messageKeys } from '../../api/messages.ts';
import type { Ticket } from '../../api/schemas.ts';
import { ticketKeys } from '../../api/tickets.ts';

/**
 * The ticket's tags under the conversation header, each removable, and a menu to add one (`POST /tags/sync`
 * with the whole new set). Atendechat's SyncTagsService emits no socket event: after our own sync the
 * conversation and the lists are refetched here; another agent's list shows the change on its next fetch
 * (when they come back to the tab, or within TICKET_LIST_REFRESH_MS: api/tickets.ts).
 */
export function TicketTags({ ticket, disabled }: { ticket: Ticket; disabled: boolean }) {
  const { t } = useTranslation('tickets');
  const { errorText } = useErrorText();
  const client = useQueryClient();
  const tags = useTags();
  const sync = useSyncTicketTags();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = ticket.tags ?? [];
  const addable = (tags.data ?? []).filter((tag) => !current.some((each) => each.id === tag.id));

  const save = (tagIds: number[]) =>
    sync.mutate(
      { ticketId: ticket.id, tagIds },
      {
        onSettled: () =>
          Promise.all([
            client.invalidateQueries({ queryKey: messageKeys.ticket(ticket.id) }),
            client.invalidateQueries({ queryKey: ticketKeys.lists() }),
          ]),
      },
    );

  return (
    <Box sx={{ px: 2, py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
      <Box
        component="ul"
        aria-label={t('tags.label')}
        data-testid="ticket-tags"
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.75, listStyle: 'none', m: 0, p: 0 }}
      >
        {current.map((tag) => (
          <li key={tag.id}>
            <TagChip
              name={tag.name}
              color={tag.color}
              size="small"
              data-testid={`ticket-tag-${tag.id}`}
              {...(!disabled && {
                onDelete: () => save(current.filter((each) => each.id !== tag.id).map((each) => each.id)),
                deleteLabel: t('tags.remove', { name: tag.name }),
              })}
            />
          </li>
        ))}
        {!disabled && (
          <li>
            <Button
              size="small"
              startIcon={<Add />}
              onClick={(event) => setAnchor(event.currentTarget)}
              disabled={sync.isPending || addable.length === 0}
              aria-haspopup="menu"
              data-testid="ticket-tag-add"
            >
              {t('tags.add')}
            </Button>
          </li>
        )}
      </Box>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {addable.map((tag) => (
          <MenuItem
            key={tag.id}
            data-testid={`ticket-tag-option-${tag.id}`}
            onClick={() => {
              setAnchor(null);
              save([...current.map((each) => each.id), tag.id]);
            }}
          >
            <TagChip name={tag.name} color={tag.color} size="small" />
          </MenuItem>
        ))}
      </Menu>
      {sync.isError && (
        <Alert severity="error" onClose={() => sync.reset()} sx={{ mt: 0.75 }} data-testid="ticket-tags-error">
          {`${t('tags.failed')} ${errorText(sync.error)}`}
        </Alert>
      )}
    </Box>
  );
}
