import type { NoticeMessage as Message, NoticeTicket as Ticket } from '../api/schemas.ts';

/**
 * What deserves the agent's attention, and how it is shown in the tab: pure functions, unit-tested
 * (tests/unit/app/notifications.test.ts). The rules follow Atendechat's own frontend
 * (frontend/src/components/NotificationsPopOver, current and older versions) and its backend's
 * `GET /tickets?withUnreadMessages=true` (ListTicketsService).
 */

/** The signed-in user, as far as the rules need it. */
export interface Viewer {
  id: number;
  admin: boolean;
  queueIds: readonly number[];
}

/** `message`: a customer wrote in one of the agent's tickets; `pending`: a customer is waiting (aguardando). */
export type AttentionKind = 'message' | 'pending';

/** A ticket without a queue is everyone's; one in a queue is its agents'. */
function inViewerQueues(ticket: Ticket, viewer: Viewer): boolean {
  return ticket.queueId === null || viewer.queueIds.includes(ticket.queueId);
}

const wasRead = (message: Message) => message.read === true || message.read === 1;

/**
 * Whether a new message (`company-<id>-appMessage` create) calls for a sound and a desktop notification,
 * and why. Never the agent's own messages, nor groups. A pending ticket: admins whatever its queue, other
 * users when it has no queue or is in one of theirs (the older NotificationsPopOver notified pending tickets
 * to admins and the queue's users; the current one skips them, which the issue asks for). Any other status:
 * an unread message in a ticket that is the viewer's or nobody's, in the viewer's queues or none (the
 * current NotificationsPopOver). Whether the ticket is on screen is the caller's question (`isOnScreen`).
 */
export function attentionKind(message: Message, ticket: Ticket, viewer: Viewer): AttentionKind | undefined {
  if (message.fromMe || ticket.isGroup === true || message.ticketId !== ticket.id) return undefined;
  if (ticket.status === 'pending') return viewer.admin || inViewerQueues(ticket, viewer) ? 'pending' : undefined;
  if (wasRead(message)) return undefined;
  if (ticket.userId !== null && ticket.userId !== viewer.id) return undefined;
  return inViewerQueues(ticket, viewer) ? 'message' : undefined;
}

/** The conversation the agent is reading: the one open in the route, while the tab is visible. */
export function onScreenTicket(openTicketId: number | null, visible: boolean): number | null {
  return visible ? openTicketId : null;
}

/**
 * Whether a ticket's unread messages count in the tab's badge: the backend's `withUnreadMessages` list (the
 * viewer's own tickets and the pending ones, in the viewer's queues or none, with unread messages), plus,
 * for admins, pending tickets of any queue (they are notified of those too).
 */
export function countsAsUnread(ticket: Ticket, viewer: Viewer): boolean {
  if ((ticket.unreadMessages ?? 0) <= 0) return false;
  if (ticket.status === 'pending') return viewer.admin || inViewerQueues(ticket, viewer);
  return ticket.userId === viewer.id && inViewerQueues(ticket, viewer);
}

/** The unread tickets after `ticket` changed (a ticket event, a message's ticket): replaced, added or dropped. */
export function applyUnreadTicket(tickets: readonly Ticket[], ticket: Ticket, viewer: Viewer): Ticket[] {
  const rest = tickets.filter((item) => item.id !== ticket.id);
  return countsAsUnread(ticket, viewer) ? [ticket, ...rest] : rest;
}

/** The unread tickets without `ticketId` (read: `updateUnread`; deleted or gone from the viewer's lists). */
export function withoutTicket(tickets: readonly Ticket[], ticketId: number): Ticket[] {
  return tickets.filter((item) => item.id !== ticketId);
}

/** The backend's pages as one list, each ticket once (a page can repeat one that moved meanwhile). */
export function uniqueTickets(tickets: readonly Ticket[]): Ticket[] {
  const seen = new Set<number>();
  return tickets.filter((ticket) => !seen.has(ticket.id) && seen.add(ticket.id));
}

/** The badge's number: every unread message of those tickets, but none of the conversation on screen. */
export function unreadTotal(tickets: readonly Ticket[], onScreenTicketId: number | null): number {
  return tickets.reduce(
    (sum, ticket) => (ticket.id === onScreenTicketId ? sum : sum + Math.max(0, ticket.unreadMessages ?? 0)),
    0,
  );
}

/** The tab's title: `(3) Brand tab name`, the brand's own title alone when nothing is unread. */
export function tabTitle(tabName: string, unread: number): string {
  return unread > 0 ? `(${unread}) ${tabName}` : tabName;
}

/** The favicon badge's text: it has room for two characters. */
export function badgeText(unread: number): string {
  return unread > 9 ? '9+' : String(unread);
}

/** A burst of messages chimes once: not again within this many milliseconds. */
export const CHIME_INTERVAL_MS = 1000;

export function shouldChime(lastChimeAt: number | undefined, now: number): boolean {
  return lastChimeAt === undefined || now - lastChimeAt >= CHIME_INTERVAL_MS;
}

/** The sound switch as stored (per brand): on unless the user turned it off. */
export function parseSoundSetting(stored: string | null): boolean {
  return stored !== 'off';
}

export function soundSettingValue(on: boolean): string {
  return on ? 'on' : 'off';
}

/** A desktop notification's body: the message as plain text, on one line, cut to a readable length. */
export function notificationBody(body: string, max = 160): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** One tag per brand and ticket: a newer message replaces that ticket's notification, never another brand's. */
export function notificationTag(brandId: string, ticketId: number): string {
  return `vitrine:${brandId}:ticket-${ticketId}`;
}
