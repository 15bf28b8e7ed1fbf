import Box from '@mui/material/Box';
import { TagChip } from '../../tags/index.ts';
import type { Ticket } from '../api/schemas.ts';

/** The ticket's tags in its list row (ListTicketsService includes them). */
export function TicketRowTags({ ticket }: { ticket: Ticket }) {
  const tags = ticket.tags ?? [];
  if (tags.length === 0) return null;
  return (
    <Box
      component="span"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}
      data-testid={`ticket-item-tags-${ticket.id}`}
    >
      {tags.map((tag) => (
        <TagChip key={tag.id} name={tag.name} color={tag.color} size="small" />
      ))}
    </Box>
  );
}
