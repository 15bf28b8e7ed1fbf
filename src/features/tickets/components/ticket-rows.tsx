import { useCallback, type ReactNode } from 'react';
import List from '@mui/material/List';
import type { Ticket } from '../api/schemas.ts';
import { useVirtualRows } from '../hooks/use-virtual-rows.ts';

/** A list this short is rendered whole; a longer one only around the view. */
const RENDER_WHOLE = 60;
const OVERSCAN = 6;
/** A ticket row with its queue line; rows are measured once drawn. */
const ESTIMATED_ROW = 89;

const estimateSize = () => ESTIMATED_ROW;

/**
 * The tickets of one tab, virtualised (TanStack Virtual) inside `scrollElement`: only the rows in view and a
 * few more are in the DOM, whatever the length; each row is measured as drawn. The rows stay a list
 * (`ul`/`li`) with their position in it, so a screen reader says "3 of 2,000".
 */
export function TicketRows({
  tickets,
  total,
  scrollElement,
  label,
  renderTicket,
}: {
  tickets: Ticket[];
  /** Tickets in the list on the backend (the tab's count), more than `tickets` while pages are still to load. */
  total: number;
  /** The scrolling box around the list (state in the parent, so a new element re-renders the rows). */
  scrollElement: HTMLElement | null;
  label: string;
  renderTicket: (ticket: Ticket) => ReactNode;
}) {
  // A new key function makes the virtualizer re-place every row: only when the tickets change.
  const getItemKey = useCallback((index: number) => tickets[index]?.id ?? index, [tickets]);
  const { items, totalSize, virtualizer } = useVirtualRows({
    count: tickets.length,
    getScrollElement: () => scrollElement,
    estimateSize,
    getItemKey,
    overscan: tickets.length <= RENDER_WHOLE ? RENDER_WHOLE : OVERSCAN,
  });
  const setSize = Math.max(total, tickets.length);
  return (
    // The drawn rows in the list's own flow, after a padding as tall as the rows before them (as the message
    // list: one change moves them all; the rows stay the list's own items for screen readers).
    <List
      disablePadding
      aria-label={label}
      style={{ height: totalSize, paddingTop: items[0]?.start ?? 0, boxSizing: 'border-box' }}
    >
      {items.map((virtual) => {
        const ticket = tickets[virtual.index];
        if (!ticket) return null;
        return (
          <li
            key={virtual.key}
            ref={virtualizer.measureElement}
            data-index={virtual.index}
            aria-setsize={setSize}
            aria-posinset={virtual.index + 1}
          >
            {renderTicket(ticket)}
          </li>
        );
      })}
    </List>
  );
}
