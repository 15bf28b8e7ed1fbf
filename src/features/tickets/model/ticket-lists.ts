import { TICKET_TABS, type Ticket, type TicketPage, type TicketTab } from '../api/schemas.ts';

/**
 * The three ticket lists (open, pending, closed) and how backend pages and socket events change them.
 * Pure functions, unit-tested: the components only dispatch.
 */
export interface TicketList {
  /** Newest activity first (`updatedAt` descending), as the backend pages them. */
  tickets: Ticket[];
  /** The backend's total for this list (the tab's count), kept in step with the events. */
  count: number;
  hasMore: boolean;
  /** Pages loaded so far (0 before the first answer). */
  page: number;
}

export type TicketLists = Record<TicketTab, TicketList>;

/** Which tickets the lists show: the same rules as the backend's ListTicketsService. */
export interface ListFilter {
  userId: number;
  queueIds: readonly number[];
  showAll: boolean;
  search: string;
}

export const emptyList = (): TicketList => ({ tickets: [], count: 0, hasMore: false, page: 0 });
export const emptyLists = (): TicketLists => ({ open: emptyList(), pending: emptyList(), closed: emptyList() });

/** Lower case, for searching as the backend does (accents count: "joão" finds João, "joao" does not). */
export function fold(text: string): string {
  return text.toLocaleLowerCase('pt-BR');
}

/** True when the backend would list `ticket` under `status` for this filter (search by contact name or number). */
export function belongsTo(ticket: Ticket, status: TicketTab, filter: ListFilter): boolean {
  if (ticket.status !== status) return false;
  if (!filter.showAll && ticket.userId !== filter.userId && ticket.status !== 'pending') return false;
  if (ticket.queueId !== null && !filter.queueIds.includes(ticket.queueId)) return false;
  const term = fold(filter.search.trim());
  if (term === '') return true;
  return fold(ticket.contact?.name ?? '').includes(term) || (ticket.contact?.number ?? '').includes(term);
}

const byActivity = (a: Ticket, b: Ticket) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id;

/** A backend page merged into a list: page 1 replaces it, later pages append (a ticket already shown is not repeated). */
export function mergePage(list: TicketList, page: TicketPage, pageNumber: number): TicketList {
  if (pageNumber <= 1) return { tickets: dedupe(page.tickets), count: page.count, hasMore: page.hasMore, page: 1 };
  const seen = new Set(list.tickets.map((ticket) => ticket.id));
  const added = page.tickets.filter((ticket) => !seen.has(ticket.id));
  return {
    tickets: [...list.tickets, ...added],
    count: page.count,
    hasMore: page.hasMore,
    page: Math.max(list.page, pageNumber),
  };
}

function dedupe(tickets: Ticket[]): Ticket[] {
  const seen = new Set<number>();
  return tickets.filter((ticket) => !seen.has(ticket.id) && seen.add(ticket.id));
}

/**
 * A ticket changed (`company-<id>-ticket` update, a message's ticket, or our own PUT): replaced where it is,
 * moved to the list of its new status, dropped from lists it no longer belongs to; counts follow.
 * A ticket that sorts below what is loaded of a longer list only raises the count: it comes with a later page.
 */
export function applyTicket(lists: TicketLists, ticket: Ticket, filter: ListFilter): TicketLists {
  const next = { ...lists };
  for (const status of TICKET_TABS) {
    const list = lists[status];
    const index = list.tickets.findIndex((item) => item.id === ticket.id);
    const belongs = belongsTo(ticket, status, filter);
    if (index >= 0 && belongs) {
      const tickets = list.tickets.slice();
      tickets[index] = ticket;
      next[status] = { ...list, tickets: tickets.sort(byActivity) };
    } else if (index >= 0) {
      next[status] = {
        ...list,
        tickets: list.tickets.filter((item) => item.id !== ticket.id),
        count: Math.max(0, list.count - 1),
      };
    } else if (belongs && list.page > 0) {
      const last = list.tickets.at(-1);
      const shown = !list.hasMore || (last !== undefined && byActivity(ticket, last) <= 0);
      next[status] = {
        ...list,
        tickets: shown ? [...list.tickets, ticket].sort(byActivity) : list.tickets,
        count: list.count + 1,
      };
    }
  }
  return next;
}

/** `company-<id>-ticket` delete: the ticket left (or was deleted); gone from the list that showed it. */
export function removeTicket(lists: TicketLists, ticketId: number): TicketLists {
  const next = { ...lists };
  for (const status of TICKET_TABS) {
    const list = lists[status];
    if (list.tickets.some((item) => item.id === ticketId)) {
      next[status] = {
        ...list,
        tickets: list.tickets.filter((item) => item.id !== ticketId),
        count: Math.max(0, list.count - 1),
      };
    }
  }
  return next;
}

/** The unread count to show: none for the conversation the agent has open (they are reading it). */
export function unreadOf(ticket: Ticket, openTicketId: number | null): number {
  return ticket.id === openTicketId ? 0 : Math.max(0, ticket.unreadMessages ?? 0);
}

export type TicketListsAction =
  | { type: 'reset' }
  | { type: 'page'; status: TicketTab; page: TicketPage; pageNumber: number }
  | { type: 'ticket'; ticket: Ticket; filter: ListFilter }
  | { type: 'remove'; ticketId: number };

export function ticketListsReducer(lists: TicketLists, action: TicketListsAction): TicketLists {
  switch (action.type) {
    case 'reset':
      return emptyLists();
    case 'page':
      return { ...lists, [action.status]: mergePage(lists[action.status], action.page, action.pageNumber) };
    case 'ticket':
      return applyTicket(lists, action.ticket, action.filter);
    case 'remove':
      return removeTicket(lists, action.ticketId);
  }
}
