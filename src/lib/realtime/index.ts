/**
 * Real time: the signed-in user's socket.io connection to the brand's backend, as Atendechat does it.
 *
 * Mounting: <RealtimeProvider> wraps the signed-in shell (src/app/routes/app/root.tsx). It connects to
 * `brand.apiUrl` with `?token=<access token>` (the session's token store), loads socket.io-client in its own
 * chunk (never on the login page), disconnects on sign-out, reconnects by itself with the newest token
 * (renewing it when the handshake is refused), and shows `data-testid="realtime-offline"` while it is down.
 * The server has already put the socket in `company-<companyId>-mainchannel` and `user-<userId>`.
 *
 * Hooks (only under the signed-in shell):
 *
 *   useCompanyEvent(kind, handler)
 *     kind: 'ticket' | 'appMessage' | 'contact' | 'user' | 'whatsapp' | 'queue' | 'settings' | 'whatsappSession'
 *           | 'quickmessage'
 *     Calls handler({ action, ...data }) for every `company-<companyId>-<kind>` event while mounted; the
 *     handler may change between renders (the latest one is called). Payloads are the backend's, unvalidated:
 *       ticket          { action: 'update', ticket } | { action: 'delete', ticketId }
 *       appMessage      { action: 'create', message, ticket, contact } | { action: 'update', message }
 *       contact, user   { action: 'create' | 'update', contact | user } | { action: 'delete', contactId | userId }
 *       whatsapp, queue { action: 'update', whatsapp | queue } (also on creation: add or replace) | { action: 'delete', whatsappId | queueId }
 *       settings        { action: 'update', setting }
 *       whatsappSession { action: 'update', session }  (status, and `qrcode` while pairing)
 *       quickmessage    { action: 'create' | 'update', record } | { action: 'delete', id }  (id: a string)
 *     Events sent to the main channel (contact, user, whatsapp, queue, settings, whatsappSession, quickmessage) need no
 *     room. Ticket and message events go to rooms: join them with useRealtimeRoom.
 *
 *   useRealtimeRoom(room | null)
 *     room: { kind: 'tickets', status } → joinTickets(status) | { kind: 'notification' } → joinNotification()
 *         | { kind: 'chatBox', ticketId } → joinChatBox(ticketId)
 *     Joined while mounted (reference-counted across components: one join/leave per room), joined again
 *     after every reconnection, left (`leave…`) on unmount.
 *
 *   useRealtimeStatus(): 'connecting' | 'connected' | 'reconnecting' | 'offline'
 *     connecting: first attempt under way; reconnecting: dropped or refused, retrying; offline: the browser
 *     has no network (the socket is closed until it comes back).
 *
 *   useReconnectEffect(callback)
 *     Called each time the connection is (re)established after the component mounted, once the rooms are
 *     joined again: refetch what you show, events may have been missed while it was down.
 *
 *   useRealtime(): the connection object (getSnapshot().connections counts connections, for custom needs).
 */
export {
  RealtimeProvider,
  useCompanyEvent,
  useRealtime,
  useRealtimeRoom,
  useRealtimeStatus,
  useReconnectEffect,
} from './provider.tsx';
export {
  COMPANY_EVENT_KINDS,
  type CompanyEvent,
  type CompanyEventKind,
  type ConnectionStatus,
  type RealtimeRoom,
} from './connection.ts';
