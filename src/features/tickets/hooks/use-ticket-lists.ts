import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useApi } from '../../../lib/api-context.tsx';
import { useCompanyEvent, useRealtimeRoom, useReconnectEffect } from '../../../lib/realtime/index.ts';
import { listTickets } from '../api/tickets-api.ts';
import { TICKET_TABS, ticketOf, type Ticket, type TicketTab } from '../api/schemas.ts';
import { emptyLists, ticketListsReducer, type ListFilter, type TicketLists } from '../model/ticket-lists.ts';

export type ListsLoad = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: unknown };

export interface TicketListsState {
  lists: TicketLists;
  /** The first pages of the three lists (counts included). */
  load: ListsLoad;
  reload(): void;
  /** The next page of a list, if it has more; one request at a time per list. */
  loadMore(status: TicketTab): void;
  loadingMore: Record<TicketTab, boolean>;
  moreError: Partial<Record<TicketTab, unknown>>;
  /** Applies a ticket the page got itself (the answer to accept, close, reopen). */
  applyTicket(ticket: Ticket): void;
}

/**
 * The open, pending and closed lists for a filter, kept live: the company's ticket and message events are
 * applied as they come, and a reconnection refetches the first pages (events were missed meanwhile).
 */
export function useTicketLists(filter: ListFilter): TicketListsState {
  const api = useApi();
  const [lists, dispatch] = useReducer(ticketListsReducer, undefined, emptyLists);
  const [load, setLoad] = useState<ListsLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [loadingMore, setLoadingMore] = useState<Record<TicketTab, boolean>>({
    open: false,
    pending: false,
    closed: false,
  });
  const [moreError, setMoreError] = useState<Partial<Record<TicketTab, unknown>>>({});
  // Bumped when the filter changes or the lists are refetched: answers for an older generation are dropped.
  const generation = useRef(0);
  const listsRef = useRef(lists);
  listsRef.current = lists;
  const filterKey = `${filter.userId}|${filter.queueIds.join(',')}|${filter.showAll}|${filter.search}`;
  const stableFilter = useMemo(() => filter, [filterKey]);
  // Loading a page while another is in flight for the same list would skip or repeat one.
  const inFlight = useRef<Partial<Record<TicketTab, boolean>>>({});

  /** Fetches the three first pages; `quiet` keeps the current lists on screen meanwhile (a refetch). */
  const fetchFirstPages = useCallback(
    (signal: AbortSignal, quiet: boolean) => {
      const current = ++generation.current;
      inFlight.current = {};
      setLoadingMore({ open: false, pending: false, closed: false });
      setMoreError({});
      if (!quiet) setLoad({ status: 'loading' });
      const query = (status: TicketTab) => ({
        status,
        showAll: stableFilter.showAll,
        search: stableFilter.search,
        pageNumber: 1,
        queueIds: stableFilter.queueIds,
      });
      Promise.all(TICKET_TABS.map((status) => listTickets(api, query(status), signal))).then(
        (pages) => {
          if (signal.aborted || current !== generation.current) return;
          TICKET_TABS.forEach((status, index) =>
            dispatch({ type: 'page', status, page: pages[index]!, pageNumber: 1 }),
          );
          setLoad({ status: 'ready' });
        },
        (error: unknown) => {
          if (signal.aborted || current !== generation.current) return;
          // A failed quiet refetch keeps what is shown: the next reconnection tries again.
          if (!quiet) setLoad({ status: 'error', error });
        },
      );
    },
    [api, stableFilter],
  );

  useEffect(() => {
    const controller = new AbortController();
    dispatch({ type: 'reset' });
    fetchFirstPages(controller.signal, false);
    return () => controller.abort();
  }, [fetchFirstPages, attempt]);

  const [refetches, setRefetches] = useState(0);
  useEffect(() => {
    if (refetches === 0) return;
    const controller = new AbortController();
    fetchFirstPages(controller.signal, true);
    return () => controller.abort();
  }, [refetches]);

  const loadMore = useCallback(
    (status: TicketTab) => {
      const list = listsRef.current[status];
      if (!list.hasMore || list.page === 0 || inFlight.current[status]) return;
      inFlight.current[status] = true;
      const current = generation.current;
      const pageNumber = list.page + 1;
      setLoadingMore((state) => ({ ...state, [status]: true }));
      setMoreError((state) => ({ ...state, [status]: undefined }));
      listTickets(api, {
        status,
        showAll: stableFilter.showAll,
        search: stableFilter.search,
        pageNumber,
        queueIds: stableFilter.queueIds,
      }).then(
        (page) => {
          if (current !== generation.current) return;
          inFlight.current[status] = false;
          dispatch({ type: 'page', status, page, pageNumber });
          setLoadingMore((state) => ({ ...state, [status]: false }));
        },
        (error: unknown) => {
          if (current !== generation.current) return;
          inFlight.current[status] = false;
          setLoadingMore((state) => ({ ...state, [status]: false }));
          setMoreError((state) => ({ ...state, [status]: error }));
        },
      );
    },
    [api, stableFilter],
  );

  // Every list, and new-message notifications: the events reach this socket only in these rooms.
  useRealtimeRoom({ kind: 'tickets', status: 'open' });
  useRealtimeRoom({ kind: 'tickets', status: 'pending' });
  useRealtimeRoom({ kind: 'tickets', status: 'closed' });
  useRealtimeRoom({ kind: 'notification' });

  useCompanyEvent('ticket', (event) => {
    if (event.action === 'delete' && typeof event.ticketId === 'number')
      dispatch({ type: 'remove', ticketId: event.ticketId });
    else if (event.action === 'update' || event.action === 'create') {
      const ticket = ticketOf(event.ticket);
      if (ticket) dispatch({ type: 'ticket', ticket, filter: stableFilter });
    }
  });
  useCompanyEvent('appMessage', (event) => {
    if (event.action !== 'create') return;
    const ticket = ticketOf(event.ticket);
    if (ticket) dispatch({ type: 'ticket', ticket, filter: stableFilter });
  });
  useReconnectEffect(() => setRefetches((n) => n + 1));

  const applyTicket = useCallback(
    (ticket: Ticket) => dispatch({ type: 'ticket', ticket, filter: stableFilter }),
    [stableFilter],
  );
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { lists, load, reload, loadMore, loadingMore, moreError, applyTicket };
}
