import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useTags } from '../../tags/index.ts';
import type { TicketFilters } from '../model/list-filters.ts';

interface TicketFiltersBarProps {
  filters: TicketFilters;
  onChange: (filters: TicketFilters) => void;
  /** The signed-in user's queues: the queue filter offers only these (the backend lists no others). */
  queues: readonly { id: number; name: string }[];
  /** Admins may list only the tickets without a queue. */
  offerNoQueue: boolean;
}

/** The queue menu's value for "no queue" (no queue has id 0). */
const NO_QUEUE = 0;

/**
 * The list's queue and tag filters (several of each; none chosen: all the user's queues, any tag). Tickets
 * without a queue show with any queues chosen: ListTicketsService adds `queueId IS NULL` to whatever queues
 * are asked for; admins may ask for those alone ("no queue").
 */
export function TicketFiltersBar({ filters, onChange, queues, offerNoQueue }: TicketFiltersBarProps) {
  const { t } = useTranslation('tickets');
  const tags = useTags();
  const tagList = tags.data ?? [];
  const noQueue = offerNoQueue && filters.noQueue;
  const nameOf = (list: readonly { id: number; name: string }[], id: number) =>
    list.find((each) => each.id === id)?.name ?? `#${id}`;
  return (
    <Box sx={{ display: 'flex', gap: 1, px: 2, pb: 1.5 }}>
      {(queues.length > 0 || offerNoQueue) && (
        <TextField
          select
          size="small"
          label={t('filters.queue')}
          value={noQueue ? [NO_QUEUE] : filters.queueIds.filter((id) => queues.some((queue) => queue.id === id))}
          onChange={(event) => {
            const value = event.target.value as unknown as number[] | string;
            const chosen = typeof value === 'string' ? [] : value;
            // "No queue" and the queues exclude each other: the one just ticked wins.
            const tickedNoQueue = chosen.includes(NO_QUEUE) && !noQueue;
            onChange({
              ...filters,
              noQueue: tickedNoQueue,
              queueIds: tickedNoQueue ? [] : chosen.filter((id) => id !== NO_QUEUE),
            });
          }}
          sx={{ flex: 1, minWidth: 0 }}
          slotProps={{
            select: {
              multiple: true,
              displayEmpty: true,
              renderValue: (selected) =>
                noQueue
                  ? t('filters.noQueue')
                  : (selected as number[]).length === 0
                    ? t('filters.allQueues')
                    : (selected as number[]).map((id) => nameOf(queues, id)).join(', '),
              SelectDisplayProps: { 'data-testid': 'tickets-filter-queue' } as object,
            },
            inputLabel: { shrink: true },
          }}
        >
          {queues.map((queue) => (
            <MenuItem key={queue.id} value={queue.id} data-testid={`tickets-filter-queue-${queue.id}`}>
              <Checkbox size="small" checked={!noQueue && filters.queueIds.includes(queue.id)} />
              <ListItemText primary={queue.name} />
            </MenuItem>
          ))}
          {offerNoQueue && (
            <MenuItem value={NO_QUEUE} data-testid="tickets-filter-queue-none">
              <Checkbox size="small" checked={noQueue} />
              <ListItemText primary={t('filters.noQueue')} secondary={t('filters.noQueueHint')} />
            </MenuItem>
          )}
        </TextField>
      )}
      <TextField
        select
        size="small"
        label={t('filters.tag')}
        value={filters.tagIds}
        onChange={(event) => {
          const value = event.target.value as unknown as number[] | string;
          onChange({ ...filters, tagIds: typeof value === 'string' ? [] : value });
        }}
        sx={{ flex: 1, minWidth: 0 }}
        slotProps={{
          select: {
            multiple: true,
            displayEmpty: true,
            renderValue: (selected) =>
              (selected as number[]).length === 0
                ? t('filters.anyTag')
                : (selected as number[]).map((id) => nameOf(tagList, id)).join(', '),
            SelectDisplayProps: { 'data-testid': 'tickets-filter-tag' } as object,
          },
          inputLabel: { shrink: true },
        }}
      >
        {tagList.map((tag) => (
          <MenuItem key={tag.id} value={tag.id} data-testid={`tickets-filter-tag-${tag.id}`}>
            <Checkbox size="small" checked={filters.tagIds.includes(tag.id)} />
            <ListItemText primary={tag.name} />
          </MenuItem>
        ))}
      </TextField>
    </Box>
  );
}
