import { useEffect, useMemo, useRef } from 'react';
import { useMatch, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useBrand } from '../../../config/brand-context.tsx';
import { isAdmin } from '../../../lib/auth/permissions.ts';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { useAttentionEvents, useUnreadTickets, type AttentionSignal } from '../api/unread-tickets.ts';
import { notificationBody, notificationTag, onScreenTicket, unreadTotal, type Viewer } from '../model/attention.ts';
import { showDesktopNotice } from '../hooks/use-desktop-notifications.ts';
import { isPageVisible, usePageVisible } from '../hooks/use-page-visible.ts';
import { chime, useSoundSetting } from '../hooks/use-sound.ts';
import { useTabBadge } from '../hooks/use-tab-badge.ts';

function ticketIdOf(param: string | undefined): number | null {
  const id = Number(param);
  return param !== undefined && Number.isInteger(id) && id > 0 ? id : null;
}

/** The brand's own PNG icon, as the build stamped it (never the badged one), for desktop notifications. */
function brandIcon(): string | undefined {
  const link = document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]');
  return link?.href || undefined;
}

/**
 * Renders nothing: while signed in, a new message on a ticket that is not on screen chimes (unless the user
 * turned the sound off), shows a desktop notification when the tab is hidden and notifications are allowed
 * (a click focuses the tab and opens the ticket), and the unread count goes into the tab's title and icon.
 */
export function AttentionSignals() {
  const { t } = useTranslation('notifications');
  const brand = useBrand();
  const user = useUser();
  const navigate = useNavigate();
  const openTicketId = ticketIdOf(useMatch('/tickets/:ticketId')?.params.ticketId);
  const visible = usePageVisible();
  const [soundOn] = useSoundSetting();
  const viewer = useMemo<Viewer>(
    () => ({ id: user.id, admin: isAdmin(user), queueIds: user.queues.map((queue) => queue.id) }),
    [user],
  );

  const unread = useUnreadTickets();
  const onScreen = onScreenTicket(openTicketId, visible);
  useTabBadge(brand.tabName, unreadTotal(unread.data ?? [], onScreen));

  // The desktop notification of each ticket, closed once the ticket is read (or leaves the user's lists).
  const shown = useRef(new Map<number, Notification>());
  useEffect(() => {
    const still = new Set((unread.data ?? []).map((ticket) => ticket.id));
    for (const [ticketId, notification] of shown.current) {
      if (!still.has(ticketId) || ticketId === onScreen) {
        notification.close();
        shown.current.delete(ticketId);
      }
    }
  }, [unread.data, onScreen]);
  useEffect(() => {
    const notifications = shown.current;
    return () => {
      for (const notification of notifications.values()) notification.close();
      notifications.clear();
    };
  }, []);

  useAttentionEvents(viewer, ({ kind, ticket, message, contactName }: AttentionSignal) => {
    // Read the page's state now: the event may arrive before a render saw the tab change.
    const hidden = !isPageVisible();
    if (ticket.id === onScreenTicket(openTicketId, !hidden)) return;
    if (soundOn) chime();
    if (!hidden) return;
    const notification = showDesktopNotice({
      title: t(kind === 'pending' ? 'pendingTitle' : 'messageTitle', { name: contactName }),
      body: notificationBody(message.body) || t('noText'),
      tag: notificationTag(brand.id, ticket.id),
      icon: brandIcon(),
      onClick: () => void navigate(`/tickets/${ticket.id}`),
    });
    // Same tag: it replaces that ticket's earlier notification on screen.
    if (notification) shown.current.set(ticket.id, notification);
  });

  return null;
}
