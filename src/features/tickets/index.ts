/**
 * Tickets: the main screen, the open, pending and closed lists (search in the address, `?q=`) and the open
 * conversation (`/tickets/:ticketId`), kept live by the socket. Texts in the `tickets` namespace
 * (src/features/tickets/locales).
 *
 * - `<TicketsPage />`: what the route module renders (under the signed-in shell, with the namespace loaded).
 *
 * Inside: api/tickets.ts (lists per status with useInfiniteQuery, `ticketKeys`, accept/close/reopen,
 * `useTicketEvents`), api/messages.ts (a ticket's messages, older pages with useInfiniteQuery, `messageKeys`,
 * send, `useMessageEvents`); model/ holds the pure functions the socket events update the cache with.
 */
export { TicketsPage } from './components/tickets-page.tsx';
