import type { InfiniteData } from '@tanstack/react-query';
import type { Ticket, TicketPage, TicketTab } from '../api/schemas.ts';
import { hasTags } from './list-filters.ts';

/**
 * A ticket list (open, pending or closed) as the query cache holds it: the backend's pages in order, and how
 * socket events and our own changes update it. Pure functions, unit-tested: the api module only applies them.
 */
export type TicketListData = InfiniteData<TicketPage>;

/** Which tickets the lists show: the same rules as the backend's ListTicketsService. */
export interface ListFilter {
  userId: number;
  queueIds: readonly number[];
  /** Every one of these tags (none: any). */
  tagIds?: readonly number[];
  showAll: boolean;
  search: string;
}

/** Lower case, for searching as the backend does (accents count: "joão" finds João, "joao" does not). */
export function fold(text: string): string {
  return text.toLocaleLowerCase('pt-BR');
}

/** True when the backend would list `ticket` under `status` for this filter (search by contact name or number). */
export function belongsTo(ticket: Ticket, status: TicketTab, filter: ListFilter): boolean {
  if (ticket.status !== status) return false;
  if (!filter.showAll && ticket.userId !== filter.userId && ticket.status !== 'pending') return false;
  if (ticket.queueId !== null && !filter.queueIds.includes(ticket.queueId)) return false;
  if (!hasTags(ticket, filter.tagIds ?? [])) return false;
  const term = fold(filter.search.trim());
  if (term === '') return true;
  return fold(ticket.contact?.name ?? '').includes(term) || (ticket.contact?.number ?? '').includes(term);
}

/** Newest activity first (`updatedAt` descending), as the backend pages them. */
const byActivity = (a: Ticket, b: Ticket) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : b.id - a.id;

/** The list's tickets, pages in order; a ticket a later page repeats (new ones arrived meanwhile) shows once. */
export function ticketsOf(data: TicketListData | undefined): Ticket[] {
  const seen = new Set<number>();
  return (data?.pages ?? [])
    .flatMap((page) => page.tickets)
    .filter((ticket) => !seen.has(ticket.id) && seen.add(ticket.id));
}

/** The tab's count: the backend's total as its newest answer said, kept in step with the events. */
export function countOf(data: TicketListData | undefined): number {
  return data?.pages.at(-1)?.count ?? 0;
}

const contains = (page: TicketPage, ticketId: number) => page.tickets.some((item) => item.id === ticketId);

function withCount(data: TicketListData, pages: TicketPage[], delta: number): TicketListData {
  return {
    ...data,
    pages: delta === 0 ? pages : pages.map((page) => ({ ...page, count: Math.max(0, page.count + delta) })),
  };
}

function without(pages: TicketPage[], ticketId: number): TicketPage[] {
  return pages.map((page) =>
    contains(page, ticketId) ? { ...page, tickets: page.tickets.filter((item) => item.id !== ticketId) } : page,
  );
}

/**
 * `ticket` put where it sorts. Below everything loaded of a longer list it is left out (it comes with a later
 * page) unless `keep` (it was shown already: it stays, at the end).
 */
function insert(pages: TicketPage[], ticket: Ticket, keep: boolean): TicketPage[] {
  for (const [index, page] of pages.entries()) {
    const at = page.tickets.findIndex((item) => byActivity(ticket, item) < 0);
    if (at >= 0) {
      const tickets = [...page.tickets.slice(0, at), ticket, ...page.tickets.slice(at)];
      return pages.map((other, i) => (i === index ? { ...page, tickets } : other));
    }
  }
  const last = pages.at(-1);
  if (!last || (last.hasMore && !keep)) return pages;
  return [...pages.slice(0, -1), { ...last, tickets: [...last.tickets, ticket] }];
}

/**
 * A ticket changed (`company-<id>-ticket` update, a message's ticket, or our own PUT): in the `status` list it
 * is replaced and moved to where its activity sorts, dropped when it no longer belongs, added when it now
 * does; the count follows.
 */
export function applyTicket(
  data: TicketListData,
  ticket: Ticket,
  status: TicketTab,
  filter: ListFilter,
): TicketListData {
  const shown = data.pages.some((page) => contains(page, ticket.id));
  const belongs = belongsTo(ticket, status, filter);
  if (!shown && !belongs) return data;
  const rest = shown ? without(data.pages, ticket.id) : data.pages;
  const pages = belongs ? insert(rest, ticket, shown) : rest;
  return withCount(data, pages, shown === belongs ? 0 : belongs ? 1 : -1);
}

/** `company-<id>-ticket` delete: the ticket left this list (or was deleted); the count follows. */
export function removeTicket(data: TicketListData, ticketId: number): TicketListData {
  if (!data.pages.some((page) => contains(page, ticketId))) return data;
  return withCount(data, without(data.pages, ticketId), -1);
}

/** What changed a list: a ticket as it now is (an event, our own PUT), or one that left it (a delete event). */
export type ListChange = { kind: 'ticket'; ticket: Ticket } | { kind: 'remove'; ticketId: number };

/** `change` applied to the `status` list as it arrives. */
export function applyChange(
  data: TicketListData,
  change: ListChange,
  status: TicketTab,
  filter: ListFilter,
): TicketListData {
  return change.kind === 'ticket'
    ? applyTicket(data, change.ticket, status, filter)
    : removeTicket(data, change.ticketId);
}

/**
 * The changes that arrived while the list was being fetched (a refetch, the next page), applied again, in
 * order, to the backend's answer: it may have been read before them, and would otherwise undo them. A ticket
 * the answer holds in a version at least as new (`updatedAt`) is the answer's: it has the change already, and
 * perhaps more the backend never announces (the tags: SyncTagsService emits nothing and leaves `updatedAt`).
 */
export function replayChanges(
  answer: TicketListData,
  changes: readonly ListChange[],
  status: TicketTab,
  filter: ListFilter,
): TicketListData {
  return changes.reduce((data, change) => {
    if (change.kind === 'ticket') {
      const held = ticketsOf(data).find((item) => item.id === change.ticket.id);
      if (held && held.updatedAt >= change.ticket.updatedAt) return data;
    }
    return applyChange(data, change, status, filter);
  }, answer);
}

/** The unread count to show: none for the conversation the agent has open (they are reading it). */
export function unreadOf(ticket: Ticket, openTicketId: number | null): number {
  return ticket.id === openTicketId ? 0 : Math.max(0, ticket.unreadMessages ?? 0);
}
