/**
 * Knowing that something happened while looking elsewhere: no page of its own. Texts in the `notifications`
 * namespace (src/features/notifications/locales).
 *
 * - `<AttentionSignals />`: mounted once in the signed-in shell (src/app/routes/app/root.tsx), renders
 *   nothing. A new customer message on a ticket that is not on screen (not the open conversation of a
 *   visible tab) chimes (WebAudio) unless the sound is off, shows a desktop notification when the tab is
 *   hidden and notifications are allowed (a click focuses the tab and opens `/tickets/:id`), and the unread
 *   count goes into the tab title, `(3) <brand tab name>`, and onto the brand's favicon as a badge; both
 *   return to the brand's own when nothing is unread. Who is told what: model/attention.ts.
 * - `useSoundSetting()` → `[on, setOn]`: the sound switch, remembered per brand (`vitrine:<brand>:sound`).
 * - `useDesktopPermission()` → `{permission, request}`: `'default' | 'granted' | 'denied' | 'unsupported'`;
 *   `request()` asks the browser, from a user gesture (the user menu's item).
 *
 * The unread count is exactly: the sum of `unreadMessages` over the tickets the backend answers to
 * `GET /tickets?withUnreadMessages=true` (every page, up to 10 × 40 tickets: the user's own tickets and the
 * pending ones, in the user's queues or none, with unread messages), kept live by the socket (a message's
 * ticket or a ticket update replaces the ticket, drops it when it no longer counts; `updateUnread` and
 * `delete` drop it), plus, for admins, pending tickets of other queues that arrive by socket (they are
 * notified of those; the backend's list does not hold them, so a reload or reconnection forgets them until
 * their next message), minus the conversation on screen (open in a visible tab). Refetched after every
 * reconnection.
 *
 * Inside: api/schemas.ts (what it reads of tickets and messages), api/unread-tickets.ts (`GET /tickets?withUnreadMessages=true`, the socket's ticket and message
 * events into that cache), hooks/ (sound, desktop notifications, page visibility, title and favicon).
 */
export { AttentionSignals } from './components/attention-signals.tsx';
export { useDesktopPermission, type DesktopPermission } from './hooks/use-desktop-notifications.ts';
export { useSoundSetting } from './hooks/use-sound.ts';
